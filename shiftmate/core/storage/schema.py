"""The database schema, as a list of ``sqlite_utils.Migrations`` applied in order.

Each feature appends its own migration; a migration never changes after it has shipped.
The schema version a user sees is the number of migrations applied.

The names of the migrations are plain data here (``MIGRATION_NAMES``), and what a file has
applied is read with one query, so opening an up-to-date file needs no sqlite-utils (whose
import takes about as long as PySide6's). ``MIGRATIONS``, the ``sqlite_utils.Migrations``
that applies them, is built the first time a file needs migrating.
"""

from __future__ import annotations

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "shiftmate"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils.Migrations.migrations_table

# Written into the SQLite header so ShiftMate can tell its own files from other databases.
APPLICATION_ID = 0x53484D54  # "SHMT"


def m001_foundation(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["settings"].create(
        {"key": str, "value": str, "updated_at": str},
        pk="key",
        not_null={"value", "updated_at"},
    )


def m002_checklists(db: Database) -> None:
    from shiftmate.core.checklists.tables import create_checklist_tables

    create_checklist_tables(db)


def m003_journal(db: Database) -> None:
    from shiftmate.core.journal.tables import create_journal_tables

    create_journal_tables(db)


def m004_shifts_breaks(db: Database) -> None:
    from shiftmate.core.shifts.tables import create_shift_tables

    create_shift_tables(db)


def m005_pack_sources(db: Database) -> None:
    from shiftmate.core.packs.tables import add_pack_source_columns

    add_pack_source_columns(db)


def m006_moment_phrases(db: Database) -> None:
    from shiftmate.core.moment.tables import create_moment_tables

    create_moment_tables(db)


def m007_pack_store_info(db: Database) -> None:
    from shiftmate.core.packs.tables import create_pack_store_info_tables

    create_pack_store_info_tables(db)


def m008_journal_good_moments(db: Database) -> None:
    from shiftmate.core.journal.tables import add_good_moments

    add_good_moments(db)


def m009_reflection_more(db: Database) -> None:
    from shiftmate.core.journal.tables import add_reflection_more

    add_reflection_more(db)


def m011_roster(db: Database) -> None:
    from shiftmate.core.shifts.tables import create_roster_tables

    create_roster_tables(db)


def m012_own_reminders(db: Database) -> None:
    from shiftmate.core.shifts.tables import create_own_reminder_tables

    create_own_reminder_tables(db)


# In the order they apply; append new ones at the end.
STEPS = (m001_foundation, m002_checklists, m003_journal, m004_shifts_breaks, m005_pack_sources,
         m006_moment_phrases, m007_pack_store_info, m008_journal_good_moments, m009_reflection_more,
         m011_roster, m012_own_reminders)
MIGRATION_NAMES = tuple(step.__name__ for step in STEPS)

_shipped: Migrations | None = None


def shipped_migrations() -> Migrations:
    """The ``sqlite_utils.Migrations`` of ``STEPS`` (made once, on first use)."""
    global _shipped
    if _shipped is None:
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(MIGRATION_SET)
        for step in STEPS:
            migrations()(step)
        _shipped = migrations
    return _shipped


def __getattr__(name: str):
    if name == "MIGRATIONS":  # the shipped Migrations, built when first asked for
        return shipped_migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _set_and_names(migrations: Migrations | None) -> tuple[str, tuple[str, ...]]:
    if migrations is None:
        return MIGRATION_SET, MIGRATION_NAMES
    return migrations.name, tuple(m.name for m in migrations._migrations)


def applied_migrations(db: Database, migrations: Migrations | None = None) -> list[str]:
    """Names of the migrations this file has applied, in order (what ``Migrations.applied`` reads)."""
    set_name, _names = _set_and_names(migrations)
    if not db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone():
        return []
    rows = db.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid", [set_name]
    ).fetchall()
    return [row[0] for row in rows]


def schema_version(db: Database, migrations: Migrations | None = None) -> int:
    """How many of ``migrations`` (by default the shipped ones) this file has applied."""
    return len(applied_migrations(db, migrations))


def unknown_migrations(db: Database, migrations: Migrations | None = None) -> list[str]:
    """Applied migration names this ShiftMate does not know: the file is from a newer one."""
    known = set(_set_and_names(migrations)[1])
    return [name for name in applied_migrations(db, migrations) if name not in known]


def pending_migrations(db: Database, migrations: Migrations | None = None) -> list[str]:
    """Known migration names this file has not applied yet, in order."""
    applied = set(applied_migrations(db, migrations))
    return [name for name in _set_and_names(migrations)[1] if name not in applied]


def known_migration_count(migrations: Migrations | None = None) -> int:
    return len(_set_and_names(migrations)[1])
