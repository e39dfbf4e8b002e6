"""The reminder scheduler with a fake clock: whole shifts in milliseconds, sleep, jumps, DST."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftmate.core.shifts import reminders
from shiftmate.core.shifts import records as shifts
from shiftmate.core.clock import FakeClock, local_time
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.store import Store

MIN = dt.timedelta(minutes=1)


def run_shift(store, clock, *, minutes, step=0.5, act="done"):
    """Tick every ``step`` minutes for ``minutes``; answer each toast; return (elapsed, key) pairs."""
    shown = []
    start = shifts.open_shift(store).started_at
    for _ in range(int(minutes / step)):
        result = reminders.tick(store, clock)
        for event in result.to_show:
            shown.append((clock.now() - start, event.rule_key, event.occurrence))
            if act:
                reminders.act_on(store, clock, event.id, act)
        clock.advance(minutes=step)
    return shown


def hours(h, m=0):
    return dt.timedelta(hours=h, minutes=m)


def test_a_whole_twelve_hour_shift_shows_each_reminder_once_on_time(store):
    clock = FakeClock("2026-06-01T07:00", "Europe/Berlin")
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(12))
    shown = run_shift(store, clock, minutes=12 * 60 + 30)
    water = [elapsed for elapsed, key, _ in shown if key == "water"]
    stretch = [elapsed for elapsed, key, _ in shown if key == "stretch"]
    assert water == [hours(h) for h in range(1, 12)]
    assert stretch == [hours(0, 90 * k) for k in range(1, 8)]
    assert [e for e, k, _ in shown if k == "own-best-customer"] == [hours(11, 30)]
    assert len(shown) == len(set((k, i) for _, k, i in shown))
    states = {e.state for e in reminders.events_of(store, shifts.open_shift(store).id)}
    assert states == {"done"}


def test_california_nine_hour_shift_without_a_break_warns_at_4_30_4_50_and_5_00(store):
    store.set_setting("breaks.preset", "california")
    clock = FakeClock("2026-03-02T09:00", "America/Los_Angeles")
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(9))
    shown = run_shift(store, clock, minutes=9 * 60)
    warnings = [elapsed for elapsed, key, _ in shown if key.startswith("deadline:")]
    assert warnings == [hours(4, 30), hours(4, 50), hours(5)]


def test_a_20_minute_break_does_not_meet_a_30_minute_meal_break(store):
    from shiftmate.core.shifts import break_rules

    store.set_setting("breaks.preset", "california")
    clock = FakeClock("2026-03-02T09:00", "America/Los_Angeles")
    shift = shifts.start_shift(store, clock, planned_end=clock.now() + hours(9))
    clock.advance(hours=3)
    shifts.start_break(store, clock)
    clock.advance(minutes=20)
    shifts.end_break(store, clock)
    shown = run_shift(store, clock, minutes=3 * 60)
    assert [e for e, k, _ in shown if k.startswith("deadline:")] == [hours(4, 30), hours(4, 50), hours(5)]
    status = break_rules.deadlines(
        reminders.active_requirements(store), shift, shifts.breaks_of(store, shift.id), clock.now()
    )
    assert [(s.requirement.key, s.state(clock.now()), round(s.taken_minutes)) for s in status] == [
        ("meal-1", "missed", 0)
    ]


def test_a_30_minute_break_before_the_deadline_silences_the_later_warnings(store):
    store.set_setting("breaks.preset", "california")
    clock = FakeClock("2026-03-02T09:00", "America/Los_Angeles")
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(9))
    run_shift(store, clock, minutes=4 * 60 + 35)  # the 4:30 warning has been shown
    shifts.start_break(store, clock)
    later = run_shift(store, clock, minutes=30)  # the break covers 4:50 and 5:00
    shifts.end_break(store, clock)
    later += run_shift(store, clock, minutes=60)
    assert not [k for _, k, _ in later if k.startswith("deadline:")]


def test_germany_counts_two_15_minute_parts_towards_30_minutes(store):
    from shiftmate.core.shifts import break_rules

    store.set_setting("breaks.preset", "germany")
    clock = FakeClock("2026-06-01T08:00", "Europe/Berlin")
    shift = shifts.start_shift(store, clock, planned_end=clock.now() + hours(8))
    for gap in (120, 120):
        clock.advance(minutes=gap)
        shifts.start_break(store, clock)
        clock.advance(minutes=15)
        shifts.end_break(store, clock)
    status = break_rules.deadlines(
        reminders.active_requirements(store), shift, shifts.breaks_of(store, shift.id), clock.now()
    )
    assert [(s.requirement.key, s.met) for s in status] == [("rest-6h", True)]


def test_after_three_hours_of_sleep_one_summary_marks_what_was_missed(store):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(8))
    run_shift(store, clock, minutes=70)  # water at 1:00 shown and done
    clock.advance(hours=3)  # lid closed at 1:10, opened at 4:10
    result = reminders.tick(store, clock)
    assert result.away_summary
    assert sorted((e.rule_key, e.occurrence) for e in result.missed) == [
        ("stretch", 1), ("stretch", 2), ("water", 2), ("water", 3)
    ]
    assert [(e.rule_key, e.occurrence) for e in result.to_show] == [("water", 4)]  # due at 4:00, still fresh
    again = reminders.tick(store, clock)
    assert not again.to_show and not again.missed


def test_a_clock_set_back_never_fires_anything_twice(store):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(6))
    first = run_shift(store, clock, minutes=200)
    clock.advance(hours=-2)
    second = run_shift(store, clock, minutes=260)
    keys = [(k, i) for _, k, i in first + second]
    assert len(keys) == len(set(keys))
    assert ("water", 5) in keys  # and the rest of the shift still came


def test_offsets_stay_true_across_the_october_dst_change_in_berlin(store):
    # 2026-10-25 03:00 CEST becomes 02:00 CET: the night is one hour longer.
    clock = FakeClock("2026-10-24T22:00", "Europe/Berlin")
    end = shifts.planned_end_from(clock.now(), "Europe/Berlin", until="06:00")
    assert end - clock.now() == hours(9)
    shift = shifts.start_shift(store, clock, planned_end=end)
    shown = run_shift(store, clock, minutes=9 * 60)
    water_local = [
        local_time(shift.started_at + e, "Europe/Berlin").strftime("%H:%M %Z")
        for e, k, _ in shown if k == "water"
    ]
    assert water_local == [
        "23:00 CEST", "00:00 CEST", "01:00 CEST", "02:00 CEST", "02:00 CET",
        "03:00 CET", "04:00 CET", "05:00 CET",
    ]


def test_offsets_stay_true_across_the_march_dst_change_in_los_angeles(store):
    store.set_setting("breaks.preset", "california")
    clock = FakeClock("2026-03-07T22:00", "US/Pacific")
    end = shifts.planned_end_from(clock.now(), "US/Pacific", until="06:00")
    assert end - clock.now() == hours(7)  # 02:00 PST jumps to 03:00 PDT
    shift = shifts.start_shift(store, clock, planned_end=end)
    shown = run_shift(store, clock, minutes=7 * 60)
    deadline = [local_time(shift.started_at + e, "US/Pacific").strftime("%H:%M") for e, k, _ in shown
                if k.startswith("deadline:")]
    assert deadline == ["03:30", "03:50", "04:00"]  # 4:30, 4:50 and 5:00 of true elapsed time


def test_snooze_10_brings_a_reminder_back_10_minutes_later_once(store):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    shifts.start_shift(store, clock)
    clock.advance(minutes=60)
    (water,) = reminders.tick(store, clock).to_show
    reminders.act_on(store, clock, water.id, "snooze", snooze_minutes=10)
    clock.advance(minutes=9, seconds=59)
    assert reminders.tick(store, clock).to_show == []
    clock.advance(seconds=1)
    (back,) = reminders.tick(store, clock).to_show
    assert (back.id, back.state) == (water.id, "shown")
    clock.advance(minutes=-30)
    assert reminders.tick(store, clock).to_show == []
    assert reminders.act_on(store, clock, water.id, "done").state == "done"


def test_a_restart_mid_shift_neither_loses_nor_repeats_reminders(location):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    store = Store.open(location)
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(8))
    clock.advance(minutes=61)
    (water,) = reminders.tick(store, clock).to_show
    store.close()  # the app stops without anyone answering the toast

    store = Store.open(location)
    try:
        assert reminders.tick(store, clock).to_show == []
        assert [e.id for e in reminders.waiting_for_action(store, shifts.open_shift(store).id)] == [water.id]
        clock.advance(minutes=30)
        assert [e.rule_key for e in reminders.tick(store, clock).to_show] == ["stretch"]
    finally:
        store.close()


def test_the_database_refuses_a_second_event_for_the_same_occurrence(store):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    shift = shifts.start_shift(store, clock)
    row = [shift.id, "water", 1, "care", "x", "2026-06-01T08:00:00+00:00", "shown"]
    sql = ("INSERT INTO reminder_events (shift_id, rule_key, occurrence, kind, message, due_at, state) "
           "VALUES (?, ?, ?, ?, ?, ?, ?)")
    store.db.execute(sql, row)
    with pytest.raises(sqlcipher3.IntegrityError):
        store.db.execute(sql, row)


def test_reminders_due_during_a_break_stay_quiet(store):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    shifts.start_shift(store, clock)
    clock.advance(minutes=50)
    shifts.start_break(store, clock)
    shown = run_shift(store, clock, minutes=20)
    shifts.end_break(store, clock)
    assert shown == []
    (water,) = reminders.events_of(store, shifts.open_shift(store).id)
    assert (water.state, water.note) == ("skipped", "on a break")


def test_pausing_for_30_minutes_or_to_the_end_keeps_reminders_quiet(store):
    clock = FakeClock("2026-06-01T07:00", "UTC")
    shifts.start_shift(store, clock, planned_end=clock.now() + hours(8))
    clock.advance(minutes=45)
    shifts.pause_reminders(store, clock, minutes=30)
    assert run_shift(store, clock, minutes=40) == []  # water at 1:00 falls in the pause
    assert [k for _, k, _ in run_shift(store, clock, minutes=20)] == ["stretch"]
    shifts.pause_reminders(store, clock, minutes=None)
    assert run_shift(store, clock, minutes=300) == []


def test_a_forgotten_shift_is_offered_closing_at_its_planned_end(store):
    clock = FakeClock("2026-06-01T09:00", "UTC")
    first = shifts.start_shift(store, clock, planned_end=clock.now() + hours(8))
    clock.advance(hours=3)
    with pytest.raises(shifts.ShiftAlreadyOpen) as still_on:
        shifts.start_shift(store, clock)
    assert not still_on.value.forgotten
    clock.advance(hours=9)  # 4 hours past the planned end
    with pytest.raises(shifts.ShiftAlreadyOpen) as forgotten:
        shifts.start_shift(store, clock)
    assert forgotten.value.forgotten
    second = shifts.start_shift(store, clock, close_forgotten=True)
    closed = shifts.get_shift(store, first.id)
    assert closed.ended_at == first.planned_end and second.is_open


def test_a_shift_without_planned_end_looks_forgotten_after_16_hours(store):
    clock = FakeClock("2026-06-01T09:00", "UTC")
    shift = shifts.start_shift(store, clock)
    assert not shift.is_forgotten(clock.now() + hours(15, 59))
    assert shift.is_forgotten(clock.now() + hours(16))


def test_until_a_time_earlier_than_now_means_tomorrow(store):
    clock = FakeClock("2026-06-01T22:00", "Europe/Berlin")
    end = shifts.planned_end_from(clock.now(), "Europe/Berlin", until="02:30")
    assert end - clock.now() == hours(4, 30)


def test_a_hard_moment_offers_the_breathing_reset_once_each_time(store):
    clock = FakeClock("2026-06-01T09:00", "UTC")
    shifts.start_shift(store, clock)
    first = reminders.queue_hard_moment_reset(store, clock)
    second = reminders.queue_hard_moment_reset(store, clock)
    assert (first.kind, first.state, first.occurrence, second.occurrence) == ("breathing", "shown", 0, 1)


def test_ending_a_shift_marks_unanswered_reminders_missed(store):
    clock = FakeClock("2026-06-01T09:00", "UTC")
    shift = shifts.start_shift(store, clock)
    clock.advance(minutes=61)
    reminders.tick(store, clock)
    shifts.end_shift(store, clock, day_rating=4)
    assert [e.state for e in reminders.events_of(store, shift.id)] == ["missed"]
    assert reminders.tick(store, clock).shift is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(jumps=st.lists(st.integers(min_value=-180, max_value=240), min_size=1, max_size=30))
def test_any_sequence_of_clock_jumps_shows_each_occurrence_at_most_once(location, jumps):
    store = Store.open(location)
    try:
        store.db.execute("DELETE FROM reminder_events")
        store.db.execute("DELETE FROM shifts")
        clock = FakeClock("2026-10-24T20:00", "Europe/Berlin")
        shifts.start_shift(store, clock, planned_end=clock.now() + hours(12))
        seen = []
        for minutes in jumps:
            clock.advance(minutes=minutes)
            result = reminders.tick(store, clock)
            seen += [(e.rule_key, e.occurrence) for e in result.to_show + result.missed]
        assert len(seen) == len(set(seen))
        stored = reminders.events_of(store, shifts.open_shift(store).id)
        assert len(stored) == len({(e.rule_key, e.occurrence) for e in stored})
    finally:
        store.close()


def test_an_edited_rule_applies_from_then_on_and_survives_reopening(location):
    from shiftmate.core.shifts.reminder_rules import reminder_rules, update_rule

    store = Store.open(location)
    try:
        assert not store.holds_user_data()  # built-in rules are not "your data"
        update_rule(store, "water", enabled=True, message="Drink <b>now</b>", minutes=30, quiet_during_break=False)
        update_rule(store, "stretch", enabled=False, message="x", minutes=90, quiet_during_break=True)
    finally:
        store.close()
    store = Store.open(location)
    try:
        rules = {r.key: r for r in reminder_rules(store)}
        assert (rules["water"].minutes, rules["water"].message) == (30, "Drink <b>now</b>")
        clock = FakeClock("2026-06-01T07:00", "UTC")
        shifts.start_shift(store, clock, planned_end=clock.now() + hours(2))
        shown = run_shift(store, clock, minutes=120)
        assert [k for _, k, _ in shown] == ["water", "water", "own-best-customer", "water"]
        with pytest.raises(BadInput):
            update_rule(store, "water", enabled=True, message="  ", minutes=30, quiet_during_break=False)
        with pytest.raises(BadInput):
            update_rule(store, "water", enabled=True, message="ok", minutes=1, quiet_during_break=False)
    finally:
        store.close()
