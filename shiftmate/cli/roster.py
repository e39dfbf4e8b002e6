"""`shiftmate roster import|list|remove`: planned shifts from an .ics or CSV roster.

No Qt here. ``roster list --json`` prints a list of objects, one per planned shift:
``{"id", "uid", "start", "end", "tz", "role", "source"}`` with start and end in UTC
ISO 8601 ending in "Z" and ``tz`` the IANA zone the shift is planned in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from shiftmate.core.clock import SystemClock, local_time
from shiftmate.core.storage.paths import DataLocation


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-03") from None


def add_commands(commands) -> None:
    roster = commands.add_parser(
        "roster", help="import and list your planned shifts",
        description="Import your roster (.ics from your rostering app or calendar, or a CSV with "
        "date, start, end, role) and list or remove planned shifts.",
    )
    actions = roster.add_subparsers(dest="roster_command", metavar="ACTION", title="actions")
    actions.required = True
    imp = actions.add_parser(
        "import", help="import an .ics or .csv roster",
        description="Import an .ics or .csv roster. Importing the same file again updates it: "
        "nothing is added twice, and shifts no longer in it are removed.",
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--json", action="store_true", help="print what changed as JSON")
    imp.set_defaults(handler=_cmd_import)
    lst = actions.add_parser("list", help="list planned shifts", description="List planned shifts (from today on).")
    lst.add_argument("--json", action="store_true", help="print as JSON (start and end in UTC)")
    lst.add_argument("--from", dest="start", metavar="DATE", type=_day, help="first day (default today)")
    lst.add_argument("--to", dest="end", metavar="DATE", type=_day, help="last day")
    lst.set_defaults(handler=_cmd_list)
    rm = actions.add_parser("remove", help="remove one planned shift", description="Remove one planned shift.")
    rm.add_argument("id", metavar="ID", type=int)
    rm.set_defaults(handler=_cmd_remove)


def _open(location: DataLocation):
    from shiftmate.core.storage.store import Store

    return Store.open(location)


def _span(planned) -> str:
    start = local_time(planned.starts_at, planned.tz)
    end = local_time(planned.ends_at, planned.tz)
    return f"{start:%a %d %b %H:%M}–{end:%H:%M}"


def _cmd_import(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.roster_import import import_roster

    clock = SystemClock()
    with _open(location) as store:
        result = import_roster(store, clock, args.file)
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"Roster {result.source}: {result.added} added, {result.updated} updated, "
          f"{result.removed} removed, {result.unchanged} unchanged.")
    for reason, count in sorted(result.skipped.items()):
        print(f"Skipped {count} ({reason}).")
    return 0


def _local_midnight(day: dt.date, zone: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.combine(day, dt.time(0), tzinfo=ZoneInfo(zone)).astimezone(dt.timezone.utc)


def _cmd_list(args, location: DataLocation) -> int:
    from shiftmate.core.errors import BadInput
    from shiftmate.core.shifts.roster import planned_shifts

    clock = SystemClock()
    zone = clock.zone_name()
    start = _local_midnight(args.start, zone) if args.start else clock.now()
    end = _local_midnight(args.end + dt.timedelta(days=1), zone) if args.end else None
    if end is not None and end <= start:
        raise BadInput("--to must not be before --from.")
    with _open(location) as store:
        shifts = planned_shifts(store, start=start, end=end)
    if args.json:
        print(json.dumps([p.to_json() for p in shifts], indent=2, ensure_ascii=False))
        return 0
    if not shifts:
        print("No planned shifts. Import your roster with 'shiftmate roster import FILE'.")
    for p in shifts:
        print(f"{p.id:>5}  {_span(p)}  {p.role}".rstrip())
    return 0


def _cmd_remove(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.roster import remove_planned

    with _open(location) as store:
        planned = remove_planned(store, args.id)
    print(f"Removed the planned shift {_span(planned)}.")
    return 0
