"""The database schema, as a list of ``sqlite_utils.Migrations`` applied in order.

Each feature appends its own migration; a migration never changes after it has shipped.
The schema version a user sees is the number of migrations applied.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "shiftmate"

# Written into the SQLite header so ShiftMate can tell its own files from other databases.
APPLICATION_ID = 0x53484D54  # "SHMT"

MIGRATIONS = Migrations(MIGRATION_SET)


@MIGRATIONS()
def m001_foundation(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["settings"].create(
        {"key": str, "value": str, "updated_at": str},
        pk="key",
        not_null={"value", "updated_at"},
    )


@MIGRATIONS()
def m002_checklists(db: Database) -> None:
    from shiftmate.core.checklist_schema import create_checklist_tables

    create_checklist_tables(db)


@MIGRATIONS()
def m003_journal(db: Database) -> None:
    from shiftmate.core.journal_schema import create_journal_tables

    create_journal_tables(db)


@MIGRATIONS()
def m004_shifts_breaks(db: Database) -> None:
    from shiftmate.core.shift_schema import create_shift_tables

    create_shift_tables(db)


@MIGRATIONS()
def m005_pack_sources(db: Database) -> None:
    from shiftmate.core.pack_schema import add_pack_source_columns

    add_pack_source_columns(db)


def schema_version(db: Database, migrations: Migrations = MIGRATIONS) -> int:
    """How many of ``migrations`` this file has applied."""
    return len(migrations.applied(db))


def unknown_migrations(db: Database, migrations: Migrations = MIGRATIONS) -> list[str]:
    """Applied migration names this ShiftMate does not know: the file is from a newer one."""
    known = {m.name for m in migrations._migrations}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def known_migration_count(migrations: Migrations = MIGRATIONS) -> int:
    return len(migrations._migrations)
