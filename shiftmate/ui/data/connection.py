"""The data thread's side of the DataService: its one Store and the service's own jobs.

Everything here runs on the worker thread and touches no Qt object. ``Connection`` is the
worker's handle on the open file; only the functions below (and the jobs they run) read or
set it, so "is the database open?" is never answered from it: the GUI thread keeps its own
answer (``DataService.state``), set in the callbacks of these jobs. Each function is a plain
function of the connection and plain values (a location, a passphrase, a time), which the
service reads on the GUI thread when it queues them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # the store (and sqlite-utils under it) is imported on the data thread
    from shiftmate.core.clock import Clock
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.core.storage.store import Store


class Connection:
    """The worker's open Store, and what following a conversion elsewhere needs to remember."""

    def __init__(self, elsewhere_sentence: str) -> None:
        self.store: Store | None = None
        self.data_version: int | None = None  # last PRAGMA data_version seen
        self.reopen_with: tuple | None = None  # (key,) once the file was swapped under us
        self.closed_because: str | None = None  # said to jobs while a conversion elsewhere locked us
        # Said when another process set or changed the passphrase (translated on the GUI
        # thread once, so nothing here reaches a Qt object).
        self.elsewhere_sentence = elsewhere_sentence
        self.converted: list = []  # outcomes of following a conversion, for the GUI thread

    def take_converted(self) -> list:
        found, self.converted = self.converted, []
        return found


def data_version(store: "Store") -> int | None:
    """This connection's ``PRAGMA data_version``: it changes when another connection commits."""
    try:
        return store.db.execute("PRAGMA data_version").fetchone()[0]
    except Exception:  # noticing outside writes is a courtesy; it must never fail a job
        return None


def open_database(conn: Connection, location: "DataLocation", passphrase: str | None,
                  now: dt.datetime, clock: "Clock | None" = None) -> dict:
    """Open (and if needed migrate) the database; what happened, as a plain dict.

    ``{"disk_full": True}``, ``{"locked": True, "wait": s[, "wrong": sentence]}``, ``{"recovery":
    {"aside", "problem", "backup"}}`` (an unreadable file moved aside, never deleted), or the
    facts of the open database. Wrong tries are counted in the data folder, at ``now``; the
    store stamps what it writes on ``clock`` (the window's: tests give it a FakeClock).
    """
    from shiftmate.core.errors import DiskFull, UnreadableDatabase
    from shiftmate.core.privacy.unlock_limit import TooManyTries, seconds_left
    from shiftmate.core.storage.encryption import PassphraseNeeded, WrongPassphrase
    from shiftmate.core.storage.store import Store

    try:
        store = Store.open(location, passphrase=passphrase, now=now, clock=clock)
    except DiskFull:
        return {"disk_full": True}
    except PassphraseNeeded:
        return {"locked": True, "wait": seconds_left(location, now)}
    except TooManyTries as exc:  # nothing was tried: the wait of earlier tries runs
        return {"locked": True, "wait": exc.seconds}
    except WrongPassphrase as exc:
        return {"locked": True, "wrong": exc.sentence, "wait": getattr(exc, "wait_seconds", 0)}
    except UnreadableDatabase as exc:
        from shiftmate.core.privacy import backups  # the daily backup imports it after Today's queries

        aside = backups.move_aside(location, now)
        newest = backups.newest_good_backup(location, passphrase)
        return {"recovery": {"aside": str(aside), "problem": exc.reason,
                             "backup": str(newest.path) if newest else None}}
    except Exception as exc:
        from shiftmate.core.storage.disk_space import out_of_space

        if out_of_space(exc, location.root):  # e.g. installing the built-in checklists
            return {"disk_full": True}
        raise
    conn.store = store
    conn.data_version = data_version(store)
    conn.closed_because = None
    return {
        "database": str(location.database),
        "data_dir": str(location.root),
        "schema_version": store.schema_version(),
        "protected": store.passphrase is not None,
    }


def close_database(conn: Connection, last_job: Callable[["Store"], Any] | None = None) -> Any:
    """Run ``last_job(store)`` on the open store (if any), then close it; its result."""
    result = None
    if conn.store is not None:
        if last_job is not None:
            result = last_job(conn.store)
        _close(conn)
    return result


def _close(conn: Connection) -> None:
    if conn.store is not None:
        conn.store.close()
        conn.store = None


def daily_backup(conn: Connection, now: dt.datetime) -> None:
    """The day's automatic backup of the open file, unless there is one (``backups`` decides)."""
    from shiftmate.core.privacy import backups

    store = conn.store
    if store is not None and not store.replaced() and store.holds_user_data():
        backups.daily_backup_if_due(store, now)


def convert(conn: Connection, location: "DataLocation", job: Callable[[], Any],
            passphrase_before: str | None, passphrase_after: str | None, clock: "Clock | None" = None) -> Any:
    """Close the database, run ``job()`` (protect, re-key, restore) and open it again."""
    from shiftmate.core.errors import ShiftMateError
    from shiftmate.core.storage.store import Store

    conn.reopen_with = None  # the job opens whatever file is there now
    in_use = passphrase_before
    if conn.store is not None:
        in_use = conn.store.passphrase  # not what was typed: that may be wrong
        _close(conn)
    try:
        result = job()
    except BaseException:
        # Nothing was converted (or, failing later, the swap was made): open again.
        for key in dict.fromkeys((in_use, passphrase_after)):
            try:
                conn.store = Store.open(location, passphrase=key, clock=clock)
                break
            except ShiftMateError:
                continue
        raise
    conn.store = Store.open(location, passphrase=passphrase_after, clock=clock)
    conn.data_version = data_version(conn.store)
    return result


def run_job(conn: Connection, location: "DataLocation", clock: "Clock",
            job: Callable[["Store"], Any]) -> Any:
    """``job(store)`` on the open store, after following a conversion made elsewhere.

    ``clock`` (a plain Clock) is read only if a conversion must be followed.
    """
    from shiftmate.core.errors import ShiftMateError
    from shiftmate.core.storage.write_lock import DatabaseReplaced

    follow_conversion(conn, location, clock)
    if conn.store is None:
        raise ShiftMateError(conn.closed_because or "The database is not open.")
    try:
        return job(conn.store)
    except DatabaseReplaced:
        follow_conversion(conn, location, clock)  # nothing was written; the next job finds the new file
        raise


def follow_conversion(conn: Connection, location: "DataLocation", clock: "Clock") -> None:
    """If another process converted the file, open the new one.

    A ``passphrase set``, ``change`` or ``remove`` or a ``restore`` from the command line
    swaps a new file in; this connection would go on reading and writing the old one. One
    ``stat`` per job tells. The new file opens with the key in use if it still fits (a
    restore, a removed passphrase); otherwise the window must lock and ask for the new one.
    What happened is left in ``conn.converted`` for the GUI thread: True/False (open again,
    protected or not) or the sentence saying why it is closed.
    """
    if conn.reopen_with is None:
        if conn.store is None or not conn.store.replaced():
            return
        conn.reopen_with = (conn.store.passphrase,)
        _close(conn)
    from shiftmate.core.errors import ShiftMateError
    from shiftmate.core.privacy.unlock_limit import TooManyTries
    from shiftmate.core.storage.encryption import PassphraseNeeded, WrongPassphrase, is_protected, open_keyed
    from shiftmate.core.storage.store import Store

    (key,) = conn.reopen_with
    try:
        if not is_protected(location.database):
            key = None
        elif key is None:
            raise PassphraseNeeded(location.database)
        else:
            open_keyed(location.database, key).close()  # the key we had is no guess: not counted
        store = Store.open(location, passphrase=key, now=clock.now(), clock=clock)
    except (PassphraseNeeded, WrongPassphrase, TooManyTries):
        conn.reopen_with = None
        conn.closed_because = conn.elsewhere_sentence
        conn.converted.append(conn.elsewhere_sentence)
        raise ShiftMateError(conn.elsewhere_sentence) from None
    conn.reopen_with = None
    conn.store = store
    conn.converted.append(store.passphrase is not None)
