"""Tables of the packs feature beyond the ``packs`` table itself.

Migration m005 adds where a pack came from, whether it was removed, and which checklist of a
pack each stored checklist is; m007 adds the store information of schema 2 packs (contacts,
phrases, policy).
"""

from __future__ import annotations

from sqlite_utils import Database


def add_pack_source_columns(db: Database) -> None:
    # 'built-in', 'preloaded' (machine-wide folder) or 'imported' (by the worker).
    db.execute("ALTER TABLE packs ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'imported'")
    # A removed pack keeps its row: its checklists (soft-deleted) and their runs still name it.
    db.execute("ALTER TABLE packs ADD COLUMN removed_at TEXT")
    # The checklist's id inside its pack; the stored key may carry a suffix after a clash.
    db.execute("ALTER TABLE checklists ADD COLUMN pack_checklist TEXT")
    db.execute("UPDATE packs SET source_kind = 'built-in' WHERE source = 'built-in'")
    db.execute("UPDATE checklists SET pack_checklist = key WHERE origin_pack IS NOT NULL")
    db.execute("CREATE INDEX idx_checklists_pack ON checklists(origin_pack, pack_checklist)")


def create_pack_store_info_tables(db: Database) -> None:
    """Tables of migration m007: what a schema 2 pack says about the store.

    Written only by core/packs/install.py: each install or update of a pack replaces its
    rows, removing the pack deletes them. ``position`` is the order in the pack file.
    """
    db.execute(
        """CREATE TABLE pack_contacts (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL REFERENCES packs(id),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            how TEXT NOT NULL,
            when_ TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE pack_phrases (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL REFERENCES packs(id),
            position INTEGER NOT NULL,
            step TEXT NOT NULL,
            text TEXT NOT NULL
        )"""
    )
    # One policy per pack; its exceptions are a JSON array of strings, in the file's order.
    db.execute(
        """CREATE TABLE pack_policies (
            pack_id TEXT PRIMARY KEY REFERENCES packs(id),
            line TEXT NOT NULL,
            exceptions TEXT NOT NULL DEFAULT '[]'
        )"""
    )
    db.execute("CREATE INDEX idx_pack_contacts_pack ON pack_contacts(pack_id, position)")
    db.execute("CREATE INDEX idx_pack_phrases_pack ON pack_phrases(pack_id, position)")
