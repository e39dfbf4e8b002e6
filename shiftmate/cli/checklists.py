"""`shiftmate checklist …`: list, show, history, and start/answer runs for scripting."""

from __future__ import annotations

import json

from shiftmate.cli.arguments import whole_number
from shiftmate.core.i18n import counted
from shiftmate.core.storage.paths import DataLocation

# When a checklist is meant to run, in words (the key beside it is often the same slug).
_WHEN_WORDS = {"before-shift": "before a shift", "after-shift": "after a shift", "any-time": "any time"}


def _when(when: str) -> str:
    return "run " + _WHEN_WORDS.get(when, when)


def add_commands(commands) -> None:
    checklist = commands.add_parser(
        "checklist", help="list, show and run checklists",
        description="List, show and run checklists, and see their history.",
    )
    sub = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="list checklists with their sections and items")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    show = sub.add_parser("show", help="show one checklist")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    history = sub.add_parser("history", help="days run, streaks and items most often left open")
    history.add_argument("id", metavar="ID")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=_history)

    start = sub.add_parser("start", help="start (or resume today's) run and print its id")
    start.add_argument("id", metavar="ID")
    start.set_defaults(handler=_start)

    answer = sub.add_parser(
        "answer", help="answer one item of a run",
        description="Answer one item of a run. VALUE: done/clear for checks, yes/no/n/a, "
        "1-5 for ratings, any text for notes ('' clears).",
    )
    answer.add_argument("run_id", metavar="RUN_ID", type=whole_number(1, 2**63 - 1, what="run id"))
    answer.add_argument("item_id", metavar="ITEM_ID")
    answer.add_argument("value", metavar="VALUE")
    answer.set_defaults(handler=_answer)


def _print_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _list(args, location: DataLocation) -> int:
    from shiftmate.core.checklists.library import ChecklistLibrary
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        checklists = ChecklistLibrary(store).list()
    if args.json:
        _print_json([c.to_dict() for c in checklists])
        return 0
    if not checklists:
        print("No checklists.")
    for c in checklists:
        print(f"{c.key:<20} {c.title}  ({counted(len(c.items), 'item', 'items')}, {_when(c.when)})")
    return 0


def _show(args, location: DataLocation) -> int:
    from shiftmate.core.checklists.library import ChecklistLibrary
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        checklist = ChecklistLibrary(store).get(args.id)
    if args.json:
        _print_json(checklist.to_dict())
        return 0
    print(f"{checklist.title} [{checklist.key}], {_when(checklist.when)}")
    for section in checklist.sections:
        print(f"\n  {section.title}")
        for item in section.items:
            flags = "".join(["*" if item.required else "", " (locked)" if item.locked else ""])
            print(f"    - {item.text}{flags}   [{item.key}, {item.kind}]")
    return 0


def _history(args, location: DataLocation) -> int:
    from shiftmate.core.checklists.runs import ChecklistRuns
    from shiftmate.core.checklists.library import ChecklistLibrary
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        ChecklistLibrary(store).get(args.id)  # a clear error for an unknown id
        history = ChecklistRuns(store).history(args.id)
    if args.json:
        _print_json(history.to_dict())
        return 0
    complete = sum(1 for s in history.days.values() if s == "complete")
    print(f"{args.id}: run on {counted(len(history.days), 'day', 'days')} ({complete} complete), "
          f"current streak {history.current_streak}, best {history.best_streak}")
    for key, text, times in history.most_often_open:
        print(f"  left open {times}x: {text} [{key}]")
    return 0


def _start(args, location: DataLocation) -> int:
    from shiftmate.core.checklists.runs import ChecklistRuns
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        print(ChecklistRuns(store).start_or_resume(args.id))
    return 0


def _answer(args, location: DataLocation) -> int:
    from shiftmate.core.checklists.runs import ChecklistRuns
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        runs = ChecklistRuns(store)
        runs.answer(args.run_id, args.item_id, args.value)
        run = runs.get(args.run_id)
    print(f"Run {run.id}: {run.answered_count} of {len(run.answerable)} answered"
          f"{'' if run.complete else ', not complete yet'}.")
    return 0
