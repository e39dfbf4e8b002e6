"""Property tests for journal import: any JSON value in any field of an entry is imported
with the right types or refused as bad input, all or nothing; what is imported can be read
back, listed and exported in any zone."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import JournalEntry, entry_count, get_entry
from shiftmate.core.journal.exchange import import_journal, to_csv, to_json, to_markdown, entries_for_export
from shiftmate.core.journal.search import JournalFilter, list_page
from shiftmate.core.journal.words import local_when
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store

FIELDS = [name for name in JournalEntry.__dataclass_fields__]
JRNL_FIELDS = ["date", "time", "title", "body", "tags", "starred"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-2**80, 2**80), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12), st.sampled_from(["", "abc", "phone", "me", "UTC", "America", "2026-01-02", "10:00",
                                           "9999-12-31T23:00:00-05:00", "0001-01-01T01:00:00+05:00",
                                           "2026-03-10T09:00:00+01:00", "\ud800", "@work"]),
)
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                            st.dictionaries(st.text(max_size=3), inner, max_size=2)),
                           max_leaves=6)


@st.composite
def documents(draw):
    ours = draw(st.booleans())
    entries = []
    for number in range(draw(st.integers(1, 3))):
        if ours:
            entry = {"text": "A customer shouted", "uid": f"u{number}"}
            names = FIELDS
        else:
            entry = {"date": "2026-01-02", "time": "10:00", "title": "Rough call"}
            names = JRNL_FIELDS
        for name in draw(st.lists(st.sampled_from(names), max_size=3, unique=True)):
            entry[name] = draw(json_values)
        entries.append(entry)
    document = {"entries": entries}
    if ours:
        document.update({"format": "shiftmate-journal", "version": 1})
    return document


@pytest.fixture(scope="module")
def fuzz_store():
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(DataLocation(Path(folder)))
        yield store
        store.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(documents(), st.sampled_from(["UTC", "Asia/Kolkata", "Pacific/Kiritimati", "America/Adak"]))
def test_any_value_in_any_field_is_imported_typed_or_refused_whole(fuzz_store, tmp_path, document, zone):
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document), encoding="utf-8", errors="surrogatepass")
    before = entry_count(fuzz_store)
    clock = FakeClock("2026-03-10T09:00:00", zone=zone)
    try:
        result = import_journal(fuzz_store, path, clock=clock)
    except BadInput as exc:
        assert entry_count(fuzz_store) == before, "a refused file must leave nothing behind"
        assert "Entry " in exc.sentence or str(path) in exc.sentence
        return
    assert entry_count(fuzz_store) == before + result.added
    rows = list_page(fuzz_store, JournalFilter(), limit=before + result.added + 1)
    for row in rows:
        entry = get_entry(fuzz_store, row.id)
        assert all(isinstance(tag, str) and tag for tag in entry.tags)
        assert all(isinstance(feeling, str) and feeling for feeling in entry.feelings)
        assert isinstance(entry.uid, str) and isinstance(entry.tz, str) and isinstance(entry.created_at, str)
        for flag in (entry.manager_should_know, entry.follow_up, entry.follow_up_done):
            assert isinstance(flag, bool)
        local_when(entry)
        for other in ("UTC", "Pacific/Kiritimati", "Etc/GMT+12"):
            local_when(entry.occurred_at, other)  # shown in any zone without running off the calendar
    exported = entries_for_export(fuzz_store)
    to_json(exported), to_csv(exported), to_markdown(exported)
