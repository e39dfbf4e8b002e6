"""Box breathing timing: four phases of four seconds, counting down to the end."""

from __future__ import annotations

import pytest

from shiftmate.core.shifts.breathing import BoxBreathing, breathing_sessions, log_breathing
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.store import Store


def test_the_phases_go_in_hold_out_hold_four_seconds_each():
    plan = BoxBreathing(1)
    assert [plan.at(s).phase for s in (0, 4, 8, 12, 16)] == ["in", "hold-full", "out", "hold-empty", "in"]
    assert [plan.at(s).phase_left for s in (0, 1, 2, 3)] == [4, 3, 2, 1]
    assert plan.at(0).total_left == 60 and plan.at(59.5).total_left == 1
    assert plan.at(60).finished and plan.at(600).phase == "done"


def test_only_one_two_or_three_minutes():
    with pytest.raises(BadInput):
        BoxBreathing(5)


def test_a_session_is_logged(location):
    store = Store.open(location)
    try:
        clock = FakeClock("2026-06-01T09:00", "UTC")
        started = clock.now()
        clock.advance(minutes=2)
        log_breathing(store, clock, started_at=started, minutes=2, completed=True)
        (row,) = breathing_sessions(store)
        assert (row["minutes"], row["completed"], row["shift_id"]) == (2, 1, None)
    finally:
        store.close()
