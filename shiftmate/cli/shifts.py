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
    brk = actions.add_parser("break", help="go on a break or come back",
                             description="Go on a break (start) or come back (end).")
    brk_actions = brk.add_subparsers(dest="break_command", metavar="ACTION", title="actions")
    brk_actions.required = True
    brk_actions.add_parser("start", help="go on a break now", description="Go on a break now.").set_defaults(
        handler=_cmd_break_start)
    brk_end = brk_actions.add_parser(
        "end", help="come back from your break",
        description="Come back from your break. A break under a minute is taken as a slip and left "
        "out of the log, as the window's default answer does, unless you pass --keep-short.")
    brk_end.add_argument("--keep-short", action="store_true", help="keep the break even if it lasted under a minute")
    brk_end.set_defaults(handler=_cmd_break_end)
    status = actions.add_parser("status", help="show the current shift", description="Show the current shift.")
    status.add_argument("--json", action="store_true", help="print as JSON")
    status.set_defaults(handler=_cmd_status)

    breaks = commands.add_parser(
        "breaks", help="list your breaks", description="List your most recent breaks (newest first)."
    )
    breaks.add_argument("--json", action="store_true", help="print as JSON")
    breaks.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    breaks.set_defaults(handler=_cmd_breaks)

    add_reminder_commands(commands)


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


def _cmd_break_start(_args, location: DataLocation) -> int:
    from shiftmate.core.shifts.records import start_break

    clock = SystemClock()
    with _open(location) as store:
        brk = start_break(store, clock)
    print(f"On break since {_hm(brk.started_at, brk.tz)}.")
    return 0


def _cmd_break_end(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.break_log import SHORT_BREAK, delete_break
    from shiftmate.core.shifts.records import end_break

    clock = SystemClock()
    with _open(location) as store:
        brk = end_break(store, clock)
        seconds = int(brk.length().total_seconds())
        if brk.length() < SHORT_BREAK and not args.keep_short:
            delete_break(store, brk.id)
            print(f"Left out a {seconds}-second break (under a minute, likely a slip); "
                  "'shift break end --keep-short' keeps one.")
            return 0
    minutes = seconds // 60
    print(f"Back from break at {_hm(brk.ended_at, brk.tz)} after {minutes} min.")
    return 0


# -- reminders of your own ---------------------------------------------------------------
def add_reminder_commands(commands) -> None:
    reminders = commands.add_parser(
        "reminders", help="list, add or remove reminders of your own",
        description="Reminders of your own: every N minutes during a shift, at a clock time, or N "
        "minutes before the planned end. Each rotates through its messages.",
    )
    actions = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", title="actions")
    actions.required = True
    listing = actions.add_parser("list", help="show your reminders", description="Show your own reminders.")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.set_defaults(handler=_cmd_reminders_list)
    add = actions.add_parser(
        "add", help="add a reminder",
        description="Add a reminder of your own. Give one of --every, --at, --before-end, and messages "
        "(--message, repeated) or a built-in idea list (--ideas water|stretch|eyes|posture).")
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--every", metavar="N", type=whole_number(5, 720, what="number of minutes"),
                      help="every N minutes from the start of the shift (5 to 720)")
    when.add_argument("--at", metavar="HH:MM", help="at this local clock time during a shift")
    when.add_argument("--before-end", metavar="N", type=whole_number(0, 960, what="number of minutes"),
                      help="N minutes before the shift's planned end (0 to 960)")
    add.add_argument("--message", action="append", default=[], metavar="TEXT",
                     help="a message; repeat it to rotate through several")
    add.add_argument("--ideas", metavar="LIST", help="start from a built-in idea list: water, stretch, eyes, posture")
    add.add_argument("--during-breaks", action="store_true", help="remind even while you are on a break")
    add.add_argument("--json", action="store_true", help="print the new reminder as JSON")
    add.set_defaults(handler=_cmd_reminders_add)
    remove = actions.add_parser("remove", help="remove a reminder", description="Remove one of your reminders.")
    remove.add_argument("id", type=whole_number(1, 10**9, what="reminder id"), metavar="ID")
    remove.set_defaults(handler=_cmd_reminders_remove)


def _when_text(reminder) -> str:
    if reminder.kind == "every":
        return f"every {reminder.minutes} min"
    if reminder.kind == "at":
        return f"at {reminder.at_time.strftime('%H:%M')}"
    return f"{reminder.minutes} min before the end"


def _cmd_reminders_list(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.own_reminders import own_reminders

    with _open(location) as store:
        found = own_reminders(store)
    if args.json:
        print(json.dumps([r.to_json() for r in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("No reminders of your own yet. Add one with 'shiftmate reminders add'.")
    for r in found:
        off = "" if r.enabled else " (off)"
        print(f"{r.id}  {_when_text(r)}{off}: " + " / ".join(m.shown for m in r.messages))
    return 0


def _cmd_reminders_add(args, location: DataLocation) -> int:
    from shiftmate.core.errors import BadInput
    from shiftmate.core.shifts import own_reminders as own

    messages = list(own.idea_list(args.ideas)) if args.ideas else []
    messages += [own.Message(None, text) for text in args.message]
    if not messages:
        raise BadInput("Give a message (--message TEXT) or an idea list (--ideas water).")
    if args.every is not None:
        kind, minutes, at = "every", args.every, None
    elif args.at is not None:
        kind, minutes, at = "at", 0, own.parse_clock_time(args.at)
    else:
        kind, minutes, at = "before_end", args.before_end, None
    with _open(location) as store:
        reminder = own.add_reminder(store, SystemClock(), kind=kind, minutes=minutes, at_time=at, messages=messages,
                                    quiet_during_break=not args.during_breaks)
    if args.json:
        print(json.dumps(reminder.to_json(), indent=2, ensure_ascii=False))
    else:
        print(f"Added reminder {reminder.id}: {_when_text(reminder)}, {len(reminder.messages)} message(s).")
    return 0


def _cmd_reminders_remove(args, location: DataLocation) -> int:
    from shiftmate.core.shifts.own_reminders import remove_reminder

    with _open(location) as store:
        gone = remove_reminder(store, args.id)
    print(f"Removed reminder {gone.id} ({_when_text(gone)}).")
    return 0
