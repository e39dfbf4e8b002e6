"""Backups: daily rotation, unreadable files moved aside, restore of the newest good backup."""

from __future__ import annotations

import datetime as dt

import pytest

from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.privacy.backups import (
    back_up_now,
    daily_backup_if_due,
    list_backups,
    move_aside,
    newest_good_backup,
    restore_backup,
)
from shiftmate.core.errors import UnreadableDatabase
from shiftmate.core.journal.entries import JournalEntry, add_entry, entry_count
from shiftmate.core.storage.store import Store
from tests.helpers import write_random_database

START = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.timezone.utc)


def test_daily_backups_keep_seven_days_and_four_weeks(location):
    store = Store.open(location)
    try:
        for day in range(60):
            now = START + dt.timedelta(days=day)
            assert daily_backup_if_due(store, now) is not None
            assert daily_backup_if_due(store, now + dt.timedelta(hours=3)) is None  # once a day
    finally:
        store.close()
    dailies = [b.made_at.date() for b in list_backups(location) if b.reason == "daily"]
    last = (START + dt.timedelta(days=59)).date()
    assert dailies[:7] == [last - dt.timedelta(days=n) for n in range(7)]
    older = dailies[7:]
    assert len(older) == 4
    weeks = {d.isocalendar()[:2] for d in older}
    assert len(weeks) == 4 and not weeks & {d.isocalendar()[:2] for d in dailies[:7]}


def test_backups_made_for_a_reason_are_never_pruned(location):
    store = Store.open(location)
    try:
        back_up_now(store, now=START - dt.timedelta(days=400))
        for day in range(20):
            daily_backup_if_due(store, START + dt.timedelta(days=day))
    finally:
        store.close()
    assert [b.reason for b in list_backups(location)].count("manual") == 1


def _store_with_backup(location, passphrase=None):
    store = Store.open(location, passphrase=passphrase)
    add_entry(store, JournalEntry(text="in the backup"))
    back_up_now(store, now=START)
    add_entry(store, JournalEntry(text="only in the live file"))
    store.close()


def _truncate(path):
    path.write_bytes(path.read_bytes()[:3000])


def _zero_header(path):
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _random(path):
    write_random_database(path, size=path.stat().st_size)


def _foreign_key(path):
    """A database encrypted with a key nobody gave ShiftMate (and no marker says so)."""
    import sqlcipher3

    path.unlink()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'somebody else'")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [_truncate, _random, _zero_header, _foreign_key],
                         ids=["truncated", "random-bytes", "zeroed-header", "wrong-key"])
def test_a_damaged_database_is_moved_aside_and_the_newest_backup_restored(location, damage):
    _store_with_backup(location)
    damage(location.database)
    damaged = location.database.read_bytes()
    with pytest.raises(UnreadableDatabase):
        Store.open(location)
    aside = move_aside(location, START + dt.timedelta(days=1))
    assert aside.name == "shiftmate.db.unreadable-20260102-080000"
    assert aside.read_bytes() == damaged and not location.database.exists()
    again = move_aside(location, START + dt.timedelta(days=1)) if location.database.exists() else None
    assert again is None
    newest = newest_good_backup(location, None)
    assert newest is not None
    restore_backup(location, newest.path, None, START + dt.timedelta(days=1))
    store = Store.open(location)
    try:
        assert entry_count(store) == 1
    finally:
        store.close()
    assert aside.read_bytes() == damaged  # never deleted, never overwritten


def test_moving_aside_twice_in_one_second_never_overwrites(location):
    location.ensure()
    location.database.write_bytes(b"first")
    first = move_aside(location, START)
    location.database.write_bytes(b"second")
    second = move_aside(location, START)
    assert first != second and first.read_bytes() == b"first" and second.read_bytes() == b"second"


def test_encrypted_backups_restore_with_the_same_key(location):
    _store_with_backup(location)
    privacy.protect(location, "pw", now=START + dt.timedelta(hours=1))
    newest = newest_good_backup(location, "pw")
    assert newest.encrypted
    manual = next(b for b in list_backups(location) if b.reason == "manual")
    restore_backup(location, manual.path, "pw", START + dt.timedelta(hours=2))
    store = Store.open(location, passphrase="pw")
    try:
        assert entry_count(store) == 1
    finally:
        store.close()
    assert not location.database.read_bytes().startswith(b"SQLite format 3")
