"""Reading planned shifts from a simple CSV roster: a header row, then date, start, end, role.

Dates are ISO (2026-12-03), times HH:MM in the machine's zone; an end before the start is on
the next day. One bad row makes the whole file refused, with a sentence naming the row.
A row's uid is its date and start, so a re-import of the edited file updates it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from shiftmate.core.errors import BadInput
from shiftmate.core.shifts.roster import MAX_OCCURRENCES, PlannedEntry, ReadRoster, clean_role

COLUMNS = ("date", "start", "end", "role")
OUTSIDE = "outside the dates imported"


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _at(day: dt.date, clock_time: dt.time, zone: str) -> dt.datetime:
    # Through UTC, so a wall time in a DST gap lands on a real instant (as records.planned_end_from).
    return dt.datetime.combine(day, clock_time, tzinfo=_zone(zone)).astimezone(dt.timezone.utc)


def read_csv(text: str, zone: str, start: dt.datetime, end: dt.datetime) -> ReadRoster:
    rows = list(csv.reader(io.StringIO(text)))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise BadInput("This CSV file is empty; it needs a header row: date, start, end, role.")
    header = [cell.strip().lower() for cell in rows[0]]
    if header[:3] != list(COLUMNS[:3]) or (len(header) > 3 and header[3] != "role"):
        raise BadInput("The first row of the CSV must be the header: date, start, end, role.")
    if len(rows) - 1 > MAX_OCCURRENCES:
        raise BadInput(f"This CSV has more than {MAX_OCCURRENCES:,} shifts; nothing was imported.")
    read = ReadRoster()
    seen: set[str] = set()
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row] + ["", "", "", ""]
        day_text, start_text, end_text, role = cells[:4]
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError:
            raise BadInput(f"Row {number}: '{day_text}' is not a date like 2026-12-03; nothing was imported.") from None
        times = []
        for text_ in (start_text, end_text):
            try:
                if len(text_) != 5:
                    raise ValueError
                times.append(dt.time.fromisoformat(text_))
            except ValueError:
                raise BadInput(f"Row {number}: '{text_}' is not a time like 09:00; nothing was imported.") from None
        if times[0] == times[1]:
            raise BadInput(f"Row {number}: the shift starts and ends at {start_text}; nothing was imported.")
        starts_at = _at(day, times[0], zone)
        end_day = day + dt.timedelta(days=1) if times[1] < times[0] else day  # across midnight
        ends_at = _at(end_day, times[1], zone)
        uid = f"csv:{day.isoformat()}T{start_text}"
        if uid in seen:
            raise BadInput(f"Row {number}: a second shift on {day_text} at {start_text}; nothing was imported.")
        seen.add(uid)
        if ends_at <= start or starts_at > end:
            read.skip(OUTSIDE)
            continue
        read.entries.append(PlannedEntry(uid, starts_at, ends_at, zone, clean_role(role)))
    return read
