"""Data the benchmark builds for itself: a year of demo data, journals of N entries, a jrnl file.

Journals are written through the core (``add_entries``, one transaction) so they are what
the app would hold; the jrnl file carries the same entries in jrnl's plain-text format,
so both tools search the same words. One entry in ``MARKER_EVERY`` mentions
``MARKER_WORD``: a search for it prints a modest, equal number of entries from both.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

MARKER_WORD = "escalator"
MARKER_EVERY = 50


def demo_data(folder: Path, days: int) -> None:
    """``shiftmate demo-data`` in a process of its own, as a person would run it."""
    subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(folder), "demo-data",
                    "--days", str(days), "--seed", "1"], check=True, capture_output=True,
                   stdin=subprocess.DEVNULL)


def journal_entries(count: int, seed: int = 5):
    from tests.perf.bench_journal import make_entries

    for number, entry in enumerate(make_entries(count, random.Random(seed))):
        if number % MARKER_EVERY == 0:
            entry.text += f" The {MARKER_WORD} was broken again."
        yield entry


def journal(folder: Path, count: int) -> list:
    """A data folder holding ``count`` journal entries; returns the entries written."""
    from shiftmate.core.clock import FakeClock
    from shiftmate.core.journal.entries import add_entries
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.core.storage.store import Store

    entries = list(journal_entries(count))
    store = Store.open(DataLocation(folder))
    try:
        add_entries(store, entries, clock=FakeClock("2026-03-10T09:00:00"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return entries


def jrnl_journal(entries, path: Path) -> None:
    """The same entries in jrnl's format: ``[YYYY-MM-DD HH:MM] title`` then the body, blank line."""
    from shiftmate.core.journal.entries import local_when

    with path.open("w", encoding="utf-8") as out:
        for entry in entries:
            when = local_when(entry.occurred_at, entry.tz).strftime("%Y-%m-%d %H:%M")
            extra = [entry.self_talk, entry.went_well, entry.needs_now, " ".join(f"@{t.replace(' ', '_')}" for t in entry.tags)]
            body = "\n".join(part for part in extra if part)
            out.write(f"[{when}] {entry.text}\n{body}\n\n")


def jrnl_config(journal_file: Path, path: Path) -> None:
    path.write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal_file}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.2\n",
        encoding="utf-8",
    )
