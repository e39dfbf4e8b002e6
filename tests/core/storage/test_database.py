"""Opening the one SQLite file: settings, health checks, refusals, and migrations."""

import os
import sqlite3
import stat

import pytest
from sqlite_utils.migrations import Migrations

from shiftmate.core.storage import schema
from shiftmate.core.storage.database import open_database
from shiftmate.core.errors import DatabaseProblem
from shiftmate.core.storage.schema import APPLICATION_ID, MIGRATION_SET, schema_version
from tests.helpers import write_random_database


def migrations_with(*extra):
    """The shipped migrations plus test-only ones, under the same set name."""
    migrations = Migrations(MIGRATION_SET)
    for step in schema.STEPS:
        migrations()(step)
    for fn in extra:
        migrations()(fn)
    return migrations


def test_new_database_is_created_migrated_and_configured(location):
    db = open_database(location)
    try:
        assert location.database.exists()
        assert schema_version(db) >= 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert "settings" in db.table_names()
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_private_to_the_user(location):
    open_database(location).close()
    assert stat.S_IMODE(location.database.stat().st_mode) == 0o600


def test_reopening_runs_no_migration_and_makes_no_backup(location):
    open_database(location).close()
    open_database(location).close()
    assert not location.backups.exists()


def test_random_bytes_are_reported_and_left_untouched(location):
    original = write_random_database(location.database)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(location)
    assert str(location.database) in caught.value.sentence
    assert "\n" not in caught.value.sentence
    assert location.database.read_bytes() == original
    assert sorted(p.name for p in location.root.iterdir()) == ["shiftmate.db"]


def test_damaged_pages_fail_the_quick_check_and_are_left_untouched(location):
    db = open_database(location)
    db["notes"].insert_all({"text": "x" * 500} for _ in range(200))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(location.database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, page_size * 3 + 300):  # scribble over a b-tree page
        data[offset] = 0xA5
    location.database.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem, match="integrity check|not a SQLite|malformed"):
        open_database(location)
    assert location.database.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(location):
    location.root.mkdir(parents=True)
    conn = sqlite3.connect(location.database)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = location.database.read_bytes()
    with pytest.raises(DatabaseProblem, match="another program"):
        open_database(location)
    assert location.database.read_bytes() == before


def test_a_file_from_a_newer_shiftmate_is_refused(location):
    def m999_from_the_future(db):
        db["future"].create({"id": int}, pk="id")

    open_database(location, migrations=migrations_with(m999_from_the_future)).close()
    before = location.database.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer ShiftMate"):
        open_database(location)
    assert location.database.read_bytes() == before


def test_pending_migration_backs_up_the_file_first(location):
    db = open_database(location)
    db["settings"].insert({"key": "kept", "value": "yes", "updated_at": "2026-11-23T10:00:00+00:00"})
    db.close()

    def m999_add_test_table(db):
        db["test_only"].create({"id": int, "started_at": str}, pk="id")

    db = open_database(location, migrations=migrations_with(m999_add_test_table))
    assert "test_only" in db.table_names()
    db.close()

    backups = list(location.backups.iterdir())
    assert len(backups) == 1 and "before-migration" in backups[0].name
    backup = sqlite3.connect(backups[0])
    try:
        tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "test_only" not in tables  # the copy was taken before the migration ran
        assert backup.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == ("yes",)
    finally:
        backup.close()


def test_a_failing_migration_changes_nothing_and_stays_pending(location):
    open_database(location).close()

    def m999_breaks_halfway(db):
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        open_database(location, migrations=migrations_with(m999_breaks_halfway))
    db = open_database(location)
    try:
        assert "half_done" not in db.table_names()
        assert schema_version(db) == schema.known_migration_count()
    finally:
        db.close()
