"""Reading planned shifts from an iCalendar (.ics) roster, as rostering apps and calendars export.

``icalendar`` parses the file (VTIMEZONE, TZID, UTC and floating times) and
``recurring-ical-events`` expands RRULE, RDATE, EXDATE and moved occurrences (RECURRENCE-ID)
within the import window. Floating times are in the machine's zone. All-day events are not
shifts: they are skipped and counted, as are cancelled ones (STATUS:CANCELLED), whose uids the
import then removes. No more than ``MAX_OCCURRENCES`` are expanded from one file.
"""

from __future__ import annotations

import datetime as dt

from shiftmate.core.clock import local_time
from shiftmate.core.errors import BadInput
from shiftmate.core.shifts.roster import (
    MAX_OCCURRENCES,
    MAX_PLANNED_LENGTH,
    PlannedEntry,
    ReadRoster,
    clean_role,
)

# A roster repeats by the day or the week; rules this frequent only serve to flood the expansion.
TOO_FREQUENT = {"SECONDLY", "MINUTELY"}
TOO_MANY = (f"This roster repeats more than {MAX_OCCURRENCES:,} times within the dates imported "
            "(an endless or too frequent repeat); nothing was imported.")

# Reasons an event is left out (the keys of ReadRoster.skipped).
ALL_DAY, CANCELLED, NO_END, TOO_LONG = "all-day", "cancelled", "no end time", "longer than 24 hours"


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _series_uids(calendar) -> set[str]:
    """UIDs whose events repeat (or have a moved occurrence): their occurrences are told apart
    by RECURRENCE-ID; a single event keeps its bare UID, so moving it updates it."""
    repeating = set()
    for event in calendar.walk("VEVENT"):
        if any(key in event for key in ("RRULE", "RDATE", "RECURRENCE-ID")):
            repeating.add(str(event.get("UID", "")))
        for rule in event.get("RRULE", []) if isinstance(event.get("RRULE"), list) else [event.get("RRULE")]:
            if rule is not None and str((rule.get("FREQ") or [""])[0]).upper() in TOO_FREQUENT:
                raise BadInput(TOO_MANY)
    return repeating


def _instant(value, zone: str) -> dt.datetime:
    if value.tzinfo is None:  # a floating time: the machine's zone
        value = value.replace(tzinfo=_zone(zone))
    return value.astimezone(dt.timezone.utc)


def _zone_name(value, zone: str) -> str:
    key = getattr(value.tzinfo, "key", None)
    if key and key not in ("UTC", "Etc/UTC", "GMT"):
        return key
    return zone  # UTC, floating or an unnamed VTIMEZONE: shown in the machine's zone


def _key(event, repeating: set[str]) -> str:
    uid = str(event.get("UID", "")).strip()
    start = event.get("DTSTART").dt
    if not uid:  # a file without UIDs still re-imports onto itself
        uid = f"nouid:{start.isoformat()}:{event.get('SUMMARY', '')}"
        return uid
    recurrence = event.get("RECURRENCE-ID")
    if uid in repeating and recurrence is not None:
        moment = recurrence.dt
        stamp = moment.isoformat() if not isinstance(moment, dt.datetime) or moment.tzinfo is None else \
            moment.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return f"{uid}/{stamp}"
    return uid


def read_ics(text: str, zone: str, start: dt.datetime, end: dt.datetime) -> ReadRoster:
    """The planned shifts of ``text`` from ``start`` to ``end`` (UTC); BadInput for a bad file."""
    import icalendar
    import recurring_ical_events

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception:  # icalendar raises ValueError, KeyError, IndexError… for a broken file
        raise BadInput("This file is not a readable iCalendar roster; nothing was imported.") from None
    if isinstance(calendar, list):
        calendar = calendar[0] if calendar else None
    if calendar is None or calendar.name != "VCALENDAR":
        raise BadInput("This file is not a readable iCalendar roster; nothing was imported.")
    read = ReadRoster()
    try:
        repeating = _series_uids(calendar)
        local_start = local_time(start, zone).replace(tzinfo=None)
        count = 0
        for event in recurring_ical_events.of(calendar).after(local_start):
            began = event.get("DTSTART").dt
            if not isinstance(began, dt.datetime):
                if isinstance(began, dt.date) and local_time(end, zone).date() < began:
                    break
                read.skip(ALL_DAY)
                continue
            starts_at = _instant(began, zone)
            if starts_at > end:
                break
            count += 1
            if count > MAX_OCCURRENCES:
                raise BadInput(TOO_MANY)
            key = _key(event, repeating)
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                read.cancelled.add(key)
                read.skip(CANCELLED)
                continue
            finish = event.get("DTEND")
            finished = finish.dt if finish is not None else None
            if not isinstance(finished, dt.datetime):
                finished = began + event["DURATION"].dt if "DURATION" in event else None
            if finished is None:
                read.skip(NO_END)
                continue
            ends_at = _instant(finished, zone)
            if ends_at <= starts_at:
                read.skip(NO_END)
                continue
            if ends_at - starts_at > MAX_PLANNED_LENGTH:
                read.skip(TOO_LONG)
                continue
            read.entries.append(PlannedEntry(key, starts_at, ends_at, _zone_name(began, zone),
                                             clean_role(str(event.get("SUMMARY", "")))))
    except BadInput:
        raise
    except Exception:  # a date that does not exist, a broken rule, a time zone icalendar refuses
        raise BadInput("This roster has a date, time or repeat rule that cannot be read; "
                       "nothing was imported.") from None
    return read
