"""Columns the pack sources feature adds (migration m005): where a pack came from, whether
it was removed, and which checklist of a pack each stored checklist is."""

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
