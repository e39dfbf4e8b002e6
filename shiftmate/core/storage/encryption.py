"""Passphrase encryption of the database file with SQLCipher 4 (its default key derivation).

Converting (protect, change the passphrase, remove it, restore a backup) never edits the
live file in place. A complete copy is written next to it with ``sqlcipher_export``, the
copy is opened again with its key and checked (``integrity_check``, equal row counts), and
only then swapped in with ``os.replace``. Until that rename the old file is complete; after
it the new one is. The old file's bytes are then overwritten through a handle opened
before the rename, so no plaintext copy stays behind under any name.

A small marker file (``shiftmate.db.protected``) says "this database may be encrypted".
It lets a file without the SQLite header be told apart: with the marker it needs a
passphrase; without it, it is simply unreadable. The marker is written before an encrypted
file is swapped in and removed only after a plaintext one is, so a crash never leaves an
encrypted file unmarked.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from shiftmate.core.errors import BadInput, DatabaseProblem
from shiftmate.core.storage.paths import DataLocation, create_private_file

# sqlcipher3 is imported where a connection is made: every command line installs the
# passphrase source below, and the window's command line opens no connection itself.

SQLITE_MAGIC = b"SQLite format 3\x00"
MARKER_SUFFIX = ".protected"
WORK_SUFFIX = ".converting"

# The CLI (or a script) installs a callable that finds the passphrase when a protected
# file is opened without one: a prompt, a file, the environment. The core never prompts.
_passphrase_source: Callable[[], str | None] | None = None


class WrongPassphrase(BadInput):
    """The passphrase does not open the database; nothing was changed."""

    def __init__(self, path) -> None:
        super().__init__(f"The passphrase does not open {path}; nothing was changed.")


class PassphraseNeeded(BadInput):
    """The database is protected and no passphrase was given."""

    def __init__(self, path) -> None:
        super().__init__(
            f"The database {path} is protected by a passphrase; type it when asked, or give it "
            "with --passphrase-file FILE or SHIFTMATE_PASSPHRASE."
        )


def set_passphrase_source(source: Callable[[], str | None] | None) -> None:
    """Install (or with None remove) the callable asked for a missing passphrase."""
    global _passphrase_source
    _passphrase_source = source


def ask_passphrase_source() -> str | None:
    return _passphrase_source() if _passphrase_source is not None else None


def check_passphrase(passphrase: str) -> str:
    if not passphrase:
        raise BadInput("The passphrase must not be empty.")
    if "\x00" in passphrase:
        raise BadInput("The passphrase must not contain a NUL character.")
    return passphrase


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (single quotes doubled; never formatted raw)."""
    return "'" + check_passphrase(passphrase).replace("'", "''") + "'"


def apply_key(conn, passphrase: str | None) -> None:
    """Key a fresh connection; None leaves it a plain SQLite connection."""
    if passphrase is not None:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def is_protected(path: Path) -> bool:
    """True when ``path`` is (as far as can be told without the key) an encrypted database."""
    path = Path(path)
    return (
        path.exists() and path.stat().st_size > 0 and marker_path(path).exists()
        and not has_sqlite_header(path)
    )


def looks_encrypted(path: Path) -> bool:
    """For backups, which carry no marker: a non-empty file without the SQLite header."""
    path = Path(path)
    return path.exists() and path.stat().st_size > 0 and not has_sqlite_header(path)


def open_keyed(path: Path, passphrase: str | None, *, unchanging: bool = False):
    """A raw sqlcipher3 connection that has proved it can read ``path``, or WrongPassphrase.

    ``unchanging``: read-only and ``immutable``, for a finished file nobody writes (a backup),
    so nothing is written beside it, not even a -wal or -shm.
    """
    import sqlcipher3

    if unchanging:
        conn = sqlcipher3.connect(Path(path).absolute().as_uri() + "?mode=ro&immutable=1", uri=True,
                                  isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr
        apply_key(conn, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongPassphrase(path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def row_counts(conn, schema: str = "main") -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name"
    )]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":
        _fsync(path)


def overwrite_and_remove(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush, then unlink it (missing files are fine)."""
    try:
        handle = open(path, "r+b")
    except FileNotFoundError:
        return
    with handle:
        _zero(handle)
    os.unlink(path)


def _zero(handle) -> None:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    chunk = b"\x00" * 65536
    while size > 0:
        handle.write(chunk[: min(size, len(chunk))])
        size -= len(chunk)
    handle.flush()
    os.fsync(handle.fileno())


def export_verified(source: Path, source_key: str | None, target: Path, target_key: str | None) -> dict:
    """Write a checked copy of ``source`` to ``target`` keyed with ``target_key``.

    ``target`` must not exist. Raises ``WrongPassphrase`` (source) or ``DatabaseProblem``;
    on failure the partial target is removed. Returns the row counts that were verified.
    """
    create_private_file(target)
    try:
        conn = open_keyed(source, source_key)
        try:
            health = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if health != ["ok"]:
                raise DatabaseProblem(source, f"the integrity check found damage: {health[0]}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = row_counts(conn)
            versions = [conn.execute(f"PRAGMA {name}").fetchone()[0]
                        for name in ("user_version", "application_id")]
            key_sql = quote(target_key) if target_key is not None else "''"
            conn.execute(f"ATTACH DATABASE ? AS target KEY {key_sql}", [str(target)])
            conn.execute("SELECT sqlcipher_export('target')")
            # sqlcipher_export copies schema and rows, not these two header fields.
            conn.execute(f"PRAGMA target.user_version = {int(versions[0])}")
            conn.execute(f"PRAGMA target.application_id = {int(versions[1])}")
            conn.execute("DETACH DATABASE target")
        finally:
            conn.close()
        check = open_keyed(target, target_key)
        try:
            health = [row[0] for row in check.execute("PRAGMA integrity_check")]
            if health != ["ok"] or row_counts(check) != counts:
                raise DatabaseProblem(target, _mismatch(source, source_key, counts))
        finally:
            check.close()
        _fsync(target)
    except BaseException:
        overwrite_and_remove(target)
        raise
    return counts


def _mismatch(source: Path, source_key: str | None, counts: dict) -> str:
    """Why a copy did not match: the source changed meanwhile, or the copy is wrong."""
    try:
        conn = open_keyed(source, source_key)
        try:
            changed = row_counts(conn) != counts
        finally:
            conn.close()
    except Exception:  # the explanation must not hide the failure it explains
        changed = False
    if changed:
        return ("another program wrote to the database while it was being converted, so the "
                "copy missed those changes; nothing was changed; close it and try again")
    return "the converted copy did not match; nothing was changed"


def swap_in(new_file: Path, path: Path, *, shred_old: bool = True) -> None:
    """Atomically replace ``path`` with ``new_file``; then overwrite the old file's bytes.

    Callers have closed every connection to ``path`` and checkpointed it, so its -wal and
    -shm hold nothing the file lacks; they are overwritten and removed before the rename.
    """
    for suffix in ("-wal", "-shm"):
        overwrite_and_remove(path.with_name(path.name + suffix))
    old = None
    if shred_old and path.exists():
        old = open(path, "r+b")  # keeps the old inode reachable after the rename
    try:
        os.replace(new_file, path)
        _fsync_dir(path.parent)
        if old is not None:
            _zero(old)
    finally:
        if old is not None:
            old.close()


def convert_database(location: DataLocation, old: str | None, new: str | None) -> dict:
    """Re-write the closed database of ``location`` from key ``old`` to key ``new``.

    None means plaintext. Safe against a crash at any moment: the database opens afterwards
    with either the old or the new key and holds every row.
    """
    from shiftmate.core.storage.write_lock import hold

    path = location.database
    work = path.with_name(path.name + WORK_SUFFIX)
    # Nobody writes from the copy to the swap: a write in between would be lost with the
    # old file. Writers wait (or are told), and find the new file when they may go on.
    with hold(path, exclusive=True):
        overwrite_and_remove(work)  # a leftover from an interrupted conversion
        counts = export_verified(path, old, work, new)
        if new is not None:
            create_private_file(marker_path(path))
            _fsync_dir(path.parent)
        swap_in(work, path)
        if new is None:
            marker_path(path).unlink(missing_ok=True)
    return counts


def convert_backup(backup: Path, old: str | None, new: str | None) -> None:
    """Re-key one backup file the same safe way (its key follows the database's)."""
    work = backup.with_name(backup.name + WORK_SUFFIX)
    overwrite_and_remove(work)
    export_verified(backup, old, work, new)
    swap_in(work, backup)


def work_leftovers(location: DataLocation) -> list[Path]:
    """Partial copies left by a backup or conversion that was killed (``*.converting``).

    The database itself (or the backup it was for) is complete without them; one may be a
    full plaintext copy. Only the holder of the exclusive write lock may remove them: whoever
    writes one (a backup, a conversion, a backup being re-keyed) holds the lock meanwhile.
    """
    found = []
    for folder in (location.root, location.backups):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found.extend(folder / name for name in names if name.endswith(WORK_SUFFIX))
    return found


def remove_leftovers(location: DataLocation) -> None:
    """Remove partial copies left by a conversion that was interrupted (never the database)."""
    for leftover in work_leftovers(location):
        overwrite_and_remove(leftover)


def plaintext_copies(location: DataLocation) -> list[Path]:
    """Files that hold ShiftMate's data readably while the database is protected.

    Backups left unencrypted by an interrupted conversion, partial copies, a file moved
    aside as unreadable: none of them, once the database is protected and nothing is
    interrupted. Cheap enough to ask on every start (a listing and 16 bytes a file).
    """
    if not is_protected(location.database):
        return []
    found = [path for path in work_leftovers(location) if path.stat().st_size > 0]
    try:
        aside = [location.root / n for n in os.listdir(location.root)
                 if n.startswith(location.database.name + ".unreadable-")]
    except OSError:
        aside = []
    backups = []
    if location.backups.is_dir():
        backups = [p for p in location.backups.iterdir()
                   if p.name.startswith("shiftmate-") and p.name.endswith(".db")]
    found.extend(p for p in aside + backups if p.is_file() and has_sqlite_header(p))
    return sorted(found)
