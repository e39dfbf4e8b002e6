"""Good moments: a kind for every entry, the after-shift win, and the good moment brought back."""

from __future__ import annotations

import json

import pytest
from sqlite_utils.migrations import Migrations

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import JournalEntry, add_entry, get_entry, update_entry
from shiftmate.core.journal.exchange import (
    ExportSelection,
    entries_for_export,
    import_journal,
    to_csv,
    to_json,
    to_markdown,
)
from shiftmate.core.journal.recall import recall_good_moment
from shiftmate.core.journal.search import JournalFilter, count_entries, list_page
from shiftmate.core.storage import schema
from shiftmate.core.storage.database import open_database
from shiftmate.core.storage.schema import MIGRATION_SET
from shiftmate.core.storage.store import Store

CLOCK = FakeClock("2026-03-10T20:00", "Europe/London")


def good(store, text, at, **more):
    return add_entry(store, JournalEntry(text=text, occurred_at=at, kind="good", **more), clock=CLOCK)


def test_an_old_database_is_migrated_and_its_entries_are_hard_moments(location):
    before = Migrations(MIGRATION_SET)
    for step in schema.STEPS[:schema.STEPS.index(schema.m008_journal_good_moments)]:
        before()(step)
    db = open_database(location, migrations=before)
    db.execute("INSERT INTO journal_entries (text, tz) VALUES ('Regular thanked me by name', 'UTC')")
    db.execute("INSERT INTO journal_entries (text, tz) VALUES ('Caller shouted', 'UTC')")
    db.close()
    with Store.open(location) as store:
        assert "m008_journal_good_moments" in schema.applied_migrations(store.db)
        assert [e.kind for e in entries_for_export(store)] == ["hard", "hard"]
        assert store.db.execute("SELECT count(*) FROM journal_wins").fetchone()[0] == 0
        # The CHECK holds for writes that skip the core's own checks too.
        with pytest.raises(Exception):
            store.db.execute("UPDATE journal_entries SET kind = 'meh'")


def test_a_good_moment_is_kept_with_its_kind_and_who(store):
    entry_id = good(store, "Thanked me by name", "2026-03-09T12:00", who="A regular", feelings_note="proud")
    saved = get_entry(store, entry_id)
    assert (saved.kind, saved.who, saved.feelings_note, saved.intensity_before) == ("good", "A regular", "proud", None)
    with pytest.raises(BadInput, match="hard or a good"):
        add_entry(store, JournalEntry(text="x", kind="nice"), clock=CLOCK)
    saved.went_well = "I smiled back"
    assert update_entry(store, saved, clock=CLOCK).kind == "good"  # a reflection keeps the kind


def test_the_list_search_and_count_filter_by_kind(store):
    add_entry(store, JournalEntry(text="refund shouting", occurred_at="2026-03-09T10:00"), clock=CLOCK)
    good(store, "refund sorted, thanked me", "2026-03-09T11:00")
    rows = list_page(store, JournalFilter())
    assert [r.kind for r in rows] == ["good", "hard"]
    assert [r.first_line for r in list_page(store, JournalFilter(kind="good"))] == ["refund sorted, thanked me"]
    assert count_entries(store, JournalFilter(query="refund", kind="hard")) == 1
    assert count_entries(store, JournalFilter(kind="good")) == 1


def test_exports_show_the_kind_and_old_files_import_as_hard(store, tmp_path):
    add_entry(store, JournalEntry(text="Caller shouted", occurred_at="2026-03-09T10:00"), clock=CLOCK)
    good(store, "Thanked me by name", "2026-03-09T11:00", who="A regular")
    entries = entries_for_export(store, ExportSelection())
    assert [e["kind"] for e in json.loads(to_json(entries))["entries"]] == ["hard", "good"]
    lines = to_csv(entries).splitlines()
    header = lines[0].split(",")
    assert [line.split(",")[header.index("kind")] for line in lines[1:]] == ["hard", "good"]
    markdown = to_markdown(entries)
    assert markdown.count("**Kind:** Good moment") == 1 and "**Who:** A regular" in markdown

    old = {"format": "shiftmate-journal", "version": 1,
           "entries": [{"text": "From an old file", "uid": "abc123", "occurred_at": "2026-01-02T10:00:00+00:00",
                        "tz": "UTC"}]}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    import_journal(store, path, clock=CLOCK)
    assert [e.kind for e in entries_for_export(store) if e.uid == "abc123"] == ["hard"]
    # Our own export comes back with its kinds.
    path.write_text(to_json(entries), encoding="utf-8")
    store.db.execute("DELETE FROM journal_entries")
    import_journal(store, path, clock=CLOCK)
    assert [e.kind for e in entries_for_export(store)] == ["hard", "good"]
    bad = dict(old, entries=[dict(old["entries"][0], kind=3, uid="x")])
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(BadInput, match="kind must be text"):
        import_journal(store, path, clock=CLOCK)


# -- the after-shift win ------------------------------------------------------------
def after_shift(store, clock, answers):
    runs = ChecklistRuns(store, clock)
    run_id = runs.start_or_resume("after-shift")
    for key, value in answers.items():
        runs.answer(run_id, key, value)
    return runs, run_id


def good_entries(store):
    return [e for e in entries_for_export(store) if e.kind == "good"]


def test_the_one_win_becomes_exactly_one_good_moment(store):
    clock = FakeClock("2026-03-10T22:15", "Europe/London")
    runs, run_id = after_shift(store, clock, {"one-win": "Calmed a customer about a late order"})
    assert good_entries(store) == []  # not yet: the run is neither complete nor finished
    runs.answer(run_id, "water-food", "done")
    runs.answer(run_id, "day-rating", "4")  # the last required item: complete
    (win,) = good_entries(store)
    assert win.text == "Calmed a customer about a late order" and win.tz == "Europe/London"
    assert win.occurred_at == "2026-03-10T22:15:00+00:00"
    runs.answer(run_id, "let-go", "the rude call")
    runs.close(run_id)
    assert [e.id for e in good_entries(store)] == [win.id]
    runs.answer(run_id, "one-win", "Calmed a customer down about a late order")  # edited later
    (edited,) = good_entries(store)
    assert (edited.id, edited.text) == (win.id, "Calmed a customer down about a late order")
    assert len(entries_for_export(store)) == 1


def test_a_win_in_a_run_finished_incomplete_counts_and_a_deleted_one_stays_deleted(store):
    from shiftmate.core.journal.entries import delete_entry

    clock = FakeClock("2026-03-10T22:15", "Europe/London")
    runs, run_id = after_shift(store, clock, {"one-win": "Fixed the till jam fast"})
    runs.close(run_id)  # finished with required items open
    (win,) = good_entries(store)
    delete_entry(store, win.id)
    runs.answer(run_id, "day-rating", "3")  # another answer does not bring it back
    assert good_entries(store) == []
    runs.answer(run_id, "one-win", "")  # cleared: nothing made
    assert good_entries(store) == []


def test_a_run_left_open_is_closed_next_day_with_its_win_kept(store):
    clock = FakeClock("2026-03-10T22:15", "Europe/London")
    after_shift(store, clock, {"one-win": "Helped a new colleague"})
    clock.advance(hours=24)
    ChecklistRuns(store, clock).start_or_resume("after-shift")
    assert [e.text for e in good_entries(store)] == ["Helped a new colleague"]


def test_a_failed_answer_writes_no_win(store):
    clock = FakeClock("2026-03-10T22:15", "Europe/London")
    runs, run_id = after_shift(store, clock, {"one-win": "A win", "water-food": "done"})
    with pytest.raises(BadInput):
        runs.answer(run_id, "day-rating", "9")
    assert good_entries(store) == []


# -- recall ---------------------------------------------------------------------------
def test_recall_prefers_older_moments_and_rotates_by_day(store):
    assert recall_good_moment(store, CLOCK) is None
    clock = FakeClock("2026-03-10T08:00", "Europe/London")
    add_entry(store, JournalEntry(text="A hard one", occurred_at="2026-03-01T10:00"), clock=clock)
    good(store, "Just now", "2026-03-10T07:30")
    assert recall_good_moment(store, clock).text == "Just now"  # the only one: better than none
    good(store, "First", "2026-03-02T10:00", who="A regular")
    good(store, "Second", "2026-03-05T10:00")
    moment = recall_good_moment(store, clock, "today")
    assert moment.text in ("First", "Second") and moment.choices == 2  # today's own waits a day
    seen = []
    for day in range(11, 15):  # from the 11th, "Just now" is a day old too
        clock = FakeClock(f"2026-03-{day}T08:00", "Europe/London")
        moment = recall_good_moment(store, clock, "today")
        assert moment.choices == 3
        seen.append(moment.text)
    assert set(seen[:3]) == {"First", "Second", "Just now"} and seen[3] == seen[0]  # a new one each day
    today = recall_good_moment(store, clock, "today")
    assert recall_good_moment(store, clock, "today", skip=1).text != today.text
    assert recall_good_moment(store, clock, "after_shift").text != today.text
