"""Checklist packs: the hand-editable `.shiftpack.toml` format, read and validated.

The built-in checklists ship as a pack and are loaded through this same code, so the format
a manager writes is the format the app itself relies on. Validation collects every problem
with the field path where it was found (``checklist[2].section[1].item[4].kind``), so a
person can fix a file in one pass. Unknown keys are warnings, so newer packs still load.
Schema 2 adds the store's own information (``core.packs.store_format``); a schema 1 file
reads exactly as before, and one holding a schema 2 section is refused saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from shiftmate.core.packs.builtin_version import BUILTIN_PACK_ID  # noqa: F401 - its home for packs
from shiftmate.core.errors import BadInput
from shiftmate.core.files import read_at_most
from shiftmate.core.packs import store_format
from shiftmate.core.packs.store_format import (
    ContactTemplate,
    PhraseTemplate,
    PolicyTemplate,
    parse_store_info,
)

SCHEMA_VERSION = 2  # 2 added [[contact]], [[phrase]] and [policy]; schema 1 files read as before
# The steps of the "What to say" card a [[phrase]] may name, in the card's order (one constant,
# kept in store_format beside the rest of the store information; import it from here).
PHRASE_STEPS = store_format.PHRASE_STEPS
KINDS = ("check", "yes-no", "rating", "note", "instruction")
WHENS = ("before-shift", "after-shift", "any-time")

MAX_FILE_BYTES = 1024 * 1024
MAX_CHECKLISTS = 50
MAX_SECTIONS = 50
MAX_ITEMS_PER_CHECKLIST = 300
MAX_TITLE = 120
MAX_TEXT = 300
MAX_HELP = 1000
MAX_DESCRIPTION = 2000
ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$")
ID_RULE = "must be 1–64 characters of a-z, 0-9, '.', '_' or '-', starting and ending with a letter or digit"
# ShiftMate's own checklists ship as the pack "shiftmate.builtin"; a pack file claiming that
# id (or any id in the app's namespace) would replace or archive them.
RESERVED_PREFIX = "shiftmate."
# BUILTIN_PACK_ID ("shiftmate.builtin") is imported above from core/packs/builtin_version.py.


def is_reserved_id(pack_id: str) -> bool:
    """Whether ``pack_id`` belongs to ShiftMate itself (its built-in pack and the like)."""
    return pack_id.startswith(RESERVED_PREFIX)


@dataclass(frozen=True)
class ItemTemplate:
    """One item as a pack or the editor defines it."""

    key: str
    text: str
    kind: str = "check"
    help: str = ""
    required: bool = False
    locked: bool = False


@dataclass(frozen=True)
class SectionTemplate:
    key: str
    title: str
    items: tuple[ItemTemplate, ...] = ()


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str
    title: str
    when: str = "any-time"
    sections: tuple[SectionTemplate, ...] = ()

    @property
    def item_count(self) -> int:
        return sum(len(section.items) for section in self.sections)


@dataclass(frozen=True)
class Pack:
    """A validated pack file."""

    id: str
    version: int
    title: str
    checklists: tuple[ChecklistTemplate, ...]
    organization: str = ""
    contacts: tuple[ContactTemplate, ...] = ()
    phrases: tuple[PhraseTemplate, ...] = ()
    policy: PolicyTemplate | None = None
    author: str = ""
    description: str = ""
    schema: int = SCHEMA_VERSION
    sha256: str = ""
    source: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def item_count(self) -> int:
        return sum(checklist.item_count for checklist in self.checklists)

    @property
    def has_store_info(self) -> bool:
        return bool(self.contacts or self.phrases or self.policy)


@dataclass
class PackProblem:
    """One thing wrong with a pack file, located as precisely as the format allows."""

    source: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PackInvalid(BadInput):
    """A pack file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


def _did_you_mean(key: str, known: set[str]) -> str:
    """"; did you mean `locked`?" for a key one slip away from a known one, else ""."""
    import difflib

    by_lower = {name.lower(): name for name in known}
    close = difflib.get_close_matches(str(key).lower(), sorted(by_lower), n=1, cutoff=0.75)
    return f"; did you mean `{by_lower[close[0]]}`?" if close else ""


@dataclass
class _Checker:
    source: str
    problems: list[PackProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def problem(self, path: str, message: str) -> None:
        self.problems.append(PackProblem(self.source, path, message))

    def warn_unknown(self, table: dict, known: set[str], path: str) -> None:
        for key in table:
            if key not in known:
                # A quoted TOML key can hold anything, terminal escape sequences included.
                shown = key if key.isprintable() else repr(key)
                where = f"{path}.{shown}" if path else shown
                self.warnings.append(f"{self.source}: {where}: unknown key, ignored{_did_you_mean(key, known)}")

    def text(self, table: dict, key: str, path: str, *, limit: int, required: bool = True) -> str:
        where = f"{path}.{key}" if path else key
        value = table.get(key)
        if value is None:
            if required:
                self.problem(where, "is missing")
            return ""
        if not isinstance(value, str):
            self.problem(where, "must be text")
            return ""
        if required and not value.strip():
            self.problem(where, "must not be empty")
        if len(value) > limit:
            self.problem(where, f"is {len(value)} characters long; the limit is {limit}")
        # C0 and C1 controls and DEL (U+0080–U+009F include an 8-bit terminal escape).
        if any((ord(ch) < 32 or 127 <= ord(ch) < 160) and ch not in "\t\n" for ch in value):
            self.problem(where, "contains control characters")
        return value.strip()

    def ident(self, table: dict, key: str, path: str) -> str:
        where = f"{path}.{key}" if path else key
        value = table.get(key)
        if value is None:
            self.problem(where, "is missing")
            return ""
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.problem(where, ID_RULE)
            return ""
        return value

    def flag(self, table: dict, key: str, path: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{path}.{key}", "must be true or false")
            return False
        return value

    def tables(self, table: dict, key: str, path: str, *, limit: int) -> list[dict]:
        value = table.get(key, [])
        where = f"{path}.{key}" if path else key
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(where, f"must be a list of [[{key}]] tables")
            return []
        if len(value) > limit:
            self.problem(where, f"has {len(value)} entries; the limit is {limit}")
            return value[:limit]
        return value


def parse_pack(text: str, source: str = "<pack>", *, builtin: bool = False) -> Pack:
    """Validate ``text`` as a pack; raise PackInvalid listing every problem.

    Ids starting with ``shiftmate.`` are refused unless ``builtin`` (ShiftMate's own pack).
    """
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        raise PackInvalid([PackProblem(source, "", "is not UTF-8 text")]) from None
    if len(encoded) > MAX_FILE_BYTES:
        raise PackInvalid([PackProblem(source, "", f"is larger than {MAX_FILE_BYTES // 1024} KiB")])
    import tomllib  # here rather than at the top: opening the database imports this module

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        message = str(getattr(exc, "msg", exc))
        if line is None:  # before Python 3.14 the line is only in the message
            found = re.search(r"\(at line (\d+), column \d+\)$", message)
            line = int(found.group(1)) if found else None
            message = message[:found.start()].rstrip() if found else message
            if message.endswith("(at end of document)"):
                line = text.rstrip("\n").count("\n") + 1
                message = message.removesuffix("(at end of document)").rstrip() + " at the end of the file"
        where = f" on line {line}" if line else ""
        raise PackInvalid([PackProblem(source, "", f"not valid TOML{where}: {message}", line)]) from None
    except RecursionError:
        # A hostile file can nest arrays deeper than the TOML reader can follow.
        raise PackInvalid([PackProblem(source, "", "not valid TOML: nested too deeply")]) from None
    check = _Checker(source)
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        check.problem("schema", f"must be a whole number (1 or {SCHEMA_VERSION} for this format)")
    elif schema > SCHEMA_VERSION:
        raise PackInvalid([PackProblem(
            source, "schema",
            f"is {schema}: this pack was made for a newer ShiftMate (this one reads schema {SCHEMA_VERSION})",
            _line_of("schema", field_lines(text)),
        )])
    check.warn_unknown(data, {"schema", "id", "version", "title", "organization", "author",
                              "description", "checklist", "contact", "phrase", "policy"}, "")
    pack_id = check.ident(data, "id", "")
    if pack_id and is_reserved_id(pack_id) and not builtin:
        check.problem("id", f"'{pack_id}' is reserved for ShiftMate's own checklists (no pack id may start "
                            f"with '{RESERVED_PREFIX}'); choose an id of your own, such as 'acme.store'")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 1_000_000:
        check.problem("version", "must be a whole number from 1 to 1000000")
        version = 0
    title = check.text(data, "title", "", limit=MAX_TITLE)
    organization = check.text(data, "organization", "", limit=MAX_TITLE, required=False)
    author = check.text(data, "author", "", limit=MAX_TITLE, required=False)
    description = check.text(data, "description", "", limit=MAX_DESCRIPTION, required=False)

    checklists = []
    raw_checklists = check.tables(data, "checklist", "", limit=MAX_CHECKLISTS)
    store_info = parse_store_info(check, data, schema)
    if not raw_checklists and not check.problems and not (
            store_info.contacts or store_info.phrases or store_info.policy):
        check.problem("checklist", "a pack needs at least one [[checklist]]"
                      if schema == 1 else "a pack needs at least one [[checklist]], [[contact]], [[phrase]] or [policy]")
    seen_checklists: set[str] = set()
    for c_index, raw in enumerate(raw_checklists, start=1):
        checklists.append(_parse_checklist(check, raw, f"checklist[{c_index}]", seen_checklists))
    if check.problems:
        lines = field_lines(text)
        for problem in check.problems:
            problem.line = problem.line or _line_of(problem.field, lines)
        raise PackInvalid(check.problems)
    return Pack(
        id=pack_id, version=version, title=title, organization=organization, author=author,
        description=description, checklists=tuple(checklists), schema=schema,
        contacts=store_info.contacts, phrases=store_info.phrases, policy=store_info.policy,
        sha256=_sha256(text), source=source,
        warnings=tuple(check.warnings),
    )


_HEADER = re.compile(r"^\[\[\s*(checklist(?:\s*\.\s*section(?:\s*\.\s*item)?)?)\s*\]\]")
_STORE_HEADER = re.compile(r"^(?:\[\[\s*(contact|phrase)\s*\]\]|\[\s*(policy)\s*\])")
_KEY = re.compile(r"^([A-Za-z0-9_-]+)\s*=")


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def field_lines(text: str) -> dict[str, int]:
    """Line numbers of field paths (``checklist[2].section[1].item[4].kind``) as written.

    Only the usual hand-written layout ([[checklist]] headers, one key per line) is found;
    anything else falls back to the nearest enclosing table in ``_line_of``.
    """
    found: dict[str, int] = {}
    c = s = i = 0
    store_counts = {"contact": 0, "phrase": 0}
    prefix = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = _HEADER.match(stripped)
        if header:
            depth = header.group(1).count(".")
            if depth == 0:
                c, s, i = c + 1, 0, 0
                prefix = f"checklist[{c}]"
            elif depth == 1:
                s, i = s + 1, 0
                prefix = f"checklist[{c}].section[{s}]"
            else:
                i += 1
                prefix = f"checklist[{c}].section[{s}].item[{i}]"
            found.setdefault(prefix, number)
            continue
        store = _STORE_HEADER.match(stripped)
        if store:
            if store.group(2):
                prefix = "policy"
            else:
                store_counts[store.group(1)] += 1
                prefix = f"{store.group(1)}[{store_counts[store.group(1)]}]"
            found.setdefault(prefix, number)
            continue
        if stripped.startswith("["):
            prefix = "?"  # some other table: its keys are not pack fields
            continue
        key = _KEY.match(stripped)
        if key and prefix != "?":
            found.setdefault(f"{prefix}.{key.group(1)}" if prefix else key.group(1), number)
    return found


def _line_of(path: str, lines: dict[str, int]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        # policy.exceptions[3] is on the line of policy.exceptions (when the list is on one line)
        indexed = re.fullmatch(r"(.+)\[\d+\]", path)
        path = indexed.group(1) if indexed else path.rpartition(".")[0]
    return None


def _parse_checklist(check: _Checker, raw: dict, path: str, seen: set[str]) -> ChecklistTemplate:
    check.warn_unknown(raw, {"id", "title", "when", "section"}, path)
    key = check.ident(raw, "id", path)
    if key and key in seen:
        check.problem(f"{path}.id", f"'{key}' is used by another checklist in this pack")
    seen.add(key)
    title = check.text(raw, "title", path, limit=MAX_TITLE)
    when = raw.get("when", "any-time")
    if when not in WHENS:
        check.problem(f"{path}.when", f"must be one of {', '.join(WHENS)}")
    sections = []
    item_keys: set[str] = set()
    section_keys: set[str] = set()
    raw_sections = check.tables(raw, "section", path, limit=MAX_SECTIONS)
    if not raw_sections:
        check.problem(f"{path}.section", "a checklist needs at least one [[checklist.section]]")
    total_items = 0
    for s_index, raw_section in enumerate(raw_sections, start=1):
        s_path = f"{path}.section[{s_index}]"
        check.warn_unknown(raw_section, {"id", "title", "item"}, s_path)
        s_title = check.text(raw_section, "title", s_path, limit=MAX_TITLE)
        s_key = check.ident(raw_section, "id", s_path) if "id" in raw_section else slugify(s_title)
        if s_key in section_keys:
            check.problem(f"{s_path}.id", f"'{s_key}' is used by another section of this checklist")
        section_keys.add(s_key)
        items = []
        for i_index, raw_item in enumerate(check.tables(raw_section, "item", s_path, limit=MAX_ITEMS_PER_CHECKLIST), start=1):
            total_items += 1
            items.append(_parse_item(check, raw_item, f"{s_path}.item[{i_index}]", item_keys))
        sections.append(SectionTemplate(s_key, s_title, tuple(items)))
    if total_items > MAX_ITEMS_PER_CHECKLIST:
        check.problem(path, f"has {total_items} items; the limit is {MAX_ITEMS_PER_CHECKLIST}")
    return ChecklistTemplate(key, title, when if when in WHENS else "any-time", tuple(sections))


def _parse_item(check: _Checker, raw: dict, path: str, seen: set[str]) -> ItemTemplate:
    check.warn_unknown(raw, {"id", "text", "kind", "help", "required", "locked"}, path)
    key = check.ident(raw, "id", path)
    if key and key in seen:
        check.problem(f"{path}.id", f"'{key}' is used by another item of this checklist")
    seen.add(key)
    text = check.text(raw, "text", path, limit=MAX_TEXT)
    kind = raw.get("kind", "check")
    if kind not in KINDS:
        check.problem(f"{path}.kind", f"must be one of {', '.join(KINDS)}")
        kind = "check"
    help_text = check.text(raw, "help", path, limit=MAX_HELP, required=False)
    required = check.flag(raw, "required", path)
    if required and kind == "instruction":
        check.problem(f"{path}.required", "an instruction has nothing to answer, so it cannot be required")
    locked = check.flag(raw, "locked", path)
    return ItemTemplate(key, text, kind, help_text, required, locked)


def load_pack(path: Path, *, builtin: bool = False) -> Pack:
    """Read and validate a pack file; every failure is a PackInvalid naming the file.

    Only a regular file is read (never a pipe or a device), and at most one byte past the
    size limit. ``builtin`` is for ShiftMate's own pack, the one allowed a reserved id.
    """
    path = Path(path)
    source = str(path)
    try:
        raw = read_at_most(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise PackInvalid([PackProblem(source, "", f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise PackInvalid([PackProblem(source, "", f"is larger than {MAX_FILE_BYTES // 1024} KiB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackInvalid([PackProblem(source, "", "is not UTF-8 text")]) from None
    return parse_pack(text.removeprefix("\ufeff"), source, builtin=builtin)


def slugify(text: str, fallback: str = "item") -> str:
    """A safe id from free text: 'Ready to serve!' -> 'ready-to-serve'."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return slug or fallback
