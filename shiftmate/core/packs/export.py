"""Writing checklists out as a `.shiftpack.toml` pack a manager can hand out.

The TOML is written here (no extra dependency) with every string escaped, and the result is
read back through ``parse_pack`` before it is returned, so an export is never a file the
import would refuse. The last export is remembered in settings to propose the next version.

The store information of the installed packs (who to call, lines for the "What to say" card,
the policy) goes with the checklists unless left out: every pack's contacts and phrases in
install order, and the first pack's policy (a pack holds one). A pack with none of it is
written as schema 1, so an older ShiftMate still reads a plain export.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from shiftmate.core.checklists.library import Checklist, ChecklistLibrary
from shiftmate.core.errors import BadInput
from shiftmate.core.files import refuse_odd_target
from shiftmate.core.packs.format import ID_PATTERN, ID_RULE, Pack, parse_pack, slugify
from shiftmate.core.packs.store_format import (
    STORE_INFO_SCHEMA,
    ContactTemplate,
    PhraseTemplate,
    PolicyTemplate,
    StoreInfo,
)
from shiftmate.core.storage.settings import JSON, NUMBER, Setting

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

# The last export's id, title and organization, and each exported pack's last version
# (one setting per pack id: ``EXPORTED_VERSION.item(pack_id)``).
LAST_EXPORT = Setting("packs.last_export", JSON, {}, check=lambda value: isinstance(value, dict))
EXPORTED_VERSION = Setting("packs.exported_version.", NUMBER, 0)

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(value: str) -> str:
    """A TOML basic string holding exactly ``value`` (control characters escaped)."""
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _safe_id(value: str, fallback: str, taken: set[str]) -> str:
    base = value if ID_PATTERN.match(value or "") else slugify(value or "", fallback)[:56].strip("-") or fallback
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base[:56]}-{n}"
    taken.add(key)
    return key


def pack_text(checklists: list[Checklist], *, pack_id: str, title: str, version: int,
              organization: str = "", lock: bool = False, store_info: StoreInfo | None = None) -> str:
    """The pack file for ``checklists``; ``lock`` locks every item for the workers."""
    info = store_info or StoreInfo()
    has_info = bool(info.contacts or info.phrases or info.policy)
    lines = [
        "# A ShiftMate checklist pack. Edit it in any text editor; check it with",
        "#   shiftmate pack validate FILE",
        f"schema = {STORE_INFO_SCHEMA if has_info else 1}",
        f"id = {toml_string(pack_id)}",
        f"version = {version}",
        f"title = {toml_string(title)}",
    ]
    if organization:
        lines.append(f"organization = {toml_string(organization)}")
    checklist_ids: set[str] = set()
    for checklist in checklists:
        lines += ["", "[[checklist]]",
                  f"id = {toml_string(_safe_id(checklist.key, 'checklist', checklist_ids))}",
                  f"title = {toml_string(checklist.title)}",
                  f"when = {toml_string(checklist.when)}"]
        section_ids: set[str] = set()
        item_ids: set[str] = set()
        for section in checklist.sections:
            lines += ["", "  [[checklist.section]]",
                      f"  id = {toml_string(_safe_id(section.key, 'section', section_ids))}",
                      f"  title = {toml_string(section.title)}"]
            for item in section.items:
                lines += ["", "    [[checklist.section.item]]",
                          f"    id = {toml_string(_safe_id(item.key, 'item', item_ids))}",
                          f"    text = {toml_string(item.text)}",
                          f"    kind = {toml_string(item.kind)}"]
                if item.required and item.kind != "instruction":
                    lines.append("    required = true")
                if item.locked or lock:
                    lines.append("    locked = true")
                if item.help:
                    lines.append(f"    help = {toml_string(item.help)}")
    return "\n".join(lines + _store_info_lines(info)) + "\n"


def _store_info_lines(info: StoreInfo) -> list[str]:
    lines = []
    for contact in info.contacts:
        lines += ["", "[[contact]]", f"name = {toml_string(contact.name)}", f"how = {toml_string(contact.how)}"]
        if contact.when:
            lines.append(f"when = {toml_string(contact.when)}")
    for phrase in info.phrases:
        lines += ["", "[[phrase]]", f"step = {toml_string(phrase.step)}", f"text = {toml_string(phrase.text)}"]
    if info.policy is not None:
        lines += ["", "[policy]", f"line = {toml_string(info.policy.line)}",
                  "exceptions = [" + ", ".join(toml_string(e) for e in info.policy.exceptions) + "]"]
    return lines


def installed_store_info(store: Store) -> StoreInfo:
    """What the installed packs say about the store, as an export writes it."""
    from shiftmate.core.packs.store_info import pack_contacts, pack_phrases, pack_policies

    policies = pack_policies(store.db)
    return StoreInfo(
        tuple(ContactTemplate(c.name, c.how, c.when) for c in pack_contacts(store.db)),
        tuple(PhraseTemplate(p.step, p.text) for p in pack_phrases(store.db)),
        PolicyTemplate(policies[0].line, policies[0].exceptions) if policies else None,
    )


def proposed_export(store: Store) -> dict:
    """What the export dialog proposes: the last pack's id, title and organization, next version."""
    last = store.read(LAST_EXPORT)
    pack_id = str(last.get("id", ""))
    return {
        "id": pack_id, "title": str(last.get("title", "")),
        "organization": str(last.get("organization", "")),
        "version": next_version(store, pack_id) if pack_id else 1,
    }


def next_version(store: Store, pack_id: str) -> int:
    """1 for a pack never exported from here, else one more than the last export."""
    return store.read(EXPORTED_VERSION.item(pack_id)) + 1


def check_pack_id(pack_id: str) -> str:
    """``pack_id`` if a pack may carry it, else BadInput saying what the id must be."""
    if not ID_PATTERN.match(pack_id or ""):
        raise BadInput(f"The pack id '{pack_id}' {ID_RULE}.")
    return pack_id


def export_pack(store: Store, checklist_keys: list[str], *, pack_id: str, title: str,
                organization: str = "", version: int | None = None, lock: bool = False,
                store_info: bool = True) -> tuple[str, Pack]:
    """The text of a pack holding ``checklist_keys``, checked by the same parser imports use.

    ``store_info`` False leaves out the installed packs' contacts, phrases and policy.
    """
    if not checklist_keys:
        raise BadInput("Choose at least one checklist to export.")
    check_pack_id(pack_id)
    version = next_version(store, pack_id) if version is None else version
    library = ChecklistLibrary(store)
    checklists = [library.get(key) for key in checklist_keys]
    text = pack_text(checklists, pack_id=pack_id, title=title.strip(), version=version,
                     organization=organization.strip(), lock=lock,
                     store_info=installed_store_info(store) if store_info else None)
    pack = parse_pack(text, "the exported pack")  # PackInvalid (a BadInput) names what is wrong
    return text, pack


def remember_export(store: Store, pack: Pack) -> None:
    """Note the export so the next one proposes the next version."""
    with store.db.atomic():
        store.write(EXPORTED_VERSION.item(pack.id), pack.version)
        store.write(LAST_EXPORT, {"id": pack.id, "title": pack.title, "organization": pack.organization})


def write_pack_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (temporary file, then rename)."""
    path = Path(path)
    refuse_odd_target(path)  # renaming over /dev/null or a pipe would replace it
    temporary = path.with_name(path.name + ".part")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BadInput(f"Cannot write the pack {path}: {exc.strerror or exc}.") from None


def export_pack_to_file(store: Store, checklist_keys: list[str], path: Path, **options) -> Pack:
    text, pack = export_pack(store, checklist_keys, **options)
    write_pack_file(path, text)
    remember_export(store, pack)
    return pack
