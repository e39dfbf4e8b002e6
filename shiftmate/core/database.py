"""Opening ShiftMate's single SQLite file safely.

The file is opened through sqlite-utils over a sqlcipher3 connection (without a key it is
plain SQLite). Before anything is written we check that the file is a healthy ShiftMate
database; a file that fails is never modified. Pending migrations run only after a copy
of the file has been made with SQLite's online backup API.

sqlite-utils itself is imported the first time its table API is used (``SqlDatabase``):
plain SQL and transactions need only the connection, so the window's first data and a
command-line search start without it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

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
    known_migration_count,
    pending_migrations,
    schema_version,
    shipped_migrations,
    unknown_migrations,
)

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from typing import Any

    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

BUSY_TIMEOUT_MS = 5000
_DB_ERRORS = (sqlcipher3.DatabaseError, OSError)


class HealthCheck(namedtuple("HealthCheck", "ok detail")):
    """The result of ``PRAGMA quick_check`` on a file: ``ok`` (bool) and ``detail`` in words.

    A named tuple, not a dataclass, like ``DataLocation``: opening a file imports this.
    """

    __slots__ = ()


class SqlDatabase:
    """A sqlite-utils ``Database`` over a sqlcipher3 connection, made when first needed.

    ``execute``, ``atomic``, ``table_names`` and ``close`` work on the connection itself, as
    sqlite-utils does them on a connection in autocommit mode; anything else (``db[table]``,
    ``query`` …) goes to a ``sqlite_utils.Database`` over the same connection, created on
    first use. Every core function takes this where it took a ``Database``.
    """

    def __init__(self, conn: sqlcipher3.Connection, passphrase: str | None = None) -> None:
        self.conn = conn
        self.passphrase = passphrase  # backups of a protected database get the same key
        self._database: Database | None = None
        self._savepoints = 0
        self.guard = None  # a core.write_lock.WriteGuard, set by Store.open

    @contextlib.contextmanager
    def atomic(self) -> Iterator[SqlDatabase]:
        """One transaction; while a conversion rewrites the file it waits (see core.write_lock)."""
        if self.guard is None or self.conn.in_transaction:
            with self._transaction() as db:
                yield db
        else:
            with self.guard.writing(), self._transaction() as db:
                yield db

    @property
    def database(self) -> Database:
        """The sqlite-utils Database over this connection."""
        if self._database is None:
            from sqlite_utils import Database

            # recursive_triggers was switched on at connect(), as Database would do it.
            self._database = Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._database

    def execute(self, sql: str, parameters: Any = None) -> sqlcipher3.Cursor:
        # In autocommit mode (isolation_level=None) this is all Database.execute does.
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[SqlDatabase]:
        """One transaction (BEGIN … COMMIT); nested blocks use savepoints, as sqlite-utils'."""
        if self.conn.in_transaction:
            self._savepoints += 1
            savepoint = f"shiftmate_{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise

    def table_names(self, fts4: bool = False, fts5: bool = False) -> list[str]:
        if fts4 or fts5:
            return self.database.table_names(fts4=fts4, fts5=fts5)
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table_name: str):
        return self.database[table_name]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.database, name)


def connect(path: Path, passphrase: str | None = None) -> SqlDatabase:
    """The database over a sqlcipher3 connection, in true autocommit mode.

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
    conn.execute("PRAGMA recursive_triggers = on")  # as sqlite_utils.Database sets it
    return SqlDatabase(conn, passphrase)


def quick_check(db: SqlDatabase) -> HealthCheck:
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
    migrations: Migrations | None = None,
    now=None,
    passphrase: str | None = None,
    read_only: bool = False,
) -> SqlDatabase:
    """Open (creating if needed) and migrate the database of ``location``.

    Raises ``DatabaseProblem`` without having written to the file when the file is
    unreadable, damaged, not ShiftMate's, or from a newer ShiftMate. A protected file
    needs ``passphrase`` (or one from the installed passphrase source): without one it
    raises ``PassphraseNeeded``, with a wrong one ``WrongPassphrase``; neither writes.
    ``migrations`` defaults to the shipped ones.

    ``read_only`` is for commands that only read (a search from the command line): an
    existing, up-to-date ShiftMate file is opened with SQLite's ``query_only`` on, so
    nothing can be written through it, and without ``PRAGMA quick_check``, which guards
    writes and reads the whole file (seconds on a large journal). Damage a read meets is
    still reported by SQLite. A file that is new or needs migrating opens as usual.
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
        if read_only and not fresh and _identity_checked(db, path, migrations):
            _configure_for_reading(db)
            return db
        _check_before_writing(db, path, migrations, fresh)
        _configure(db, path)
        if pending_migrations(db, migrations):
            if not fresh and schema_version(db, migrations) > 0:
                backup_database(db, location, reason="before-migration", now=now)
            (migrations or shipped_migrations()).apply(db.database)
    except BaseException:
        db.close()
        raise
    return db


def _check_key(db: SqlDatabase, path: Path) -> None:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise WrongPassphrase(path) from None


def _check_before_writing(db: SqlDatabase, path: Path, migrations: Migrations | None, fresh: bool) -> None:
    if fresh:
        return
    health = quick_check(db)
    if not health.ok:
        raise UnreadableDatabase(path, health.detail + "; the file was left untouched")
    _identity_checked(db, path, migrations)


def _identity_checked(db: SqlDatabase, path: Path, migrations: Migrations | None) -> bool:
    """Raise if the file is another program's or a newer ShiftMate's; True when up to date."""
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
    try:
        return not pending_migrations(db, migrations)
    except _DB_ERRORS as exc:
        raise UnreadableDatabase(path, _describe(exc) + "; the file was left untouched") from None


def _configure_for_reading(db: SqlDatabase) -> None:
    db.execute("PRAGMA query_only = ON")  # this connection cannot write, whatever it runs
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Sorting and temporary tables stay in memory: no plaintext temp files anywhere.
    db.execute("PRAGMA temp_store = MEMORY")


def _configure(db: SqlDatabase, path: Path) -> None:
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
    db: SqlDatabase, location: DataLocation, *, reason: str, now: dt.datetime | None = None
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


def backup_to(db: SqlDatabase, target: Path) -> Path:
    """Copy the live database to the new file ``target`` (0600), keyed like ``db``.

    The copy is written under a temporary name next to ``target`` and renamed once complete,
    so a crash never leaves a half-written file that looks like a backup.
    """
    guard = getattr(db, "guard", None)
    if guard is None:
        return _backup_to(db, target)
    with guard.writing():  # a copy of a file a conversion replaced would be stale (or plaintext)
        return _backup_to(db, target)


def _backup_to(db: SqlDatabase, target: Path) -> Path:
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
