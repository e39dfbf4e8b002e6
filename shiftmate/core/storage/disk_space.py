"""Telling a full disk from damage: SQLite often says only "disk I/O error" when out of room.

A full disk is reported as such (``errors.DiskFull``) and nothing is moved or changed; the
person frees space and tries again.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import sqlcipher3

# Below this much free space, an I/O error on opening is a full disk: SQLite cannot make
# the 32 KiB shared-memory index of the write-ahead log, and says only "disk I/O error".
LOW_SPACE_BYTES = 1 << 20
_NO_SPACE_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def free_bytes(folder: Path) -> int | None:
    """Free space for this user on the disk holding ``folder``; None when it cannot be told."""
    try:
        if hasattr(os, "statvfs"):
            stats = os.statvfs(folder)
            return stats.f_bavail * stats.f_frsize
        import shutil  # only on Windows, and only once something failed

        return shutil.disk_usage(folder).free
    except OSError:
        return None


def out_of_space(exc: BaseException, folder: Path) -> bool:
    """True when ``exc`` comes from a full disk (or quota) rather than from damage."""
    if isinstance(exc, OSError):
        return exc.errno in _NO_SPACE_ERRNOS
    if not isinstance(exc, sqlcipher3.Error):
        return False
    name = getattr(exc, "sqlite_errorname", None) or ""
    if name.startswith("SQLITE_FULL") or "database or disk is full" in str(exc):
        return True
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk I/O error" in str(exc):
        free = free_bytes(folder)
        return free is not None and free < LOW_SPACE_BYTES
    return False
