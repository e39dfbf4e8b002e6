"""Local time inside SQLite, so Insights can GROUP BY the worker's own days, hours and weeks.

SQLite knows no IANA zones. Rather than store a second, derived local-day column in every
feature's table (a migration, changes to three writers and a back-fill), ShiftMate registers
one deterministic SQL function on the connection: ``local_clock(utc_iso, tz)`` returns the
wall-clock time ``'YYYY-MM-DD HH:MM:SS'`` in that zone. SQLite's own date functions then give
the day, hour, weekday and Monday of the week, and every aggregation stays in SQL. The
zone is the one stored with each row, so a shift in Berlin and an entry logged in New York
each land on the day the worker lived them, across midnight and DST changes alike.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shiftmate.core.store import Store

_FUNCTION = "local_clock"
_REGISTERED = "_shiftmate_insights_functions"


@lru_cache(maxsize=64)
def _zone(name: str):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc  # an unknown zone name: UTC rather than no figure at all


def local_clock(utc_iso: str | None, tz: str | None) -> str | None:
    """The wall-clock time of ``utc_iso`` in zone ``tz`` as 'YYYY-MM-DD HH:MM:SS'."""
    if not utc_iso:
        return None
    try:
        moment = dt.datetime.fromisoformat(utc_iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(_zone(tz or "UTC")).strftime("%Y-%m-%d %H:%M:%S")


def ensure_functions(store: Store) -> None:
    """Register ``local_clock`` on the store's connection (once per connection)."""
    conn = store.db.conn
    if getattr(store, _REGISTERED, None) is conn:
        return
    conn.create_function(_FUNCTION, 2, local_clock, deterministic=True)
    setattr(store, _REGISTERED, conn)


def week_of(local_expr: str) -> str:
    """SQL for the Monday (YYYY-MM-DD) of the week holding a local time or day."""
    return f"date({local_expr}, 'weekday 0', '-6 days')"


def rows(store: Store, sql: str, params=()) -> list[tuple]:
    ensure_functions(store)
    return store.db.execute(sql, list(params)).fetchall()
