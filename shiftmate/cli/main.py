"""The `shiftmate` command: argparse sub-commands over the core.

With no command it starts the window. Exit codes: 0 success, 1 failure at run time,
2 bad input or usage, and 141, silently, when the program reading the output went away
(as for any tool ended by SIGPIPE). Every error is one line on stderr; a traceback only
with --debug. Global options may come before or after the command. Control characters in
anything printed are shown escaped. Commands that do not draw never import PySide6. Each command's module is imported only
when the full parser is built, which opening the window does not need.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shiftmate import __version__
from shiftmate.cli import privacy as cli_privacy
from shiftmate.cli.arguments import TerminalText, whole_number
from shiftmate.core.errors import BadInput, ShiftMateError
from shiftmate.core.i18n import counted, language_code
from shiftmate.core.storage.paths import DataLocation, resolve_data_location

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


_TEXT_SIZES = (100, 125, 150, 175, 200)  # as shiftmate.ui.widgets.scaling.TEXT_SIZES (not imported: no Qt here)


def _text_size(text: str) -> int:
    value = text.strip().rstrip("%")
    if not value.isdigit() or int(value) not in _TEXT_SIZES:
        raise argparse.ArgumentTypeError(f"'{text}' is not one of {', '.join(map(str, _TEXT_SIZES))}")
    return int(value)


_positive_int = whole_number(0)


def _add_global_options(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    # After a command (`journal list --data-dir D`) an option the person left out must not
    # overwrite the one given before the command: there its default is "not given at all".
    unset = {"default": argparse.SUPPRESS} if after_command else {}
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use DIR for all data instead of the usual folder (also SHIFTMATE_DATA_DIR)",
        **unset,
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug messages", **unset)
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language for this start: en or es (default: Settings, else the "
        "system's); the command line itself speaks English",
        **unset,
    )
    if after_command:
        return
    parser.add_argument("--minimized", action="store_true",
                        help="start quietly: in the tray with no window shown (minimised where the "
                        "desktop has no tray); reminders run as usual. The log-in entry uses it")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation on a temporary data folder, then exit")
    cli_privacy.add_global_options(parser)


def _global_options_after_commands(parser: argparse.ArgumentParser) -> None:
    """Let every command and sub-command take the global options too, as git and restic do."""
    for action in parser._actions:  # argparse keeps its sub-parsers here and nowhere public
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # aliases share one parser
                if "--data-dir" not in sub._option_string_actions:
                    _add_global_options(sub, after_command=True)
                _global_options_after_commands(sub)


# Which module adds each command (in the order --help lists them); "" is this module.
_COMMAND_MODULES = {
    "doctor": "", "screenshot": "", "demo-data": "",
    "checklist": "checklists", "journal": "journal", "shift": "shifts",
    "breaks": "shifts", "reminders": "shifts", "roster": "roster", "pack": "packs", "insights": "insights",
    "passphrase": "privacy", "backup": "privacy", "backups": "privacy",
    "restore": "privacy", "phrases": "moment", "mission": "mission", "tip": "mission",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or (given ``command``) of that command alone.

    argparse builds each sub-parser eagerly (and looks up translations for every one), so
    parsing one command line with all of them costs more than the command's own work.
    """
    parser = _Parser(
        prog=PROG,
        description="ShiftMate: pre-shift checklists, break reminders and a private "
        "reflection journal for people who serve customers. Without a command, "
        "the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help="show the version and exit; with --verbose, also Python, Qt, SQLite, "
                        "SQLCipher, the system and the folders in use")
    parser.add_argument("--verbose", action="store_true", help="with --version: every version (as doctor)")
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    wanted = _COMMAND_MODULES.get(command) if command else None
    if wanted is None or wanted == "":
        _add_own_commands(commands)
    import importlib

    for name in dict.fromkeys(_COMMAND_MODULES.values()):
        if name and (wanted is None or name == wanted):
            importlib.import_module(f"shiftmate.cli.{name}").add_commands(commands)
    _global_options_after_commands(parser)
    return parser


def _add_own_commands(commands) -> None:
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
    shot.add_argument("--theme", choices=("light", "dark", "high-contrast"), default="light")
    shot.add_argument("--size", type=_size, default=(1100, 720), metavar="WxH",
                      help="window size in pixels (default 1100x720)")
    shot.add_argument("--text-size", type=_text_size, default=100, metavar="PERCENT",
                      help="text size as in Settings ▸ Appearance: 100, 125, 150, 175 or 200 (default 100)")
    shot.set_defaults(handler=_cmd_screenshot)

    demo = commands.add_parser(
        "demo-data", help="fill an empty data folder with realistic demo data",
        description="Fill an empty data folder with realistic synthetic data for "
        "screenshots, demos and benchmarks. Refuses a folder that holds your own data.",
    )
    demo.add_argument("--days", type=_positive_int, default=90, help="days to cover (default 90)")
    demo.add_argument("--seed", type=_positive_int, default=1, help="random seed (default 1)")
    demo.set_defaults(handler=_cmd_demo_data)


def _cmd_doctor(args, location: DataLocation) -> int:
    import json

    from shiftmate.core.storage.doctor import doctor_report, format_report

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
    from shiftmate.screenshot import render_screenshots

    for path in render_screenshots(location, args.outdir, theme=args.theme, size=args.size,
                                   text_size=args.text_size, language=args.lang):
        print(path)
    return 0


def _cmd_demo_data(args, location: DataLocation) -> int:
    from shiftmate.core.demo import fill_demo_data
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        written = fill_demo_data(store, days=args.days, seed=args.seed)
    total = sum(written.values())
    detail = ", ".join(f"{name}: {count}" for name, count in written.items()) or "no records yet"
    print(f"Demo data for {counted(args.days, 'day', 'days')} written to {location.root}: "
          f"{counted(total, 'record', 'records')} ({detail}).")
    return 0


def _cmd_window(args, location: DataLocation) -> int:
    from shiftmate.app import run_app

    return run_app(location, debug=args.debug, language=args.lang, pack_file=getattr(args, "pack_file", None),
                   minimized=getattr(args, "minimized", False))


def _cmd_smoke_test(args, location: DataLocation) -> int:
    from shiftmate.smoke import run_smoke_test

    return run_smoke_test(debug=args.debug)


def _print_versions(argv: list[str]) -> int:
    """``--version --verbose``: the facts of Settings ▸ About, one per line (no Qt imported)."""
    from shiftmate.core.system.diagnostics import debug_facts, format_debug_info

    args, _ = build_parser("doctor").parse_known_args([a for a in argv if a not in ("--version", "--verbose")])
    print(f"{PROG} {__version__}")
    print(format_debug_info(debug_facts(resolve_data_location(args.data_dir).root)), end="")
    return 0


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The parsed command line.

    Opening the window is the common case and its start-up time is felt: when the command
    line holds only global options, they are parsed without building the parsers of every
    command (about as long as the rest of the command line's work). Anything else, --help
    and --version included, goes through the full parser.
    """
    window_only = _Parser(prog=PROG, add_help=False)
    _add_global_options(window_only)
    try:
        args, rest = window_only.parse_known_args(argv)
    except UsageError:
        rest = argv
    if not rest:
        return args
    if len(rest) == 1 and rest[0].lower().endswith(".shiftpack.toml") and rest[0] not in _COMMAND_MODULES:
        # A double-clicked pack (desktop entry %f, a document type): the window opens and
        # shows what the pack holds before importing it.
        args.pack_file = rest[0]
        return args
    # A known command first among the rest: only its parser is needed (its --help and its
    # errors read the same). Anything else gets the whole parser, to list the commands.
    return build_parser(rest[0] if rest[0] in _COMMAND_MODULES else None).parse_args(argv)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: list[str] | None = None) -> int:
    """The ``shiftmate`` console command (and ``python -m shiftmate``)."""
    argv = sys.argv[1:] if argv is None else argv
    if sys.stdout is None or sys.stderr is None:  # started without a console (pythonw, the bundle)
        from shiftmate.console import ensure_standard_streams

        ensure_standard_streams()
    # Whatever a person or a pack typed may hold terminal escapes: every line printed goes
    # out with its control characters shown, never sent raw.
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (TerminalText(stream) for stream in streams)
    try:
        code = _run(argv)
    except BrokenPipeError:
        code = None
    finally:
        sys.stdout, sys.stderr = streams
    return _reader_went_away(streams[0]) if code is None else code


def gui_main(argv: list[str] | None = None) -> int:
    """The ``shiftmate-gui`` command: the same as ``shiftmate``, for the Start menu and log-in.

    Windows starts it with no console window; typed in a terminal it still prints there
    (see shiftmate.console).
    """
    return main(argv)


def _run(argv: list[str]) -> int:
    debug = "--debug" in argv
    location = None
    try:
        if "--version" in argv and "--verbose" in argv:
            return _print_versions(argv)
        args = parse_arguments(cli_privacy.take_passphrase_options(argv))
        if args.lang is not None:
            args.lang = language_code(args.lang)  # an unknown language is bad input (exit 2)
        location = resolve_data_location(args.data_dir)
        handler = _cmd_smoke_test if args.smoke_test else getattr(args, "handler", _cmd_window)
        code = handler(args, location)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        raise  # handled in main, on the real standard output
    except ShiftMateError as exc:
        if debug:
            import traceback

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
            import traceback

            traceback.print_exc()
        if location is not None:
            from shiftmate.core.storage.disk_space import out_of_space
            from shiftmate.core.errors import DiskFull

            if out_of_space(exc, location.root):  # a write that found no room is not a bug
                print(f"{PROG}: {DiskFull(location.root).sentence}", file=sys.stderr)
                return 1
        print(
            f"{PROG}: unexpected error: {_one_line(exc) or type(exc).__name__} "
            "(run with --debug for details).",
            file=sys.stderr,
        )
        return 1


def _reader_went_away(stdout) -> int:
    """The program reading our output stopped (`shiftmate journal list | head -1`).

    Quiet, as a Unix tool is: no message, and the status of a process ended by SIGPIPE.
    Standard output now points at the null device, so Python's own flush at exit finds
    nothing to complain about.
    """
    import os

    if stdout is sys.__stdout__ and stdout is not None:  # not a test's captured output
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass
    return 128 + 13  # 141, as a shell reports a process ended by SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
