"""`shiftmate journal …`: capture, read back, search, delete, export and import from a terminal.

Never imports PySide6, except `journal export --format pdf`, which uses Qt's PDF writer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from shiftmate.cli.arguments import whole_number
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import counted

_CHANNEL_HELP = "in_person, phone, chat, email or other"


def _intensity(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from 0 to 10") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"'{text}' is not between 0 and 10")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-05-31") from None


# SQLite's integers end at 2**63 - 1: a larger id or limit is refused here, in one sentence.
_limit = whole_number(1, 2**63 - 1)
_entry_id = whole_number(1, 2**63 - 1, what="journal entry id")


def add_commands(commands) -> None:
    """Add `journal` and its sub-commands to the top-level sub-parsers."""
    from shiftmate.core.journal.words import CHANNELS

    journal = commands.add_parser(
        "journal", help="your reflection journal: add, list, show, search, delete, export, import",
        description="Your private reflection journal.",
    )
    sub = journal.add_subparsers(dest="journal_command", metavar="SUBCOMMAND", title="sub-commands")
    journal.set_defaults(handler=lambda args, location: _usage(journal))

    add = sub.add_parser("add", help="note a hard (or, with --good, a good) moment; prints the new id",
                         description="Note a hard moment, or with --good a good one (a thank-you, "
                         "praise, a win). The text comes from --text or standard input.")
    add.add_argument("--text", help="what happened (default: read standard input)")
    add.add_argument("--good", action="store_true",
                     help="a good moment: kept out of every count of difficult interactions")
    add.add_argument("--who", default="", help="who it was with (a good moment)")
    add.add_argument("--felt", default="", help="how it felt (a good moment)")
    add.add_argument("--intensity", type=_intensity, help="how intense it is now, 0-10")
    add.add_argument("--after", type=_intensity, help="intensity after reflecting, 0-10")
    add.add_argument("--channel", choices=CHANNELS, help=_CHANNEL_HELP)
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--at", metavar="ISO-8601", help="when it happened (default: now)")
    add.set_defaults(handler=_cmd_add)

    listing = sub.add_parser("list", help="entries, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--kind", choices=("hard", "good"), default="", help="only hard or only good moments")
    listing.add_argument("--limit", type=_limit, default=20, help="at most N entries (default 20)")
    listing.set_defaults(handler=_cmd_list, query="")

    show = sub.add_parser("show", help="every field of one entry")
    show.add_argument("id", type=_entry_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_cmd_show)

    search = sub.add_parser("search", help="full-text search; words may be partly typed")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=_limit, default=20, help="at most N entries (default 20)")
    search.set_defaults(handler=_cmd_list, kind="")

    delete = sub.add_parser("delete", help="delete one entry (needs --yes)")
    delete.add_argument("id", type=_entry_id, metavar="ID")
    delete.add_argument("--yes", action="store_true", help="really delete it")
    delete.set_defaults(handler=_cmd_delete)

    export = sub.add_parser("export", help="write entries as Markdown, JSON, CSV or PDF")
    export.add_argument("--format", choices=("md", "json", "csv", "pdf"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="where to write; - for standard output")
    export.add_argument("--since", type=_date, metavar="DATE", help="first day, YYYY-MM-DD")
    export.add_argument("--until", type=_date, metavar="DATE", help="last day, YYYY-MM-DD")
    export.add_argument("--tag", default="", help="only entries with this tag")
    export.add_argument("--bom", action=argparse.BooleanOptionalAction, default=None,
                        help="start a CSV file with a UTF-8 byte-order mark, so Excel shows accents "
                        "right (default: on for a CSV file, off on standard output)")
    export.set_defaults(handler=_cmd_export)

    imp = sub.add_parser("import", help="import a ShiftMate or jrnl JSON export (all or nothing)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(handler=_cmd_import)

    follow = sub.add_parser("follow-ups", help="open follow-ups: due (today or before) and upcoming")
    follow.add_argument("--json", action="store_true", help="print JSON")
    follow.set_defaults(handler=_cmd_follow_ups)

    share = sub.add_parser(
        "share", help="a short factual summary for your manager, as PDF or text",
        description="A summary of entries marked 'a manager should know': when, where, what happened, "
        "what you did, what you'd like from your manager and what you agreed. Feelings and the other "
        "inner fields are left out unless you --include them.",
    )
    share.add_argument("ids", type=_entry_id, nargs="+", metavar="ID")
    share.add_argument("--format", choices=("pdf", "txt"), required=True)
    share.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="where to write")
    share.add_argument("--include", action="append", default=[], metavar="FIELD",
                       help="also include this field (repeat for more), e.g. feelings or self_talk")
    share.set_defaults(handler=_cmd_share)


def _usage(parser) -> int:
    raise BadInput("journal needs a sub-command: add, list, show, search, delete, export, import, "
                   "follow-ups or share "
                   f"(see '{parser.prog} --help').")


def _open(location, *, read_only: bool = False):
    from shiftmate.core.storage.store import Store

    return Store.open(location, read_only=read_only)


def _cmd_add(args, location) -> int:
    from shiftmate.core.journal.entries import JournalEntry, add_entry

    if args.text is None and sys.stdin.isatty():
        # Typed at a terminal: say what is being waited for, and how to finish.
        end = "Ctrl+Z then Enter" if sys.platform == "win32" else "Ctrl+D"
        print(f"What happened? Type it, then press {end} on a new line to save (Ctrl+C cancels).",
              file=sys.stderr, flush=True)
    text = args.text if args.text is not None else sys.stdin.read()
    if args.good and (args.intensity is not None or args.after is not None):
        raise BadInput("A good moment has no intensity; leave out --intensity and --after with --good.")
    if not args.good and (args.who or args.felt):
        raise BadInput("--who and --felt belong to a good moment; add --good.")
    entry = JournalEntry(
        text=text.rstrip("\n"), intensity_before=args.intensity, intensity_after=args.after,
        channel=args.channel or "", tags=tuple(args.tag), occurred_at=args.at or "",
        kind="good" if args.good else "hard", who=args.who, feelings_note=args.felt,
    )
    with _open(location) as store:
        print(add_entry(store, entry))
    return 0


def _row_dict(row) -> dict:
    return {
        "id": row.id, "occurred_at": row.occurred_at, "tz": row.tz, "channel": row.channel,
        "first_line": row.first_line, "tags": list(row.tags),
        "intensity_before": row.intensity_before, "intensity_after": row.intensity_after,
        "follow_up_open": row.follow_up_open, "kind": row.kind,
    }


def _cmd_list(args, location) -> int:
    # Not core.journal.entries: its records are dataclasses, whose import is most of a search's time.
    from shiftmate.core.journal.search import JournalFilter, list_page
    from shiftmate.core.journal.words import channel_label, local_when

    with _open(location, read_only=True) as store:
        rows = list_page(store, JournalFilter(query=args.query, kind=args.kind), limit=args.limit)
    if args.json:
        print(json.dumps([_row_dict(r) for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No journal entries found." if args.query else "The journal is empty.")
    for r in rows:
        when = local_when(r).strftime("%Y-%m-%d %H:%M")
        change = _intensities(r.intensity_before, r.intensity_after)
        tags = f"  [{', '.join(r.tags)}]" if r.tags else ""
        kind = "good" if r.kind == "good" else "hard"
        print(f"{r.id:>6}  {when}  {kind}  {channel_label(r.channel):<9}  {change:<7}  {r.first_line}{tags}")
    return 0


def _intensities(before, after) -> str:
    if before is None and after is None:
        return ""
    return f"{'' if before is None else before}→{'' if after is None else after}"


def _cmd_show(args, location) -> int:
    from shiftmate.core.journal.entries import get_entry
    from shiftmate.core.journal.exchange import entry_heading, field_lines

    with _open(location, read_only=True) as store:
        entry = get_entry(store, args.id)
    if args.json:
        print(json.dumps(entry.as_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"#{entry.id}  {entry_heading(entry)}")
    print()
    print(entry.text)
    print()
    for label, value in field_lines(entry):
        print(f"{label}: {value}")
    return 0


def _cmd_delete(args, location) -> int:
    from shiftmate.core.journal.entries import delete_entry, get_entry

    with _open(location) as store:
        entry = get_entry(store, args.id)
        if not args.yes:
            raise BadInput(f"Deleting entry {args.id} ({entry.first_line[:40]!r}) cannot be undone "
                           "from the command line; add --yes to delete it.")
        delete_entry(store, args.id)
    print(f"Deleted entry {args.id}.")
    return 0


def _cmd_export(args, location) -> int:
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.journal.exchange import ExportSelection, entries_for_export, export_journal

    if args.since and args.until and args.since > args.until:
        raise BadInput("--since must not be after --until.")
    to_stdout = str(args.output) == "-"
    if to_stdout and args.format == "pdf" and sys.stdout.isatty():
        raise BadInput("A PDF on standard output would fill the terminal with bytes; "
                       "redirect it (> journal.pdf) or give -o FILE.")
    selection = ExportSelection(since=args.since, until=args.until, tag=args.tag,
                                zone=SystemClock().zone_name())
    with _open(location) as store:
        if to_stdout:
            entries = entries_for_export(store, selection)
        elif args.format == "pdf":
            from shiftmate.ui.journal.pdf import write_pdf

            entries = entries_for_export(store, selection)
            write_pdf(entries, args.output)
            count = len(entries)
        else:
            count = export_journal(store, args.output, args.format, selection, bom=args.bom)
    if to_stdout:
        _export_to_stdout(entries, args.format, bom=bool(args.bom))  # the export alone, no message
        return 0
    print(f"Exported {counted(count, 'entry', 'entries')} to {args.output}.")
    return 0


def _export_to_stdout(entries, fmt: str, *, bom: bool = False) -> None:
    """`-o -`: the export on standard output, as bytes when piped, as escaped text on a terminal."""
    if fmt == "pdf":
        from shiftmate.ui.journal.pdf import pdf_bytes

        data = pdf_bytes(entries)
    else:
        from shiftmate.core.journal.exchange import export_bytes, to_csv, to_json, to_markdown

        text = {"md": to_markdown, "json": to_json, "csv": to_csv}[fmt](entries)
        if sys.stdout.isatty():
            sys.stdout.write(text)  # what was imported may hold terminal escapes
            return
        # A pipe feeds another program, which a byte-order mark would surprise: only on --bom.
        data = export_bytes(text, fmt, bom)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _cmd_import(args, location) -> int:
    from shiftmate.core.journal.exchange import import_journal

    with _open(location) as store:
        result = import_journal(store, args.file)
    print(f"Imported {counted(result.added, 'entry', 'entries')} from {args.file} ({result.skipped} already present).")
    return 0


def _cmd_follow_ups(args, location) -> int:
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.journal.follow_ups import due_and_upcoming

    with _open(location, read_only=True) as store:
        due, upcoming = due_and_upcoming(store, SystemClock())
    if args.json:
        print(json.dumps({"due": [f.as_dict() for f in due], "upcoming": [f.as_dict() for f in upcoming]},
                         indent=2, ensure_ascii=False))
        return 0
    if not due and not upcoming:
        print("No open follow-ups.")
    for title, found in (("Due", due), ("Upcoming", upcoming)):
        if found:
            print(f"{title}:")
            for f in found:
                print(f"{f.entry_id:>6}  {f.follow_up_on}  {f.first_line}")
    return 0


def _cmd_share(args, location) -> int:
    from shiftmate.core.journal.entries import get_entry
    from shiftmate.core.journal.exchange import write_atomically
    from shiftmate.core.journal.share import DEFAULT_SHARED, check_fields, check_shareable, share_text

    included = DEFAULT_SHARED | check_fields(args.include)
    with _open(location, read_only=True) as store:
        entries = [get_entry(store, entry_id) for entry_id in dict.fromkeys(args.ids)]
    check_shareable(entries)
    if args.format == "pdf":
        from shiftmate.ui.journal.pdf import write_share_pdf

        write_share_pdf(entries, included, args.output)
    else:
        write_atomically(args.output, share_text(entries, included).encode("utf-8"))
    print(f"Wrote a summary of {counted(len(entries), 'entry', 'entries')} to {args.output}.")
    return 0
