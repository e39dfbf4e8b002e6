"""Time, through one injectable clock, so tests can run a 12-hour shift in milliseconds.

Times are stored as UTC ISO-8601 strings together with the IANA name of the user's zone at
that moment; local days and wall-clock times are derived from those two, never stored alone.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
# typing is not imported at run time: it costs a command-line search a tenth of its time.
# Type checkers take TYPE_CHECKING as true and see the real Protocol.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol
    from zoneinfo import ZoneInfo
else:
    Protocol = object  # Clock below is a protocol for type checkers, a plain class at run time

UTC = dt.timezone.utc


def _zone(name: str) -> ZoneInfo:
    # zoneinfo (and sysconfig under it) loads on first use: the window's first paint
    # imports this module but converts no times.
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


class Clock(Protocol):
    """Anything that can say what time it is and which time zone the user is in."""

    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in UTC."""

    def zone_name(self) -> str:
        """The IANA name of the user's zone right now, e.g. "Europe/Berlin"."""


def _system_zone_name() -> str:
    name = os.environ.get("TZ", "").lstrip(":")
    if name and _valid_zone(name):
        return name
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        candidate = timezone_file.read_text(encoding="utf-8", errors="replace").strip()
        if _valid_zone(candidate):
            return candidate
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidate = target.split("zoneinfo/", 1)[1]
            if _valid_zone(candidate):
                return candidate
    return "UTC"


def _valid_zone(name: str) -> bool:
    from zoneinfo import ZoneInfoNotFoundError

    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name that is a folder, or too long
        return False
    return True


class SystemClock:
    """The real clock. The zone is looked up each time, so a move across zones is noticed."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def zone_name(self) -> str:
        return _system_zone_name()


class FakeClock:
    """A clock that only moves when told to; for tests and benchmarks."""

    def __init__(self, start: dt.datetime | str, zone: str = "UTC") -> None:
        if isinstance(start, str):
            start = dt.datetime.fromisoformat(start)
        if start.tzinfo is None:
            start = start.replace(tzinfo=_zone(zone))
        self._now = start.astimezone(UTC)
        self._zone = zone

    def now(self) -> dt.datetime:
        return self._now

    def zone_name(self) -> str:
        return self._zone

    def advance(self, **delta: float) -> dt.datetime:
        """Move forward, e.g. ``advance(minutes=90)``."""
        self._now += dt.timedelta(**delta)
        return self._now

    def set(self, moment: dt.datetime) -> None:
        self._now = moment.astimezone(UTC)

    def set_zone(self, zone: str) -> None:
        self._zone = zone


def to_iso(moment: dt.datetime) -> str:
    """UTC ISO-8601 with seconds, e.g. '2026-11-23T09:30:00+00:00'."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(UTC)


def local_time(moment: dt.datetime, zone_name: str) -> dt.datetime:
    return moment.astimezone(_zone(zone_name))


def local_day(moment: dt.datetime, zone_name: str) -> dt.date:
    """The calendar day the user was living in at ``moment``."""
    return local_time(moment, zone_name).date()
