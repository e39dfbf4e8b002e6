"""CSV exports open in Excel with their accents (issue 20, item 10).

Excel reads a CSV file without a byte-order mark in the legacy code page (cp1252 in Western
Europe): "Café" arrives as "CafÃ©". With the UTF-8 BOM it reads UTF-8. On for .csv files,
off with --no-bom, off on a pipe unless --bom; never in Markdown or JSON.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.journal.exchange import UTF8_BOM
from shiftmate.core.storage.store import Store
from tests.helpers import run_cli

WORDS = "Señora pidió un café; el niño lloró"


@pytest.fixture
def journal(location):
    store = Store.open(location)
    add_entry(store, JournalEntry(text=WORDS))
    store.close()
    return location


def excel_reads(data: bytes) -> str:
    """What Excel shows of the first text cell: UTF-8 after a BOM, else the legacy code page."""
    text = data[len(UTF8_BOM):].decode("utf-8") if data.startswith(UTF8_BOM) else data.decode("cp1252", "replace")
    rows = list(csv.DictReader(io.StringIO(text)))
    return rows[0]["text"]


@pytest.mark.e2e
def test_a_csv_file_starts_with_the_bom_so_excel_shows_the_accents(journal, tmp_path):
    target = tmp_path / "journal.csv"
    result = run_cli("--data-dir", str(journal.root), "journal", "export", "--format", "csv", "-o", str(target))
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(UTF8_BOM + b"id,")
    assert excel_reads(data) == WORDS
    with open(target, encoding="utf-8-sig", newline="") as handle:  # and Python reads it back
        assert next(csv.DictReader(handle))["text"] == WORDS


@pytest.mark.e2e
def test_no_bom_leaves_it_out_and_other_formats_never_get_one(journal, tmp_path):
    plain = tmp_path / "plain.csv"
    run_cli("--data-dir", str(journal.root), "journal", "export", "--format", "csv", "--no-bom", "-o", str(plain))
    assert plain.read_bytes().startswith(b"id,")
    for fmt in ("md", "json"):
        target = tmp_path / f"journal.{fmt}"
        result = run_cli("--data-dir", str(journal.root), "journal", "export", "--format", fmt, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert not target.read_bytes().startswith(UTF8_BOM)


@pytest.mark.e2e
def test_a_pipe_gets_the_bom_only_when_asked(journal):
    base = [sys.executable, "-m", "shiftmate", "--data-dir", str(journal.root), "journal", "export",
            "--format", "csv", "-o", "-"]
    piped = subprocess.run(base, capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL)
    assert piped.returncode == 0 and piped.stdout.startswith(b"id,")
    asked = subprocess.run([*base, "--bom"], capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL)
    assert asked.returncode == 0 and asked.stdout.startswith(UTF8_BOM + b"id,")


def test_the_journal_screen_writes_csv_with_the_bom(journal, window, qtbot, tmp_path):
    screen = window.show_screen("journal")
    target = tmp_path / "from-window.csv"
    screen.export_to(target, "csv")
    qtbot.waitUntil(lambda: target.exists() and "Exported" in screen.count_label.text(), timeout=10_000)
    assert excel_reads(target.read_bytes()) == WORDS
