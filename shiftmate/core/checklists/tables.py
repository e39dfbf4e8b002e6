"""Tables of the checklists feature (migration m002): checklists from packs or the worker,
and runs that copy the items they started with."""

from __future__ import annotations

from sqlite_utils import Database


def create_checklist_tables(db: Database) -> None:
    db.execute(
        """CREATE TABLE packs (
            id TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            organization TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL DEFAULT '',
            installed_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE checklists (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            when_ TEXT NOT NULL DEFAULT 'any-time',
            origin_pack TEXT REFERENCES packs(id),
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE checklist_sections (
            id INTEGER PRIMARY KEY,
            checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            position INTEGER NOT NULL,
            origin_pack TEXT,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_sections_checklist ON checklist_sections(checklist_id, position)")
    db.execute(
        """CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES checklist_sections(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('check', 'yes-no', 'rating', 'note', 'instruction')),
            help TEXT NOT NULL DEFAULT '',
            required INTEGER NOT NULL DEFAULT 0,
            locked INTEGER NOT NULL DEFAULT 0,
            origin_pack TEXT,
            position INTEGER NOT NULL,
            deleted_at TEXT,
            UNIQUE (checklist_id, key)
        )"""
    )
    db.execute("CREATE INDEX idx_items_section ON checklist_items(section_id, position)")
    db.execute(
        """CREATE TABLE checklist_runs (
            id INTEGER PRIMARY KEY,
            checklist_id INTEGER NOT NULL REFERENCES checklists(id),
            checklist_key TEXT NOT NULL,
            title TEXT NOT NULL,
            started_at TEXT NOT NULL,
            tz TEXT NOT NULL,
            local_day TEXT NOT NULL,
            shift_id INTEGER,
            closed_at TEXT,
            completed INTEGER NOT NULL DEFAULT 0,
            required_open INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX idx_runs_checklist_day ON checklist_runs(checklist_key, local_day)")
    db.execute(
        """CREATE TABLE run_items (
            run_id INTEGER NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            section_title TEXT NOT NULL,
            item_key TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            help TEXT NOT NULL DEFAULT '',
            required INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, item_key)
        )"""
    )
    db.execute(
        """CREATE TABLE run_answers (
            run_id INTEGER NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            value TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (run_id, item_key),
            FOREIGN KEY (run_id, item_key) REFERENCES run_items(run_id, item_key)
        )"""
    )
