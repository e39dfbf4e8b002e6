"""Opening ShiftMate's single SQLite file safely.

The file is opened through sqlite-utils over a sqlcipher3 connection (without a key it is
plain SQLite). Before anything is written we check that the file is a healthy ShiftMate
database; a file that fails is never modified. Pending migrations run only after a copy
of the file has been made with SQLite's online backup API.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from shiftmate.core.encryption import (
    PassphraseNeeded,
    WrongPassphrase,
    apply_key,
    ask_passphrase_source,
    is_protected,
)
from shiftmate.core.errors import DatabaseProblem, UnreadableDatabase
from shiftmate.core.paths import DataLocation, create_private_file, make_private_dir, tighten_file
from shiftmate.core.schema import (
    APPLICATION_ID,
    MIGRATIONS,
    known_migration_count,
    schema_version,
    unknown_migrations,
)

BUSY_TIMEOUT_MS = 5000
_DB_ERRORS = (sqlcipher3.DatabaseError, OSError)


@dataclass(frozen=True)
class HealthCheck:
    """The result of ``PRAGMA quick_check`` on a file, in words."""

    ok: bool
    detail: str


def connect(path: Path, passphrase: str | None = None) -> Database:
    """A sqlite-utils Database over a sqlcipher3 connection, in true autocommit mode.

    ``isolation_level=None`` means Python never opens a transaction behind our back:
    every write that belongs together goes through ``db.atomic()`` and is on disk
    when that block ends.
    """
    conn = sqlcipher3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr
    apply_key(conn, passphrase)
    db = Database(conn, execute_plugins=False)
    db.passphrase = passphrase  # backups of a protected database get the same key
    return db


def quick_check(db: Database) -> HealthCheck:
    """Run ``PRAGMA quick_check``; unreadable files come back as not ok, never raise."""
    try:
        rows = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except _DB_ERRORS as exc:
        return HealthCheck(False, _describe(exc))
    if rows == ["ok"]:
        return HealthCheck(True, "ok")
    first = rows[0] if rows else "no answer"
    more = f" (and {len(rows) - 1} more problems)" if len(rows) > 1 else ""
    return HealthCheck(False, f"the integrity check found damage: {first}{more}")


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if "not a database" in text:
        return "the file is not a SQLite database, or it is encrypted"
    return text[0].lower() + text[1:] if text else text


def _is_empty_file(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def open_database(
    location: DataLocation,
    *,
    migrations: Migrations = MIGRATIONS,
    now=None,
    passphrase: str | None = None,
) -> Database:
    """Open (creating if needed) and migrate the database of ``location``.

    Raises ``DatabaseProblem`` without having written to the file when the file is
    unreadable, damaged, not ShiftMate's, or from a newer ShiftMate. A protected file
    needs ``passphrase`` (or one from the installed passphrase source): without one it
    raises ``PassphraseNeeded``, with a wrong one ``WrongPassphrase``; neither writes.
    """
    location.ensure()
    path = location.database
    fresh = _is_empty_file(path)
    if fresh:
        create_private_file(path)
    tighten_file(path)
    if is_protected(path):
        passphrase = passphrase if passphrase is not None else ask_passphrase_source()
        if passphrase is None:
            raise PassphraseNeeded(path)
    else:
        passphrase = None
    db = connect(path, passphrase)
    try:
        if passphrase is not None:
            _check_key(db, path)
        _check_before_writing(db, path, migrations, fresh)
        _configure(db, path)
        pending = migrations.pending(db)
        if pending and not fresh and schema_version(db, migrations) > 0:
            backup_database(db, location, reason="before-migration", now=now)
        migrations.apply(db)
    except BaseException:
        db.close()
        raise
    return db


def _check_key(db: Database, path: Path) -> None:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise WrongPassphrase(path) from None


def _check_before_writing(db: Database, path: Path, migrations: Migrations, fresh: bool) -> None:
    if fresh:
        return
    health = quick_check(db)
    if not health.ok:
        raise UnreadableDatabase(path, health.detail + "; the file was left untouched")
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        has_tables = db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        newer = unknown_migrations(db, migrations)
    except _DB_ERRORS as exc:
        raise UnreadableDatabase(path, _describe(exc) + "; the file was left untouched") from None
    if has_tables and app_id != APPLICATION_ID:
        raise DatabaseProblem(
            path, "it is a SQLite database of another program; the file was left untouched"
        )
    if newer:
        raise DatabaseProblem(
            path,
            "it was written by a newer ShiftMate (schema "
            f"{schema_version(db, migrations)}, this version knows "
            f"{known_migration_count(migrations)}); please update ShiftMate",
        )


def _configure(db: Database, path: Path) -> None:
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DatabaseProblem(path, f"cannot switch to write-ahead logging (got {mode})")
    # FULL: a transaction that returned is on disk even after a power cut.
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Sorting and temporary tables stay in memory: no plaintext temp files anywhere.
    db.execute("PRAGMA temp_store = MEMORY")


def backup_database(
    db: Database, location: DataLocation, *, reason: str, now: dt.datetime | None = None
) -> Path:
    """Copy the live database into ``backups/`` with SQLite's online backup API.

    The copy of a protected database is encrypted with the same passphrase.
    """
    make_private_dir(location.backups)
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%d-%H%M%S")
    target = location.backups / f"shiftmate-{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = location.backups / f"shiftmate-{stamp}-{reason}-{counter}.db"
    return backup_to(db, target)


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database to the new file ``target`` (0600), keyed like ``db``.

    The copy is written under a temporary name next to ``target`` and renamed once complete,
    so a crash never leaves a half-written file that looks like a backup.
    """
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    work = target.with_name(target.name + ".converting")
    if work.exists():
        os.unlink(work)
    create_private_file(work)
    dest = sqlcipher3.connect(str(work))
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        apply_key(dest, getattr(db, "passphrase", None))
        db.conn.backup(dest)
    except BaseException:
        dest.close()
        os.unlink(work)
        raise
    dest.close()
    fd = os.open(work, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(work, target)
    return target


def sqlite_versions() -> dict[str, str]:
    """SQLite and SQLCipher library versions, as the linked library reports them."""
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        return {
            "sqlite": sqlcipher3.sqlite_version,
            "sqlcipher": cipher[0] if cipher else "not available",
        }
    finally:
        conn.close()
