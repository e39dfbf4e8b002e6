"""A file that is refused is left byte for byte as it was, its ``-wal`` included.

The copies here are what a crash leaves: transactions committed to the ``-wal`` and not yet
checkpointed into the file. A read-write connection would move them into the file when it
closes (and SQLite deletes the ``-wal`` of an empty file), so the checks run read-only.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from shiftmate.core.storage.database import open_database
from shiftmate.core.storage.doctor import doctor_report
from shiftmate.core.errors import DatabaseProblem
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.core.storage.test_database import migrations_with


def crashed_copy(source: DataLocation, target: DataLocation, write) -> DataLocation:
    """``source``'s file and ``-wal`` copied while ``write``'s transactions sit in the -wal."""
    conn = sqlite3.connect(source.database, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        write(conn)
        target.root.mkdir(parents=True)
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{source.database}{suffix}", f"{target.database}{suffix}")
    finally:
        conn.close()
    return target


def files_of(location: DataLocation) -> dict[str, bytes]:
    """The database and its -wal (the -shm is an index SQLite may rebuild at will)."""
    return {path.name: path.read_bytes() for path in sorted(location.root.iterdir())
            if path.name in ("shiftmate.db", "shiftmate.db-wal")}


def every_way_of_opening(location: DataLocation, *, readers_may_open: bool = False) -> None:
    """Open as the window, a writing command, a reading command and doctor do; each refuses.

    A reading command skips the whole-file check, so it may open a damaged file (its
    reads then meet the damage); it cannot write through what it opened.
    """
    with pytest.raises(DatabaseProblem):
        Store.open(location)
    if readers_may_open:
        Store.open(location, read_only=True).close()
    else:
        with pytest.raises(DatabaseProblem):
            Store.open(location, read_only=True)
    report = doctor_report(location)
    assert report["ok"] is False and report["problem"]


def add_settings(conn) -> None:
    for n in range(20):
        conn.execute("INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', '2026-12-01')",
                     [f"after-crash-{n}"])


def test_a_damaged_file_with_a_wal_is_left_byte_for_byte(tmp_path, location):
    db = open_database(location)
    db["notes"].insert_all({"text": "x" * 500} for _ in range(200))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    crashed = crashed_copy(location, DataLocation(tmp_path / "crashed"), add_settings)
    data = bytearray(crashed.database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # A page of notes, not in the -wal: the notes went in last, after every migration's
    # tables, so their ~25 pages are the file's last ones (the middle page was a schema page
    # once enough features had tables, and opening read-only rightly failed on it).
    middle = (len(data) // page_size - 10) * page_size
    data[middle:middle + 300] = b"\xa5" * 300
    crashed.database.write_bytes(bytes(data))
    before = files_of(crashed)
    assert len(before["shiftmate.db-wal"]) > 0

    every_way_of_opening(crashed, readers_may_open=True)

    assert files_of(crashed) == before


def test_a_newer_file_with_a_wal_is_left_byte_for_byte(tmp_path, location):
    def m999_from_the_future(db):
        db["future"].create({"id": int}, pk="id")

    open_database(location, migrations=migrations_with(m999_from_the_future)).close()
    crashed = crashed_copy(location, DataLocation(tmp_path / "crashed"), add_settings)
    before = files_of(crashed)

    every_way_of_opening(crashed)

    assert files_of(crashed) == before
    with pytest.raises(DatabaseProblem, match="newer ShiftMate"):
        open_database(crashed)


def test_a_healthy_file_with_a_wal_keeps_what_was_committed_to_it(tmp_path, location):
    Store.open(location).close()
    crashed = crashed_copy(location, DataLocation(tmp_path / "crashed"), add_settings)
    for read_only in (True, False):
        store = Store.open(crashed, read_only=read_only)
        try:
            assert store.get_setting("after-crash-19") == "v"
        finally:
            store.close()


def _plain_sqlite_file(location: DataLocation, *statements: str) -> bytes:
    location.root.mkdir(parents=True)
    conn = sqlite3.connect(location.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return location.database.read_bytes()


@pytest.mark.parametrize("statements", [
    ["CREATE VIEW answer AS SELECT 42 AS value"],
    ["PRAGMA user_version = 7"],
], ids=["only-a-view", "unknown-user-version"])
def test_another_programs_file_without_tables_is_refused_and_left_as_it_was(location, statements):
    before = _plain_sqlite_file(location, *statements)

    with pytest.raises(DatabaseProblem, match="another program"):
        open_database(location)
    every_way_of_opening(location)

    assert location.database.read_bytes() == before
    # The conversion lock's two empty files (core.storage.write_lock) are ShiftMate's own, beside it.
    assert sorted(p.name for p in location.root.iterdir()
                  if not p.name.endswith((".lock", ".lock-gate"))) == ["shiftmate.db"]


def wal_left_in(location, tmp_path, *statements: str) -> None:
    """A write-ahead log beside ``location``'s database, as a crash leaves one: it creates a
    table, then runs ``statements``, and was never checkpointed into a main file."""
    fresh = DataLocation(tmp_path / "fresh")
    fresh.root.mkdir()
    conn = sqlite3.connect(fresh.database, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE kept (text TEXT)")
        for statement in statements:
            conn.execute(statement)
        location.root.mkdir(parents=True)
        shutil.copyfile(f"{fresh.database}-wal", f"{location.database}-wal")
    finally:
        conn.close()


def test_an_empty_file_whose_wal_holds_data_is_not_taken_for_a_new_one(tmp_path, location):
    wal_left_in(location, tmp_path, "INSERT INTO kept VALUES ('committed before the crash')")
    location.database.write_bytes(b"")
    before = files_of(location)
    assert len(before["shiftmate.db-wal"]) > 0

    with pytest.raises(DatabaseProblem, match="write-ahead log"):
        open_database(location)
    every_way_of_opening(location)

    assert files_of(location) == before


def test_a_protected_newer_file_with_a_wal_is_left_byte_for_byte(tmp_path, location):
    import sqlcipher3

    from shiftmate.core.storage.encryption import apply_key, convert_database, marker_path

    def m999_from_the_future(db):
        db["future"].create({"id": int}, pk="id")

    Store.open(location).close()
    convert_database(location, None, "correct horse")
    open_database(location, migrations=migrations_with(m999_from_the_future), passphrase="correct horse").close()
    crashed = DataLocation(tmp_path / "crashed")
    conn = sqlcipher3.connect(str(location.database), isolation_level=None)
    try:
        apply_key(conn, "correct horse")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        add_settings(conn)
        crashed.root.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{location.database}{suffix}", f"{crashed.database}{suffix}")
        shutil.copyfile(marker_path(location.database), marker_path(crashed.database))
    finally:
        conn.close()
    before = files_of(crashed)
    assert len(before["shiftmate.db-wal"]) > 0

    for read_only in (False, True):
        with pytest.raises(DatabaseProblem, match="newer ShiftMate"):
            Store.open(crashed, passphrase="correct horse", read_only=read_only)

    assert files_of(crashed) == before


@pytest.mark.parametrize("main_file", ["empty", "missing"])
def test_a_wal_without_its_file_is_refused_and_moved_aside_whole(tmp_path, location, main_file):
    import datetime as dt

    from shiftmate.core.privacy.backups import move_aside

    wal_left_in(location, tmp_path)
    if main_file == "empty":
        location.database.write_bytes(b"")
    wal = (location.root / "shiftmate.db-wal").read_bytes()

    with pytest.raises(DatabaseProblem, match="write-ahead log"):
        Store.open(location)
    aside = move_aside(location, dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))

    assert aside.with_name(aside.name + "-wal").read_bytes() == wal
    assert not (location.root / "shiftmate.db-wal").exists()
