"""Protect the data with a passphrase, change it, or remove it; backups follow along.

Each operation first opens the database with the current key (which proves the key and
checks the file), makes a backup, closes it, and converts it safely (see
``shiftmate.core.storage.encryption``). Then every backup is converted the same way so that
backups of a protected database are encrypted with the same key. The caller makes sure
nothing else has the database open (the window closes its connection first).
"""

from __future__ import annotations

import datetime as dt

from shiftmate.core.storage.backup_files import finish_leftovers, follow_backups, list_backups
from shiftmate.core.storage.database import backup_database
from shiftmate.core.storage.encryption import (
    check_passphrase,
    convert_database,
    is_protected,
    looks_encrypted,
)
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.paths import DataLocation

NO_RECOVERY = (
    "There is no way to recover your data without the passphrase: if you forget it, "
    "everything ShiftMate keeps is lost."
)


def _backup_first(location: DataLocation, passphrase: str | None, reason: str, now) -> None:
    from shiftmate.core.storage.store import Store

    with Store.open(location, passphrase=passphrase) as store:
        backup_database(store.db, location, reason=reason, now=now)


def protect(location: DataLocation, new: str, *, now: dt.datetime,
            plaintext_backups: str = "encrypt") -> dict:
    """Encrypt the database with ``new``; plaintext backups are encrypted or removed."""
    check_passphrase(new)
    if is_protected(location.database):
        if plaintext_backups_left := [b for b in list_backups(location) if not looks_encrypted(b.path)]:
            # Encrypting was interrupted after the swap: finish the backups with the same key.
            from shiftmate.core.privacy import unlock_limit
            from shiftmate.core.storage.encryption import open_keyed

            with unlock_limit.attempt(location, now):
                open_keyed(location.database, new).close()
            done = follow_backups(location, None, new, remove=plaintext_backups == "remove")
            _finish(location, new)
            return {"rows": 0, "backups": done, "finished": len(plaintext_backups_left)}
        raise BadInput("The data is already protected by a passphrase; use 'passphrase change'.")
    if plaintext_backups not in ("encrypt", "remove"):
        raise BadInput("Plaintext backups can only be encrypted or removed.")
    _backup_first(location, None, "before-encrypting", now)
    counts = convert_database(location, None, new)
    done = follow_backups(location, None, new, remove=plaintext_backups == "remove")
    _finish(location, new)
    return {"rows": sum(counts.values()), "backups": done}


def change(location: DataLocation, old: str, new: str, *, now: dt.datetime) -> dict:
    """Re-key the database (and its backups) from ``old`` to ``new``."""
    check_passphrase(new)
    if not is_protected(location.database):
        raise BadInput("The data is not protected by a passphrase; use 'passphrase set'.")
    _backup_first(location, old, "before-rekey", now)
    counts = convert_database(location, old, new)
    done = follow_backups(location, old, new)
    _finish(location, new)  # also backups a kill after an earlier `set` left in plaintext
    return {"rows": sum(counts.values()), "backups": done}


def remove(location: DataLocation, old: str, *, now: dt.datetime) -> dict:
    """Decrypt the database (and its backups) back to plain SQLite."""
    if not is_protected(location.database):
        raise BadInput("The data is not protected by a passphrase.")
    _backup_first(location, old, "before-decrypting", now)
    counts = convert_database(location, old, None)
    done = follow_backups(location, old, None)
    _finish(location, None)
    return {"rows": sum(counts.values()), "backups": done}


def _finish(location: DataLocation, passphrase: str | None) -> None:
    """Every conversion ends by finishing what an interrupted one left behind."""
    from shiftmate.core.storage.write_lock import hold

    with hold(location.database, exclusive=True):
        finish_leftovers(location, passphrase)


def plaintext_backups(location: DataLocation) -> list:
    """Backups that are not encrypted (offered for encryption or removal when protecting)."""
    return [b for b in list_backups(location) if not looks_encrypted(b.path)]
