"""Insights: the figures that let a worker see whether the habits help.

Every figure is an aggregation in SQLite (GROUP BY over the worker's local week, day, hour,
channel, tag or item) over one period: the last 4 weeks, 3 months (13 weeks) or 12 months
(52 weeks), always whole Monday-to-Sunday weeks ending with the current one. Local time comes
from ``insights_sql`` (zone offsets handed to SQLite). Nothing is filled in: a week without data is simply absent,
an average over no rows is None, and the readings say so in words.

Every figure of the journal counts hard moments only (``kind = 'hard'``): a thank-you is no
difficult interaction. Good moments have their own figure, per week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, local_day, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.insights.local_time_sql import local_times, rows, week_of

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

PERIOD_WEEKS = {"4w": 4, "3m": 13, "12m": 52}
DEFAULT_PERIOD = "4w"
CARE_RULES = ("water", "stretch")
TOP_TAGS = 5
TOP_OPEN_ITEMS = 5
# The last deadline warning falls at the deadline itself: a deadline reached in a shift. It was
# met when the scheduler kept that warning quiet because the break was taken (or under way).
AT_DEADLINE = 2
ARRIVING_ITEM = "arriving-rating"
DAY_RATING_ITEM = "day-rating"

# Stored UTC strings are compared as text; one day either side covers every zone offset.
_MARGIN = dt.timedelta(days=1, hours=2)


@dataclass(frozen=True)
class Period:
    """Whole local weeks, Monday ``first_day`` to Sunday ``last_day``."""

    key: str
    first_day: dt.date
    last_day: dt.date

    @property
    def weeks(self) -> list[str]:
        count = (self.last_day - self.first_day).days // 7 + 1
        return [(self.first_day + dt.timedelta(weeks=i)).isoformat() for i in range(count)]

    def utc_bounds(self) -> tuple[str, str]:
        start = dt.datetime.combine(self.first_day, dt.time(), dt.timezone.utc) - _MARGIN
        end = dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time(), dt.timezone.utc) + _MARGIN
        return to_iso(start), to_iso(end)

    def day_bounds(self) -> tuple[str, str]:
        return self.first_day.isoformat(), self.last_day.isoformat()


def period_for(key: str, today: dt.date) -> Period:
    if key not in PERIOD_WEEKS:
        raise BadInput(f"The period is 4w, 3m or 12m, not '{key}'.")
    monday = today - dt.timedelta(days=today.weekday())
    first = monday - dt.timedelta(weeks=PERIOD_WEEKS[key] - 1)
    return Period(key, first, monday + dt.timedelta(days=6))


@dataclass(frozen=True)
class ReflectionWeek:
    """Entries reflected on in a week, with their average intensity before and after."""

    week: str
    entries: int
    before: float
    after: float


@dataclass(frozen=True)
class GoodWeek:
    """Good moments (thank-yous, praise, wins) noted in a week."""

    week: str
    count: int


@dataclass(frozen=True)
class ChannelWeek:
    week: str
    channel: str
    count: int


@dataclass(frozen=True)
class HourCell:
    """Hard moments at one weekday (0 = Monday) and local hour."""

    weekday: int
    hour: int
    count: int


@dataclass(frozen=True)
class TagFigure:
    """A tag: how often it came up, and how intense those moments were."""

    tag: str
    entries: int
    before: float | None  # average intensity when it happened
    after: float | None  # average after reflecting
    first_half: float | None  # average intensity before, first half of the period
    second_half: float | None  # … and second half: is it getting easier?


@dataclass(frozen=True)
class ChecklistWeek:
    week: str
    days_run: int
    days_complete: int


@dataclass(frozen=True)
class OpenItem:
    item: str
    text: str
    times: int


@dataclass(frozen=True)
class BreakWeek:
    """Breaks taken against deadlines reached, and the water/stretch reminders answered."""

    week: str
    shifts: int
    breaks_taken: int
    deadlines_due: int
    deadlines_met: int
    care_done: int
    care_total: int

    @property
    def deadlines_missed(self) -> int:
        return self.deadlines_due - self.deadlines_met


@dataclass(frozen=True)
class ShiftWeek:
    week: str
    shifts: int
    hours: float
    day_rating: float | None
    day_ratings: int


@dataclass(frozen=True)
class ArrivingWeek:
    week: str
    arriving: float
    ratings: int


@dataclass
class Insights:
    """Every figure of one period; lists hold only weeks that have data."""

    period: Period
    reflection: list[ReflectionWeek] = field(default_factory=list)
    reflected_entries: int = 0
    average_drop: float | None = None
    interactions: list[ChannelWeek] = field(default_factory=list)
    heatmap: list[HourCell] = field(default_factory=list)
    tags: list[TagFigure] = field(default_factory=list)
    checklist_weeks: list[ChecklistWeek] = field(default_factory=list)
    checklist_days_run: int = 0
    checklist_days_complete: int = 0
    checklist_streak: int = 0
    left_open: list[OpenItem] = field(default_factory=list)
    breaks: list[BreakWeek] = field(default_factory=list)
    shifts: list[ShiftWeek] = field(default_factory=list)
    arriving: list[ArrivingWeek] = field(default_factory=list)
    good_moments: list[GoodWeek] = field(default_factory=list)

    @property
    def interaction_count(self) -> int:
        return sum(c.count for c in self.interactions)

    @property
    def good_moment_count(self) -> int:
        return sum(w.count for w in self.good_moments)

    @property
    def completion_rate(self) -> float | None:
        if not self.checklist_days_run:
            return None
        return self.checklist_days_complete / self.checklist_days_run

    def to_dict(self) -> dict:
        def clean(value):
            if isinstance(value, float):
                return round(value, 2)
            if isinstance(value, dict):
                return {k: clean(v) for k, v in value.items()}
            if isinstance(value, list):
                return [clean(v) for v in value]
            return value

        return clean({
            "period": self.period.key,
            "first_day": self.period.first_day.isoformat(),
            "last_day": self.period.last_day.isoformat(),
            "reflection": {
                "entries": self.reflected_entries,
                "average_drop": self.average_drop,
                "weeks": [asdict(w) for w in self.reflection],
            },
            "interactions": {
                "total": self.interaction_count,
                "by_week_and_channel": [asdict(c) for c in self.interactions],
                "by_weekday_and_hour": [asdict(c) for c in self.heatmap],
            },
            "good_moments": {
                "total": self.good_moment_count,
                "weeks": [asdict(w) for w in self.good_moments],
            },
            "tags": [asdict(t) for t in self.tags],
            "pre_shift_checklist": {
                "days_run": self.checklist_days_run,
                "days_complete": self.checklist_days_complete,
                "completion_rate": self.completion_rate,
                "streak": self.checklist_streak,
                "weeks": [asdict(w) for w in self.checklist_weeks],
                "most_often_left_open": [asdict(i) for i in self.left_open],
            },
            "breaks": [dict(asdict(w), deadlines_missed=w.deadlines_missed) for w in self.breaks],
            "shifts": [asdict(w) for w in self.shifts],
            "arriving": [asdict(w) for w in self.arriving],
        })


def compute_insights(store: Store, clock: Clock, period_key: str = DEFAULT_PERIOD) -> Insights:
    """All figures for the period ending with the current local week."""
    today = local_day(clock.now(), clock.zone_name())
    period = period_for(period_key, today)
    result = Insights(period)
    local = local_times(store, *period.utc_bounds())
    _journal(store, period, result, local)
    _checklist(store, period, result)
    _shifts(store, period, result, local)
    return result


# -- journal ---------------------------------------------------------------------------
# Hard moments only: every journal figure but good moments per week is about difficult ones.
_JOURNAL_ROWS = """
    SELECT local_clock(occurred_at, tz) AS lt, channel, intensity_before AS b,
           intensity_after AS a, id
    FROM journal_entries
    WHERE sort_key >= ? AND sort_key < ? AND kind = 'hard'
"""
_GOOD_ROWS = """
    SELECT local_clock(occurred_at, tz) AS lt
    FROM journal_entries
    WHERE sort_key >= ? AND sort_key < ? AND kind = 'good'
"""


def _journal(store: Store, period: Period, result: Insights, local) -> None:
    def q(sql, params=()):
        return rows(store, sql, params, local)

    start, end = period.utc_bounds()
    lo = int(dt.datetime.fromisoformat(start).timestamp()) * 16777216
    hi = int(dt.datetime.fromisoformat(end).timestamp()) * 16777216
    first, last = period.day_bounds()
    inside = f"WITH e AS ({_JOURNAL_ROWS}) SELECT * FROM e WHERE substr(lt, 1, 10) BETWEEN ? AND ?"
    base = [lo, hi, first, last]
    result.reflection = [
        ReflectionWeek(*row)
        for row in q(f"SELECT {week_of('lt')} AS wk, count(*), avg(b), avg(a) FROM ({inside}) "
                        "WHERE b IS NOT NULL AND a IS NOT NULL GROUP BY wk ORDER BY wk", base)
    ]
    count, drop = q(f"SELECT count(*), avg(b - a) FROM ({inside}) "
                              "WHERE b IS NOT NULL AND a IS NOT NULL", base)[0]
    result.reflected_entries, result.average_drop = count, drop
    result.interactions = [
        ChannelWeek(*row)
        for row in q(f"SELECT {week_of('lt')} AS wk, channel, count(*) FROM ({inside}) "
                        "GROUP BY wk, channel ORDER BY wk, channel", base)
    ]
    result.heatmap = [
        HourCell(*row)
        for row in q("SELECT (CAST(strftime('%w', lt) AS INTEGER) + 6) % 7 AS wd, "
                        f"CAST(strftime('%H', lt) AS INTEGER) AS hr, count(*) FROM ({inside}) "
                        "GROUP BY wd, hr ORDER BY wd, hr", base)
    ]
    good = f"WITH g AS ({_GOOD_ROWS}) SELECT * FROM g WHERE substr(lt, 1, 10) BETWEEN ? AND ?"
    result.good_moments = [
        GoodWeek(*row)
        for row in q(f"SELECT {week_of('lt')} AS wk, count(*) FROM ({good}) GROUP BY wk ORDER BY wk", base)
    ]
    middle = (period.first_day + (period.last_day - period.first_day) / 2).isoformat()
    result.tags = [
        TagFigure(*row)
        for row in q(
            f"SELECT t.name, count(*) AS n, avg(e.b), avg(CASE WHEN e.b IS NOT NULL THEN e.a END), "
            "avg(CASE WHEN substr(e.lt, 1, 10) <= ? THEN e.b END), "
            "avg(CASE WHEN substr(e.lt, 1, 10) > ? THEN e.b END) "
            f"FROM ({inside}) AS e JOIN entry_tags et ON et.entry_id = e.id JOIN tags t ON t.id = et.tag_id "
            "GROUP BY t.id ORDER BY n DESC, t.name LIMIT ?",
            [middle, middle, *base, TOP_TAGS],
        )
    ]


# -- pre-shift checklist -----------------------------------------------------------------
_PRE_SHIFT_RUNS = (
    "SELECT r.* FROM checklist_runs r JOIN checklists c ON c.id = r.checklist_id "
    "WHERE c.when_ = 'before-shift'"
)


def _checklist(store: Store, period: Period, result: Insights) -> None:
    first, last = period.day_bounds()
    days = f"SELECT local_day, max(completed) AS done FROM ({_PRE_SHIFT_RUNS}) GROUP BY local_day"
    result.checklist_weeks = [
        ChecklistWeek(*row)
        for row in rows(store, f"SELECT {week_of('local_day')} AS wk, count(*), sum(done) FROM ({days}) "
                        "WHERE local_day BETWEEN ? AND ? GROUP BY wk ORDER BY wk", [first, last])
    ]
    result.checklist_days_run = sum(w.days_run for w in result.checklist_weeks)
    result.checklist_days_complete = sum(w.days_complete for w in result.checklist_weeks)
    # The streak as the Checklists screen counts it: run days in a row, all complete, up to
    # the latest run day (days off never break it). SQL finds the last incomplete day.
    result.checklist_streak = rows(
        store,
        f"SELECT count(*) FROM ({days}) WHERE local_day <= ? AND local_day > "
        f"coalesce((SELECT max(local_day) FROM ({days}) WHERE done = 0 AND local_day <= ?), '')",
        [last, last],
    )[0][0]
    result.left_open = [
        OpenItem(*row)
        for row in rows(
            store,
            "SELECT i.item_key, max(i.text), count(*) AS times "
            f"FROM ({_PRE_SHIFT_RUNS}) r JOIN run_items i ON i.run_id = r.id "
            "LEFT JOIN run_answers a ON a.run_id = i.run_id AND a.item_key = i.item_key "
            "WHERE r.local_day BETWEEN ? AND ? AND r.closed_at IS NOT NULL "
            "AND i.kind != 'instruction' AND a.value IS NULL "
            "GROUP BY i.item_key ORDER BY times DESC, i.item_key LIMIT ?",
            [first, last, TOP_OPEN_ITEMS],
        )
    ]
    result.arriving = [
        ArrivingWeek(*row)
        for row in rows(
            store,
            f"SELECT {week_of('r.local_day')} AS wk, avg(CAST(a.value AS REAL)), count(*) "
            f"FROM ({_PRE_SHIFT_RUNS}) r JOIN run_answers a ON a.run_id = r.id AND a.item_key = ? "
            "WHERE r.local_day BETWEEN ? AND ? GROUP BY wk ORDER BY wk",
            [ARRIVING_ITEM, first, last],
        )
    ]


# -- shifts and breaks -------------------------------------------------------------------
def _shifts(store: Store, period: Period, result: Insights, local) -> None:
    def q(sql, params=()):
        return rows(store, sql, params, local)

    start, end = period.utc_bounds()
    first, last = period.day_bounds()
    # A shift belongs to the local day (and week) it started on, even when it ends after
    # midnight; its hours are true elapsed time from the UTC instants, so DST never bends them.
    in_period = (
        f"SELECT id, started_at, ended_at, day_rating, {week_of('local_clock(started_at, tz)')} AS wk, "
        "substr(local_clock(started_at, tz), 1, 10) AS day FROM shifts "
        "WHERE started_at >= ? AND started_at < ?"
    )
    shifts_sql = f"SELECT * FROM ({in_period}) WHERE day BETWEEN ? AND ?"
    params = [start, end, first, last]
    # The day rating given when the shift ended, else the one in its after-shift checklist.
    rating = (
        "coalesce(s.day_rating, (SELECT CAST(a.value AS REAL) FROM checklist_runs r "
        "JOIN run_answers a ON a.run_id = r.id AND a.item_key = ? WHERE r.shift_id = s.id LIMIT 1))"
    )
    result.shifts = [
        ShiftWeek(*row)
        for row in q(
            "SELECT wk, count(*), "
            "round(coalesce(sum((julianday(s.ended_at) - julianday(s.started_at)) * 24), 0), 4), "
            f"avg({rating}), count({rating}) FROM ({shifts_sql}) s GROUP BY wk ORDER BY wk",
            [DAY_RATING_ITEM, DAY_RATING_ITEM, *params],
        )
    ]
    care = ",".join("?" for _ in CARE_RULES)
    result.breaks = [
        BreakWeek(*row)
        for row in q(
            "SELECT s.wk, count(*), "
            "sum((SELECT count(*) FROM breaks b WHERE b.shift_id = s.id AND b.kind = 'break')), "
            "sum((SELECT count(*) FROM reminder_events e WHERE e.shift_id = s.id "
            "     AND e.kind = 'deadline' AND e.occurrence = ?)), "
            "sum((SELECT count(*) FROM reminder_events e WHERE e.shift_id = s.id "
            "     AND e.kind = 'deadline' AND e.occurrence = ? AND e.note IN ('break taken', 'on a break'))), "
            "sum((SELECT count(*) FROM reminder_events e WHERE e.shift_id = s.id "
            f"     AND e.rule_key IN ({care}) AND e.state = 'done')), "
            "sum((SELECT count(*) FROM reminder_events e WHERE e.shift_id = s.id "
            f"     AND e.rule_key IN ({care}))) "
            f"FROM ({shifts_sql}) s GROUP BY s.wk ORDER BY s.wk",
            [AT_DEADLINE, AT_DEADLINE, *CARE_RULES, *CARE_RULES, *params],
        )
    ]
