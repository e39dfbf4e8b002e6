"""The files in ``backups/`` and the partial copies beside the database, as storage sees them.

Listing backups by their names, bringing them to the database's key after a conversion, and
finishing what a killed backup or conversion left behind. Opening a store does the last on
every start, so it lives here, below the privacy feature that converts and restores.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from shiftmate.core.errors import BadInput, DatabaseProblem
from shiftmate.core.storage.encryption import (
    convert_backup,
    is_protected,
    looks_encrypted,
    overwrite_and_remove,
    work_leftovers,
)
from shiftmate.core.storage.paths import DataLocation

# storage.database.backup_database writes these names: shiftmate-<UTC stamp>-<reason>[-n].db
_NAME = re.compile(r"^shiftmate-(\d{8}-\d{6})-([a-z-]+?)(?:-\d+)?\.db$")


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made (UTC), why, its size, and whether it is encrypted."""

    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    encrypted: bool

    def as_dict(self) -> dict:
        return {
            "path": str(self.path),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
            "encrypted": self.encrypted,
        }


def _stamp_time(stamp: str) -> dt.datetime | None:
    """The UTC moment of a backup's ``YYYYMMDD-HHMMSS`` stamp; None for an impossible date.

    Read by hand: ``strptime`` imports ``_strptime`` and its locale machinery, which was a
    quarter of what the data thread imported before Today's first answer.
    """
    try:
        return dt.datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                           int(stamp[11:13]), int(stamp[13:15]), tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def list_backups(location: DataLocation) -> list[Backup]:
    """Every backup in ``backups/``, newest first."""
    if not location.backups.is_dir():
        return []
    found = []
    for path in location.backups.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        made = _stamp_time(match.group(1))
        if made is None:
            continue
        found.append(Backup(path, made, match.group(2), path.stat().st_size, looks_encrypted(path)))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def follow_backups(location: DataLocation, old: str | None, new: str | None,
                   *, remove: bool = False) -> int:
    """Bring every backup written with ``old`` to ``new``; ones with another key stay as they are.

    Holds the write lock shared: its ``*.converting`` copies must not be taken for what a
    killed process left (``finish_leftovers``, which holds it exclusively, removes those).
    """
    from shiftmate.core.storage.write_lock import hold

    with hold(location.database, exclusive=False):
        return _convert_backups(location, old, new, remove=remove)


def _convert_backups(location: DataLocation, old: str | None, new: str | None,
                     *, remove: bool) -> int:
    done = 0
    for backup in list_backups(location):
        encrypted = looks_encrypted(backup.path)
        if (old is None) == encrypted:
            continue  # not written with the old key's kind; e.g. converted before a crash
        if remove:
            overwrite_and_remove(backup.path)
        else:
            try:
                convert_backup(backup.path, old, new)
            except BadInput:
                continue  # another passphrase; left for the person to restore with it
            except DatabaseProblem:
                continue  # damaged: left as it is (Settings ▸ Privacy warns while it is plain)
        done += 1
    return done


def finish_leftovers(location: DataLocation, passphrase: str | None) -> int:
    """Remove partial copies and encrypt plaintext backups of a protected database.

    What a kill in the middle of a backup or a conversion leaves: a ``*.converting`` copy
    (removed; what it was for is complete without it) and, after the swap of ``passphrase
    set``, backups still in plaintext (encrypted with ``passphrase``, the database's key).
    The caller holds the write lock exclusively. A plaintext backup that will not convert
    (damaged) is left, and Settings ▸ Privacy keeps warning about it. Returns files fixed.
    """
    fixed = 0
    for leftover in work_leftovers(location):
        overwrite_and_remove(leftover)
        fixed += 1
    if passphrase is not None and is_protected(location.database):
        fixed += follow_backups(location, None, passphrase)
    return fixed
