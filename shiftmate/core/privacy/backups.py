"""Backups: made with SQLite's online backup API into ``backups/``, listed, pruned, restored.

A backup of a protected database is encrypted with the same passphrase. Automatic daily
backups keep the newest of each of the last 7 days plus the newest of each of 4 weeks
before that; backups made for a reason (before a migration, encrypting, restoring) and
those made by hand are never pruned. Restoring writes a checked copy and swaps it in,
like encryption does, after backing up (or, if it will not open, moving aside) the
current file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

# Backup and list_backups are storage's (opening a store finishes interrupted backups);
# this feature's callers keep finding them here.
from shiftmate.core.storage.backup_files import Backup, list_backups
from shiftmate.core.storage.database import backup_database
from shiftmate.core.storage.encryption import (
    WORK_SUFFIX,
    export_verified,
    is_protected,
    looks_encrypted,
    marker_path,
    overwrite_and_remove,
    swap_in,
    _fsync_dir,
)
from shiftmate.core.errors import BadInput, UnreadableDatabase
from shiftmate.core.storage.paths import DataLocation, create_private_file
from shiftmate.core.storage.schema import APPLICATION_ID
from shiftmate.core.storage.write_lock import hold

DAILY_KEPT = 7
WEEKLY_KEPT = 4


def back_up_now(store, *, reason: str = "manual", now: dt.datetime | None = None,
                target: Path | None = None) -> Path:
    """A backup of the open store, into ``backups/`` or to ``target`` (which must be new)."""
    if target is not None:
        from shiftmate.core.storage.database import backup_to

        target = Path(target)
        if target.exists():
            raise BadInput(f"{target} already exists; choose a new file name.")
        return backup_to(store.db, target)
    return backup_database(store.db, store.location, reason=reason, now=now or store.clock.now())


def daily_backup_if_due(store, now: dt.datetime) -> Path | None:
    """Make today's automatic backup unless there is one; then prune old daily ones."""
    today = now.astimezone(dt.timezone.utc).date()
    made = None
    if not any(b.reason == "daily" and b.made_at.date() == today for b in list_backups(store.location)):
        made = backup_database(store.db, store.location, reason="daily", now=now)
    prune_daily(store.location)
    return made


def prune_daily(location: DataLocation) -> list[Path]:
    """Keep the newest daily backup of each of 7 days and of each of 4 earlier weeks."""
    dailies = [b for b in list_backups(location) if b.reason == "daily"]
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for backup in dailies:  # newest first
        day = backup.made_at.date()
        if day in days:
            continue
        if len(days) < DAILY_KEPT:
            days.append(day)
            keep.add(backup.path)
            continue
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < WEEKLY_KEPT and week not in {d.isocalendar()[:2] for d in days}:
            weeks.append(week)
            keep.add(backup.path)
    removed = [b.path for b in dailies if b.path not in keep]
    for path in removed:
        overwrite_and_remove(path)
    return removed


def move_aside(location: DataLocation, now: dt.datetime) -> Path:
    """Rename an unreadable database to ``shiftmate.db.unreadable-<timestamp>``; never overwrite."""
    path = location.database
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unreadable-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.unreadable-{stamp}-{counter}")
    if path.exists():  # a -wal whose file is gone is moved aside all the same
        os.rename(path, aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.rename(companion, aside.with_name(aside.name + suffix))
    marker_path(path).unlink(missing_ok=True)
    _fsync_dir(path.parent)
    return aside


def check_backup(path: Path, passphrase: str | None) -> str | None:
    """Prove ``path`` is a healthy ShiftMate backup; returns the key that opens it."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"There is no backup file {path}.")
    key = passphrase if looks_encrypted(path) else None
    if looks_encrypted(path) and passphrase is None:
        raise BadInput(f"The backup {path} is encrypted; give its passphrase.")
    conn = _open_unchanging(path, key)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        health = [row[0] for row in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()
    if app_id != APPLICATION_ID or health != ["ok"]:
        raise BadInput(f"{path} is not a healthy ShiftMate backup; nothing was changed.")
    return key


def _open_unchanging(path: Path, passphrase: str | None):
    """A read-only connection to a backup that writes nothing, not even a -wal or -shm beside it.

    A backup is a finished file nobody writes (``immutable``), so checking one needs no
    room on the disk: the newest backup is found even when the disk is full.
    """
    from shiftmate.core.storage.encryption import open_keyed

    return open_keyed(path, passphrase, unchanging=True)


def restore_backup(location: DataLocation, backup: Path, passphrase: str | None,
                   now: dt.datetime) -> dict:
    """Replace the database with ``backup``; the current file is backed up or moved aside first.

    The restored database keeps the protection in force (or that of the backup): it is
    written with ``passphrase`` when either is encrypted. Returns what happened.
    """
    from shiftmate.core.storage.store import Store

    backup = Path(backup)
    source_key = check_backup(backup, passphrase)
    path = location.database
    protected = is_protected(path)
    result = {"restored": str(backup), "backup_of_current": None, "moved_aside": None}
    if path.exists() and path.stat().st_size > 0:
        try:
            store = Store.open(location, passphrase=passphrase)
        except UnreadableDatabase:
            result["moved_aside"] = str(move_aside(location, now))
        else:
            with store:
                result["backup_of_current"] = str(
                    backup_database(store.db, location, reason="before-restore", now=now)
                )
    location.ensure()
    target_key = passphrase if (protected or source_key is not None) else None
    work = path.with_name(path.name + WORK_SUFFIX)
    with hold(path, exclusive=True):  # no write may land in the file being replaced
        overwrite_and_remove(work)
        export_verified(backup, source_key, work, target_key)
        if target_key is not None:
            create_private_file(marker_path(path))
        swap_in(work, path)
        if target_key is None:
            marker_path(path).unlink(missing_ok=True)
    return result


def newest_good_backup(location: DataLocation, passphrase: str | None) -> Backup | None:
    """The newest backup that opens and passes its check, if any."""
    for backup in list_backups(location):
        try:
            check_backup(backup.path, passphrase)
        except Exception:  # a damaged or foreign backup is simply skipped
            continue
        return backup
    return None
