"""Opening ShiftMate's single SQLite file safely.

The file is opened through sqlite-utils over a sqlcipher3 connection (without a key it is
plain SQLite). Before anything is written we check, on a read-only connection, that the
file is a healthy ShiftMate database; a file that fails is never modified. (A read-write
connection would checkpoint a ``-wal`` beside the file into it when it closes, and SQLite
deletes the ``-wal`` of an empty file.) Pending migrations run only after a copy of the
file has been made with SQLite's online backup API. A disk too full to open or write the
file is reported as such (``DiskFull``), never as damage.

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

from shiftmate.core.storage.encryption import (
    PassphraseNeeded,
    WrongPassphrase,
    apply_key,
    ask_passphrase_source,
    is_protected,
)
from shiftmate.core.storage.disk_space import out_of_space
from shiftmate.core.errors import DatabaseProblem, DiskFull, UnreadableDatabase
from shiftmate.core.storage.paths import DataLocation, create_private_file, make_private_dir, tighten_file
from shiftmate.core.storage.schema import (
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
        self.read_only = False  # set when opened for reading only (PRAGMA query_only)
        self.guard = None  # a core.write_lock.WriteGuard, set by Store.open

    @contextlib.contextmanager
    def atomic(self) -> Iterator[SqlDatabase]:
        """One transaction; while a conversion rewrites the file it waits (see core.storage.write_lock)."""
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
        """One transaction (BEGIN IMMEDIATE … COMMIT); nested blocks use savepoints.

        IMMEDIATE takes the write lock up front, so a writer waits (up to the busy timeout)
        for another process's write to finish. A deferred BEGIN that read first and then
        writes fails at once with "database is locked" in WAL mode when another process
        committed meanwhile: SQLite cannot wait for a snapshot that is already stale.
        A connection opened for reading begins a plain (read) transaction.
        """
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
            self.conn.execute("BEGIN" if self.read_only else "BEGIN IMMEDIATE")
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


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False) -> SqlDatabase:
    """The database over a sqlcipher3 connection, in true autocommit mode.

    ``isolation_level=None`` means Python never opens a transaction behind our back:
    every write that belongs together goes through ``db.atomic()`` and is on disk
    when that block ends. ``read_only`` opens the file with SQLite's ``mode=ro``: such a
    connection reads a ``-wal`` beside the file but never checkpoints, truncates or
    deletes it, and cannot write the file.
    """
    target, uri = str(path), False
    if read_only:
        target, uri = Path(path).absolute().as_uri() + "?mode=ro", True
    conn = sqlcipher3.connect(
        target,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
        uri=uri,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr
        apply_key(conn, passphrase)
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite_utils.Database sets it
    except BaseException:
        conn.close()
        raise
    db = SqlDatabase(conn, passphrase)
    db.read_only = read_only
    return db


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


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _refuse_a_lone_wal(path: Path) -> None:
    """An empty (or missing) file with a ``-wal`` that holds data is not a new database.

    SQLite would delete that ``-wal`` on opening the empty file, and with it every
    transaction committed to it; both files are left as they are instead.
    """
    wal = _wal_path(path)
    if _is_empty_file(path) and wal.exists() and wal.stat().st_size > 0:
        raise UnreadableDatabase(
            path, f"the file is empty but its write-ahead log {wal.name} holds data; "
            "both files were left untouched"
        )


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
    _refuse_a_lone_wal(path)
    fresh = _is_empty_file(path)
    try:
        if fresh:
            create_private_file(path)
        tighten_file(path)
    except OSError as exc:
        if out_of_space(exc, location.root):
            raise DiskFull(location.root) from None
        raise
    if is_protected(path):
        passphrase = passphrase if passphrase is not None else ask_passphrase_source()
        if passphrase is None:
            raise PassphraseNeeded(path)
    else:
        passphrase = None
    # A protected file's key is derived anew by every connection (a good part of a second):
    # it is checked on its read-write connection, which writes nothing on closing unless a
    # -wal with transactions lies beside it. Then, and for plain files, a read-only one checks.
    checked_apart = not fresh and (passphrase is None or read_only or _wal_holds_data(path))
    if checked_apart:
        checked, up_to_date = _open_checked(path, passphrase, migrations, whole=not read_only)
        if read_only and up_to_date:
            _configure_for_reading(checked)
            return checked
        checked.close()
    try:
        return _open_for_writing(location, path, passphrase, migrations, now=now, fresh=fresh,
                                 check=not fresh and not checked_apart)
    except _DB_ERRORS as exc:
        if out_of_space(exc, location.root):
            raise DiskFull(location.root) from None
        raise


def _open_for_writing(location: DataLocation, path: Path, passphrase: str | None,
                      migrations: Migrations | None, *, now, fresh: bool, check: bool) -> SqlDatabase:
    """A read-write connection to a file that is new or has passed (``check``: now passes) its checks."""
    db = connect(path, passphrase)
    try:
        if check:
            _checked(db, path, passphrase, migrations, whole=True)
        _configure(db, path)
        if pending_migrations(db, migrations):
            if not fresh and schema_version(db, migrations) > 0:
                backup_database(db, location, reason="before-migration", now=now)
            # Under the write lock, asked again: another process opening the same file at
            # this moment waits here, then finds nothing left to do (instead of failing on
            # "table already exists"). The backup cannot run inside a write transaction.
            with db.atomic():
                if pending_migrations(db, migrations):
                    (migrations or shipped_migrations()).apply(db.database)
    except BaseException:
        db.close()
        raise
    return db


def _check_key(db: SqlDatabase, path: Path) -> None:
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if out_of_space(exc, path.parent):
            raise DiskFull(path.parent) from None
        raise WrongPassphrase(path) from None


def _wal_holds_data(path: Path) -> bool:
    wal = _wal_path(path)
    return wal.exists() and wal.stat().st_size > 0


def _open_checked(path: Path, passphrase: str | None, migrations: Migrations | None,
                  *, whole: bool) -> tuple[SqlDatabase, bool]:
    """Prove on a read-only connection that ``path`` is a ShiftMate file we may write.

    Returns that connection and whether the file is up to date; raises (having written
    nothing, ``-wal`` included) when it is not.
    """
    try:
        db = connect(path, passphrase, read_only=True)
    except _DB_ERRORS as exc:
        if out_of_space(exc, path.parent):
            raise DiskFull(path.parent) from None
        raise UnreadableDatabase(path, _describe(exc) + "; the file was left untouched") from None
    try:
        return db, _checked(db, path, passphrase, migrations, whole=whole)
    except BaseException:
        db.close()
        raise


def _checked(db: SqlDatabase, path: Path, passphrase: str | None, migrations: Migrations | None,
             *, whole: bool) -> bool:
    """Raise unless ``db`` is a healthy ShiftMate file; True when it is up to date.

    Only reads. ``whole`` adds ``PRAGMA quick_check`` (which reads the whole file).
    """
    if passphrase is not None:
        _check_key(db, path)
    try:
        # The first read opens the -wal and its index (which needs room on the disk).
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _DB_ERRORS as exc:
        if out_of_space(exc, path.parent):
            raise DiskFull(path.parent) from None
        raise UnreadableDatabase(path, _describe(exc) + "; the file was left untouched") from None
    if whole:
        health = quick_check(db)
        if not health.ok:
            raise UnreadableDatabase(path, health.detail + "; the file was left untouched")
    return _identity_checked(db, path, migrations)


def _identity_checked(db: SqlDatabase, path: Path, migrations: Migrations | None) -> bool:
    """Raise if the file is another program's or a newer ShiftMate's; True when up to date."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        # Any object counts (a view, an index, a trigger), not only tables.
        has_schema = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        newer = unknown_migrations(db, migrations)
    except _DB_ERRORS as exc:
        raise UnreadableDatabase(path, _describe(exc) + "; the file was left untouched") from None
    if app_id != APPLICATION_ID and (has_schema or user_version):
        raise DatabaseProblem(
            path, "it is a SQLite database of another program; the file was left untouched"
        )
    if user_version:  # ShiftMate never sets it; migrations are its record of versions
        raise DatabaseProblem(
            path, f"it carries a schema version ({user_version}) that ShiftMate does not write; "
            "the file was left untouched"
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
    db.read_only = True
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
    from shiftmate.core.clock import SystemClock

    stamp = (now or SystemClock().now()).strftime("%Y%m%d-%H%M%S")
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
