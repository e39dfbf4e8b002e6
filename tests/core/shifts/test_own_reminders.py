"""Reminders of the worker's own on a fake clock: each kind on time, rotation, jumps, translation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftmate.core import i18n
from shiftmate.core.clock import FakeClock, local_time
from shiftmate.core.errors import BadInput
from shiftmate.core.shifts import own_reminders as own
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts import reminders
from shiftmate.core.shifts.reminder_rules import update_rule
from shiftmate.core.storage.schema import MIGRATION_NAMES
from shiftmate.core.storage.store import Store


def quiet_built_ins(store):
    """Only the worker's own reminders speak in these tests."""
    for rule in reminders.reminder_rules(store):
        update_rule(store, rule.key, enabled=False, message=rule.message, minutes=rule.minutes,
                    quiet_during_break=rule.quiet_during_break)


def own_shown(store, clock, *, minutes, step=1.0):
    """Tick every ``step`` minutes; answer each toast; return (local HH:MM, message) of own ones."""
    seen = []
    for _ in range(int(minutes / step)):
        for event in reminders.tick(store, clock).to_show:
            if event.rule_key.startswith(own.RULE_PREFIX):
                seen.append((local_time(clock.now(), clock.zone_name()).strftime("%H:%M"), event.message))
            reminders.act_on(store, clock, event.id, "done")
        clock.advance(minutes=step)
    return seen


def words(*texts):
    return [own.Message(None, t) for t in texts]


def test_the_migration_is_named_and_last_of_this_branch():
    assert "m012_own_reminders" in MIGRATION_NAMES


def test_every_n_minutes_comes_on_time_and_rotates_its_messages(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "Europe/Berlin")
    own.add_reminder(store, clock, kind="every", minutes=45, messages=words("Sip.", "Stretch.", "Look far."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=4))
    seen = own_shown(store, clock, minutes=4 * 60 + 10)
    assert seen == [("09:45", "Sip."), ("10:30", "Stretch."), ("11:15", "Look far."), ("12:00", "Sip."),
                    ("12:45", "Stretch.")]  # none at 13:00, the planned end


def test_the_rotation_goes_on_from_where_the_last_shift_stopped(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    own.add_reminder(store, clock, kind="every", minutes=60, messages=words("One.", "Two.", "Three."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=3))
    assert [m for _, m in own_shown(store, clock, minutes=3 * 60)] == ["One.", "Two."]
    shifts.end_shift(store, clock)
    clock.advance(hours=20)
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=3))
    assert [m for _, m in own_shown(store, clock, minutes=3 * 60)] == ["Three.", "One."]


def test_at_a_clock_time_comes_at_that_local_time_even_on_a_night_shift(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T22:00", "America/New_York")
    own.add_reminder(store, clock, kind="at", at_time=dt.time(2, 30), messages=words("Eat something."))
    own.add_reminder(store, clock, kind="at", at_time=dt.time(21, 0), messages=words("Before the start."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=8))
    assert own_shown(store, clock, minutes=8 * 60) == [("02:30", "Eat something.")]


def test_n_minutes_before_the_planned_end_and_never_without_one(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    own.add_reminder(store, clock, kind="before_end", minutes=20, messages=words("Hand over the till."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=2))
    assert own_shown(store, clock, minutes=120) == [("10:40", "Hand over the till.")]
    shifts.end_shift(store, clock)
    shifts.start_shift(store, clock)  # no planned end: nothing to count back from
    assert own_shown(store, clock, minutes=180) == []


def test_a_clock_jump_forward_is_one_summary_and_back_repeats_nothing(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    reminder = own.add_reminder(store, clock, kind="every", minutes=30, messages=words("Sip."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=6))
    assert own_shown(store, clock, minutes=31) == [("09:30", "Sip.")]
    clock.advance(hours=2)  # the laptop slept
    result = reminders.tick(store, clock)
    # 10:00, 10:30 and 11:00 passed while away (one summary); 11:30 is still fresh at 11:31.
    assert [(e.rule_key, e.occurrence) for e in result.missed] == [(reminder.rule_key, n) for n in (2, 3, 4)]
    assert [(e.rule_key, e.occurrence) for e in result.to_show] == [(reminder.rule_key, 5)]
    clock.advance(hours=-1, minutes=-30)  # and the clock is set back
    assert own_shown(store, clock, minutes=90) == []  # all of these were stored already
    keys = [(e.rule_key, e.occurrence) for e in reminders.events_of(store, shifts.open_shift(store).id)]
    assert len(keys) == len(set(keys))


def test_own_reminders_are_quiet_during_a_break_and_while_paused(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    own.add_reminder(store, clock, kind="every", minutes=30, messages=words("Sip."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=6))
    clock.advance(minutes=25)
    shifts.start_break(store, clock)
    assert own_shown(store, clock, minutes=10) == []
    shifts.end_break(store, clock)
    assert own_shown(store, clock, minutes=30) == [("10:00", "Sip.")]


def test_built_in_ideas_stay_translated_until_edited(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    reminder = own.add_reminder(store, clock, kind="every", minutes=60, messages=own.idea_list("water"))
    i18n.use_translator(lambda context, text, _d=None, _n=-1: f"[es] {text}" if context == "ReminderIdeas" else text)
    try:
        shown = [m.shown for m in own.get_reminder(store, reminder.id).messages]
        assert shown[0] == "[es] A few sips of water."
        edited = list(own.get_reminder(store, reminder.id).messages)
        edited[1] = own.Message(None, "Refill at the back sink.")
        own.update_reminder(store, reminder.id, kind="every", minutes=60, messages=edited)
        stored = store.db.execute(
            "SELECT idea, text FROM own_reminder_messages WHERE reminder_id = ? ORDER BY position", [reminder.id]
        ).fetchall()
        # The untouched ideas are kept as keys (no English, no Spanish on disk); the edit as typed.
        assert stored == [("water.1", None), (None, "Refill at the back sink."), ("water.3", None)]
        shown = [m.shown for m in own.get_reminder(store, reminder.id).messages]
        assert shown == ["[es] A few sips of water.", "Refill at the back sink.", "[es] Water first, then the next customer."]
    finally:
        i18n.use_translator(None)
    assert own.get_reminder(store, reminder.id).messages[0].shown == "A few sips of water."


def test_a_removed_reminder_comes_back_whole_and_stops_while_gone(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    reminder = own.add_reminder(store, clock, kind="every", minutes=30, messages=words("A.", "B."),
                                quiet_during_break=False)
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=6))
    gone = own.remove_reminder(store, reminder.id)
    assert own.own_reminders(store) == [] and own_shown(store, clock, minutes=31) == []
    own.restore_reminder(store, gone)
    assert own.own_reminders(store) == [reminder]
    own.set_enabled(store, reminder.id, False)
    assert own_shown(store, clock, minutes=31) == []
    own.set_enabled(store, reminder.id, True)
    # Back on at 10:02: 10:00 is still fresh and comes now (09:30 goes to the away summary).
    assert own_shown(store, clock, minutes=31) == [("10:02", "B."), ("10:30", "A.")]


@pytest.mark.parametrize("kwargs, fragment", [
    (dict(kind="every", minutes=2, messages=words("x")), "every 5 to 720 minutes"),
    (dict(kind="at", messages=words("x")), "needs the time"),
    (dict(kind="before_end", minutes=2000, messages=words("x")), "0 to 960 minutes"),
    (dict(kind="sometimes", messages=words("x")), "not 'sometimes'"),
    (dict(kind="every", minutes=30, messages=words("  ", "")), "at least one message"),
    (dict(kind="every", minutes=30, messages=words("x" * 121)), "120 characters"),
    (dict(kind="every", minutes=30, messages=[own.Message("water.9", None)]), "no built-in idea"),
])
def test_a_reminder_that_cannot_work_is_refused_in_one_sentence(store, kwargs, fragment):
    with pytest.raises(BadInput) as refused:
        own.add_reminder(store, FakeClock("2026-06-01T09:00"), **kwargs)
    assert fragment in refused.value.sentence
    assert own.own_reminders(store) == []


def test_a_clock_time_in_the_spring_forward_gap_comes_once_at_a_real_instant(store):
    # 2026-03-29 in Berlin: 02:00 CET jumps to 03:00 CEST, so 02:30 never shows on the wall.
    quiet_built_ins(store)
    clock = FakeClock("2026-03-28T22:00", "Europe/Berlin")
    own.add_reminder(store, clock, kind="at", at_time=dt.time(2, 30), messages=words("Night snack."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=8))
    seen = own_shown(store, clock, minutes=8 * 60)
    assert [m for _, m in seen] == ["Night snack."]
    assert seen[0][0] in ("01:30", "03:30")  # the instant 02:30 names, read either side of the gap


def test_the_computer_asleep_over_a_clock_time_reminder_reports_it_once_as_missed(store):
    quiet_built_ins(store)
    clock = FakeClock("2026-06-01T09:00", "UTC")
    reminder = own.add_reminder(store, clock, kind="at", at_time=dt.time(12, 0), messages=words("Lunch."))
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=8))
    reminders.tick(store, clock)
    clock.advance(hours=4)  # asleep from 09:00 to 13:00
    result = reminders.tick(store, clock)
    assert [(e.rule_key, e.message) for e in result.missed] == [(reminder.rule_key, "Lunch.")]
    assert not reminders.tick(store, clock).missed


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(jumps=st.lists(st.integers(min_value=-180, max_value=240), min_size=1, max_size=30))
def test_any_sequence_of_clock_jumps_fires_each_own_occurrence_at_most_once(location, jumps):
    store = Store.open(location)
    try:
        for table in ("reminder_events", "breaks", "shifts", "own_reminder_messages", "own_reminders"):
            store.db.execute(f"DELETE FROM {table}")
        clock = FakeClock("2026-10-24T20:00", "Europe/Berlin")  # across the October DST change
        own.add_reminder(store, clock, kind="every", minutes=25, messages=words("A.", "B.", "C."))
        own.add_reminder(store, clock, kind="at", at_time=dt.time(2, 30), messages=words("Night."))
        own.add_reminder(store, clock, kind="before_end", minutes=30, messages=words("Nearly."))
        shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=12))
        seen = []
        for minutes in jumps:
            clock.advance(minutes=minutes)
            result = reminders.tick(store, clock)
            seen += [(e.rule_key, e.occurrence) for e in result.to_show + result.missed]
        assert len(seen) == len(set(seen))
    finally:
        store.close()
