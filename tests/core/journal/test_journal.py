"""The journal core: entries, tags, search with prefixes and filters, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import (
    JournalEntry,
    add_entry,
    delete_entry,
    get_entry,
    list_tags,
    rename_tag,
    restore_entry,
    update_entry,
)
from shiftmate.core.journal.drafts import discard_draft, list_drafts, save_draft
from shiftmate.core.journal.search import (
    JournalFilter,
    count_entries,
    fts_expression,
    list_page,
    match_spans,
    search_ids,
)
from shiftmate.core.storage.store import Store


@pytest.fixture
def clock():
    return FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin")


def add(store, clock, text, **fields):
    return add_entry(store, JournalEntry(text=text, **fields), clock=clock)


def test_a_capture_is_stored_with_utc_time_and_zone(store, clock):
    entry_id = add(store, clock, "Customer shouted about a refund", intensity_before=7, tags=("refund",))
    entry = get_entry(store, entry_id)
    assert entry.text == "Customer shouted about a refund"
    assert entry.occurred_at == "2026-03-10T08:00:00+00:00" and entry.tz == "Europe/Berlin"
    assert entry.intensity_before == 7 and entry.tags == ("refund",)
    assert entry.uid and entry.created_at == entry.occurred_at


def test_an_empty_capture_is_refused_in_one_sentence(store, clock):
    with pytest.raises(BadInput, match="what happened"):
        add(store, clock, "   ")
    with pytest.raises(BadInput, match="0 to 10"):
        add(store, clock, "x", intensity_before=11)


def test_prefix_search_finds_refund_from_refun(store, clock):
    wanted = add(store, clock, "Angry caller wanted a refund")
    add(store, clock, "Quiet morning")
    assert search_ids(store, JournalFilter(query="refun")) == [wanted]
    assert search_ids(store, JournalFilter(query="ANGRY ref")) == [wanted]


def test_search_covers_every_text_field_and_tags(store, clock):
    entry_id = add(store, clock, "x", self_talk="nobody listens", needs_now="tea", tags=("late shift",))
    for word in ("nobod", "tea", "late"):
        assert search_ids(store, JournalFilter(query=word)) == [entry_id], word


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(query=st.text(max_size=40))
def test_any_typed_query_never_raises(store, query):
    assert isinstance(search_ids(store, JournalFilter(query=query)), list)


def test_hostile_queries_are_quoted(store, clock):
    entry_id = add(store, clock, 'She said "NEAR" AND (refund) OR * -x')
    for query in ['"', '"NEAR', "AND", "OR (", "*", "-x", "NEAR(", "^refund", "col:refund"]:
        search_ids(store, JournalFilter(query=query))
    assert search_ids(store, JournalFilter(query='"near" and')) == [entry_id]
    assert fts_expression('a"b') == '"a"* "b"*'


def test_list_is_newest_first_and_pages_by_key(store, clock):
    ids = []
    for n in range(5):
        clock.advance(hours=1)
        ids.append(add(store, clock, f"entry {n}"))
    first = list_page(store, limit=2)
    second = list_page(store, after=first[-1].sort_key, limit=2)
    third = list_page(store, after=second[-1].sort_key, limit=2)
    assert [r.id for r in first + second + third] == ids[::-1]


def test_filters_combine_with_search(store, clock):
    a = add(store, clock, "refund at the till", channel="in_person", intensity_before=8, tags=("till",))
    clock.advance(days=3)
    b = add(store, clock, "refund on the phone", channel="phone", intensity_before=4,
            follow_up=True, follow_up_on="2026-03-20")
    assert search_ids(store, JournalFilter(query="refund", channel="phone")) == [b]
    assert search_ids(store, JournalFilter(query="refund", min_intensity=5)) == [a]
    assert search_ids(store, JournalFilter(tag="till")) == [a]
    assert search_ids(store, JournalFilter(open_follow_ups=True)) == [b]
    berlin = "Europe/Berlin"
    assert search_ids(store, JournalFilter(since=dt.date(2026, 3, 11), zone=berlin)) == [b]
    assert search_ids(store, JournalFilter(until=dt.date(2026, 3, 10), zone=berlin)) == [a]
    assert count_entries(store, JournalFilter(query="refund")) == 2


def test_reflecting_stores_intensity_after_and_keeps_identity(store, clock):
    entry_id = add(store, clock, "hard one", intensity_before=8)
    entry = get_entry(store, entry_id)
    entry.intensity_after = 3
    entry.went_well = "I stayed calm"
    entry.feelings = ("angry", "tired")
    clock.advance(hours=2)
    update_entry(store, entry, clock=clock)
    again = get_entry(store, entry_id)
    assert again.intensity_after == 3 and again.went_well == "I stayed calm"
    assert again.feelings == ("angry", "tired")
    assert again.reflected_at == "2026-03-10T10:00:00+00:00" and again.uid == entry.uid
    assert search_ids(store, JournalFilter(query="calm")) == [entry_id]


def test_delete_then_restore_brings_back_the_same_entry(store, clock):
    entry_id = add(store, clock, "to delete", tags=("x",))
    before = get_entry(store, entry_id)
    deleted = delete_entry(store, entry_id)
    assert search_ids(store, JournalFilter(query="delete")) == []
    assert list_tags(store) == []
    restore_entry(store, deleted)
    assert get_entry(store, entry_id) == before
    assert search_ids(store, JournalFilter(query="delete")) == [entry_id]


def test_tags_can_be_renamed_and_merged(store, clock):
    a = add(store, clock, "one", tags=("refunds",))
    b = add(store, clock, "two", tags=("refund", "rude"))
    rename_tag(store, "refunds", "Returns")
    assert get_entry(store, a).tags == ("Returns",)
    rename_tag(store, "refund", "returns")  # merges into the existing tag
    assert get_entry(store, b).tags == ("returns", "rude")
    assert [(t.name, t.entries) for t in list_tags(store)] == [("Returns", 2), ("rude", 1)]
    assert search_ids(store, JournalFilter(tag="Returns")) == [b, a]
    assert set(search_ids(store, JournalFilter(query="returns"))) == {a, b}


def test_drafts_are_kept_until_the_reflection_is_saved(store, clock):
    entry_id = add(store, clock, "draft me")
    save_draft(store, f"reflect:{entry_id}", entry_id, {"went_well": "half"}, clock=clock)
    assert [d.fields for d in list_drafts(store)] == [{"went_well": "half"}]
    entry = get_entry(store, entry_id)
    update_entry(store, entry, clock=clock, draft_key=f"reflect:{entry_id}")
    assert list_drafts(store) == []
    save_draft(store, "reflect:x", None, {"a": 1}, clock=clock)
    discard_draft(store, "reflect:x")
    assert list_drafts(store) == []


def test_match_spans_mark_word_starts_only():
    assert match_spans("Refund? refunded. prefund", "refun") == [(0, 5), (8, 5)]
    assert match_spans("<b>bold</b>", "b") == [(1, 1), (3, 1), (9, 1)]
    assert match_spans("anything", "") == []


def test_demo_entries_are_varied_and_usually_calmer_after_reflection(store):
    import random

    from shiftmate.core.journal.demo import generate_journal_demo
    from shiftmate.core.journal.exchange import entries_for_export

    count = generate_journal_demo(store, random.Random(4), 120, clock=FakeClock("2026-03-10T12:00:00"))
    entries = entries_for_export(store)
    assert count == len(entries) > 40
    assert len({e.channel for e in entries}) >= 4 and len({t for e in entries for t in e.tags}) >= 8
    reflected = [e for e in entries if e.intensity_after is not None]
    assert len(reflected) > count / 2
    assert sum(e.intensity_after < e.intensity_before for e in reflected) > len(reflected) / 2
    again = Store.open(store.location.__class__(store.location.root.parent / "again"))
    try:
        generate_journal_demo(again, random.Random(4), 120, clock=FakeClock("2026-03-10T12:00:00"))
        assert [e.text for e in entries_for_export(again)] == [e.text for e in entries]
    finally:
        again.close()


def test_search_pages_continue_newest_first_and_follow_a_changed_time(store, clock):
    ids = []
    for n in range(5):
        clock.advance(hours=1)
        ids.append(add(store, clock, f"refund number {n}"))
    flt = JournalFilter(query="refu")
    first = list_page(store, flt, limit=3)
    rest = list_page(store, flt, after=first[-1].sort_key, limit=3)
    assert [r.id for r in first + rest] == ids[::-1]
    oldest = get_entry(store, ids[0])
    oldest.occurred_at = "2026-04-01T00:00:00+00:00"  # the person corrects when it happened
    update_entry(store, oldest, clock=clock)
    assert [r.id for r in list_page(store, flt, limit=2)] == [ids[0], ids[4]]
    assert count_entries(store, flt) == 5
    assert count_entries(store, flt, cap=3) == 4  # "more than 3"


def test_a_bulk_add_is_indexed_in_one_pass_and_later_entries_still_are(store, clock):
    from shiftmate.core.journal.entries import BULK_REINDEX, add_entries

    entries = [JournalEntry(text=f"Moment {n} at the till", occurred_at=f"2026-01-01T{n % 24:02d}:00",
                            tags=("refund",) if n % 10 == 0 else ("queue", "Queue"))
               for n in range(BULK_REINDEX)]
    entries.append(JournalEntry(text="The escalator stopped", occurred_at="2026-01-02T10:00"))
    assert add_entries(store, entries, clock=clock) == BULK_REINDEX + 1
    assert count_entries(store, JournalFilter(query="escalat")) == 1
    assert count_entries(store, JournalFilter(query="till")) == BULK_REINDEX
    assert count_entries(store, JournalFilter(tag="refund")) == BULK_REINDEX // 10
    assert store.db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'journal_entries_fts_ai'"
    ).fetchone()[0] == 1
    store.db.execute("INSERT INTO journal_entries_fts (journal_entries_fts, rank) VALUES ('integrity-check', 1)")
    later = add_entry(store, JournalEntry(text="A parcel went missing"), clock=clock)
    assert search_ids(store, JournalFilter(query="parcel")) == [later]
