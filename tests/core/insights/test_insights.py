"""Insights figures against hand-computed expectations on a small fixed data set.

The data lives in Europe/Berlin and straddles the DST change of Sunday 2026-03-29 (02:00 CET
-> 03:00 CEST); "today" is Wednesday 2026-04-01, so the 4-week period is the weeks of
Monday 03-09, 03-16, 03-23 and 03-30 (nothing happened in the week of 03-16).
"""

from __future__ import annotations

import datetime as dt

import pytest

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.insights.figures import (
    BreakWeek,
    ChannelWeek,
    ChecklistWeek,
    HourCell,
    ReflectionWeek,
    ShiftWeek,
    compute_insights,
    period_for,
)
from shiftmate.core.insights.readings import is_first_shift_of_week, last_week_summary, readings
from shiftmate.core.insights.local_time_sql import local_clock, offset_spans
from shiftmate.core.journal.entries import JournalEntry, add_entry

ZONE = "Europe/Berlin"
TODAY = FakeClock("2026-04-01T10:00", ZONE)


def entry(store, utc, channel, before, after, tags):
    add_entry(store, JournalEntry(text="hard moment", occurred_at=utc, tz=ZONE, channel=channel,
                                  intensity_before=before, intensity_after=after, tags=tuple(tags)),
              clock=TODAY)


def shift(store, start, end, rating=None):
    return store.db.execute(
        "INSERT INTO shifts (started_at, ended_at, tz, day_rating) VALUES (?, ?, ?, ?)",
        [start, end, ZONE, rating]).lastrowid


def brk(store, shift_id, start, end, kind="break"):
    store.db.execute("INSERT INTO breaks (shift_id, started_at, ended_at, kind, tz) VALUES (?, ?, ?, ?, ?)",
                     [shift_id, start, end, kind, ZONE])


def event(store, shift_id, rule, occ, state, note=None, kind="care"):
    store.db.execute(
        "INSERT INTO reminder_events (shift_id, rule_key, occurrence, kind, message, due_at, state, note) "
        "VALUES (?, ?, ?, ?, 'm', '2026-03-01T00:00:00+00:00', ?, ?)", [shift_id, rule, occ, kind, state, note])


def pre_shift_run(store, local, *, answer_all=True, skip=(), arriving=None, key="before-shift", shift_id=None,
                  answers=None):
    runs = ChecklistRuns(store, FakeClock(local, ZONE))
    run_id = runs.start_or_resume(key, shift_id=shift_id)
    for item in runs.get(run_id).items:
        if answers is not None:
            break
        if not answer_all or not item.answerable or item.key in skip:
            continue
        value = {"check": "done", "yes-no": "yes", "rating": str(arriving or 3), "note": "x"}[item.kind]
        runs.answer(run_id, item.key, value)
    for key_, value in (answers or {}).items():
        runs.answer(run_id, key_, value)
    runs.close(run_id)
    return runs.get(run_id)


@pytest.fixture
def data(store):
    # Journal. E1 01:30 CET and E2 03:30 CEST on DST Sunday; E3 00:30 CEST on Monday 03-30;
    # E4 13:00 CET Tuesday 03-10; E5 23:30 CET Sunday 03-08, the day before the period starts.
    entry(store, "2026-03-29T00:30:00+00:00", "phone", 8, 5, ["refund"])
    entry(store, "2026-03-29T01:30:00+00:00", "phone", 6, 2, ["refund", "rude"])
    entry(store, "2026-03-29T22:30:00+00:00", "in_person", 7, None, ["rude"])
    entry(store, "2026-03-10T12:00:00+00:00", "in_person", 4, 4, ["refund"])
    entry(store, "2026-03-08T22:30:00+00:00", "chat", 9, 1, ["refund"])
    # Shifts. S1: night shift over midnight and the DST change, 22:00 CET -> 06:00 CEST = 7 h.
    s1 = shift(store, "2026-03-28T21:00:00+00:00", "2026-03-29T04:00:00+00:00", 4)
    # S2: starts at 00:00 CEST Monday 03-30 (still Sunday in UTC): belongs to the new week.
    s2 = shift(store, "2026-03-29T22:00:00+00:00", "2026-03-30T06:00:00+00:00")
    # S3: night shift Monday 22:30 -> Tuesday 06:30 CET, 8 h.
    s3 = shift(store, "2026-03-09T21:30:00+00:00", "2026-03-10T05:30:00+00:00", 2)
    # S0: 23:30 CET Sunday 03-08, outside the period though inside the UTC margin.
    s0 = shift(store, "2026-03-08T22:30:00+00:00", "2026-03-09T04:30:00+00:00", 5)
    brk(store, s1, "2026-03-29T00:00:00+00:00", "2026-03-29T00:30:00+00:00")
    brk(store, s1, "2026-03-29T02:00:00+00:00", "2026-03-29T02:15:00+00:00")
    brk(store, s1, "2026-03-29T03:00:00+00:00", "2026-03-29T03:02:00+00:00", kind="breathing")
    brk(store, s3, "2026-03-10T01:00:00+00:00", "2026-03-10T01:30:00+00:00")
    brk(store, s0, "2026-03-09T01:00:00+00:00", "2026-03-09T01:30:00+00:00")
    event(store, s1, "deadline:rest-6h", 2, "skipped", "break taken", kind="deadline")
    event(store, s1, "water", 1, "done")
    event(store, s1, "water", 2, "missed", "while you were away")
    event(store, s1, "stretch", 1, "done")
    event(store, s1, "own-best-customer", 0, "done")
    event(store, s3, "deadline:rest-6h", 0, "shown", kind="deadline")
    event(store, s3, "deadline:rest-6h", 2, "missed", "while you were away", kind="deadline")
    event(store, s3, "water", 1, "done")
    event(store, s0, "deadline:rest-6h", 2, "skipped", "break taken", kind="deadline")
    # Pre-shift checklist: 03-10 complete but "name-badge" left open; 03-11 nothing answered;
    # 03-24 and 03-31 complete; 03-01 complete but before the period.
    pre_shift_run(store, "2026-03-01T07:00", arriving=5)
    pre_shift_run(store, "2026-03-10T07:00", arriving=4, skip={"name-badge"})
    pre_shift_run(store, "2026-03-11T07:00", answer_all=False)
    pre_shift_run(store, "2026-03-24T07:00", arriving=2)
    pre_shift_run(store, "2026-03-31T07:00", arriving=5)
    # S2 was rated only in its after-shift checklist.
    pre_shift_run(store, "2026-03-30T06:30", key="after-shift", shift_id=s2, answers={"day-rating": "2"})
    return store


def test_local_clock_follows_the_zone_across_the_dst_change():
    assert local_clock("2026-03-29T00:30:00+00:00", ZONE) == "2026-03-29 01:30:00"
    assert local_clock("2026-03-29T01:30:00+00:00", ZONE) == "2026-03-29 03:30:00"
    assert local_clock("2026-03-29T22:30:00+00:00", ZONE) == "2026-03-30 00:30:00"
    assert local_clock(None, ZONE) is None


def test_offset_spans_change_at_the_exact_second_of_the_dst_change():
    start = dt.datetime(2026, 3, 20, tzinfo=dt.timezone.utc)
    end = dt.datetime(2026, 4, 10, tzinfo=dt.timezone.utc)
    assert offset_spans(ZONE, start, end) == [
        (ZONE, "2026-03-20T00:00:00+00:00", "2026-03-29T01:00:00+00:00", 60),
        (ZONE, "2026-03-29T01:00:00+00:00", "2026-04-10T00:00:00+00:00", 120),
    ]
    assert offset_spans("UTC", start, end) == [("UTC", "2026-03-20T00:00:00+00:00", "2026-04-10T00:00:00+00:00", 0)]


def test_periods_are_whole_local_weeks_ending_with_this_week():
    p = period_for("4w", dt.date(2026, 4, 1))
    assert p.weeks == ["2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]
    assert p.last_day == dt.date(2026, 4, 5)
    assert len(period_for("3m", dt.date(2026, 4, 1)).weeks) == 13
    assert len(period_for("12m", dt.date(2026, 4, 1)).weeks) == 52
    with pytest.raises(BadInput):
        period_for("2y", dt.date(2026, 4, 1))


def test_reflection_averages_per_local_week(data):
    ins = compute_insights(data, TODAY, "4w")
    assert ins.reflection == [
        ReflectionWeek("2026-03-09", 1, 4.0, 4.0),
        ReflectionWeek("2026-03-23", 2, 7.0, 3.5),
    ]
    assert ins.reflected_entries == 3
    assert ins.average_drop == pytest.approx(7 / 3)  # (3 + 4 + 0) / 3


def test_interactions_by_channel_and_weekday_hour_heat_map(data):
    ins = compute_insights(data, TODAY, "4w")
    assert ins.interactions == [
        ChannelWeek("2026-03-09", "in_person", 1),
        ChannelWeek("2026-03-23", "phone", 2),
        ChannelWeek("2026-03-30", "in_person", 1),
    ]
    # Monday 00:30 CEST, Tuesday 13:00 CET, Sunday 01:30 CET and 03:30 CEST (no 02:00 that night).
    assert ins.heatmap == [HourCell(0, 0, 1), HourCell(1, 13, 1), HourCell(6, 1, 1), HourCell(6, 3, 1)]


def test_top_tags_with_their_intensity(data):
    ins = compute_insights(data, TODAY, "4w")
    refund, rude = ins.tags
    assert (refund.tag, refund.entries) == ("refund", 3)
    assert refund.before == pytest.approx(6.0)  # (8 + 6 + 4) / 3
    assert refund.after == pytest.approx(11 / 3)  # (5 + 2 + 4) / 3
    assert (refund.first_half, refund.second_half) == (4.0, 7.0)  # halves split after 03-22
    assert (rude.tag, rude.entries, rude.before, rude.after) == ("rude", 2, 6.5, 2.0)
    assert (rude.first_half, rude.second_half) == (None, 6.5)


def test_pre_shift_checklist_days_streak_rate_and_open_items(data):
    ins = compute_insights(data, TODAY, "4w")
    assert ins.checklist_weeks == [
        ChecklistWeek("2026-03-09", 2, 1),
        ChecklistWeek("2026-03-23", 1, 1),
        ChecklistWeek("2026-03-30", 1, 1),
    ]
    assert (ins.checklist_days_run, ins.checklist_days_complete) == (4, 3)
    assert ins.completion_rate == 0.75
    assert ins.checklist_streak == 2  # 03-24 and 03-31, after the incomplete 03-11
    assert ins.left_open[0].item == "name-badge" and ins.left_open[0].times == 2
    assert all(item.times == 1 for item in ins.left_open[1:])
    assert [(w.week, w.arriving, w.ratings) for w in ins.arriving] == [
        ("2026-03-09", 4.0, 1), ("2026-03-23", 2.0, 1), ("2026-03-30", 5.0, 1)]


def test_shift_hours_count_night_shifts_on_their_start_day_in_true_time(data):
    ins = compute_insights(data, TODAY, "4w")
    assert [(w.week, w.shifts, w.day_rating, w.day_ratings) for w in ins.shifts] == [
        ("2026-03-09", 1, 2.0, 1),
        ("2026-03-23", 1, 4.0, 1),
        ("2026-03-30", 1, 2.0, 1),  # the rating from the after-shift checklist
    ]
    assert [w.hours for w in ins.shifts] == [8.0, 7.0, 8.0]  # DST night: 7 h, not 8
    assert isinstance(ins.shifts[0], ShiftWeek)


def test_breaks_taken_deadlines_met_and_care_reminders_done(data):
    ins = compute_insights(data, TODAY, "4w")
    assert ins.breaks == [
        BreakWeek("2026-03-09", 1, 1, 1, 0, 1, 1),
        BreakWeek("2026-03-23", 1, 2, 1, 1, 2, 3),
        BreakWeek("2026-03-30", 1, 0, 0, 0, 0, 0),
    ]
    assert [w.deadlines_missed for w in ins.breaks] == [1, 0, 0]


def test_longer_periods_include_older_weeks(data):
    ins = compute_insights(data, TODAY, "3m")
    assert ins.reflected_entries == 4  # E5 (09 -> 01) joins
    assert [w.week for w in ins.shifts][0] == "2026-03-02"
    assert ins.checklist_days_run == 5


def test_readings_state_the_figures_in_words(data):
    words = readings(compute_insights(data, TODAY, "4w"))
    assert words["reflection"] == "Reflecting lowered intensity by 2.3 points on average (3 entries)."
    assert words["interactions"] == "4 difficult interactions; most of them Phone (2)."
    assert words["checklist"] == "Run on 4 days, 75% complete; current streak 2 days."
    assert words["breaks"] == "Break deadlines met: 1 of 2; water and stretch reminders done: 3 of 4."
    assert words["shifts"] == "23.0 hours over 3 shifts, 5.8 hours a week on average."


def test_an_empty_store_invents_nothing(store):
    ins = compute_insights(store, TODAY, "12m")
    assert ins.reflection == [] and ins.average_drop is None and ins.heatmap == []
    assert ins.tags == [] and ins.shifts == [] and ins.breaks == [] and ins.completion_rate is None
    words = readings(ins)
    assert words["interactions"] == "Log a few more entries to see a trend."
    assert "few more" in words["reflection"]
    assert ins.to_dict()["reflection"] == {"entries": 0, "average_drop": None, "weeks": []}


def test_weekly_summary_shows_last_week_on_the_first_shift_of_a_week(data):
    monday = FakeClock("2026-03-30T09:00", ZONE)
    assert is_first_shift_of_week(data, monday) is False  # S2 is closed: no shift open now
    data.db.execute("DELETE FROM shifts WHERE id = 2")
    shift(data, "2026-03-30T07:00:00+00:00", None)
    assert is_first_shift_of_week(data, monday) is True
    assert last_week_summary(data, monday) == [
        "Shifts worked: 1 (7.0 hours).",
        "Hard moments logged: 2; reflecting took intensity from 7.0 to 3.5.",
        "Break deadlines met: 1 of 1.",
    ]
    shift(data, "2026-03-31T07:00:00+00:00", "2026-03-31T08:00:00+00:00")
    assert is_first_shift_of_week(data, FakeClock("2026-03-31T09:00", ZONE)) is True  # still the open one
    assert last_week_summary(data, FakeClock("2026-03-25T09:00", ZONE)) is None  # nothing in the week of 03-16
