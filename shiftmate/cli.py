"""The `shiftmate` command: argparse sub-commands over the core.

With no command it starts the window. Exit codes: 0 success, 1 failure at run time,
2 bad input or usage. Every error is one line on stderr; a traceback only with --debug.
Commands that do not draw never import PySide6.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from shiftmate import __version__, cli_checklists, cli_insights, cli_journal, cli_packs, cli_privacy, cli_shifts
from shiftmate.cli_types import whole_number
from shiftmate.core.errors import BadInput, ShiftMateError
from shiftmate.core.i18n import language_code
from shiftmate.core.paths import DataLocation, resolve_data_location

PROG = "shiftmate"


class UsageError(BadInput):
    """The command line itself could not be understood."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, raised instead of printed."""

    def error(self, message: str):  # noqa: D401 - argparse's name
        raise UsageError(f"{message} (see '{self.prog} --help').")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1100x720") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"'{text}' is outside 320x240 … 7680x4320")
    return width, height


_positive_int = whole_number(0)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="ShiftMate: pre-shift checklists, break reminders and a private "
        "reflection journal for people who serve customers. Without a command, "
        "the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use DIR for all data instead of the usual folder (also SHIFTMATE_DATA_DIR)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug messages")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language for this start: en or es (default: Settings, else the "
        "system's); the command line itself speaks English",
    )
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation on a temporary data folder, then exit")
    cli_privacy.add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    doctor = commands.add_parser(
        "doctor", help="check the database and show where everything is",
        description="Check the database and show where everything is. Exits 1 when "
        "the database fails its check.",
    )
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.set_defaults(handler=_cmd_doctor)

    shot = commands.add_parser(
        "screenshot", help="render every screen of the window to PNG files",
        description="Render every screen of the window to PNG files in OUTDIR "
        "(offscreen, one file per screen), then exit.",
    )
    shot.add_argument("outdir", metavar="OUTDIR", type=Path)
    shot.add_argument("--theme", choices=("light", "dark"), default="light")
    shot.add_argument("--size", type=_size, default=(1100, 720), metavar="WxH",
                      help="window size in pixels (default 1100x720)")
    shot.set_defaults(handler=_cmd_screenshot)

    demo = commands.add_parser(
        "demo-data", help="fill an empty data folder with realistic demo data",
        description="Fill an empty data folder with realistic synthetic data for "
        "screenshots, demos and benchmarks. Refuses a folder that holds your own data.",
    )
    demo.add_argument("--days", type=_positive_int, default=90, help="days to cover (default 90)")
    demo.add_argument("--seed", type=_positive_int, default=1, help="random seed (default 1)")
    demo.set_defaults(handler=_cmd_demo_data)

    cli_checklists.add_commands(commands)
    cli_journal.add_commands(commands)
    cli_shifts.add_commands(commands)
    cli_packs.add_commands(commands)
    cli_insights.add_commands(commands)
    cli_privacy.add_commands(commands)
    return parser


def _cmd_doctor(args, location: DataLocation) -> int:
    from shiftmate.core.doctor import doctor_report, format_report

    report = doctor_report(location)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
    if not report["ok"]:
        print(f"{PROG}: {report['problem']}", file=sys.stderr)
        return 1
    return 0


def _cmd_screenshot(args, location: DataLocation) -> int:
    from shiftmate.ui.screenshot import render_screenshots

    for path in render_screenshots(location, args.outdir, theme=args.theme, size=args.size, language=args.lang):
        print(path)
    return 0


def _cmd_demo_data(args, location: DataLocation) -> int:
    from shiftmate.core.demo import fill_demo_data
    from shiftmate.core.store import Store

    store = Store.open(location)
    try:
        written = fill_demo_data(store, days=args.days, seed=args.seed)
    finally:
        store.close()
    total = sum(written.values())
    detail = ", ".join(f"{count} {name}" for name, count in written.items()) or "no records yet"
    print(f"Demo data for {args.days} days written to {location.root}: {total} records ({detail}).")
    return 0


def _cmd_window(args, location: DataLocation) -> int:
    from shiftmate.app import run_app

    return run_app(location, debug=args.debug, language=args.lang)


def _cmd_smoke_test(args, location: DataLocation) -> int:
    from shiftmate.smoke import run_smoke_test

    return run_smoke_test(debug=args.debug)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(cli_privacy.take_passphrase_options(argv))
        if args.lang is not None:
            args.lang = language_code(args.lang)  # an unknown language is bad input (exit 2)
        location = resolve_data_location(args.data_dir)
        handler = _cmd_smoke_test if args.smoke_test else getattr(args, "handler", _cmd_window)
        return handler(args, location)
    except ShiftMateError as exc:
        if debug:
            traceback.print_exc()
        print(f"{PROG}: {_one_line(exc.sentence)}", file=sys.stderr)
        return exc.exit_code
    except SystemExit as exc:  # --help and --version end here
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # the edge: anything unexpected becomes one sentence
        if debug:
            traceback.print_exc()
        print(
            f"{PROG}: unexpected error: {_one_line(exc) or type(exc).__name__} "
            "(run with --debug for details).",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
