"""Installing, updating, listing and removing checklist packs: the one import path.

Every way a pack arrives (file dialog, drop on the window, ``shiftmate pack import``, the
machine-wide folder at start) ends in ``import_pack``, which is all or nothing in one
transaction. The same pack id with a higher version updates its checklists in place:
changed items change, new ones appear, removed ones are archived (``deleted_at``), and the
worker's own items and sections (``origin_pack`` NULL) stay where the worker put them.
Runs already started keep their own copies, so they never change.

ShiftMate's own checklists (the built-in pack) come in the same way, once, when a store is
first opened (``ensure_builtin_pack``); no other code writes the ``packs`` table, nor the
store information of schema 2 packs (``pack_contacts``, ``pack_phrases``, ``pack_policies``),
which every install or update replaces and removing the pack deletes.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from shiftmate import APP_NAME
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.clock import to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP
from shiftmate.core.packs.builtin_version import BUILTIN_VERSION, INSTALLED_ROW, needs_builtin
from shiftmate.core.packs.format import (
    BUILTIN_PACK_ID,
    ChecklistTemplate,
    Pack,
    PackInvalid,
    is_reserved_id,
    load_pack,
)
from shiftmate.core.system.resources import resource_path

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.clock import Clock
    from shiftmate.core.storage.store import Store

BUILTIN, PRELOADED, IMPORTED = "built-in", "preloaded", "imported"
SITE_PACKS_ENV = "SHIFTMATE_SITE_PACKS_DIR"
PACK_SUFFIX = ".shiftpack.toml"

INSTALLED, UPDATED, UNCHANGED, KEPT_PRELOADED = "installed", "updated", "unchanged", "kept-preloaded"


@dataclass(frozen=True)
class InstalledPack:
    """A pack as the worker sees it in Settings ▸ Packs and ``pack list``."""

    id: str
    version: int
    title: str
    organization: str
    source_kind: str
    source: str
    installed_at: str
    checklists: tuple[str, ...]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "version": self.version, "title": self.title,
            "organization": self.organization, "source": self.source_kind,
            "file": self.source, "installed_at": self.installed_at,
            "checklists": list(self.checklists),
        }


@dataclass(frozen=True)
class ImportResult:
    """What importing one pack did; ``sentence`` says it in English for the CLI."""

    pack_id: str
    title: str
    version: int
    action: str
    previous_version: int | None = None

    @property
    def sentence(self) -> str:
        name = f"'{self.title}' ({self.pack_id})"
        if self.action == INSTALLED:
            return f"Installed {name} version {self.version}."
        if self.action == UPDATED:
            return f"Updated {name} from version {self.previous_version} to {self.version}."
        if self.action == KEPT_PRELOADED:
            return (f"{name} is provided for this whole computer (version {self.previous_version}); "
                    "the copy you chose changes nothing.")
        if self.previous_version is not None and self.previous_version > self.version:
            return (f"{name} version {self.previous_version} is already installed; "
                    f"the older version {self.version} changes nothing.")
        return f"{name} version {self.version} is already installed; nothing changed."


@dataclass
class PreloadReport:
    """What the machine-wide folder held: one result per pack, one notice per broken file."""

    results: list[ImportResult]
    problems: list[str]


# -- the import path ------------------------------------------------------------------
def import_pack_file(store: Store, path: Path, *, source_kind: str = IMPORTED,
                     clock: Clock | None = None) -> ImportResult:
    return import_pack(store, load_pack(Path(path)), source_kind=source_kind, clock=clock)


def import_pack(store: Store, pack: Pack, *, source_kind: str = IMPORTED,
                clock: Clock | None = None) -> ImportResult:
    """Install or update ``pack`` in one transaction (nothing is written on any failure).

    Times are ``clock``'s (the store's when none is given).
    """
    if is_reserved_id(pack.id):
        # parse_pack already refuses these; a Pack built some other way must not get past either.
        raise BadInput(f"The pack id '{pack.id}' is reserved for ShiftMate's own checklists.")
    return _install(store, pack, source_kind, clock or store.clock)


def builtin_pack() -> Pack:
    """ShiftMate's own checklists, as shipped in resources/packs."""
    pack = load_pack(resource_path("packs", "builtin.shiftpack.toml"), builtin=True)
    return replace(pack, source=BUILTIN)


# The shipped built-in pack's ``version`` (resources/packs; a test keeps the two in step), so
# that opening an up-to-date database reads one row and no TOML.
# BUILTIN_VERSION: the shipped built-in pack's version, in a module of its own that opening a
# database reads without importing this one (core/packs/builtin_version.py).

# Words earlier built-in versions shipped and a later one changed: an item still showing one
# of these was never edited by the worker, so an update may give it the new words. Marked for
# translation, so runs done before the update still show in the window's language.
EARLIER_BUILTIN_WORDS = frozenset({
    # version 1
    QT_TRANSLATE_NOOP("BuiltinChecklists", "At work I don't have to prove who I am"),
    QT_TRANSLATE_NOOP("BuiltinChecklists", "Customers don't know your life, and what they think of you doesn't "
                      "change it. Your job is what they need, not what they think."),
    QT_TRANSLATE_NOOP("BuiltinChecklists",
                      "A genuine smile can be heard in your voice, even when the customer can't see you."),
    QT_TRANSLATE_NOOP("BuiltinChecklists", "If something went wrong, telling your manager means it gets handled "
                      "and you don't carry it alone."),
    QT_TRANSLATE_NOOP("BuiltinChecklists",
                      "A treat, a friend, a walk, an early night. Small rewards make the next shift easier."),
})




def ensure_builtin_pack(store: Store, clock: Clock | None = None) -> None:
    """Install the built-in checklists once, and bring a newer shipped version's words to a
    database that holds an older one. A worker who removed the pack keeps it removed; one who
    deleted, removed or reworded a part of it keeps that too (``_update_builtin``).

    The one pack allowed a reserved id, and it takes the same path as every other pack.
    """
    installed = INSTALLED_ROW
    if not needs_builtin(store.db.execute(installed, [BUILTIN_PACK_ID]).fetchone()):
        return
    with store.db.atomic():  # asked again under the write lock: two first starts install it once
        row = store.db.execute(installed, [BUILTIN_PACK_ID]).fetchone()
        if row is None:
            _install(store, builtin_pack(), BUILTIN, clock or store.clock)
        elif needs_builtin(row):
            _update_builtin(store, builtin_pack(), clock or store.clock)


def _update_builtin(store: Store, pack: Pack, clock: Clock) -> None:
    """Update the built-in pack as any pack updates, then put back what the worker did to it.

    A manager's pack is the store's to change; the built-in checklists are the worker's once
    installed. So after the update, checklists, sections and items the worker deleted stay
    deleted, a checklist's moment and an item's kind and required flag stay as the worker set
    them, and a title, text or help the worker rewrote stays theirs: only words still as an
    earlier version shipped them (``EARLIER_BUILTIN_WORDS``) take the new ones. Items new in
    this version appear; runs keep their own copies, as with every update. (The pack's order
    wins over the worker's moves of its own items, as for every pack update.)
    """
    db = store.db
    deleted = {table: db.execute(f"SELECT id, deleted_at FROM {table} WHERE origin_pack = ? "
                                 "AND deleted_at IS NOT NULL", [pack.id]).fetchall()
               for table in ("checklists", "checklist_sections", "checklist_items")}
    items = db.execute("SELECT id, text, help, kind, required FROM checklist_items WHERE origin_pack = ?",
                       [pack.id]).fetchall()
    checklists = db.execute("SELECT id, title, when_ FROM checklists WHERE origin_pack = ?", [pack.id]).fetchall()
    sections = db.execute("SELECT id, title FROM checklist_sections WHERE origin_pack = ?", [pack.id]).fetchall()
    _install(store, pack, BUILTIN, clock)
    for table, rows in deleted.items():
        db.conn.executemany(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", [(at, i) for i, at in rows])

    def kept(old: str | None, new: str | None) -> str | None:
        """The new words where the worker left the old ones as shipped; else the worker's."""
        return new if old == new or old in EARLIER_BUILTIN_WORDS else old

    for checklist_id, title, when in checklists:
        new_title = db.execute("SELECT title FROM checklists WHERE id = ?", [checklist_id]).fetchone()[0]
        db.execute("UPDATE checklists SET title = ?, when_ = ? WHERE id = ?",
                   [kept(title, new_title), when, checklist_id])
    for section_id, title in sections:
        new_title = db.execute("SELECT title FROM checklist_sections WHERE id = ?", [section_id]).fetchone()[0]
        db.execute("UPDATE checklist_sections SET title = ? WHERE id = ?", [kept(title, new_title), section_id])
    for item_id, text, help_text, kind, required in items:
        # What the update just wrote is this version's words.
        now_text, now_help = db.execute("SELECT text, help FROM checklist_items WHERE id = ?", [item_id]).fetchone()
        db.execute("UPDATE checklist_items SET text = ?, help = ?, kind = ?, required = ? WHERE id = ?",
                   [kept(text, now_text), kept(help_text, now_help), kind, required, item_id])


def _install(store: Store, pack: Pack, source_kind: str, clock: Clock) -> ImportResult:
    db = store.db
    now = to_iso(clock.now())
    with db.atomic():
        row = db.execute(
            "SELECT version, source_kind, removed_at FROM packs WHERE id = ?", [pack.id]
        ).fetchone()
        result = ImportResult(pack.id, pack.title, pack.version, INSTALLED)
        if row is not None:
            old_version, old_kind, removed_at = row
            result = ImportResult(pack.id, pack.title, pack.version, UPDATED, old_version)
            if removed_at is None:
                if old_kind == PRELOADED and source_kind != PRELOADED:
                    return ImportResult(pack.id, pack.title, pack.version, KEPT_PRELOADED, old_version)
                takes_over = source_kind == PRELOADED and old_kind != PRELOADED
                if pack.version <= old_version and not takes_over:
                    return ImportResult(pack.id, pack.title, pack.version, UNCHANGED, old_version)
            else:
                # A preloaded pack the worker removed stays removed until a newer one arrives.
                if source_kind == PRELOADED and old_kind == PRELOADED and pack.version <= old_version:
                    return ImportResult(pack.id, pack.title, pack.version, UNCHANGED, old_version)
                result = ImportResult(pack.id, pack.title, pack.version, INSTALLED, old_version)
        _record(db, pack, source_kind, now)
        _replace_store_info(db, pack.id, pack)
        _apply(store, pack, ChecklistLibrary(store, clock), now)
        return result


def _record(db, pack: Pack, source_kind: str, now: str) -> None:
    """The one write of a pack's row (see tests/core/packs/test_one_way_in.py)."""
    db["packs"].upsert({
        "id": pack.id, "version": pack.version, "title": pack.title,
        "organization": pack.organization, "source": pack.source, "sha256": pack.sha256,
        "installed_at": now, "source_kind": source_kind, "removed_at": None,
    }, pk="id")


def _replace_store_info(db, pack_id: str, pack: Pack | None) -> None:
    """The one write of a pack's contacts, phrases and policy: the old rows go, ``pack``'s come.

    ``pack`` None (the pack removed) only deletes them. An update replaces every row, so
    what is installed is always exactly what the file says, in the file's order.
    """
    for table in ("pack_contacts", "pack_phrases", "pack_policies"):
        db.execute(f"DELETE FROM {table} WHERE pack_id = ?", [pack_id])
    if pack is None:
        return
    db.conn.executemany(
        "INSERT INTO pack_contacts (pack_id, position, name, how, when_) VALUES (?, ?, ?, ?, ?)",
        [(pack_id, n, c.name, c.how, c.when) for n, c in enumerate(pack.contacts)])
    db.conn.executemany(
        "INSERT INTO pack_phrases (pack_id, position, step, text) VALUES (?, ?, ?, ?)",
        [(pack_id, n, p.step, p.text) for n, p in enumerate(pack.phrases)])
    if pack.policy is not None:
        db.execute("INSERT INTO pack_policies (pack_id, line, exceptions) VALUES (?, ?, ?)",
                   [pack_id, pack.policy.line, json.dumps(list(pack.policy.exceptions), ensure_ascii=False)])


def _apply(store: Store, pack: Pack, library: ChecklistLibrary, now: str) -> None:
    db = store.db
    wanted = {template.key for template in pack.checklists}
    for template in pack.checklists:
        found = db.execute(
            "SELECT id FROM checklists WHERE origin_pack = ? AND pack_checklist = ? "
            "ORDER BY deleted_at IS NOT NULL, id DESC LIMIT 1",
            [pack.id, template.key],
        ).fetchone()
        if found is None:
            library.add_from_template(template, origin_pack=pack.id)
            continue
        # A pack's checklist comes back with every new version, even if it was deleted.
        db.execute(
            "UPDATE checklists SET title = ?, when_ = ?, updated_at = ?, deleted_at = NULL WHERE id = ?",
            [template.title, template.when, now, found[0]],
        )
        _apply_sections(db, pack.id, template, found[0], now)
    for checklist_id, pack_key in db.execute(
        "SELECT id, pack_checklist FROM checklists WHERE origin_pack = ? AND deleted_at IS NULL",
        [pack.id],
    ).fetchall():
        if pack_key not in wanted:
            _retire_checklist(db, pack.id, checklist_id, now)


def _worker_items_in(db, column: str, value: int) -> int:
    return db.execute(
        f"SELECT count(*) FROM checklist_items WHERE {column} = ? AND origin_pack IS NULL "
        "AND deleted_at IS NULL", [value],
    ).fetchone()[0]


def _retire_checklist(db, pack_id: str, checklist_id: int, now: str) -> None:
    """A checklist the new version dropped: archived, or handed to the worker if they added to it."""
    if not _worker_items_in(db, "checklist_id", checklist_id):
        db.execute("UPDATE checklists SET deleted_at = ? WHERE id = ?", [now, checklist_id])
        return
    db.execute("UPDATE checklists SET origin_pack = NULL, pack_checklist = NULL WHERE id = ?", [checklist_id])
    db.execute(
        "UPDATE checklist_items SET deleted_at = ? WHERE checklist_id = ? AND origin_pack = ? "
        "AND deleted_at IS NULL", [now, checklist_id, pack_id],
    )
    for (section_id,) in db.execute(
        "SELECT id FROM checklist_sections WHERE checklist_id = ? AND origin_pack = ?",
        [checklist_id, pack_id],
    ).fetchall():
        if _worker_items_in(db, "section_id", section_id):
            db.execute("UPDATE checklist_sections SET origin_pack = NULL WHERE id = ?", [section_id])
        else:
            db.execute("UPDATE checklist_sections SET deleted_at = coalesce(deleted_at, ?) WHERE id = ?",
                       [now, section_id])


# Where a worker's entry sat: the pack keys above it (nearest first) and below it (nearest first).
Neighbours = tuple[tuple[str, ...], tuple[str, ...]]


def _neighbours(rows: list[tuple[int, str, bool]]) -> dict[int, Neighbours]:
    """For each worker entry in ``rows`` (id, key, from the pack), the pack keys around it."""
    pack_keys = [(n, key) for n, (_id, key, from_pack) in enumerate(rows) if from_pack]
    found: dict[int, Neighbours] = {}
    for n, (row_id, _key, from_pack) in enumerate(rows):
        if not from_pack:
            above = tuple(key for m, key in reversed(pack_keys) if m < n)
            below = tuple(key for m, key in pack_keys if m > n)
            found[row_id] = (above, below)
    return found


def _snapshot(db, checklist_id: int, pack_id: str):
    """Where the worker's sections and items sit now, between which pack sections/items.

    Every pack neighbour is kept, not only the nearest: the update may drop or move the
    nearest one, and the worker's entry then stays next to the closest one still there.
    """
    sections = db.execute(
        "SELECT id, key, origin_pack FROM checklist_sections WHERE checklist_id = ? "
        "AND deleted_at IS NULL ORDER BY position, id", [checklist_id],
    ).fetchall()
    section_anchor = _neighbours([(s_id, key, origin == pack_id) for s_id, key, origin in sections])
    # Pack sections too: one the update drops but the worker added to stays where it was.
    every_section = _neighbours([(s_id, key, False) for s_id, key, _origin in sections])
    item_anchor: dict[int, Neighbours] = {}
    for s_id, _key, _origin in sections:
        items = db.execute(
            "SELECT id, key, origin_pack FROM checklist_items WHERE section_id = ? "
            "AND deleted_at IS NULL ORDER BY position, id", [s_id],
        ).fetchall()
        item_anchor.update(_neighbours([(i_id, key, origin == pack_id) for i_id, key, origin in items]))
    pack_section_keys = {key for _id, key, origin in sections if origin == pack_id}
    for s_id, _key, origin in sections:
        if origin == pack_id:
            above, below = every_section[s_id]
            every_section[s_id] = (tuple(k for k in above if k in pack_section_keys),
                                   tuple(k for k in below if k in pack_section_keys))
    return section_anchor, item_anchor, every_section


def _interleave(pack_ids: list[tuple[str, int]], worker: list[tuple[int, Neighbours]]) -> list[int]:
    """Pack entries in pack order, each worker entry beside the nearest pack entry it had.

    Below the nearest pack entry above it that is still there; failing that, above the
    nearest one below it; with no pack entry of its own left, first if it was first, else last.
    """
    known = {key for key, _id in pack_ids}
    first: list[int] = []
    last: list[int] = []
    after: dict[str, list[int]] = {}
    before: dict[str, list[int]] = {}
    for w_id, (above, below) in worker:
        up = next((key for key in above if key in known), None)
        down = next((key for key in below if key in known), None)
        if up is not None:
            after.setdefault(up, []).append(w_id)
        elif down is not None:
            before.setdefault(down, []).append(w_id)
        elif not above:
            first.append(w_id)
        else:
            last.append(w_id)
    order = first
    for key, p_id in pack_ids:
        order.extend(before.get(key, ()))
        order.append(p_id)
        order.extend(after.get(key, ()))
    return order + last


def _apply_sections(db, pack_id: str, template: ChecklistTemplate, checklist_id: int, now: str) -> None:
    section_anchor, item_anchor, every_section = _snapshot(db, checklist_id, pack_id)
    item_keys = {item.key for section in template.sections for item in section.items}
    # A worker's item that happens to have a key the pack now uses gives the key up.
    taken = {r[0] for r in db.execute("SELECT key FROM checklist_items WHERE checklist_id = ?", [checklist_id])}
    for i_id, i_key in db.execute(
        "SELECT id, key FROM checklist_items WHERE checklist_id = ? AND origin_pack IS NULL",
        [checklist_id],
    ).fetchall():
        if i_key in item_keys:
            new_key, n = f"{i_key}-own", 1
            while new_key in taken or new_key in item_keys:
                n += 1
                new_key = f"{i_key}-own-{n}"
            taken.add(new_key)
            db.execute("UPDATE checklist_items SET key = ? WHERE id = ?", [new_key, i_id])

    existing: dict[str, int] = {}
    for s_id, s_key in db.execute(
        "SELECT id, key FROM checklist_sections WHERE checklist_id = ? AND origin_pack = ? "
        "ORDER BY deleted_at IS NOT NULL, id", [checklist_id, pack_id],
    ).fetchall():
        existing.setdefault(s_key, s_id)
    pack_sections: list[tuple[str, int]] = []
    pack_items: dict[int, list[tuple[str, int]]] = {}
    for section in template.sections:
        s_id = existing.get(section.key)
        if s_id is None:
            s_id = db["checklist_sections"].insert({
                "checklist_id": checklist_id, "key": section.key, "title": section.title,
                "position": 0, "origin_pack": pack_id,
            }).last_pk
        else:
            db.execute("UPDATE checklist_sections SET title = ?, deleted_at = NULL WHERE id = ?",
                       [section.title, s_id])
        pack_sections.append((section.key, s_id))
        pack_items[s_id] = []
        for item in section.items:
            values = [s_id, item.text, item.kind, item.help, int(item.required), int(item.locked), pack_id]
            row = db.execute("SELECT id FROM checklist_items WHERE checklist_id = ? AND key = ?",
                             [checklist_id, item.key]).fetchone()
            if row is None:  # plain SQL: sqlite-utils' insert/update look the table up each call
                i_id = db.execute(
                    "INSERT INTO checklist_items (section_id, text, kind, help, required, locked, "
                    "origin_pack, checklist_id, key, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    [*values, checklist_id, item.key]).lastrowid
            else:
                i_id = row[0]
                db.execute(
                    "UPDATE checklist_items SET section_id = ?, text = ?, kind = ?, help = ?, required = ?, "
                    "locked = ?, origin_pack = ?, deleted_at = NULL WHERE id = ?", [*values, i_id])
            pack_items[s_id].append((item.key, i_id))

    db.execute(
        f"UPDATE checklist_items SET deleted_at = ? WHERE checklist_id = ? AND origin_pack = ? "
        f"AND deleted_at IS NULL AND key NOT IN ({','.join('?' * len(item_keys)) or 'NULL'})",
        [now, checklist_id, pack_id, *item_keys],
    )
    kept_sections = {s_id for _key, s_id in pack_sections}
    for (s_id,) in db.execute(
        "SELECT id FROM checklist_sections WHERE checklist_id = ? AND origin_pack = ? AND deleted_at IS NULL",
        [checklist_id, pack_id],
    ).fetchall():
        if s_id in kept_sections:
            continue
        if _worker_items_in(db, "section_id", s_id):
            db.execute("UPDATE checklist_sections SET origin_pack = NULL WHERE id = ?", [s_id])
            section_anchor[s_id] = every_section.get(s_id, ((), ()))
        else:
            db.execute("UPDATE checklist_sections SET deleted_at = ? WHERE id = ?", [now, s_id])

    was_at = {s_id: n for n, s_id in enumerate(every_section)}  # the worker's order, as it was
    worker_sections = sorted(section_anchor.items(), key=lambda entry: was_at.get(entry[0], len(was_at)))
    for position, s_id in enumerate(_interleave(pack_sections, worker_sections)):
        db.execute("UPDATE checklist_sections SET position = ? WHERE id = ?", [position, s_id])
    worker_section = {i_id: db.execute("SELECT section_id FROM checklist_items WHERE id = ?",
                                       [i_id]).fetchone()[0] for i_id in item_anchor}
    for s_id, items in pack_items.items():
        worker = [(i_id, anchor) for i_id, anchor in item_anchor.items() if worker_section[i_id] == s_id]
        db.conn.executemany("UPDATE checklist_items SET position = ? WHERE id = ?",
                       [(position, i_id) for position, i_id in enumerate(_interleave(items, worker))])


# -- listing and removing ---------------------------------------------------------------
def installed_packs(store: Store) -> list[InstalledPack]:
    db = store.db
    packs = []
    for row in db.execute(
        "SELECT id, version, title, organization, source_kind, source, installed_at FROM packs "
        "WHERE removed_at IS NULL ORDER BY source_kind = 'built-in', title, id"
    ).fetchall():
        titles = tuple(r[0] for r in db.execute(
            "SELECT title FROM checklists WHERE origin_pack = ? AND deleted_at IS NULL "
            "ORDER BY position, id", [row[0]]))
        packs.append(InstalledPack(*row, checklists=titles))
    return packs


def installed_pack(store: Store, pack_id: str) -> InstalledPack:
    for pack in installed_packs(store):
        if pack.id == pack_id:
            return pack
    raise BadInput(f"There is no installed pack '{pack_id}'.")


def remove_pack(store: Store, pack_id: str, *, clock: Clock | None = None) -> InstalledPack:
    """Remove a pack and hide its checklists; their runs and history stay."""
    with store.db.atomic():
        pack = installed_pack(store, pack_id)
        now = to_iso((clock or store.clock).now())
        store.db.execute(
            "UPDATE checklists SET deleted_at = ? WHERE origin_pack = ? AND deleted_at IS NULL",
            [now, pack_id],
        )
        store.db.execute("UPDATE packs SET removed_at = ? WHERE id = ?", [now, pack_id])
        _replace_store_info(store.db, pack_id, None)
        return pack


# -- the machine-wide folder --------------------------------------------------------------
def site_pack_dirs() -> list[Path]:
    """Every machine-wide ``packs`` folder, most important first (all XDG dirs on Linux)."""
    override = os.environ.get(SITE_PACKS_ENV)
    if override:
        return [Path(p) for p in override.split(os.pathsep) if p]
    import platformdirs  # a store opens (and installs the built-in pack) without it

    raw = platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=True)
    return [Path(p) / "packs" for p in raw.split(os.pathsep) if p]


def site_pack_files(dirs: list[Path] | None = None) -> list[Path]:
    files = []
    for folder in site_pack_dirs() if dirs is None else dirs:
        try:
            files.extend(sorted(p for p in folder.glob(f"*{PACK_SUFFIX}") if p.is_file()))
        except OSError:
            continue  # an unreadable folder holds nothing we can load
    return files


def _notice(path: Path, exc: PackInvalid) -> str:
    """One line for the window: the file, the line when known, what is wrong and where."""
    problem = exc.problems[0]
    # A TOML syntax error says its line in the message; a field problem gets it here.
    where = f"{path}, line {problem.line}" if problem.line and problem.field else str(path)
    return f"{where}: {problem.message}" + (f" ({problem.field})" if problem.field else "")


def preload_site_packs(store: Store, dirs: list[Path] | None = None, *,
                       clock: Clock | None = None) -> PreloadReport:
    """Load every machine-wide pack; a broken one is skipped with a notice, the rest load.

    For one pack id, the first folder that holds it wins (the most important); within
    that folder the highest version wins, whatever the files are called.
    """
    report = PreloadReport([], [])
    chosen: dict[str, tuple[Path, Pack]] = {}
    for path in site_pack_files(dirs):
        try:
            pack = load_pack(path)
        except PackInvalid as exc:
            report.problems.append(_notice(path, exc))
            continue
        if pack.id in chosen:
            first_path, first = chosen[pack.id]
            if first_path.parent != path.parent or pack.version <= first.version:
                continue
        chosen[pack.id] = (path, pack)
    for _path, pack in chosen.values():
        report.results.append(import_pack(store, pack, source_kind=PRELOADED, clock=clock))
    return report
