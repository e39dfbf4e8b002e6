"""m009_reflection_more: perspective, a balanced thought, the manager's fields, follow-up reminders.

The migration on a file written before it, the new fields through every export and import
and the search, the count of moments waiting for a reflection, follow-ups on a fake clock
across a restart, and the summary for a manager that leaves feelings out unless chosen.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlite_utils.migrations import Migrations

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import JournalEntry, add_entry, get_entry, update_entry
from shiftmate.core.journal.exchange import (
    CSV_COLUMNS, export_journal, import_journal, to_csv, to_json, to_markdown,
)
from shiftmate.core.journal.follow_ups import (
    due_and_upcoming, follow_ups_to_show, mark_follow_up_done, put_off_a_day,
)
from shiftmate.core.journal.reflection import newest_waiting, waiting_for_reflection
from shiftmate.core.journal.search import JournalFilter, search_ids
from shiftmate.core.journal.share import DEFAULT_SHARED, INNER_FIELDS, check_shareable, share_text
from shiftmate.core.storage import schema
from shiftmate.core.storage.store import Store

NEW_TEXT = {
    "perspective": "Maybe her flight was cancelled",
    "balanced_thought": "One loud customer is not my whole shift",
    "what_i_did": "I offered the exchange and called Dana",
    "ask_of_manager": "Back me on the receipt policy",
    "agreed_next_time": "Call the lead after the first insult",
}


@pytest.fixture
def clock():
    return FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin")


def full_entry(**fields) -> JournalEntry:
    return JournalEntry(text="Shouted about a refund", feelings=("angry",), self_talk="I am useless",
                        manager_should_know=True, channel="in_person", **{**NEW_TEXT, **fields})


def test_the_migration_adds_the_columns_to_an_old_file_and_keeps_its_search(location):
    before = Migrations(schema.MIGRATION_SET)
    for step in schema.STEPS[: schema.MIGRATION_NAMES.index("m009_reflection_more")]:
        before()(step)
    old = Store.open(location, migrations=before)
    old.db.execute("INSERT INTO journal_entries (text, self_talk) VALUES ('refund at the till', 'my fault')")
    old.close()

    store = Store.open(location)
    try:
        assert schema.schema_version(store.db) == schema.known_migration_count()
        entry = get_entry(store, 1)
        assert entry.text == "refund at the till" and entry.perspective == "" and entry.agreed_next_time == ""
        assert search_ids(store, JournalFilter(query="refun")) == [1]  # the index was rebuilt, not emptied
        entry.perspective = "she had waited an hour"
        update_entry(store, entry, clock=FakeClock("2026-03-10T09:00:00"))
        assert search_ids(store, JournalFilter(query="waited hour")) == [1]
        assert store.db.execute("SELECT count(*) FROM journal_follow_up_reminders").fetchone()[0] == 0
    finally:
        store.close()


def test_new_fields_are_stored_searched_and_shown_in_every_export(store, clock, tmp_path):
    entry_id = add_entry(store, full_entry(), clock=clock)
    for words in ("flight cancelled", "whole shift", "exchange Dana", "receipt policy", "first insult"):
        assert search_ids(store, JournalFilter(query=words)) == [entry_id], words
    entry = get_entry(store, entry_id)
    assert {name: getattr(entry, name) for name in NEW_TEXT} == NEW_TEXT

    document = json.loads(to_json([entry]))
    assert {name: document["entries"][0][name] for name in NEW_TEXT} == NEW_TEXT
    row = next(csv.DictReader(io.StringIO(to_csv([entry]))))
    assert set(NEW_TEXT) <= set(CSV_COLUMNS) and {name: row[name] for name in NEW_TEXT} == NEW_TEXT
    markdown = to_markdown([entry])
    for label in ("What they might have been dealing with", "A fairer way to see it", "What we agreed for next time"):
        assert label in markdown
    assert "Maybe her flight was cancelled" in markdown

    # The JSON export round trip into a fresh journal keeps every new field.
    export_journal(store, tmp_path / "out.json", "json")
    store.db.execute("DELETE FROM journal_entries")
    assert import_journal(store, tmp_path / "out.json", clock=clock).added == 1
    again = get_entry(store, entry_id)
    assert {name: getattr(again, name) for name in NEW_TEXT} == NEW_TEXT


def test_an_import_refuses_a_new_field_of_the_wrong_type(store, clock, tmp_path):
    entry = get_entry(store, add_entry(store, full_entry(), clock=clock))
    document = json.loads(to_json([entry]))
    document["entries"][0]["balanced_thought"] = ["not", "text"]
    document["entries"][0]["uid"] = "other"
    (tmp_path / "bad.json").write_text(json.dumps(document))
    with pytest.raises(BadInput, match="balanced_thought must be text"):
        import_journal(store, tmp_path / "bad.json", clock=clock)


def test_moments_wait_for_a_reflection_until_one_is_answered(store, clock):
    assert waiting_for_reflection(store, clock) == 0 and newest_waiting(store, clock) is None
    first = add_entry(store, JournalEntry(text="one"), clock=clock)
    clock.advance(minutes=5)
    second = add_entry(store, JournalEntry(text="two"), clock=clock)
    assert waiting_for_reflection(store, clock) == 2 and newest_waiting(store, clock) == second
    # A short reflection's answer counts, even without the intensity after.
    entry = get_entry(store, second)
    entry.needs_now = "water"
    update_entry(store, entry, clock=clock)
    assert waiting_for_reflection(store, clock) == 1 and newest_waiting(store, clock) == first
    clock.advance(days=15)  # an old moment is no longer a to-do
    assert waiting_for_reflection(store, clock) == 0


def test_a_follow_up_shows_on_its_day_once_a_day_across_a_restart(location):
    clock = FakeClock("2026-03-10T21:00:00", zone="Europe/Berlin")
    store = Store.open(location)
    due_day = add_entry(store, JournalEntry(text="Ask about the refund", follow_up=True,
                                            follow_up_on="2026-03-11"), clock=clock)
    later = add_entry(store, JournalEntry(text="Later one", follow_up=True, follow_up_on="2026-03-20"), clock=clock)
    assert follow_ups_to_show(store, clock) == []
    clock.advance(hours=2, minutes=30)  # 23:30 in Berlin, still the 10th
    assert follow_ups_to_show(store, clock) == []
    clock.advance(minutes=31)  # 00:01 on the 11th in Berlin (23:01 UTC, the 10th there)
    shown = follow_ups_to_show(store, clock)
    assert [f.entry_id for f in shown] == [due_day] and shown[0].first_line == "Ask about the refund"
    assert follow_ups_to_show(store, clock) == []  # once a day
    due, upcoming = due_and_upcoming(store, clock)
    assert [f.entry_id for f in due] == [due_day] and [f.entry_id for f in upcoming] == [later]
    store.close()

    store = Store.open(location)  # a restart the same day shows nothing again
    try:
        clock.advance(hours=3)
        assert follow_ups_to_show(store, clock) == []
        clock.advance(days=1)  # the next day it comes back, until it is done
        assert [f.entry_id for f in follow_ups_to_show(store, clock)] == [due_day]
        put_off_a_day(store, clock, due_day)
        clock.advance(days=1)
        assert [f.entry_id for f in follow_ups_to_show(store, clock)] == [due_day]
        mark_follow_up_done(store, clock, due_day)
        assert get_entry(store, due_day).follow_up_done
        clock.advance(days=1)
        assert follow_ups_to_show(store, clock) == []
        with pytest.raises(BadInput, match="no follow-up"):
            put_off_a_day(store, clock, add_entry(store, JournalEntry(text="none"), clock=clock))
    finally:
        store.close()


def test_putting_off_skips_the_rest_of_today_and_tomorrow_shows_it(store):
    clock = FakeClock("2026-03-11T08:00:00", zone="UTC")
    entry_id = add_entry(store, JournalEntry(text="x", follow_up=True, follow_up_on="2026-03-11"), clock=clock)
    put_off_a_day(store, clock, entry_id)  # before it was ever shown
    assert follow_ups_to_show(store, clock) == []
    clock.advance(days=1)
    assert [f.entry_id for f in follow_ups_to_show(store, clock)] == [entry_id]


def test_the_summary_for_a_manager_leaves_feelings_out_unless_chosen(store, clock):
    entry = get_entry(store, add_entry(store, full_entry(), clock=clock))
    text = share_text([entry], DEFAULT_SHARED)
    for fact in ("Shouted about a refund", "I offered the exchange and called Dana", "Back me on the receipt policy",
                 "Call the lead after the first insult", "In person", "2026-03-10 09:00 (Europe/Berlin)"):
        assert fact in text
    for inner in ("angry", "I am useless", "flight", "not my whole shift"):
        assert inner not in text
    assert {"feelings", "self_talk", "perspective", "balanced_thought"} <= INNER_FIELDS
    chosen = share_text([entry], DEFAULT_SHARED | {"feelings"})
    assert "How I felt: angry" in chosen and "I am useless" not in chosen
    with pytest.raises(BadInput, match="Unknown field 'mood'"):
        share_text([entry], {"mood"})


def test_only_entries_marked_for_a_manager_can_be_shared(store, clock):
    entry = get_entry(store, add_entry(store, JournalEntry(text="private"), clock=clock))
    with pytest.raises(BadInput, match="not marked"):
        check_shareable([entry])
