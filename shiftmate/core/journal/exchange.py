"""Journal export (Markdown, JSON, CSV) and import (ShiftMate JSON, jrnl's JSON export).

Exports are written atomically: a temporary file in the target folder, flushed to disk,
then renamed over the target, so a crash leaves the old file or the new one, never half.
Imports check the whole file first and write it in one transaction: all or nothing.
Entries already present (same ``uid``) are skipped, so importing twice adds nothing.
PDF lives in the UI (``shiftmate.ui.journal.pdf``) because it uses Qt's PDF writer.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, SystemClock, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.files import read_at_most, refuse_odd_target
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.journal.entries import (
    SELECT_ENTRY,
    JournalEntry,
    _insert,
    _stamp_new,
    about_label,
    channel_label,
    entry_from_row,
    feeling_label,
    kind_label,
    local_when,
    validated,
)
from shiftmate.core.journal.fields import shown_value

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

EXPORT_FORMATS = ("md", "json", "csv", "pdf")
JSON_FORMAT_NAME = "shiftmate-journal"
JSON_FORMAT_VERSION = 1
# A fixed namespace so the same jrnl entry always gets the same uid (re-import skips it).
_JRNL_NAMESPACE = uuid.UUID("8a1f3c2e-5b7d-4e09-9c61-2f0d7e4b6a13")


@dataclass(frozen=True)
class ExportSelection:
    """Which entries to export: local days ``since``..``until`` inclusive, and one tag."""

    since: dt.date | None = None
    until: dt.date | None = None
    tag: str = ""
    zone: str = "UTC"


def entries_for_export(store: Store, selection: ExportSelection = ExportSelection()) -> list[JournalEntry]:
    """Entries oldest first, as a person reads a journal."""
    from shiftmate.core.journal.search import JournalFilter, _where

    clauses, params = _where(
        JournalFilter(since=selection.since, until=selection.until, tag=selection.tag, zone=selection.zone)
    )
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = store.db.execute(f"{SELECT_ENTRY} e {where} ORDER BY e.sort_key", params).fetchall()
    return [entry_from_row(row) for row in rows]


# -- formats ----------------------------------------------------------------------------
def to_json(entries: list[JournalEntry]) -> str:
    """Lossless: every field of every entry, ready for ``import_journal``."""
    document = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "entries": [entry.as_dict() for entry in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "id", "uid", "occurred_at", "tz", "channel", "text", "feelings", "feelings_note",
    "intensity_before", "self_talk", "about", "went_well", "do_differently", "in_control",
    "not_in_control", "manager_should_know", "follow_up", "follow_up_on", "follow_up_done",
    "needs_now", "intensity_after", "tags", "created_at", "updated_at", "reflected_at",
    "kind", "who",
    "perspective", "balanced_thought", "what_i_did", "ask_of_manager", "agreed_next_time",
)


def to_csv(entries: list[JournalEntry]) -> str:
    """One row per entry; lists are joined with "; " and yes/no fields are 1/0."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        data = entry.as_dict()
        row = []
        for name in CSV_COLUMNS:
            value = data[name]
            if isinstance(value, list):
                value = "; ".join(value)
            elif isinstance(value, bool):
                value = int(value)
            elif value is None:
                value = ""
            row.append(_csv_safe(str(value)))
        writer.writerow(row)
    return out.getvalue()


def _csv_safe(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets; a leading ' stops it.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# Field labels of the readable exports (Markdown, PDF), in the window's language; the command
# line writes English. JSON and CSV keep the stable field names.
_MD_LABELS = (
    ("kind", QT_TRANSLATE_NOOP("JournalExport", "Kind")),
    ("who", QT_TRANSLATE_NOOP("JournalExport", "Who")),
    ("feelings", QT_TRANSLATE_NOOP("JournalExport", "Feelings")),
    ("feelings_note", QT_TRANSLATE_NOOP("JournalExport", "More about the feelings")),
    ("intensity_before", QT_TRANSLATE_NOOP("JournalExport", "Intensity before")),
    ("self_talk", QT_TRANSLATE_NOOP("JournalExport", "What I told myself in the moment")),
    ("about", QT_TRANSLATE_NOOP("JournalExport", "About me or about the situation")),
    ("perspective", QT_TRANSLATE_NOOP("JournalExport", "What they might have been dealing with")),
    ("went_well", QT_TRANSLATE_NOOP("JournalExport", "What went well")),
    ("do_differently", QT_TRANSLATE_NOOP("JournalExport", "What I would do differently")),
    ("in_control", QT_TRANSLATE_NOOP("JournalExport", "What was in my control")),
    ("not_in_control", QT_TRANSLATE_NOOP("JournalExport", "What was not in my control")),
    ("balanced_thought", QT_TRANSLATE_NOOP("JournalExport", "A fairer way to see it")),
    ("manager_should_know", QT_TRANSLATE_NOOP("JournalExport", "A manager needs to know")),
    ("what_i_did", QT_TRANSLATE_NOOP("JournalExport", "What I did")),
    ("ask_of_manager", QT_TRANSLATE_NOOP("JournalExport", "What I'd like from my manager")),
    ("agreed_next_time", QT_TRANSLATE_NOOP("JournalExport", "What we agreed for next time")),
    ("follow_up", QT_TRANSLATE_NOOP("JournalExport", "Follow-up needed")),
    ("follow_up_on", QT_TRANSLATE_NOOP("JournalExport", "Follow up on")),
    ("follow_up_done", QT_TRANSLATE_NOOP("JournalExport", "Follow-up done")),
    ("needs_now", QT_TRANSLATE_NOOP("JournalExport", "What I need now")),
    ("intensity_after", QT_TRANSLATE_NOOP("JournalExport", "Intensity after")),
    ("tags", QT_TRANSLATE_NOOP("JournalExport", "Tags")),
)


def _md_escape(text: str) -> str:
    """Text shown as typed in any Markdown viewer: markup characters and HTML are escaped."""
    out = []
    for ch in text:
        if ch in "<>&":
            out.append({"<": "&lt;", ">": "&gt;", "&": "&amp;"}[ch])
        elif ch in "\\`*_[]|~#":
            out.append("\\" + ch)
        else:
            out.append(ch)
    escaped = "".join(out)
    # A line starting like a list item or a numbered list would be reformatted.
    return re.sub(r"^(\s*)([-+]|\d+[.)])", lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], escaped)


def _md_block(text: str) -> list[str]:
    # Each typed line becomes a line ending in a hard break, so line breaks survive.
    return [_md_escape(line) + "  " if line else "" for line in text.splitlines()] or [""]


def entry_heading(entry: JournalEntry) -> str:
    when = local_when(entry).strftime("%Y-%m-%d %H:%M")
    channel = f" · {channel_label(entry.channel)}" if entry.channel else ""
    return f"{when} ({entry.tz}){channel}"


def field_lines(entry: JournalEntry) -> list[tuple[str, str]]:
    """(label, value) for every field that holds something, in reading order."""
    data = entry.as_dict()
    lines = []
    for name, label in _MD_LABELS:
        value = data[name]
        if value in (None, "", [], False) or (name == "kind" and value == "hard"):
            continue  # a hard moment is what an entry is unless it says otherwise
        if isinstance(value, bool):
            value = translate("JournalExport", "yes")
        elif name == "feelings":
            value = ", ".join(feeling_label(feeling) for feeling in value)
        elif name == "about":
            value = about_label(value)
        elif name == "kind":
            value = kind_label(value)
        elif isinstance(value, list):
            value = ", ".join(value)
        lines.append((translate("JournalExport", label), str(value)))
    return lines


def to_markdown(entries: list[JournalEntry]) -> str:
    """A journal a person can read, with every field, not just the text."""
    parts = ["# " + translate("JournalExport", "ShiftMate journal"), ""]
    if not entries:
        parts += [translate("JournalExport", "No entries."), ""]
    for entry in entries:
        parts += [f"## {_md_escape(entry_heading(entry))}", ""]
        parts += ["**" + translate("JournalExport", "What happened") + "**", ""] + _md_block(entry.text) + [""]
        for label, value in field_lines(entry):
            block = _md_block(value)
            if len(block) == 1:
                parts.append(f"- **{label}:** {block[0].rstrip()}")
            else:
                parts += ["", f"**{label}**", ""] + block + [""]
        label = translate("JournalExport", "entry {id}").format(id=entry.id)
        parts += ["", f"<sub>{label} · {entry.uid}</sub>", ""]
    return "\n".join(parts).rstrip("\n") + "\n"


# -- writing files ----------------------------------------------------------------------
def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new, never half."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(f"The folder {folder} does not exist.")
    refuse_odd_target(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BadInput(f"Cannot write to {folder}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    if os.name == "posix":
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


UTF8_BOM = b"\xef\xbb\xbf"


def export_bytes(text: str, fmt: str, bom: bool | None = None) -> bytes:
    """An export's text as UTF-8; CSV starts with a byte-order mark unless ``bom`` is False.

    Excel opens a CSV file without one in the system's legacy code page, which turns every
    accent into two odd characters; with it, Excel (and LibreOffice, and Python's
    ``utf-8-sig``) reads UTF-8. Other formats never get one.
    """
    data = text.encode("utf-8")
    return UTF8_BOM + data if fmt == "csv" and bom is not False else data


def export_journal(
    store: Store, path: Path, fmt: str, selection: ExportSelection = ExportSelection(),
    *, bom: bool | None = None,
) -> int:
    """Write entries as Markdown, JSON or CSV to ``path``; returns how many were written.

    ``bom``: see ``export_bytes`` (on for CSV unless False).
    """
    renderers = {"md": to_markdown, "json": to_json, "csv": to_csv}
    if fmt not in renderers:
        raise BadInput(f"Unknown export format {fmt!r}; use md, json or csv here.")
    entries = entries_for_export(store, selection)
    write_atomically(Path(path), export_bytes(renderers[fmt](entries), fmt, bom))
    return len(entries)


# -- import -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    """How an import went: entries added and entries skipped as already present."""

    added: int
    skipped: int
    source: str  # "shiftmate" or "jrnl"


# Far above any journal a person writes (100,000 long entries are about 200 MB), and a
# bound on what a hostile or mistaken file can make us hold in memory.
MAX_IMPORT_BYTES = 512 * 1024 * 1024


class _NotJsonNumber(ValueError):
    """NaN or Infinity: Python's reader takes them, JSON has no such numbers."""


def _no_constant(name: str):
    raise _NotJsonNumber(f"{name} is not a number JSON allows")


def read_import_file(path: Path) -> dict:
    try:
        data = read_at_most(path, MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise BadInput(f"There is no file {path}.") from None
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise BadInput(f"{path} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB; split it to import it.")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"Cannot read {path}: it is not UTF-8 text (byte {exc.start + 1}).") from None
    try:
        document = json.loads(raw, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{path} is not JSON (line {exc.lineno}: {exc.msg}).") from None
    except RecursionError:
        raise BadInput(f"{path} is not a journal export: it is nested too deeply to read.") from None
    except _NotJsonNumber as exc:
        raise BadInput(f"{path} is not JSON we can read: {exc}.") from None
    except ValueError:  # Python refuses to read a whole number of thousands of digits
        raise BadInput(f"{path} is not JSON we can read: it holds a number thousands of digits long.") from None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise BadInput(f"{path} is neither a ShiftMate journal export nor a jrnl JSON export.")
    return document


def entries_from_document(document: dict, clock: Clock, path: Path) -> tuple[list[JournalEntry], str]:
    """Every entry of an import file, checked; raises ``BadInput`` naming the first bad one."""
    is_ours = document.get("format") == JSON_FORMAT_NAME
    version = document.get("version")
    if is_ours and (isinstance(version, bool) or not isinstance(version, int)):
        raise BadInput(f"{path} has a format version of {shown_value(version)}; a whole number belongs there.")
    if is_ours and version != JSON_FORMAT_VERSION:
        raise BadInput(f"{path} is a journal export from a newer ShiftMate (version {version}).")
    entries = []
    for number, item in enumerate(document["entries"], start=1):
        try:
            if not isinstance(item, dict):
                raise BadInput("it is not an object")
            entry = JournalEntry.from_dict(item) if is_ours else _from_jrnl(item, clock)
            checked = validated(entry, clock)
            if is_ours and not checked.uid:
                raise BadInput("it has no uid")
        except BadInput as exc:
            raise BadInput(f"Entry {number} of {path} cannot be imported: {exc.sentence.rstrip('.')}.") from None
        entries.append(checked)
    return entries, "shiftmate" if is_ours else "jrnl"


def _from_jrnl(item: dict, clock: Clock) -> JournalEntry:
    """One entry of ``jrnl --export json``: date and time are local, tags start with @."""
    if "date" not in item or not ({"title", "body"} & set(item)):
        raise BadInput("it is not a jrnl entry (no date, title or body)")
    for name in ("date", "time", "title", "body"):
        if name in item and not isinstance(item[name], str) and not (name != "date" and item[name] is None):
            raise BadInput(f"its {name} must be text, not {shown_value(item[name])}")
    tags = item.get("tags")
    if tags is not None and (not isinstance(tags, list) or not all(isinstance(t, str) for t in tags)):
        raise BadInput(f"its tags must be a list of texts, not {shown_value(tags)}")
    starred = item.get("starred")
    if starred is not None and not isinstance(starred, bool):
        raise BadInput(f"its starred must be true or false, not {shown_value(starred)}")
    title = (item.get("title") or "").strip()
    body = (item.get("body") or "").strip("\n")
    text = title + ("\n" + body if body.strip() else "")
    time = item.get("time") or "00:00"
    try:
        local = dt.datetime.fromisoformat(f"{item['date']}T{time}")
    except ValueError:
        raise BadInput(f"its date {item['date']!r} {time!r} is not a date and time") from None
    zone = clock.zone_name()
    if local.tzinfo is None:
        local = local.replace(tzinfo=ZoneInfo(zone))
    tags = [t.lstrip("@#") for t in tags or []]
    if starred:
        tags.append("starred")
    seed = json.dumps([item.get("date"), time, title, body], ensure_ascii=False)
    try:
        uid = uuid.uuid5(_JRNL_NAMESPACE, seed).hex
    except UnicodeEncodeError:  # a lone surrogate: escaped, so validation can refuse the text in a sentence
        uid = uuid.uuid5(_JRNL_NAMESPACE, json.dumps([item.get("date"), time, title, body])).hex
    return JournalEntry(
        # Not yet UTC: validated() converts it, refusing a moment off the ends of the calendar.
        text=text, occurred_at=local.isoformat(), tz=zone, tags=tuple(tags), uid="jrnl-" + uid,
    )


def import_journal(store: Store, path: Path, *, clock: Clock | None = None) -> ImportResult:
    """Import a ShiftMate JSON export or a jrnl JSON export, all or nothing."""
    import sqlcipher3

    clock = clock or SystemClock()
    entries, source = entries_from_document(read_import_file(path), clock, Path(path))
    now = to_iso(clock.now())
    added = skipped = 0
    with store.db.atomic():
        for number, entry in enumerate(entries, start=1):
            if entry.uid and store.db.execute(
                "SELECT 1 FROM journal_entries WHERE uid = ?", [entry.uid]
            ).fetchone():
                skipped += 1
                continue
            if entry.id is not None and store.db.execute(
                "SELECT 1 FROM journal_entries WHERE id = ?", [entry.id]
            ).fetchone():
                entry.id = None  # the number is taken by another entry: give it a new one
            try:
                _insert(store, _stamp_new(entry, now))
            except sqlcipher3.IntegrityError:
                # Two entries in the same second whose ids agree in their low 24 bits share a
                # place in the time index; the transaction is undone, so nothing is written.
                raise BadInput(f"Entry {number} of {path} cannot be imported: another entry holds its "
                               "place in the journal (same second, clashing id); remove its id and try again.") from None
            added += 1
    return ImportResult(added, skipped, source)
