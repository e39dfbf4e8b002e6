"""`shiftmate phrases …`: the "What to say" card in a terminal, and the worker's own lines.

`phrases [--json]` prints the card: the steps in order, each line with its source (built-in,
mine, or the id of the manager's pack that brought it), then who to call and the store's
policy. `phrases add STEP TEXT`, `phrases hide ID` and `phrases restore ID` change it (the
ids are in `--json`). No Qt here; the lines are the window's English.
"""

from __future__ import annotations

import json

from shiftmate.core.moment.builtin import STEP_KEYS


def add_commands(commands) -> None:
    phrases = commands.add_parser(
        "phrases", help="print the \"What to say\" card; add or hide your own lines",
        description="Print the \"What to say\" card: its steps in order, each line with where "
        "it comes from (built-in, mine, or a manager's pack id).",
    )
    phrases.add_argument("--json", action="store_true", help="print JSON")
    sub = phrases.add_subparsers(dest="phrases_command", metavar="SUBCOMMAND", title="sub-commands")
    phrases.set_defaults(handler=_cmd_show)

    add = sub.add_parser("add", help="add a line of your own to a step; prints its id")
    add.add_argument("step", choices=STEP_KEYS, metavar="STEP", help=", ".join(STEP_KEYS))
    add.add_argument("text", metavar="TEXT")
    add.set_defaults(handler=_cmd_add)

    hide = sub.add_parser("hide", help="hide a line from the card (ID as in --json)")
    hide.add_argument("line_id", metavar="ID")
    hide.set_defaults(handler=_cmd_hide)

    restore = sub.add_parser("restore", help="show a hidden line again; a built-in line as shipped")
    restore.add_argument("line_id", metavar="ID")
    restore.set_defaults(handler=_cmd_restore)


def _open(location, *, read_only: bool = False):
    from shiftmate.core.storage.store import Store

    return Store.open(location, read_only=read_only)


def format_card(card) -> str:
    out = []
    for number, step in enumerate(card.steps, 1):
        out.append(f"{number}. {step.title} ({step.key})")
        out.extend(f"   - {line.text}  [{line.source}]" for line in step.lines)
        out.append("")
    if card.contacts:
        out.append("Who to call")
        out.extend(f"   - {c.name}: {c.how}" + (f" (when: {c.when})" if c.when else "") + f"  [{c.source}]"
                   for c in card.contacts)
        out.append("")
    if card.policy:
        out.append("Where the line is")
        for policy in card.policy:
            out.append(f"   - {policy.line}  [{policy.source}]")
            out.extend(f"     exception: {text}" for text in policy.exceptions)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _cmd_show(args, location) -> int:
    from shiftmate.core.moment.card import read_whole_card

    with _open(location) as store:
        card = read_whole_card(store)
    if args.json:
        data = card.to_dict()
        for step, shown in zip(card.steps, data["steps"]):
            for line, row in zip(step.lines, shown["lines"]):
                row["id"] = line.id
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_card(card), end="")
    return 0


def _cmd_add(args, location) -> int:
    from shiftmate.core.moment.lines import add_line

    with _open(location) as store:
        print(add_line(store, args.step, args.text))
    return 0


def _cmd_hide(args, location) -> int:
    from shiftmate.core.moment.lines import set_hidden

    with _open(location) as store:
        set_hidden(store, args.line_id, True)
    return 0


def _cmd_restore(args, location) -> int:
    from shiftmate.core.moment.lines import restore_line, set_hidden

    with _open(location) as store:
        if args.line_id.startswith("builtin:"):
            restore_line(store, args.line_id)
        else:
            set_hidden(store, args.line_id, False)
    return 0
