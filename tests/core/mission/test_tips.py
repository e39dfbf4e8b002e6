"""A tip for this shift: the rotation on a fake clock, tips off, and the worker's own changes."""

from __future__ import annotations

import pytest

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.mission import tips
from shiftmate.core.shifts.records import end_shift, start_shift


@pytest.fixture
def clock():
    return FakeClock("2026-11-23T07:30:00", zone="Europe/London")


def tip_id(store, clock):
    tip = tips.tip_for_now(store, clock)
    return tip.id if tip else None


def test_the_tip_stays_through_a_shift_and_moves_on_with_the_next(store, clock):
    before = tip_id(store, clock)
    assert before in tips.BUILTIN_IDS
    start_shift(store, clock)
    assert tip_id(store, clock) == before  # the tip seen before the shift is the shift's tip
    clock.advance(hours=18)  # past midnight, still the same shift
    assert tip_id(store, clock) == before
    end_shift(store, clock)
    after = tip_id(store, clock)
    assert after != before
    clock.advance(hours=2)
    start_shift(store, clock)
    assert tip_id(store, clock) == after  # the next shift has the next tip, kept through it
    clock.advance(hours=1)
    assert tip_id(store, clock) == after


def test_without_shifts_the_tip_changes_each_day_not_each_hour(store, clock):
    seen = [tip_id(store, clock)]
    clock.advance(hours=10)
    assert tip_id(store, clock) == seen[0]
    for _day in range(5):
        clock.advance(days=1)
        seen.append(tip_id(store, clock))
    assert len(set(seen)) == len(seen)  # a new one every day
    order = [tip_id for tip_id, _text in tips.BUILTIN_TIPS]
    steps = {(order.index(b) - order.index(a)) % len(order) for a, b in zip(seen, seen[1:])}
    assert steps == {1}  # in turn, none skipped


def test_tips_off_shows_none(store, clock):
    store.write(tips.TIPS_ON, False)
    assert tips.tip_for_now(store, clock) is None
    store.write(tips.TIPS_ON, True)
    assert tips.tip_for_now(store, clock) is not None


def test_an_edited_tip_shows_as_written_and_can_be_restored(store, clock):
    shown = tips.tip_for_now(store, clock)
    tips.edit_tip(store, shown.id, "  Breathe,   then greet.  ")
    edited = tips.tip_for_now(store, clock)
    assert (edited.id, edited.text, edited.source, edited.edited) == (shown.id, "Breathe, then greet.", "built-in", True)
    tips.reset_tip(store, shown.id)
    assert tips.tip_for_now(store, clock).text == shown.text


def test_hidden_tips_are_skipped_and_own_tips_join_the_rotation(store, clock):
    for tip_id_, _text in tips.BUILTIN_TIPS:
        tips.set_hidden(store, tip_id_, True)
    assert tips.tip_for_now(store, clock) is None  # all hidden: nothing to show
    mine = tips.add_tip(store, "Drink water between rushes.")
    tip = tips.tip_for_now(store, clock)
    assert tip.to_dict() == {"tip": "Drink water between rushes.", "source": "mine", "id": mine}
    tips.set_hidden(store, "serious", False)
    assert tips.tip_for_now(store, clock).id in {"serious", mine}
    assert [t.id for t in tips.shown_tips(store)] == ["serious", mine]
    tips.remove_tip(store, mine)
    assert [t.id for t in tips.shown_tips(store)] == ["serious"]


@pytest.mark.parametrize("call", [
    lambda store: tips.add_tip(store, "   "),
    lambda store: tips.add_tip(store, "x" * (tips.MAX_TIP + 1)),
    lambda store: tips.edit_tip(store, "no-such-tip", "Hello"),
    lambda store: tips.set_hidden(store, "no-such-tip", True),
    lambda store: tips.remove_tip(store, "serious"),
])
def test_bad_tip_changes_are_refused_and_nothing_changes(store, call):
    before = [(t.id, t.text, t.hidden) for t in tips.all_tips(store)]
    with pytest.raises(BadInput):
        call(store)
    assert [(t.id, t.text, t.hidden) for t in tips.all_tips(store)] == before


def test_a_damaged_tips_setting_reads_as_no_changes(store):
    store.set_setting(tips.MINE.key, '{"own": 5}')
    assert len(tips.shown_tips(store)) == len(tips.BUILTIN_TIPS)


def test_tip_ids_are_unique_and_tips_are_one_short_line():
    ids = [tip_id for tip_id, _text in tips.BUILTIN_TIPS]
    assert len(ids) == len(set(ids))
    assert all(len(text) <= tips.MAX_TIP and "\n" not in text for _id, text in tips.BUILTIN_TIPS)


def test_built_in_tips_are_translated_until_the_worker_edits_one(store, clock):
    from shiftmate.core import i18n

    def spanish(context, text, disambiguation=None, n=-1):
        return f"ES:{text}" if context == tips.CONTEXT else text

    previous = i18n.use_translator(spanish)
    try:
        shown = tips.tip_for_now(store, clock)
        assert shown.text == "ES:" + dict(tips.BUILTIN_TIPS)[shown.id]
        tips.edit_tip(store, shown.id, "Mis propias palabras.")
        assert tips.tip_for_now(store, clock).text == "Mis propias palabras."
        own = tips.add_tip(store, "Written by me")
        assert next(t for t in tips.all_tips(store) if t.id == own).text == "Written by me"
    finally:
        i18n.use_translator(previous)
