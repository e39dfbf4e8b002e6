"""Checklists stamp what they store with the clock they are given, never the wall clock's time."""

from __future__ import annotations

from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.clock import FakeClock, to_iso
from shiftmate.core.storage.store import Store


def one(store, sql, *args):
    return store.db.execute(sql, list(args)).fetchone()[0]


def test_a_run_ticked_on_a_fake_clock_stores_exactly_that_time(location):
    clock = FakeClock("2026-11-23T06:45:00", zone="Europe/Berlin")
    with Store.open(location, clock=clock) as store:
        runs = ChecklistRuns(store)  # the store's clock, as the command line uses it
        run_id = runs.start_or_resume("before-shift")
        clock.advance(minutes=3, seconds=20)
        ticked_at = to_iso(clock.now())
        first = runs.get(run_id).answerable[0]
        runs.answer(run_id, first.key, "done")
        clock.advance(minutes=9)
        runs.close(run_id)
        assert one(store, "SELECT started_at FROM checklist_runs WHERE id = ?", run_id) == "2026-11-23T05:45:00+00:00"
        assert one(store, "SELECT answered_at FROM run_answers WHERE run_id = ? AND item_key = ?",
                   run_id, first.key) == ticked_at == "2026-11-23T05:48:20+00:00"
        assert one(store, "SELECT closed_at FROM checklist_runs WHERE id = ?", run_id) == "2026-11-23T05:57:20+00:00"


def test_editing_a_checklist_stamps_the_given_clocks_time(location):
    opened = FakeClock("2026-11-23T06:00:00", zone="Europe/Berlin")
    editing = FakeClock("2031-02-03T04:05:06", zone="Europe/Berlin")
    with Store.open(location, clock=opened) as store:
        library = ChecklistLibrary(store, editing)
        key = library.create("Closing the till")
        section = library.get(key).sections[0].id
        item = library.add_item(section, "Count the float")
        editing.advance(hours=1)
        library.rename(key, "Closing up")
        renamed = to_iso(editing.now())
        editing.advance(hours=1)
        library.remove_item(item)
        removed = to_iso(editing.now())
        editing.advance(hours=1)
        library.delete("after-shift")
        store.set_setting("checklists.seen", "yes")  # the store's own clock stamps settings
        assert one(store, "SELECT created_at FROM checklists WHERE key = ?", key) == "2031-02-03T03:05:06+00:00"
        assert one(store, "SELECT updated_at FROM checklists WHERE key = ?", key) == removed
        assert one(store, "SELECT deleted_at FROM checklist_items WHERE id = ?", item) == removed != renamed
        assert one(store, "SELECT deleted_at FROM checklists WHERE key = 'after-shift'") == to_iso(editing.now())
        assert one(store, "SELECT updated_at FROM settings WHERE key = 'checklists.seen'") == to_iso(opened.now())
        assert one(store, "SELECT installed_at FROM packs") == to_iso(opened.now())
