"""The worker's checklists: reading and editing them (packs arrive through core/packs/install.py).

Checklists have stable string keys, and so do their items, so history survives edits.
Deleting is soft (``deleted_at``) so the window can undo it. Items that came locked from a
manager's pack cannot be edited or removed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shiftmate.core.clock import to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import builtin_text, translate
from shiftmate.core.packs.format import (
    BUILTIN_PACK_ID,
    KINDS,
    MAX_HELP,
    MAX_TEXT,
    MAX_TITLE,
    WHENS,
    ChecklistTemplate,
    ItemTemplate,
    SectionTemplate,
    slugify,
)

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.clock import Clock
    from shiftmate.core.storage.store import Store


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    key: str
    text: str
    kind: str
    help: str
    required: bool
    locked: bool
    origin_pack: str | None


@dataclass(frozen=True)
class ChecklistSection:
    id: int
    key: str
    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Checklist:
    """A checklist as it stands now (runs keep their own copy)."""

    id: int
    key: str
    title: str
    when: str
    origin_pack: str | None
    sections: tuple[ChecklistSection, ...]
    organization: str = ""  # of the pack it came from, shown beside locked items

    @property
    def items(self) -> list[ChecklistItem]:
        return [item for section in self.sections for item in section.items]

    def to_dict(self) -> dict:
        return {
            "id": self.key,
            "title": self.title,
            "when": self.when,
            "origin_pack": self.origin_pack,
            "sections": [
                {
                    "id": s.key,
                    "title": s.title,
                    "items": [
                        {"id": i.key, "text": i.text, "kind": i.kind, "help": i.help,
                         "required": i.required, "locked": i.locked}
                        for i in s.items
                    ],
                }
                for s in self.sections
            ],
        }


def _clean_text(value: str, what: str, limit: int, *, allow_empty: bool = False) -> str:
    value = (value or "").strip()
    if not value and not allow_empty:
        raise BadInput(f"The {what} must not be empty.")
    if len(value) > limit:
        raise BadInput(f"The {what} is {len(value)} characters long; the limit is {limit}.")
    return value


class ChecklistLibrary:
    """Reads and edits the checklists stored in one Store; edits are stamped with ``clock``."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.db = store.db
        self.clock = clock or store.clock

    def _stamp(self) -> str:
        return to_iso(self.clock.now())

    # -- reading --------------------------------------------------------------------
    def list(self) -> list[Checklist]:
        rows = self.db.execute(
            "SELECT key FROM checklists WHERE deleted_at IS NULL ORDER BY position, id"
        ).fetchall()
        return [self.get(key) for (key,) in rows]

    def get(self, key: str) -> Checklist:
        row = self.db.execute(
            "SELECT id, key, title, when_, origin_pack FROM checklists "
            "WHERE key = ? AND deleted_at IS NULL",
            [key],
        ).fetchone()
        if row is None:
            raise BadInput(f"There is no checklist '{key}'.")
        checklist_id = row[0]
        sections = []
        for s_id, s_key, s_title in self.db.execute(
            "SELECT id, key, title FROM checklist_sections "
            "WHERE checklist_id = ? AND deleted_at IS NULL ORDER BY position, id",
            [checklist_id],
        ).fetchall():
            items = tuple(
                ChecklistItem(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7])
                for r in self.db.execute(
                    "SELECT id, key, text, kind, help, required, locked, origin_pack "
                    "FROM checklist_items WHERE section_id = ? AND deleted_at IS NULL "
                    "ORDER BY position, id",
                    [s_id],
                ).fetchall()
            )
            sections.append(ChecklistSection(s_id, s_key, s_title, items))
        organization = self.db.execute(
            "SELECT organization FROM packs WHERE id = ?", [row[4]]).fetchone() if row[4] else None
        return Checklist(row[0], row[1], row[2], row[3], row[4], tuple(sections),
                         organization[0] if organization else "")

    def locked_items(self, key: str) -> tuple[frozenset[str], str]:
        """Keys of the checklist's locked items and the organization that locked them."""
        try:
            checklist = self.get(key)
        except BadInput:
            return frozenset(), ""
        return frozenset(i.key for i in checklist.items if i.locked), checklist.organization

    def key_for_when(self, when: str) -> str | None:
        """The first checklist meant for ``when`` ('before-shift', 'after-shift')."""
        found = self.for_when(when)
        return found[0][0] if found else None

    def for_when(self, when: str) -> list[tuple[str, str, str | None]]:
        """(key, title, origin pack) of every checklist meant for ``when``, the store's first.

        A manager's pack list comes before the built-in and the worker's own: where the
        store gave one, that is the one the shift is meant to start with.
        """
        return [tuple(row) for row in self.db.execute(
            "SELECT key, title, origin_pack FROM checklists WHERE when_ = ? AND deleted_at IS NULL "
            "ORDER BY coalesce(origin_pack, ?) = ?, position, id",
            [when, BUILTIN_PACK_ID, BUILTIN_PACK_ID],
        ).fetchall()]

    # -- creating -------------------------------------------------------------------
    def _unique_key(self, base: str) -> str:
        key, n = base, 1
        while self.db.execute("SELECT 1 FROM checklists WHERE key = ?", [key]).fetchone():
            n += 1
            key = f"{base}-{n}"
        return key

    def _next_position(self) -> int:
        return self.db.execute("SELECT coalesce(max(position), -1) + 1 FROM checklists").fetchone()[0]

    def add_from_template(self, template: ChecklistTemplate, *, origin_pack: str | None = None,
                          key: str | None = None) -> str:
        """Store ``template`` as a new checklist (one transaction); returns its key."""
        now = self._stamp()
        with self.db.atomic():
            key = self._unique_key(key or template.key)
            checklist_id = self.db["checklists"].insert({
                "key": key, "title": template.title, "when_": template.when,
                "origin_pack": origin_pack, "position": self._next_position(),
                "created_at": now, "updated_at": now,
                "pack_checklist": template.key if origin_pack else None,
            }).last_pk
            for s_pos, section in enumerate(template.sections):
                section_id = self.db["checklist_sections"].insert({
                    "checklist_id": checklist_id, "key": section.key, "title": section.title,
                    "position": s_pos, "origin_pack": origin_pack,
                }).last_pk
                for i_pos, item in enumerate(section.items):
                    self.db["checklist_items"].insert({
                        "checklist_id": checklist_id, "section_id": section_id,
                        "key": item.key, "text": item.text, "kind": item.kind,
                        "help": item.help, "required": int(item.required),
                        "locked": int(item.locked and origin_pack is not None),
                        "origin_pack": origin_pack, "position": i_pos,
                    })
        return key

    def create(self, title: str, when: str = "any-time") -> str:
        title = _clean_text(title, "checklist title", MAX_TITLE)
        if when not in WHENS:
            raise BadInput(f"'{when}' is not one of {', '.join(WHENS)}.")
        template = ChecklistTemplate(
            slugify(title, "checklist"), title, when,
            (SectionTemplate("general", translate("Checklists", "General"), ()),),
        )
        return self.add_from_template(template)

    def duplicate(self, key: str) -> str:
        """A copy the worker owns (nothing locked), titled 'X (copy)' in the window's language."""
        original = self.get(key)
        template = ChecklistTemplate(
            original.key + "-copy",
            translate("Checklists", "{title} (copy)").format(title=builtin_text(original.title))[:MAX_TITLE],
            original.when,
            tuple(
                SectionTemplate(s.key, s.title, tuple(
                    ItemTemplate(i.key, i.text, i.kind, i.help, i.required) for i in s.items
                ))
                for s in original.sections
            ),
        )
        return self.add_from_template(template)

    # -- editing the checklist ------------------------------------------------------
    def rename(self, key: str, title: str) -> None:
        title = _clean_text(title, "checklist title", MAX_TITLE)
        with self.db.atomic():
            self._require(key)
            self.db.execute(
                "UPDATE checklists SET title = ?, updated_at = ? WHERE key = ?",
                [title, self._stamp(), key],
            )

    def set_when(self, key: str, when: str) -> None:
        if when not in WHENS:
            raise BadInput(f"'{when}' is not one of {', '.join(WHENS)}.")
        with self.db.atomic():
            self._require(key)
            self.db.execute("UPDATE checklists SET when_ = ?, updated_at = ? WHERE key = ?",
                            [when, self._stamp(), key])

    def delete(self, key: str) -> None:
        """Hide the checklist (its runs and history stay); ``restore`` undoes it."""
        with self.db.atomic():
            self._require(key)
            self.db.execute("UPDATE checklists SET deleted_at = ? WHERE key = ?", [self._stamp(), key])

    def restore(self, key: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE checklists SET deleted_at = NULL WHERE key = ?", [key])

    def _require(self, key: str) -> int:
        row = self.db.execute(
            "SELECT id FROM checklists WHERE key = ? AND deleted_at IS NULL", [key]
        ).fetchone()
        if row is None:
            raise BadInput(f"There is no checklist '{key}'.")
        return row[0]

    # -- sections -------------------------------------------------------------------
    def add_section(self, key: str, title: str) -> int:
        title = _clean_text(title, "section title", MAX_TITLE)
        with self.db.atomic():
            checklist_id = self._require(key)
            taken = {r[0] for r in self.db.execute(
                "SELECT key FROM checklist_sections WHERE checklist_id = ?", [checklist_id])}
            s_key, n = slugify(title, "section"), 1
            while s_key in taken:
                n += 1
                s_key = f"{slugify(title, 'section')}-{n}"
            position = self.db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM checklist_sections WHERE checklist_id = ?",
                [checklist_id],
            ).fetchone()[0]
            return self.db["checklist_sections"].insert({
                "checklist_id": checklist_id, "key": s_key, "title": title, "position": position,
            }).last_pk

    def rename_section(self, section_id: int, title: str) -> None:
        title = _clean_text(title, "section title", MAX_TITLE)
        with self.db.atomic():
            self._unlocked_section(section_id)
            self.db.execute("UPDATE checklist_sections SET title = ? WHERE id = ?", [title, section_id])

    def remove_section(self, section_id: int) -> None:
        """Hide a section with its items; ``restore_section`` undoes it."""
        with self.db.atomic():
            self._unlocked_section(section_id)
            now = self._stamp()
            self.db.execute("UPDATE checklist_sections SET deleted_at = ? WHERE id = ?", [now, section_id])
            self.db.execute(
                "UPDATE checklist_items SET deleted_at = ? WHERE section_id = ? AND deleted_at IS NULL",
                [now, section_id],
            )

    def restore_section(self, section_id: int) -> None:
        with self.db.atomic():
            stamp = self.db.execute(
                "SELECT deleted_at FROM checklist_sections WHERE id = ?", [section_id]
            ).fetchone()
            self.db.execute("UPDATE checklist_sections SET deleted_at = NULL WHERE id = ?", [section_id])
            if stamp and stamp[0]:
                self.db.execute(
                    "UPDATE checklist_items SET deleted_at = NULL WHERE section_id = ? AND deleted_at = ?",
                    [section_id, stamp[0]],
                )

    def move_section(self, section_id: int, to_index: int) -> None:
        with self.db.atomic():
            checklist_id = self._section_checklist(section_id)
            ids = [r[0] for r in self.db.execute(
                "SELECT id FROM checklist_sections WHERE checklist_id = ? AND deleted_at IS NULL "
                "ORDER BY position, id", [checklist_id])]
            ids.remove(section_id)
            ids.insert(max(0, min(to_index, len(ids))), section_id)
            for position, s_id in enumerate(ids):
                self.db.execute("UPDATE checklist_sections SET position = ? WHERE id = ?", [position, s_id])

    def _section_checklist(self, section_id: int) -> int:
        row = self.db.execute(
            "SELECT checklist_id FROM checklist_sections WHERE id = ?", [section_id]
        ).fetchone()
        if row is None:
            raise BadInput("That section no longer exists.")
        return row[0]

    def _unlocked_section(self, section_id: int) -> None:
        self._section_checklist(section_id)
        locked = self.db.execute(
            "SELECT count(*) FROM checklist_items WHERE section_id = ? AND locked = 1 AND deleted_at IS NULL",
            [section_id],
        ).fetchone()[0]
        if locked:
            raise BadInput("This section holds items from a manager's pack, which are locked.")

    # -- items ----------------------------------------------------------------------
    def add_item(self, section_id: int, text: str, kind: str = "check", *, required: bool = False,
                 help: str = "", index: int | None = None) -> int:
        text = _clean_text(text, "item text", MAX_TEXT)
        help = _clean_text(help, "help text", MAX_HELP, allow_empty=True)
        if kind not in KINDS:
            raise BadInput(f"'{kind}' is not an item kind; use one of {', '.join(KINDS)}.")
        required = bool(required) and kind != "instruction"
        with self.db.atomic():
            checklist_id = self._section_checklist(section_id)
            taken = {r[0] for r in self.db.execute(
                "SELECT key FROM checklist_items WHERE checklist_id = ?", [checklist_id])}
            base = slugify(text)[:40].strip("-") or "item"
            key, n = base, 1
            while key in taken:
                n += 1
                key = f"{base}-{n}"
            item_id = self.db["checklist_items"].insert({
                "checklist_id": checklist_id, "section_id": section_id, "key": key, "text": text,
                "kind": kind, "help": help, "required": int(required), "position": 1_000_000,
            }).last_pk
            self._place_item(item_id, section_id, index)
            self._touch(checklist_id)
            return item_id

    def update_item(self, item_id: int, *, text: str | None = None, kind: str | None = None,
                    required: bool | None = None, help: str | None = None) -> None:
        with self.db.atomic():
            current = self._unlocked_item(item_id)
            changes = {}
            if text is not None:
                changes["text"] = _clean_text(text, "item text", MAX_TEXT)
            if kind is not None:
                if kind not in KINDS:
                    raise BadInput(f"'{kind}' is not an item kind; use one of {', '.join(KINDS)}.")
                changes["kind"] = kind
            if help is not None:
                changes["help"] = _clean_text(help, "help text", MAX_HELP, allow_empty=True)
            new_kind = changes.get("kind", current["kind"])
            if required is not None or new_kind == "instruction":
                changes["required"] = int(bool(required if required is not None else current["required"])
                                          and new_kind != "instruction")
            if "text" in changes:
                new_key = self._key_for_new_text(item_id, changes["text"])
                if new_key:
                    changes["key"] = new_key
            if changes:
                self.db["checklist_items"].update(item_id, changes)
                self._touch(current["checklist_id"])

    def _key_for_new_text(self, item_id: int, text: str) -> str | None:
        """A new key from the worker's first real words for their own item, while nothing uses it.

        An item is added as "New item" and named a moment later; without this its key (and
        the id an export gives it) stayed ``new-item``. Once a run has copied the item, or it
        came from a pack, its key is history and never changes.
        """
        checklist_id, key, origin_pack = self.db.execute(
            "SELECT checklist_id, key, origin_pack FROM checklist_items WHERE id = ?", [item_id]).fetchone()
        if origin_pack is not None:
            return None
        used = self.db.execute(
            "SELECT 1 FROM run_items JOIN checklist_runs r ON r.id = run_items.run_id "
            "WHERE r.checklist_id = ? AND run_items.item_key = ? LIMIT 1", [checklist_id, key]).fetchone()
        base = slugify(text)[:40].strip("-") or "item"
        if used or key == base or re.fullmatch(re.escape(base) + r"-\d+", key):
            return None
        taken = {r[0] for r in self.db.execute(
            "SELECT key FROM checklist_items WHERE checklist_id = ? AND id != ?", [checklist_id, item_id])}
        new_key, n = base, 1
        while new_key in taken:
            n += 1
            new_key = f"{base}-{n}"
        return new_key

    def remove_item(self, item_id: int) -> None:
        with self.db.atomic():
            current = self._unlocked_item(item_id)
            self.db.execute("UPDATE checklist_items SET deleted_at = ? WHERE id = ?", [self._stamp(), item_id])
            self._touch(current["checklist_id"])

    def restore_item(self, item_id: int) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE checklist_items SET deleted_at = NULL WHERE id = ?", [item_id])

    def move_item(self, item_id: int, section_id: int, index: int) -> None:
        """Put an item at ``index`` in ``section_id`` (same checklist), renumbering the rest."""
        with self.db.atomic():
            current = self.db.execute(
                "SELECT checklist_id FROM checklist_items WHERE id = ?", [item_id]).fetchone()
            if current is None or current[0] != self._section_checklist(section_id):
                raise BadInput("An item can only move within its own checklist.")
            self.db.execute("UPDATE checklist_items SET section_id = ? WHERE id = ?", [section_id, item_id])
            self._place_item(item_id, section_id, index)
            self._touch(current[0])

    def item_position(self, item_id: int) -> tuple[int, int]:
        """(section id, index within the section) of an item, for undoing a move."""
        section_id = self.db.execute(
            "SELECT section_id FROM checklist_items WHERE id = ?", [item_id]).fetchone()[0]
        ids = self._item_ids(section_id)
        return section_id, ids.index(item_id)

    def _item_ids(self, section_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM checklist_items WHERE section_id = ? AND deleted_at IS NULL "
            "ORDER BY position, id", [section_id])]

    def _place_item(self, item_id: int, section_id: int, index: int | None) -> None:
        ids = [i for i in self._item_ids(section_id) if i != item_id]
        ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), item_id)
        for position, i_id in enumerate(ids):
            self.db.execute("UPDATE checklist_items SET position = ? WHERE id = ?", [position, i_id])

    def _unlocked_item(self, item_id: int) -> dict:
        row = self.db.execute(
            "SELECT checklist_id, kind, required, locked, origin_pack FROM checklist_items WHERE id = ?",
            [item_id],
        ).fetchone()
        if row is None:
            raise BadInput("That item no longer exists.")
        if row[3]:
            raise BadInput(f"This item comes from the pack '{row[4]}' and is locked.")
        return {"checklist_id": row[0], "kind": row[1], "required": bool(row[2])}

    def _touch(self, checklist_id: int) -> None:
        self.db.execute("UPDATE checklists SET updated_at = ? WHERE id = ?", [self._stamp(), checklist_id])
