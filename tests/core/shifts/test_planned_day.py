"""Planned shifts drive the day (fake clock): the reminder before a shift, a shift started from
the plan (its end feeds deadlines and "near the end"), and a shift started at its real time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts import reminders, roster
from shiftmate.core.shifts.reminders import BEFORE_SHIFT_KIND as KIND
from shiftmate.core.shifts.roster_import import import_roster
from shiftmate.core.shifts.status import shift_status

ROSTERS = Path(__file__).parent / "rosters"


@pytest.fixture
def clock():
    return FakeClock("2026-03-18T07:00", "Europe/London")  # the CSV's first shift is 09:00–17:00


@pytest.fixture
def planned(store, clock):
    import_roster(store, clock, ROSTERS / "roster.csv")
    return roster.planned_shifts(store)[0]


def test_the_reminder_comes_45_minutes_before_a_planned_shift_once(store, clock, planned):
    clock.set(planned.starts_at - dt.timedelta(minutes=46))
    assert reminders.tick(store, clock).to_show == []
    clock.advance(minutes=1)
    shown = reminders.tick(store, clock).to_show
    assert [e.kind for e in shown] == [KIND]
    assert "09:00" in shown[0].message and "Barista" in shown[0].message
    assert reminders.tick(store, clock).to_show == []  # once
    from shiftmate.core.shifts.reminders import waiting_before_shift

    assert [e.id for e in waiting_before_shift(store, clock.now())] == [shown[0].id]
    reminders.act_on(store, clock, shown[0].id, "snooze", snooze_minutes=10)
    assert waiting_before_shift(store, clock.now()) == []
    clock.advance(minutes=10)
    again = reminders.tick(store, clock).to_show
    assert [e.id for e in again] == [shown[0].id]
    assert reminders.act_on(store, clock, shown[0].id, "done").state == "done"
    clock.advance(minutes=10)
    assert reminders.tick(store, clock).to_show == []


def test_the_reminder_follows_its_setting_and_is_off_at_zero(store, clock, planned):
    store.write(roster.REMIND_BEFORE, 90)
    clock.set(planned.starts_at - dt.timedelta(minutes=90))
    assert len(reminders.tick(store, clock).to_show) == 1
    other = FakeClock(planned.starts_at - dt.timedelta(minutes=5), "Europe/London")
    store.write(roster.REMIND_BEFORE, 0)
    store.db.execute("UPDATE planned_shifts SET reminder_state = NULL")
    assert reminders.tick(store, other).to_show == []


def test_no_reminder_before_a_shift_while_one_is_open_or_once_it_started(store, clock, planned):
    clock.set(planned.starts_at - dt.timedelta(minutes=60))
    shifts.start_shift(store, clock, planned_id=planned.id, planned_end=planned.ends_at)
    clock.advance(minutes=20)
    assert [e.kind for e in reminders.tick(store, clock).to_show] == []
    assert roster.planned_near(store, clock.now()) is None  # offered no more


def test_starting_from_the_plan_feeds_deadlines_and_near_the_end(store, clock, planned):
    clock.set(planned.starts_at - dt.timedelta(minutes=10))
    status = shift_status(store, clock)
    assert status.planned_offer == planned and status.next_planned == planned
    shift = shifts.start_shift(store, clock, planned_end=planned.ends_at, role=planned.role, planned_id=planned.id)
    assert shift.planned_end == planned.ends_at and shift.role == "Barista"
    occ = reminders.occurrences_until(shift, reminders.reminder_rules(store), reminders.active_requirements(store),
                                      planned.ends_at)
    near_end = [o for o in occ if o.rule_key == "own-best-customer"]
    assert [o.due_at for o in near_end] == [planned.ends_at - dt.timedelta(minutes=30)]
    # The planned 8 hours decide which break deadlines apply: California's second meal break
    # is for shifts over 10 hours (a shift of unknown length gets both).
    from shiftmate.core.shifts import break_rules

    store.write(break_rules.PRESET, "california")
    assert [d.requirement.key for d in shift_status(store, clock).deadlines] == ["meal-1"]


def test_a_shift_started_at_its_real_time(store, clock):
    clock.set(dt.datetime(2026, 3, 18, 11, 0, tzinfo=dt.timezone.utc))
    at = shifts.started_at_from(clock.now(), "Europe/London", "08:30")
    assert at == dt.datetime(2026, 3, 18, 8, 30, tzinfo=dt.timezone.utc)
    shift = reminders.start_shift_at(store, clock, started_at=at)
    assert shift.started_at == at
    # What fell due before it was recorded is skipped, not reported "while you were away".
    result = reminders.tick(store, clock)
    assert result.missed == [] and result.to_show == []
    assert {e.state for e in reminders.events_of(store, shift.id)} == {"skipped"}
    clock.advance(minutes=30)  # 11:30: three hours of water, two of stretching, counted from 08:30
    assert [e.rule_key for e in reminders.tick(store, clock).to_show] == ["stretch", "water"]


def test_started_at_is_checked(store, clock):
    now = clock.now()
    with pytest.raises(BadInput, match="cannot start in the future"):
        shifts.start_shift(store, clock, started_at=now + dt.timedelta(minutes=5))
    with pytest.raises(BadInput, match="at most 16 hours earlier"):
        shifts.start_shift(store, clock, started_at=now - dt.timedelta(hours=17))
    shifts.start_shift(store, clock, started_at=now - dt.timedelta(hours=3))
    clock.advance(hours=1)
    shifts.end_shift(store, clock)
    with pytest.raises(BadInput, match="before your last shift ended"):
        shifts.start_shift(store, clock, started_at=now - dt.timedelta(minutes=30))
    with pytest.raises(BadInput, match="not a time like 08:30"):
        shifts.started_at_from(now, "UTC", "yesterday")
    iso = shifts.started_at_from(now, "Europe/London", "2026-03-18T06:00Z")
    assert iso == dt.datetime(2026, 3, 18, 6, 0, tzinfo=dt.timezone.utc)
    # Just after midnight, 23:30 means last night.
    late = shifts.started_at_from(dt.datetime(2026, 3, 18, 0, 10, tzinfo=dt.timezone.utc), "UTC", "23:30")
    assert late == dt.datetime(2026, 3, 17, 23, 30, tzinfo=dt.timezone.utc)
