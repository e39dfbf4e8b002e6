"""`shiftmate journal share` and `journal follow-ups`, and the new fields of `journal show --json`."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def cli(data_dir, *args, **kw):
    return run_cli("--data-dir", str(data_dir), "journal", *args, **kw)


def seed(data_dir, *entries) -> list[int]:
    store = Store.open(DataLocation(data_dir))
    try:
        return [add_entry(store, entry, clock=FakeClock("2026-03-10T09:00:00", zone="Europe/Madrid"))
                for entry in entries]
    finally:
        store.close()


SHARED = JournalEntry(
    text="A customer shouted about a refund", channel="phone", feelings=("angry",), self_talk="I am useless",
    manager_should_know=True, what_i_did="Offered an exchange, then called Dana",
    ask_of_manager="Back me on the receipt policy", agreed_next_time="Call the lead at the first insult",
    perspective="Maybe a long day", balanced_thought="I kept my calm",
)


def test_share_as_text_leaves_out_feelings_unless_included(data_dir, tmp_path):
    (entry_id,) = seed(data_dir, SHARED)
    out = tmp_path / "for-manager.txt"
    result = cli(data_dir, "share", str(entry_id), "--format", "txt", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote a summary of 1 entry" in result.stdout
    text = out.read_text(encoding="utf-8")
    assert "What happened: A customer shouted about a refund" in text
    assert "What I did: Offered an exchange, then called Dana" in text
    assert "What we agreed for next time: Call the lead at the first insult" in text
    assert "Where: Phone" in text and "When: 2026-03-10 09:00 (Europe/Madrid)" in text
    for inner in ("angry", "useless", "long day", "kept my calm"):
        assert inner not in text
    result = cli(data_dir, "share", str(entry_id), "--format", "txt", "-o", str(out),
                 "--include", "feelings", "--include", "self_talk")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "How I felt: angry" in text and "What I told myself: I am useless" in text
    assert "long day" not in text


def test_share_as_pdf_holds_the_same_summary(data_dir, tmp_path):
    (entry_id,) = seed(data_dir, SHARED)
    out = tmp_path / "for-manager.pdf"
    result = cli(data_dir, "share", str(entry_id), "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "For my manager" in text and "Back me on the receipt policy" in text
        assert "angry" not in text and "useless" not in text


@pytest.mark.parametrize("args, fragment", [
    (["share", "2", "--format", "txt", "-o", "x.txt"], "not marked"),
    (["share", "1", "--format", "txt", "-o", "x.txt", "--include", "mood"], "Unknown field 'mood'"),
    (["share", "99", "--format", "txt", "-o", "x.txt"], "no journal entry with id 99"),
    (["share", "1", "--format", "txt", "-o", "/no/such/dir/x.txt"], "does not exist"),
])
def test_share_mistakes_are_one_line_and_exit_2(data_dir, tmp_path, args, fragment):
    seed(data_dir, SHARED, JournalEntry(text="private"))
    result = cli(data_dir, *args)
    assert result.returncode == 2
    assert fragment in assert_one_line_error(result.stderr)


def test_follow_ups_lists_due_and_upcoming(data_dir):
    due, upcoming, _done = seed(
        data_dir,
        JournalEntry(text="Ask Dana about the refund", follow_up=True, follow_up_on="2001-01-01"),
        JournalEntry(text="Check the new policy", follow_up=True, follow_up_on="9998-01-01"),
        JournalEntry(text="Already done", follow_up=True, follow_up_on="2001-01-01", follow_up_done=True),
    )
    listed = json.loads(cli(data_dir, "follow-ups", "--json").stdout)
    assert [f["id"] for f in listed["due"]] == [due] and [f["id"] for f in listed["upcoming"]] == [upcoming]
    assert listed["due"][0] == {"id": due, "follow_up_on": "2001-01-01", "first_line": "Ask Dana about the refund",
                                "occurred_at": "2026-03-10T08:00:00+00:00", "tz": "Europe/Madrid",
                                "shown_on": None, "put_off_to": None}
    plain = cli(data_dir, "follow-ups").stdout
    assert "Due:" in plain and "Ask Dana about the refund" in plain and "Upcoming:" in plain


def test_show_json_carries_the_new_fields(data_dir):
    (entry_id,) = seed(data_dir, SHARED)
    shown = json.loads(cli(data_dir, "show", str(entry_id), "--json").stdout)
    assert shown["perspective"] == "Maybe a long day" and shown["balanced_thought"] == "I kept my calm"
    assert shown["agreed_next_time"] == "Call the lead at the first insult"
    text = cli(data_dir, "show", str(entry_id)).stdout
    assert "A fairer way to see it: I kept my calm" in text
