"""Journal export and import: lossless JSON round trips, jrnl files, atomic writes."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import CHANNELS, FEELINGS, JournalEntry, add_entries, add_entry, entry_count
from shiftmate.core.journal.exchange import (
    ExportSelection,
    export_journal,
    import_journal,
    to_csv,
    to_markdown,
    write_atomically,
    entries_for_export,
)
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store

HOSTILE = ["<b>bold</b>", "<img src=x onerror=alert(1)>", "&amp;", "😤🙂", "שלום עולם", "=cmd|' /C calc'!A0",
           "line1\r\nline2\n\n", '"quoted", comma', "# heading", "- item", "\\back\\slash", "x" * 5000]

hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=200))
intensity = st.one_of(st.none(), st.integers(0, 10))
zones = st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"])
moments = st.datetimes(
    min_value=__import__("datetime").datetime(2000, 1, 1), max_value=__import__("datetime").datetime(2040, 1, 1)
).map(lambda d: d.replace(microsecond=0).isoformat() + "+00:00")

entries = st.builds(
    JournalEntry,
    text=hostile_text.filter(lambda t: t.strip()),
    occurred_at=moments,
    tz=zones,
    channel=st.sampled_from(("",) + CHANNELS),
    feelings=st.lists(st.one_of(st.sampled_from(FEELINGS), hostile_text), max_size=3).map(
        lambda fs: tuple(dict.fromkeys(" ".join(f.split()) for f in fs if f.strip()))),
    feelings_note=hostile_text,
    intensity_before=intensity,
    self_talk=hostile_text,
    about=st.sampled_from(("", "me", "situation", "both")),
    went_well=hostile_text,
    manager_should_know=st.booleans(),
    follow_up=st.booleans(),
    follow_up_on=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
    needs_now=hostile_text,
    intensity_after=intensity,
    tags=st.lists(st.text(min_size=1, max_size=20).map(lambda t: " ".join(t.split())).filter(bool), max_size=3).map(
        lambda ts: tuple({t.casefold(): t for t in ts}.values())),
)


@pytest.fixture
def clock():
    return FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin")


def open_store(path):
    return Store.open(DataLocation(path))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(batch=st.lists(entries, min_size=1, max_size=6))
def test_json_export_imported_into_a_fresh_folder_is_identical(tmp_path_factory, clock, batch):
    base = tmp_path_factory.mktemp("roundtrip")
    first = open_store(base / "a")
    second = open_store(base / "b")
    try:
        add_entries(first, batch, clock=clock)
        export_journal(first, base / "out.json", "json")
        result = import_journal(second, base / "out.json", clock=clock)
        assert (result.added, result.skipped) == (len(batch), 0)
        export_journal(second, base / "again.json", "json")
        assert (base / "again.json").read_bytes() == (base / "out.json").read_bytes()
        assert import_journal(second, base / "out.json", clock=clock).skipped == len(batch)
        assert entry_count(second) == len(batch)
    finally:
        first.close()
        second.close()


JRNL_EXPORT = {
    "tags": {"@work": 2, "@refund": 1},
    "entries": [
        {"title": "Rough call at the desk.", "body": "He wanted a refund for a used item.\nI kept calm.",
         "date": "2024-02-01", "time": "17:45", "tags": ["@work", "@refund"], "starred": False},
        {"title": "Better day.", "body": "", "date": "2024-02-02", "time": "09:05",
         "tags": ["@work"], "starred": True},
    ],
}


def test_a_jrnl_json_export_imports_with_dates_text_and_tags(tmp_path, clock):
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL_EXPORT), encoding="utf-8")
    store = open_store(tmp_path / "d")
    try:
        result = import_journal(store, source, clock=clock)
        assert (result.added, result.source) == (2, "jrnl")
        first, second = entries_for_export(store)
        assert first.text == "Rough call at the desk.\nHe wanted a refund for a used item.\nI kept calm."
        assert first.occurred_at == "2024-02-01T16:45:00+00:00" and first.tz == "Europe/Berlin"
        assert first.tags == ("work", "refund")
        assert second.text == "Better day." and second.tags == ("work", "starred")
        assert import_journal(store, source, clock=clock).skipped == 2
    finally:
        store.close()


def test_an_import_with_one_bad_entry_imports_nothing(tmp_path, clock):
    doc = json.loads(json.dumps(JRNL_EXPORT))
    doc["entries"][1]["date"] = "yesterday-ish"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    store = open_store(tmp_path / "d")
    try:
        with pytest.raises(BadInput, match="Entry 2 of .*bad.json"):
            import_journal(store, source, clock=clock)
        assert entry_count(store) == 0
    finally:
        store.close()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"entries": "no"}'])
def test_an_unusable_import_file_is_one_sentence(tmp_path, clock, content):
    source = tmp_path / "x.json"
    source.write_text(content, encoding="utf-8")
    store = open_store(tmp_path / "d")
    try:
        with pytest.raises(BadInput):
            import_journal(store, source, clock=clock)
    finally:
        store.close()


def full_entry():
    return JournalEntry(
        text="<b>Shouted</b> & left\nsecond line", channel="phone", feelings=("angry", "hurt"),
        feelings_note="shaky", intensity_before=8, self_talk="I am useless", about="situation",
        went_well="kept my voice low", do_differently="call the manager sooner",
        in_control="my tone", not_in_control="the policy", manager_should_know=True,
        follow_up=True, follow_up_on="2026-03-12", needs_now="water", intensity_after=3,
        tags=("refund", "rude"),
    )


def test_markdown_export_holds_every_field_escaped(tmp_path, clock):
    store = open_store(tmp_path / "d")
    try:
        add_entry(store, full_entry(), clock=clock)
        md = to_markdown(entries_for_export(store))
    finally:
        store.close()
    for fragment in ("Intensity before:** 8", "Intensity after:** 3", "I am useless", "kept my voice low",
                     "call the manager sooner", "my tone", "the policy", "A manager needs to know:** yes",
                     "2026-03-12", "water", "angry, hurt", "refund, rude", "2026-03-10 09:00 (Europe/Berlin) · Phone",
                     "&lt;b&gt;Shouted&lt;/b&gt; &amp; left  \nsecond line"):
        assert fragment in md, fragment
    assert "<b>" not in md


def test_csv_export_has_one_row_per_entry_and_defuses_formulas(tmp_path, clock):
    store = open_store(tmp_path / "d")
    try:
        add_entry(store, full_entry(), clock=clock)
        add_entry(store, JournalEntry(text="=SUM(A1)"), clock=clock)
        rows = list(csv.DictReader(io.StringIO(to_csv(entries_for_export(store)))))
    finally:
        store.close()
    assert len(rows) == 2
    assert rows[0]["text"] == "<b>Shouted</b> & left\nsecond line" and rows[0]["tags"] == "refund; rude"
    assert rows[1]["text"] == "'=SUM(A1)"


def test_export_filters_by_tag_and_days(tmp_path, clock):
    store = open_store(tmp_path / "d")
    try:
        add_entry(store, JournalEntry(text="a", tags=("x",)), clock=clock)
        clock.advance(days=2)
        add_entry(store, JournalEntry(text="b"), clock=clock)
        import datetime as dt
        assert [e.text for e in entries_for_export(store, ExportSelection(tag="x"))] == ["a"]
        since = ExportSelection(since=dt.date(2026, 3, 11), zone="Europe/Berlin")
        assert [e.text for e in entries_for_export(store, since)] == ["b"]
    finally:
        store.close()


def test_atomic_write_replaces_whole_and_leaves_no_temp_files(tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.md"
    target.write_text("old")
    write_atomically(target, b"new")
    assert target.read_text() == "new" and os.listdir(folder) == ["out.md"]

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomically(target, b"newer")
    assert target.read_text() == "new" and os.listdir(folder) == ["out.md"]
