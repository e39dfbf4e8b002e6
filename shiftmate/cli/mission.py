"""`shiftmate mission [show|set TEXT] [--json]` and `shiftmate tip [--json]`.

No Qt here; the command line speaks English, so built-in tips print in ShiftMate's English.
``mission --json`` prints {"mission": "…"} ("" when none is written); ``tip --json`` prints
{"tip": "…", "source": "built-in"|"mine", "id": "…"}, or {"tip": null, "source": null,
"id": null} when tips are off or all hidden.
"""

from __future__ import annotations

import json

from shiftmate.core.storage.paths import DataLocation


def add_commands(commands) -> None:
    mission = commands.add_parser(
        "mission", help="show or write my service mission",
        description="Show or write your service mission: a sentence or two on why you do this work "
        "and what you want customers to feel. It shows on Today and at the top of Before my shift.",
    )
    mission.add_argument("action", nargs="?", choices=["show", "set"], default="show",
                         help="show (the default) or set")
    mission.add_argument("text", nargs="?", metavar="TEXT", help="with set: the mission, in quotes")
    mission.add_argument("--json", action="store_true", help="print as JSON")
    mission.set_defaults(handler=_cmd_mission)
    tip = commands.add_parser(
        "tip", help="show the tip for this shift",
        description="Show the tip for this shift (a new one each shift, or each day without shifts).",
    )
    tip.add_argument("--json", action="store_true", help="print as JSON")
    tip.set_defaults(handler=_cmd_tip)


def _cmd_mission(args, location: DataLocation) -> int:
    from shiftmate.core.errors import BadInput
    from shiftmate.core.mission.statement import clean_mission, read_mission, write_mission
    from shiftmate.core.storage.store import Store

    if args.action == "set":
        if args.text is None:
            raise BadInput("mission set needs the text, in quotes: shiftmate mission set \"…\".")
        clean_mission(args.text)  # bad text is refused before the database is opened
        with Store.open(location) as store:
            text = write_mission(store, args.text)
        print(json.dumps({"mission": text}, ensure_ascii=False) if args.json else "Mission saved.")
        return 0
    if args.text is not None:
        raise BadInput(f"mission show takes no text; to write it: shiftmate mission set \"{args.text}\".")
    with Store.open(location) as store:
        text = read_mission(store)
    if args.json:
        print(json.dumps({"mission": text}, ensure_ascii=False))
    else:
        print(text or "No mission written yet. Write one with: shiftmate mission set \"…\"")
    return 0


def _cmd_tip(args, location: DataLocation) -> int:
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.mission.tips import tip_for_now
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        tip = tip_for_now(store, SystemClock())
    if args.json:
        print(json.dumps(tip.to_dict() if tip else {"tip": None, "source": None, "id": None},
                         ensure_ascii=False))
    else:
        print(tip.text if tip else "Tips are off (or all hidden). Turn them on in Settings ▸ Tips.")
    return 0
