"""A full disk is not damage: opening says the disk is full and touches nothing.

The fake (SQLite failing with the "disk I/O error" it gives when it cannot make the -wal's
index, on a disk with no space left) runs everywhere; the small tmpfs where it can be mounted.
"""

from __future__ import annotations

import errno

import pytest
import sqlcipher3

from shiftmate.core.storage import database
from shiftmate.core.storage import disk_space
from shiftmate.core.storage.database import open_database
from shiftmate.core.storage.disk_space import out_of_space
from shiftmate.core.errors import DiskFull, UnreadableDatabase
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.full_disk import small_disk  # noqa: F401 - a fixture


def _failing_reads(monkeypatch, error: str, free: int) -> None:
    real_connect = database.connect

    def connect(path, passphrase=None, *, read_only=False):
        db = real_connect(path, passphrase, read_only=read_only)
        real_execute = db.execute

        def execute(sql, parameters=None):
            if "sqlite_master" in sql:
                raise sqlcipher3.OperationalError(error)
            return real_execute(sql, parameters)

        db.execute = execute
        return db

    monkeypatch.setattr(database, "connect", connect)
    monkeypatch.setattr(disk_space, "free_bytes", lambda _folder: free)


def _with_an_entry(location: DataLocation) -> bytes:
    store = Store.open(location)
    store.set_setting("kept", "yes")
    store.close()
    return location.database.read_bytes()


def test_an_io_error_on_a_nearly_full_disk_is_a_full_disk_and_changes_nothing(monkeypatch, location):
    before = _with_an_entry(location)
    _failing_reads(monkeypatch, "disk I/O error", free=4096)
    with pytest.raises(DiskFull) as caught:
        open_database(location)
    assert str(location.root) in caught.value.sentence and "full" in caught.value.sentence
    assert caught.value.exit_code == 1
    assert location.database.read_bytes() == before
    assert sorted(p.name for p in location.root.iterdir() if not p.name.endswith(("-wal", "-shm", ".lock", ".lock-gate"))) \
        == ["shiftmate.db"]


def test_an_io_error_with_room_on_the_disk_is_still_reported_as_unreadable(monkeypatch, location):
    _with_an_entry(location)
    _failing_reads(monkeypatch, "disk I/O error", free=50 << 30)
    with pytest.raises(UnreadableDatabase):
        open_database(location)


def test_what_counts_as_out_of_space(tmp_path, monkeypatch):
    monkeypatch.setattr(disk_space, "free_bytes", lambda _folder: 50 << 30)
    assert out_of_space(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert out_of_space(sqlcipher3.OperationalError("database or disk is full"), tmp_path)
    assert not out_of_space(sqlcipher3.OperationalError("disk I/O error"), tmp_path)
    assert not out_of_space(sqlcipher3.DatabaseError("file is not a database"), tmp_path)
    assert not out_of_space(ValueError("no"), tmp_path)
    monkeypatch.setattr(disk_space, "free_bytes", lambda _folder: 0)
    assert out_of_space(sqlcipher3.OperationalError("disk I/O error"), tmp_path)


@pytest.mark.parametrize("leave_kb", [0, 8])
def test_a_real_full_disk_is_named_and_the_file_is_left_as_it_was(small_disk, leave_kb):  # noqa: F811
    location = DataLocation(small_disk.root / "data")
    before = _with_an_entry(location)
    small_disk.fill(leave_kb)
    with pytest.raises(DiskFull):
        Store.open(location)
    assert location.database.read_bytes() == before
    small_disk.make_room()
    store = Store.open(location)
    try:
        assert store.get_setting("kept") == "yes"
    finally:
        store.close()


def test_the_newest_backup_is_found_on_a_full_disk(small_disk):  # noqa: F811
    from shiftmate.core.privacy.backups import back_up_now, newest_good_backup

    location = DataLocation(small_disk.root / "data")
    store = Store.open(location)
    made = back_up_now(store)
    store.close()
    small_disk.fill(leave_kb=0)
    newest = newest_good_backup(location, None)
    assert newest is not None and newest.path == made
    assert sorted(p.name for p in location.backups.iterdir()) == [made.name]  # no -wal, no -shm
