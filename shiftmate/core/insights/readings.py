"""Insights in words: one sentence per chart, and last week in three lines for Today.

Sentences are built from the computed figures only; where there is too little data the
sentence says so instead of guessing. Sentences are in the window's language (the CLI prints
the English as it stands, see ``core.i18n``); placeholders survive translation because the
template is translated before it is filled in. A count is the template's ``%n``, so each
language picks its singular or plural ("1 entry"); decimals go through ``number`` ("1,9").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, local_day
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, Context, number, translate
from shiftmate.core.insights.local_time_sql import local_times, rows, week_of
from shiftmate.core.journal.entries import channel_label

if TYPE_CHECKING:  # core.insights.figures is imported where figures are computed: Today's card
    from shiftmate.core.insights.figures import Insights  # asks is_first_shift_of_week() first
    from shiftmate.core.storage.store import Store

# Fewer data points than this make no trend, only noise.
MIN_ENTRIES = 3
THIN = QT_TRANSLATE_NOOP("InsightsReadings", "Log a few more entries to see a trend.")
InsightsReadings = Context("InsightsReadings")  # sentences with a count: InsightsReadings.tr(…, "", n)


def too_thin(ins: Insights) -> set[str]:
    """Sections whose sentence says there is too little data: they draw no chart either.

    A chart of one or two points reads as a trend the sentence beside it just refused.
    """
    thin = set()
    if ins.reflected_entries < MIN_ENTRIES or ins.average_drop is None:
        thin.add("reflection")
    if ins.interaction_count < MIN_ENTRIES:
        thin |= {"interactions", "heatmap"}
    return thin


# lupdate reads the context from each call, so every sentence names it: "InsightsReadings".
def readings(ins: Insights) -> dict[str, str]:
    """One sentence per section: "reflection", "interactions", "heatmap", "good_moments",
    "tags", "checklist", "breaks", "shifts"."""
    out: dict[str, str] = {}
    if ins.reflected_entries < MIN_ENTRIES or ins.average_drop is None:
        out["reflection"] = translate(
            "InsightsReadings", "Reflect on a few more entries (before and after) to see whether it helps.")
    elif ins.average_drop > 0:
        out["reflection"] = InsightsReadings.tr(
            "Reflecting lowered intensity by {drop} points on average (%n entries).", "", ins.reflected_entries
        ).format(drop=number(ins.average_drop))
    elif ins.average_drop < 0:
        out["reflection"] = InsightsReadings.tr(
            "After reflecting, intensity was {rise} points higher on average (%n entries).", "", ins.reflected_entries
        ).format(rise=number(-ins.average_drop))
    else:
        out["reflection"] = InsightsReadings.tr(
            "Reflecting left intensity unchanged on average (%n entries).", "", ins.reflected_entries)
    total = ins.interaction_count
    if total < MIN_ENTRIES:
        out["interactions"] = translate("InsightsReadings", THIN)
        out["heatmap"] = translate("InsightsReadings", THIN)
    else:
        by_channel: dict[str, int] = {}
        for cell in ins.interactions:
            by_channel[cell.channel] = by_channel.get(cell.channel, 0) + cell.count
        channel, count = max(by_channel.items(), key=lambda kv: (kv[1], kv[0]))
        out["interactions"] = InsightsReadings.tr(
            "%n difficult interactions; most of them {channel} ({count}).", "", total
        ).format(
            channel=channel_label(channel) if channel else translate("InsightsReadings", "without a channel"),
            count=count,
        )
        busiest = max(ins.heatmap, key=lambda c: (c.count, -c.weekday, -c.hour))
        day_names = [
            translate("InsightsReadings", "Mondays"), translate("InsightsReadings", "Tuesdays"),
            translate("InsightsReadings", "Wednesdays"), translate("InsightsReadings", "Thursdays"),
            translate("InsightsReadings", "Fridays"), translate("InsightsReadings", "Saturdays"),
            translate("InsightsReadings", "Sundays"),
        ]
        out["heatmap"] = translate(
            "InsightsReadings", "The most came on {day} around {hour:02d}:00 ({count})."
        ).format(day=day_names[busiest.weekday], hour=busiest.hour, count=busiest.count)
    if not ins.good_moments:
        out["good_moments"] = translate(
            "InsightsReadings", "Note a thank-you, praise or a win as a good moment to see them here.")
    else:
        # Counted "noted: n", so no noun has to agree with the count.
        out["good_moments"] = translate(
            "InsightsReadings", "Good moments noted: {n}; none of them counts among the difficult interactions."
        ).format(n=ins.good_moment_count)
    if not ins.tags:
        out["tags"] = translate("InsightsReadings", "Tag your entries to see which situations come up most.")
    else:
        top = ins.tags[0]
        out["tags"] = InsightsReadings.tr(
            "\u201c{tag}\u201d came up most often (%n entries).", "", top.entries
        ).format(tag=top.tag)
        if top.first_half is not None and top.second_half is not None:
            out["tags"] += " " + translate(
                "InsightsReadings", "Its intensity went from {a} to {b} across the period."
            ).format(a=number(top.first_half), b=number(top.second_half))
    if not ins.checklist_days_run:
        out["checklist"] = translate("InsightsReadings", "Run the pre-shift checklist before a shift to see it here.")
    else:
        # Two counts, so two pieces, each with its own singular or plural.
        out["checklist"] = InsightsReadings.tr(
            "Run on %n days, {rate:.0%} complete;", "", ins.checklist_days_run
        ).format(rate=ins.completion_rate) + " " + InsightsReadings.tr(
            "current streak %n days.", "", ins.checklist_streak)
    due = sum(w.deadlines_due for w in ins.breaks)
    care_total = sum(w.care_total for w in ins.breaks)
    if not ins.breaks:
        out["breaks"] = translate("InsightsReadings", "Start and end your shifts in ShiftMate to see your breaks here.")
    elif due:
        met = sum(w.deadlines_met for w in ins.breaks)
        out["breaks"] = translate(  # counted "of" a total, so no noun has to agree with a count
            "InsightsReadings",
            "Break deadlines met: {met} of {due}; water and stretch reminders done: {done} of {care}.",
        ).format(met=met, due=due, done=sum(w.care_done for w in ins.breaks), care=care_total)
    else:
        out["breaks"] = InsightsReadings.tr(
            "%n breaks taken; no break deadline was reached in these shifts.", "",
            sum(w.breaks_taken for w in ins.breaks))
    if not ins.shifts:
        out["shifts"] = translate("InsightsReadings", "Start and end your shifts in ShiftMate to see your hours here.")
    else:
        hours = sum(w.hours for w in ins.shifts)
        out["shifts"] = InsightsReadings.tr(
            "{hours} hours over %n shifts, {per} hours a week on average.", "", sum(w.shifts for w in ins.shifts)
        ).format(hours=number(hours), per=number(hours / len(ins.period.weeks)))
    return out


def is_first_shift_of_week(store: Store, clock: Clock) -> bool:
    """True while the open shift is the first one started in its local week."""
    today = local_day(clock.now(), clock.zone_name())
    monday = (today - dt.timedelta(days=today.weekday())).isoformat()
    week = week_of("local_clock(started_at, tz)")
    since = (dt.datetime.combine(today, dt.time(), dt.timezone.utc) - dt.timedelta(days=8)).isoformat()
    local = local_times(store, since, (dt.datetime.combine(today, dt.time(), dt.timezone.utc)
                                      + dt.timedelta(days=2)).isoformat())
    found = rows(
        store,
        f"SELECT o.wk = ? AND NOT EXISTS (SELECT 1 FROM shifts s WHERE s.started_at < o.started_at "
        f"AND s.started_at >= ? AND {week.replace('started_at', 's.started_at').replace(' tz', ' s.tz')} = ?) "
        f"FROM (SELECT started_at, {week} AS wk FROM shifts WHERE ended_at IS NULL) o",
        [monday, since, monday],
        local,
    )
    return bool(found and found[0][0])


def last_week_summary(store: Store, clock: Clock) -> list[str] | None:
    """Last week in three lines, or None when nothing was recorded last week."""
    today = local_day(clock.now(), clock.zone_name())
    last_week = today - dt.timedelta(days=7)

    class _LastWeek:
        def now(self):
            return dt.datetime.combine(last_week, dt.time(12), dt.timezone.utc)

        def zone_name(self):
            return "UTC"  # only the date matters: ``last_week`` is already local

    from shiftmate.core.insights.figures import compute_insights, period_for

    ins = compute_insights(store, _LastWeek(), "4w")
    week = period_for("4w", last_week).weeks[-1]
    shift = next((w for w in ins.shifts if w.week == week), None)
    refl = next((w for w in ins.reflection if w.week == week), None)
    brk = next((w for w in ins.breaks if w.week == week), None)
    moments = sum(c.count for c in ins.interactions if c.week == week)
    if shift is None and not moments:
        return None
    lines = []
    if shift is not None:
        lines.append(translate("InsightsReadings", "Shifts worked: {n} ({hours} hours).").format(
            n=shift.shifts, hours=number(shift.hours)))
    else:
        lines.append(translate("InsightsReadings", "No shifts recorded."))
    if refl is not None:
        lines.append(translate(
            "InsightsReadings", "Hard moments logged: {m}; reflecting took intensity from {b} to {a}."
        ).format(
            m=moments, b=number(refl.before), a=number(refl.after)))
    else:
        lines.append(translate("InsightsReadings", "Hard moments logged: {m}.").format(m=moments))
    if brk is not None and brk.deadlines_due:
        lines.append(translate("InsightsReadings", "Break deadlines met: {met} of {due}.").format(
            met=brk.deadlines_met, due=brk.deadlines_due))
    elif brk is not None:
        lines.append(translate("InsightsReadings", "Breaks taken: {n}.").format(n=brk.breaks_taken))
    else:
        lines.append(translate("InsightsReadings", "No breaks recorded."))
    return lines
