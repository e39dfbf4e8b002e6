"""What a desktop test's data folder holds before the app starts, written through the core."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store


def seed_entries(data_dir: Path, texts: list[str], when: str = "2026-11-30T09:00:00") -> None:
    store = Store.open(DataLocation(data_dir))
    try:
        add_entries(store, [JournalEntry(text=text, intensity_before=6) for text in texts], clock=FakeClock(when))
    finally:
        store.close()


def seed_shift_started(data_dir: Path, ago: dt.timedelta) -> None:
    """A shift that began ``ago`` before now, with the default reminders."""
    from shiftmate.core.shifts.records import start_shift

    store = Store.open(DataLocation(data_dir))
    try:
        start_shift(store, FakeClock(dt.datetime.now(dt.timezone.utc) - ago))
    finally:
        store.close()


def protect(data_dir: Path, passphrase: str) -> None:
    """Encrypt the data folder's database (as Settings ▸ Privacy does)."""
    from shiftmate.core.privacy import passphrase as privacy

    privacy.protect(DataLocation(data_dir), passphrase, now=dt.datetime.now(dt.timezone.utc))


def last_screen(data_dir: Path, key: str) -> None:
    """The screen the window reopens on, as the window would have saved it."""
    (data_dir / "ui-state.ini").write_text(f"[window]\nscreen={key}\n", encoding="utf-8")
