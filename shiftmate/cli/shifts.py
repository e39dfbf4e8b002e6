"""`shiftmate shift start|end|status` and `shiftmate breaks`: shifts from the command line.

No Qt here. Times print in the zone each shift was started in.
"""

from __future__ import annotations

import argparse
import json

from shiftmate.cli.arguments import whole_number
from shiftmate.core.clock import SystemClock, local_time
from shiftmate.core.storage.paths import DataLocation


def _open(location: DataLocation):
    from shiftmate.core.storage.store import Store

    return Store.open(location)


def _hours(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of hours") from None


_rating = whole_number(1, 5, what="rating")


def add_commands(commands) -> None:
    shift = commands.add_parser(
        "shift", help="start, end or show your shift",
        description="Start, end or show your shift. A shift survives restarts; reminders run in the window.",
    )
    actions = shift.add_subparsers(dest="shift_command", metavar="ACTION", title="actions")
    actions.required = True
    start = actions.add_parser("start", help="start your shift now", description="Start your shift now.")
    planned = start.add_mutually_exclusive_group()
    planned.add_argument("--until", metavar="HH:MM", help="planned end (local time; tomorrow if already past)")
    planned.add_argument("--hours", metavar="H", type=_hours, help="planned length in hours")
    start.add_argument("--role", metavar="R", default="", help="your role or place, e.g. 'till 3'")
    start.add_argument("--at", metavar="TIME",
                       help="when it really started, if earlier: HH:MM or an ISO 8601 date and time "
                       "(local unless it has an offset); at most 16 hours ago, not before your last shift ended")
    start.add_argument("--close-forgotten", action="store_true",
                       help="close a forgotten open shift at its planned end first")
    start.set_defaults(handler=_cmd_start)
    end = actions.add_parser("end", help="end your shift now", description="End your shift now.")
    end.add_argument("--rating", type=_rating, metavar="1-5", help="how the day was, 1 to 5")
    end.add_argument("--note", default="", help="one line about the day")
    end.add_argument("--at-planned", action="store_true", help="end it at its planned end instead of now")
    end.set_defaults(handler=_cmd_end)
    status = actions.add_parser("status", help="show the current shift", description="Show the current shift.")
    status.add_argument("--json", action="store_true", help="print as JSON")
    status.set_defaults(handler=_cmd_status)

    breaks = commands.add_parser(
        "breaks", help="list your breaks", description="List your most recent breaks (newest first)."
    )
    breaks.add_argument("--json", action="store_true", help="print as JSON")
    breaks.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    breaks.set_defaults(handler=_cmd_breaks)


def _hm(moment, zone: str) -> str:
    return local_time(moment, zone).strftime("%a %d %b %H:%M")


def _cmd_start(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.records import planned_end_from
    from shiftmate.core.shifts.reminders import start_shift_at

    from shiftmate.core.shifts.records import started_at_from
    from shiftmate.core.shifts.roster import planned_near

    clock = SystemClock()
    now, zone = clock.now(), clock.zone_name()
    started_at = started_at_from(now, zone, args.at) if args.at else None
    with _open(location) as store:
        end = planned_end_from(now, zone, until=args.until, hours=args.hours)
        role = args.role
        # A planned shift from the roster near now fills in what was not given.
        planned = planned_near(store, started_at or now)
        if planned is not None:
            end = end or (planned.ends_at if planned.ends_at > now else None)
            role = role or planned.role
        shift = start_shift_at(store, clock, planned_end=end, role=role, close_forgotten=args.close_forgotten,
                            started_at=started_at, planned_id=planned and planned.id)
    until = f", planned until {_hm(shift.planned_end, shift.tz)}" if shift.planned_end else ""
    roster = " (from your roster)" if planned is not None else ""
    print(f"Shift started {_hm(shift.started_at, shift.tz)}{until}{roster}.")
    return 0


def _cmd_end(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.records import end_shift

    clock = SystemClock()
    with _open(location) as store:
        shift = end_shift(store, clock, day_rating=args.rating, note=args.note, at_planned=args.at_planned)
    minutes = int(shift.elapsed(clock.now()).total_seconds() // 60)
    print(f"Shift ended {_hm(shift.ended_at, shift.tz)} after {minutes // 60} h {minutes % 60:02d} min.")
    return 0


def _cmd_status(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.status import shift_status

    clock = SystemClock()
    with _open(location) as store:
        status = shift_status(store, clock)
    if args.json:
        print(json.dumps(status.to_json(), indent=2, ensure_ascii=False))
        return 0
    if not status.in_shift:
        print("No shift in progress.")
        return 0
    shift = status.shift
    minutes = int(shift.elapsed(status.now).total_seconds() // 60)
    print(f"On shift since {_hm(shift.started_at, shift.tz)} ({minutes // 60} h {minutes % 60:02d} min).")
    if shift.planned_end:
        print(f"Planned end: {_hm(shift.planned_end, shift.tz)}.")
    if shift.role:
        print(f"Role: {shift.role}")
    if status.on_break:
        print(f"On break since {_hm(status.on_break.started_at, status.on_break.tz)}.")
    if status.forgotten:
        print("This shift looks forgotten; 'shiftmate shift end --at-planned' closes it at its planned end.")
    for d in status.deadlines:
        print(f"{d.requirement.label} (at least {d.requirement.required} min) by "
              f"{_hm(d.deadline_at, shift.tz)}: {d.state(status.now)}.")
    # A paused reminder is not coming at its time: say when the pause ends instead.
    if status.paused_to_end:
        print("Reminders paused until the shift ends.")
    elif status.paused_until:
        print(f"Reminders paused until {_hm(status.paused_until, shift.tz)}.")
    elif status.next_reminder:
        print(f"Next reminder: {_hm(status.next_reminder.due_at, shift.tz)}.")
    return 0


def _cmd_breaks(args, location: DataLocation) -> int:
    from shiftmate.core.errors import BadInput
    from shiftmate.core.shifts.status import break_json
    from shiftmate.core.shifts.records import recent_breaks

    if not 1 <= args.limit <= 10_000:
        raise BadInput(f"--limit must be between 1 and 10000, not {args.limit}.")
    clock = SystemClock()
    with _open(location) as store:
        breaks = recent_breaks(store, args.limit)
    now = clock.now()
    if args.json:
        print(json.dumps([break_json(b, now) for b in breaks], indent=2, ensure_ascii=False))
        return 0
    if not breaks:
        print("No breaks logged yet.")
    for b in breaks:
        end = local_time(b.ended_at, b.tz).strftime("%H:%M") if b.ended_at else "now"
        minutes = int(b.length(now).total_seconds() // 60)
        print(f"{_hm(b.started_at, b.tz)}–{end}  {minutes} min")
    return 0
