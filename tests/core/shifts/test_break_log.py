"""Correcting the break log: edit, delete and put back, within the shift and never overlapping."""

from __future__ import annotations

import datetime as dt

import pytest

from shiftmate.core.shifts import break_log
from shiftmate.core.shifts import records as shifts
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput


@pytest.fixture
def night(store):
    """A night shift from 22:00 with breaks at 23:00–23:20 and 01:00–01:30; it is 03:00 now."""
    clock = FakeClock("2026-03-28T22:00", "Europe/Berlin")
    shifts.start_shift(store, clock)
    found = []
    for after, length in ((60, 20), (100, 30)):
        clock.advance(minutes=after)
        shifts.start_break(store, clock)
        clock.advance(minutes=length)
        found.append(shifts.end_break(store, clock))
    clock.advance(hours=1, minutes=30)
    return clock, found


def local(moment, zone="Europe/Berlin"):
    return moment.astimezone(__import__("zoneinfo").ZoneInfo(zone)).strftime("%d %H:%M")


def test_a_break_gets_new_times_across_midnight_and_undo_puts_it_back(store, night):
    clock, (first, second) = night
    start, end = break_log.times_from_clock(second, dt.time(0, 50), dt.time(1, 35))
    assert (local(start), local(end)) == ("29 00:50", "29 01:35")
    before = break_log.edit_break(store, clock, second.id, started_at=start, ended_at=end)
    assert before == second
    assert break_log.get_break(store, second.id).length() == dt.timedelta(minutes=45)
    break_log.restore_break(store, before)
    assert break_log.get_break(store, second.id) == second


def test_an_end_before_the_start_is_the_next_morning(store, night):
    clock, (first, _second) = night
    start, end = break_log.times_from_clock(first, dt.time(23, 50), dt.time(0, 10))
    assert (local(start), local(end)) == ("28 23:50", "29 00:10")


@pytest.mark.parametrize("start, end, fragment", [
    ((23, 10), (1, 10), "overlaps your break at 01:00–01:30"),
    ((21, 30), (22, 10), "inside its shift"),
    ((2, 50), (3, 10), "later than now"),
])
def test_a_correction_that_does_not_fit_is_refused_in_one_sentence(store, night, start, end, fragment):
    clock, (first, _second) = night
    started_at, ended_at = break_log.times_from_clock(first, dt.time(*start), dt.time(*end))
    with pytest.raises(BadInput, match=fragment):
        break_log.edit_break(store, clock, first.id, started_at=started_at, ended_at=ended_at)
    assert break_log.get_break(store, first.id) == first


def test_a_deleted_break_comes_back_whole(store, night):
    clock, (first, second) = night
    gone = break_log.delete_break(store, first.id)
    assert [b.id for b in shifts.breaks_of(store, first.shift_id)] == [second.id]
    break_log.restore_break(store, gone)
    assert shifts.breaks_of(store, first.shift_id) == [first, second]
