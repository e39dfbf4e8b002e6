"""Checklists: built-ins, packs, editing, runs that keep their copy, answers and history."""

from __future__ import annotations

import pytest

from shiftmate.core.checklists.runs import ChecklistRuns, normalize_answer
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.packs.install import builtin_pack
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.store import Store


@pytest.fixture
def clock():
    return FakeClock("2026-11-23T08:00:00", zone="Europe/London")


def answer_everything(runs, run_id):
    values = {"check": "done", "yes-no": "yes", "rating": "4", "note": "ok"}
    for item in runs.get(run_id).items:
        if item.answerable:
            runs.answer(run_id, item.key, values[item.kind])


def test_builtin_pack_has_the_promised_shape():
    pack = builtin_pack()
    before, after = pack.checklists
    assert (before.title, after.title) == ("Before my shift", "After my shift")
    assert [s.title for s in before.sections] == [
        "Grooming and appearance", "Mindset", "Leaving the self at home", "Ready to serve"]
    assert 15 <= before.item_count <= 25
    items = [i for s in before.sections for i in s.items]
    assert any(i.kind == "rating" and "arriving" in i.text for i in items)
    assert any(i.kind == "note" and "leaving at home" in i.text for i in items)
    assert sum(1 for i in items if i.help) >= len(items) // 2
    kinds = {i.kind for s in after.sections for i in s.items}
    assert {"rating", "note", "check"} <= kinds


def test_a_new_data_folder_holds_both_builtins_and_no_user_data(store):
    library = ChecklistLibrary(store)
    assert [c.key for c in library.list()] == ["before-shift", "after-shift"]
    assert not store.holds_user_data()


def test_deleted_builtins_stay_deleted_after_reopening(location):
    store = Store.open(location)
    ChecklistLibrary(store).delete("after-shift")
    store.close()
    store = Store.open(location)
    try:
        assert [c.key for c in ChecklistLibrary(store).list()] == ["before-shift"]
    finally:
        store.close()


def test_delete_and_restore_a_checklist(store):
    library = ChecklistLibrary(store)
    library.delete("before-shift")
    assert "before-shift" not in [c.key for c in library.list()]
    library.restore("before-shift")
    assert "before-shift" in [c.key for c in library.list()]


def test_create_rename_duplicate_and_edit_items(store):
    library = ChecklistLibrary(store)
    key = library.create("Closing duties", "after-shift")
    library.rename(key, "Closing up")
    section_id = library.get(key).sections[0].id
    first = library.add_item(section_id, "Lights off")
    second = library.add_item(section_id, "Till counted", "yes-no", required=True, help="Twice.")
    library.move_item(second, section_id, 0)
    checklist = library.get(key)
    assert checklist.title == "Closing up"
    assert [i.text for i in checklist.items] == ["Till counted", "Lights off"]
    library.update_item(first, kind="instruction", required=True)
    assert library.get(key).items[1].required is False  # instructions cannot be required
    copy = library.duplicate(key)
    assert [i.key for i in library.get(copy).items] == [i.key for i in library.get(key).items]
    assert store.holds_user_data()


def test_bad_edits_are_refused_in_a_sentence(store):
    library = ChecklistLibrary(store)
    section_id = library.get("before-shift").sections[0].id
    with pytest.raises(BadInput, match="must not be empty"):
        library.add_item(section_id, "   ")
    with pytest.raises(BadInput, match="not an item kind"):
        library.add_item(section_id, "x", "essay")
    with pytest.raises(BadInput, match="limit is"):
        library.add_item(section_id, "x" * 301)


def test_editing_a_checklist_during_a_run_leaves_the_run_unchanged(store, clock):
    library, runs = ChecklistLibrary(store), ChecklistRuns(store, clock)
    run_id = runs.start_or_resume("before-shift")
    before = runs.get(run_id).items
    checklist = library.get("before-shift")
    library.update_item(checklist.items[0].id, text="Completely different")
    library.remove_item(checklist.items[1].id)
    library.add_item(checklist.sections[0].id, "A brand-new item")
    assert runs.get(run_id).items == before
    runs.close(run_id)
    clock.advance(days=1)
    fresh = runs.get(runs.start_or_resume("before-shift")).items
    assert fresh[0].text == "Completely different"


def test_the_same_day_resumes_the_run_and_a_new_day_starts_another(store, clock):
    runs = ChecklistRuns(store, clock)
    first = runs.start_or_resume("before-shift")
    clock.advance(hours=3)
    assert runs.start_or_resume("before-shift") == first
    clock.advance(days=1)
    second = runs.start_or_resume("before-shift")
    assert second != first
    assert runs.get(first).closed_at is not None  # yesterday's open run was closed


def test_answers_are_validated_by_kind():
    assert normalize_answer("check", "done") == "done"
    assert normalize_answer("check", "") is None
    assert normalize_answer("yes-no", "N/A") == "n/a"
    assert normalize_answer("rating", "5") == "5"
    assert normalize_answer("note", "  <b>hi</b> ") == "  <b>hi</b> "
    for kind, value in [("rating", "6"), ("yes-no", "maybe"), ("check", "banana")]:
        with pytest.raises(BadInput):
            normalize_answer(kind, value)
    with pytest.raises(BadInput, match="instruction"):
        normalize_answer("instruction", "done")


def test_a_run_with_required_items_open_can_close_but_is_incomplete(store, clock):
    runs = ChecklistRuns(store, clock)
    run_id = runs.start_or_resume("before-shift")
    runs.answer(run_id, "clean-and-fresh", "done")
    run = runs.close(run_id)
    assert run.closed_at and not run.complete and run.required_open


def test_history_counts_streaks_over_days_actually_run(store, clock):
    runs = ChecklistRuns(store, clock)
    # Mon complete, Tue complete, (Wed-Thu off), Fri partial, Sat complete, Sun complete.
    for day, complete in [(0, True), (1, True), (4, False), (5, True), (6, True)]:
        clock.set(FakeClock(f"2026-11-{2 + day:02d}T08:00:00", zone="Europe/London").now())
        run_id = runs.start_or_resume("before-shift")
        if complete:
            answer_everything(runs, run_id)
        else:
            runs.answer(run_id, "clean-and-fresh", "done")
        runs.close(run_id)
    history = runs.history("before-shift")
    assert history.days == {
        "2026-11-02": "complete", "2026-11-03": "complete", "2026-11-06": "partial",
        "2026-11-07": "complete", "2026-11-08": "complete",
    }
    assert (history.current_streak, history.best_streak) == (2, 2)
    assert history.most_often_open[0][2] == 1
    assert history.runs == 5


def test_a_night_shift_run_belongs_to_the_day_it_started(store):
    clock = FakeClock("2026-11-23T23:50:00", zone="America/New_York")
    runs = ChecklistRuns(store, clock)
    run_id = runs.start_or_resume("before-shift")
    clock.advance(minutes=30)  # past midnight locally
    assert runs.start_or_resume("before-shift") != run_id or runs.get(run_id).local_day == "2026-11-23"
    assert runs.get(run_id).local_day == "2026-11-23"


def test_a_run_started_during_a_shift_is_linked_to_it(store, clock):
    from shiftmate.core.shifts import records as shifts

    shift = shifts.start_shift(store, clock)
    runs = ChecklistRuns(store, clock)
    run = runs.get(runs.start_or_resume("before-shift"))
    assert run.shift_id == shift.id
    other = runs.get(runs.start_or_resume("after-shift", shift_id=None))
    assert other.shift_id == shift.id


def test_without_a_shift_a_run_belongs_to_the_calendar_day(store, clock):
    runs = ChecklistRuns(store, clock)
    run = runs.get(runs.start_or_resume("before-shift"))
    assert run.shift_id is None and run.local_day == "2026-11-23"


def test_a_new_item_takes_its_key_from_its_first_words_until_a_run_has_used_it(store, clock):
    library = ChecklistLibrary(store)
    section = library.get("before-shift").sections[0]
    item_id = library.add_item(section.id, "New item")
    library.update_item(item_id, text="Check my shoes")
    key = lambda: next(i.key for i in library.get("before-shift").items if i.id == item_id)  # noqa: E731
    assert key() == "check-my-shoes"
    ChecklistRuns(store, clock).start_or_resume("before-shift")  # the run copies it by its key
    library.update_item(item_id, text="Check my shoes and socks")
    assert key() == "check-my-shoes"
    builtin = section.items[0]
    library.update_item(builtin.id, text="Showered")
    assert next(i.key for i in library.get("before-shift").items if i.id == builtin.id) == builtin.key
