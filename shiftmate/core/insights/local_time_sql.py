"""Local time inside SQLite, so Insights can GROUP BY the worker's own days, hours and weeks.

SQLite knows no IANA zones. Rather than store a second, derived local-day column in every
feature's table (a migration, changes to three writers and a back-fill), Insights works out in
Python, once per query, the spans of constant UTC offset of each zone that occurs in the data
over the period (a handful of rows: one per DST change), and hands them to SQLite as a small
``tzo`` table. ``local_clock(utc_col, tz_col)`` in a query is rewritten to SQLite's own
``datetime(utc, '+N minutes')`` with N looked up in that table, so the per-row work, the
GROUP BYs and the sums all stay inside SQLite. The zone is the one stored with each row, so a
shift in Berlin and an entry logged in New York each land on the day the worker lived them,
across midnight and DST changes alike.

(A Python SQL function per row was tried first; sqlcipher3 0.6.4 loses references to None
through it and long sessions crashed, so there is deliberately no Python code per row.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from typing import TYPE_CHECKING

from shiftmate.core.clock import to_iso

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

_CALL = re.compile(r"local_clock\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)")


@lru_cache(maxsize=64)
def _zone(name: str):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc  # an unknown zone name: UTC rather than no figure at all


def _offset_minutes(zone, moment: dt.datetime) -> int:
    return int(moment.astimezone(zone).utcoffset().total_seconds() // 60)


def offset_spans(zone_name: str, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str, str, int]]:
    """(zone, since, until, minutes): spans of constant UTC offset covering [start, end)."""
    zone = _zone(zone_name)
    spans = []
    since, current = start, _offset_minutes(zone, start)
    day = start
    while day < end:
        nxt = min(day + dt.timedelta(days=1), end)
        if _offset_minutes(zone, nxt) != current:
            lo, hi = day, nxt  # the change is in (lo, hi]: find its second
            while hi - lo > dt.timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid <= lo:
                    mid = lo + dt.timedelta(seconds=1)
                if _offset_minutes(zone, mid) == current:
                    lo = mid
                else:
                    hi = mid
            spans.append((zone_name, to_iso(since), to_iso(hi), current))
            since, current = hi, _offset_minutes(zone, hi)
        day = nxt
    spans.append((zone_name, to_iso(since), to_iso(end), current))
    return spans


@dataclass(frozen=True)
class LocalTimes:
    """The offset spans of every zone in the data, between two UTC instants."""

    spans: tuple[tuple[str, str, str, int], ...]

    @classmethod
    def between(cls, zones, start: dt.datetime, end: dt.datetime) -> "LocalTimes":
        spans: list = []
        for name in sorted({z for z in zones if z}):
            spans += offset_spans(name, start, end)
        return cls(tuple(spans))

    def cte(self) -> tuple[str, list]:
        if not self.spans:
            return "tzo(tz, since, until, mins) AS (SELECT NULL, NULL, NULL, NULL WHERE 0)", []
        values = ", ".join("(?, ?, ?, ?)" for _ in self.spans)
        return f"tzo(tz, since, until, mins) AS (VALUES {values})", [v for span in self.spans for v in span]


def _local_expr(match: re.Match) -> str:
    utc, tz = match.group(1), match.group(2)
    return (f"datetime({utc}, (SELECT tzo.mins FROM tzo WHERE tzo.tz = {tz} "
            f"AND {utc} >= tzo.since AND {utc} < tzo.until) || ' minutes')")


def week_of(local_expr: str) -> str:
    """SQL for the Monday (YYYY-MM-DD) of the week holding a local time or day."""
    return f"date({local_expr}, 'weekday 0', '-6 days')"


def rows(store: Store, sql: str, params=(), local: LocalTimes | None = None) -> list[tuple]:
    """Run ``sql``; ``local_clock(utc_col, tz_col)`` in it becomes local wall-clock time."""
    params = list(params)
    if "local_clock(" in sql:
        if local is None:
            raise ValueError("local_clock() needs the zones' offset spans")
        cte, cte_params = local.cte()
        sql = f"WITH {cte} " + _CALL.sub(_local_expr, sql)
        params = cte_params + params
    return store.db.execute(sql, params).fetchall()


def local_times(store: Store, start_iso: str, end_iso: str) -> LocalTimes:
    """Offset spans for every zone stored on journal entries and shifts in the window."""
    zones = [row[0] for row in store.db.execute(
        "SELECT DISTINCT tz FROM shifts WHERE started_at >= ? AND started_at < ? "
        "UNION SELECT DISTINCT tz FROM journal_entries WHERE occurred_at >= ? AND occurred_at < ?",
        [start_iso, end_iso, start_iso, end_iso]).fetchall()]
    return LocalTimes.between(zones, dt.datetime.fromisoformat(start_iso), dt.datetime.fromisoformat(end_iso))


def local_clock(utc_iso: str | None, tz: str | None) -> str | None:
    """The same conversion in Python, for tests: 'YYYY-MM-DD HH:MM:SS' in zone ``tz``."""
    if not utc_iso:
        return None
    moment = dt.datetime.fromisoformat(utc_iso)
    return moment.astimezone(_zone(tz or "UTC")).strftime("%Y-%m-%d %H:%M:%S")
