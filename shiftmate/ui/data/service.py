"""The UI's way to the data: every Store call runs on one worker thread, never the GUI's.

``run(job, on_done, on_error)`` queues ``job(store)`` on the worker; the callbacks run back on
the GUI thread. Because there is one worker, jobs run in the order they were queued, and a
write is on disk before its ``on_done`` is called. A write says what it changed:
``write(job, changes, on_done, on_error)`` emits ``changed(changes, source)`` once, right after
its ``on_done``, so views refresh for the kinds they show (``changes.py``) instead of polling.
Writes by other processes (the command line) are noticed from ``PRAGMA data_version`` and
arrive the same way, as ``changed(Changes.STORED, None)``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from shiftmate.core.clock import Clock, SystemClock
from shiftmate.core.errors import ShiftMateError
from shiftmate.core.storage.paths import DataLocation
from shiftmate.ui.data.changes import Changes, Wrote

if TYPE_CHECKING:  # the store (and sqlite-utils under it) is imported on the data thread
    from shiftmate.core.storage.store import Store

Job = Callable[["Store"], Any]
STRICT_JOBS = os.environ.get("SHIFTMATE_STRICT_JOBS") == "1"  # tests: see plain_jobs.py

OUTSIDE_CHECK_MS = 2000  # how often an open window asks whether another process wrote


class DataService(QObject):
    """Owns the Store and the thread it lives on; tells the UI when it opens or fails."""

    opened = Signal(dict)  # facts about the opened database (schema version, path, …)
    failed = Signal(str)  # one sentence for the person
    changed = Signal(object, object)  # (Changes, the object whose write it was or None), after a write
    locked = Signal()  # the database is protected and closed: the unlock screen shows
    unlock_failed = Signal(str)  # one sentence: the passphrase did not open it
    recovery_offered = Signal(dict)  # an unreadable file was moved aside: {"aside", "backup"}
    disk_full = Signal(str)  # the data folder's disk is full; nothing was touched, try again
    idle = Signal()  # every job queued so far has run and its callback too
    _deliver = Signal(object)  # internal: a callable to run on the GUI thread
    _outside_checked = Signal(bool)  # internal: whether another process wrote since last asked
    _converted = Signal(object)  # internal: another process converted the file (_follow_conversion)

    def __init__(
        self, location: DataLocation, parent: QObject | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.clock: Clock = clock or SystemClock()  # tests pass a FakeClock
        self._store: Store | None = None
        self.info: dict | None = None  # what ``opened`` last said; None until then
        self.problem: str | None = None  # what ``failed`` said about opening, if it did
        self._executor = None  # the worker thread, started with the first job (after the first paint)
        self._deliver.connect(self._run_on_gui_thread)
        self._converted.connect(self._on_converted_elsewhere)
        self._reopen_with: tuple | None = None  # (key,) once the file was swapped under us
        self._closed_because: str | None = None  # said to jobs while a conversion elsewhere locked us
        self.lock_reason: str | None = None  # why ``locked`` was emitted, when not by the person
        self.unlock_wait = 0  # seconds before the next passphrase may be tried (core.unlock_limit)
        self._closed = False
        self._pending = 0  # jobs queued whose callbacks have not run yet
        self.is_locked = False
        self.locked_reminders: list = []  # (due_at, message) still to come while locked
        self._backup_day = None  # the (UTC) day the daily backup was last asked for
        self._data_version: int | None = None  # last PRAGMA data_version seen on the data thread
        self._outside_check_queued = False
        self._outside_checked.connect(self._on_outside_checked)
        from shiftmate.ui.data import timers

        self._outside_timer = timers.make_timer(self, OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.check_outside_changes)
        # The same few-second beat notices a new day: a window left in the tray backs up daily.
        self._outside_timer.timeout.connect(self.back_up_if_new_day)

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self, passphrase: str | None = None) -> None:
        """Open (and if needed migrate) the database on the worker thread.

        A protected file without ``passphrase`` emits ``locked``; a wrong one
        ``unlock_failed``. A file that will not open or fails its check is moved aside
        (never deleted) and ``recovery_offered`` says where, with the newest good backup.
        A full disk is not damage: the file stays where it is and ``disk_full`` follows.
        """

        def job() -> dict:
            from shiftmate.core.storage.encryption import PassphraseNeeded, WrongPassphrase
            from shiftmate.core.errors import DiskFull, UnreadableDatabase
            from shiftmate.core.storage.store import Store
            from shiftmate.core.privacy.unlock_limit import TooManyTries, seconds_left

            now = self.clock.now()  # wrong tries are counted in the data folder, on this clock
            try:
                store = Store.open(self.location, passphrase=passphrase, now=now)
            except DiskFull:
                return {"disk_full": True}
            except PassphraseNeeded:
                return {"locked": True, "wait": seconds_left(self.location, now)}
            except TooManyTries as exc:  # nothing was tried: the wait of earlier tries runs
                return {"locked": True, "wait": exc.seconds}
            except WrongPassphrase as exc:
                return {"locked": True, "wrong": exc.sentence, "wait": getattr(exc, "wait_seconds", 0)}
            except UnreadableDatabase as exc:
                from shiftmate.core.privacy import backups  # the daily backup imports it after Today's queries

                aside = backups.move_aside(self.location, self.clock.now())
                newest = backups.newest_good_backup(self.location, passphrase)
                return {"recovery": {"aside": str(aside), "problem": exc.reason,
                                     "backup": str(newest.path) if newest else None}}
            except Exception as exc:
                from shiftmate.core.storage.disk_space import out_of_space

                if out_of_space(exc, self.location.root):  # e.g. installing the built-in checklists
                    return {"disk_full": True}
                raise
            self._store = store
            self._data_version = _data_version(store)
            self._closed_because = None
            return {
                "database": str(self.location.database),
                "data_dir": str(self.location.root),
                "schema_version": store.schema_version(),
                "protected": store.passphrase is not None,
            }

        def done(info: dict) -> None:
            if info.get("disk_full"):
                self.problem = self.disk_full_sentence()
                self.failed.emit(self.problem)
                self.disk_full.emit(self.problem)
                return
            if info.get("locked"):
                self.is_locked = True
                self.unlock_wait = info.get("wait", 0)
                if "wrong" in info:
                    self.unlock_failed.emit(info["wrong"])
                else:
                    self.locked.emit()
                return
            if "recovery" in info:
                offer = info["recovery"]
                sentence = self.tr(
                    "The database could not be opened (%1). It was moved aside as %2; nothing was deleted."
                ).replace("%1", offer["problem"]).replace("%2", offer["aside"])
                self.problem = sentence
                self.failed.emit(sentence)
                self.recovery_offered.emit(offer)
                return
            self.is_locked = False
            self.info, self.problem = info, None
            self.opened.emit(info)
            self._outside_timer.start()
            # Queued after what the views asked for when the database opened (a backup of a
            # large file takes a while, and the person is waiting for the first screen).
            self._backup_day = None
            self.back_up_if_new_day()

        def failed(sentence: str) -> None:
            self.problem = sentence
            self.failed.emit(sentence)

        self._submit(job, done, failed)

    def back_up_if_new_day(self) -> None:
        """Queue the day's automatic backup once the day on the clock has changed.

        Called on opening and on every outside-change check (a few seconds apart; only a
        date is compared), so a window left in the tray for days still backs up every day. The day is UTC's, as in ``backups.daily_backup_if_due``, which decides.
        """
        if self._store is None or self.is_locked or self._closed:
            return
        day = self.clock.now().astimezone(dt.timezone.utc).date()
        if day == self._backup_day:
            return
        self._backup_day = day
        self._submit(self._daily_backup, None, self.failed.emit)

    def disk_full_sentence(self) -> str:
        return self.tr("The disk that holds %1 is full. Free some space, then try again; "
                       "nothing was changed.").replace("%1", str(self.location.root))

    def _daily_backup(self) -> None:
        from shiftmate.core.privacy import backups

        store = self._store
        if store is not None and not store.replaced() and store.holds_user_data():
            backups.daily_backup_if_due(store, self.clock.now())

    def unlock(self, passphrase: str) -> None:
        """Try ``passphrase``; ``opened`` or ``unlock_failed`` follows. A wrong one writes nothing."""
        self.open(passphrase)

    def lock(self) -> None:
        """Close the database on the worker (after queued jobs) and emit ``locked``.

        Reminder times and messages of the open shift are kept in memory first, so
        reminders keep coming while locked; they carry no journal text.
        """

        def job():
            upcoming = []
            if self._store is not None:
                upcoming = _upcoming_reminders(self._store, self.clock)
                self._store.close()
                self._store = None
            return upcoming

        def done(upcoming) -> None:
            self.locked_reminders = upcoming
            self.info = None
            self.is_locked = True
            self.locked.emit()

        self._submit(job, done, self.failed.emit)

    def convert(self, job: Callable[[], Any], passphrase_before: str | None,
                passphrase_after: str | None, on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[str], None] | None = None, *,
                changes: Changes = Changes.NONE) -> None:
        """Close the database, run ``job()`` (protect, re-key, restore) and open it again.

        ``changes`` are announced after ``on_done``, as for ``write``.
        """

        def work():
            from shiftmate.core.storage.store import Store

            self._reopen_with = None  # the job opens whatever file is there now
            in_use = passphrase_before
            if self._store is not None:
                in_use = self._store.passphrase  # not what was typed: that may be wrong
                self._store.close()
                self._store = None
            try:
                result = job()
            except BaseException:
                # Nothing was converted (or, failing later, the swap was made): open again.
                for key in dict.fromkeys((in_use, passphrase_after)):
                    try:
                        self._store = Store.open(self.location, passphrase=key)
                        break
                    except ShiftMateError:
                        continue
                raise
            self._store = Store.open(self.location, passphrase=passphrase_after)
            self._data_version = _data_version(self._store)
            return result

        def done(result) -> None:
            self.info = dict(self.info or {}, protected=passphrase_after is not None)
            self.opened.emit(self.info)
            if on_done:
                on_done(result)
            if changes:
                self.changed.emit(changes, None)

        self._submit(work, done, on_error or self.failed.emit)

    def run(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job(store)`` on the worker; report the result or a sentence on the GUI thread.

        ``job`` gets plain values only: it must not reach a widget or any other Qt object
        (they belong to the GUI thread). Tests set SHIFTMATE_STRICT_JOBS=1, and then a job
        that holds one fails here, loudly, naming what it holds.
        """
        if STRICT_JOBS:
            from shiftmate.ui.data.plain_jobs import check_plain

            check_plain(job)

        def with_store():
            from shiftmate.core.storage.write_lock import DatabaseReplaced

            self._follow_conversion()
            if self._store is None:
                raise ShiftMateError(self._closed_because or "The database is not open.")
            try:
                return job(self._store)
            except DatabaseReplaced:
                self._follow_conversion()  # nothing was written; the next job finds the new file
                raise

        self._submit(with_store, on_done, on_error or self.failed.emit)

    def write(
        self,
        job: Job,
        changes: Changes,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        *,
        source: object | None = None,
    ) -> None:
        """Run the write ``job(store)`` as ``run`` does; once ``on_done`` has run, emit
        ``changed(changes, source)`` once.

        A job that alone knows what it changed returns ``Wrote(value, more)``: ``on_done`` gets
        ``value`` and ``more`` joins ``changes``. A failed write announces nothing (its
        transaction wrote nothing). ``source`` (the view or controller that asked) lets it pass
        over its own change: it already knows (``widgets.screen.subscribe``).
        """

        def done(result) -> None:
            said = changes
            if isinstance(result, Wrote):
                said, result = said | result.changes, result.value
            try:
                if on_done is not None and self._alive(on_done):
                    on_done(result)
            finally:
                if said:
                    self.changed.emit(said, source)

        self.run(job, done, on_error)

    def _follow_conversion(self) -> None:
        """On the worker: if another process converted the file, open the new one.

        A ``passphrase set``, ``change`` or ``remove`` or a ``restore`` from the command line
        swaps a new file in; this connection would go on reading and writing the old one. One
        ``stat`` per job tells. The new file opens with the key in use if it still fits (a
        restore, a removed passphrase); otherwise the window locks and asks for the new one.
        """
        if self._reopen_with is None:
            if self._store is None or not self._store.replaced():
                return
            self._reopen_with = (self._store.passphrase,)
            self._store.close()
            self._store = None
        from shiftmate.core.storage.encryption import PassphraseNeeded, WrongPassphrase, is_protected, open_keyed
        from shiftmate.core.storage.store import Store
        from shiftmate.core.privacy.unlock_limit import TooManyTries

        (key,) = self._reopen_with
        try:
            if not is_protected(self.location.database):
                key = None
            elif key is None:
                raise PassphraseNeeded(self.location.database)
            else:
                open_keyed(self.location.database, key).close()  # the key we had is no guess: not counted
            store = Store.open(self.location, passphrase=key, now=self.clock.now())
        except (PassphraseNeeded, WrongPassphrase, TooManyTries):
            self._reopen_with = None
            sentence = self.tr("The passphrase of your data was set or changed outside this window, "
                               "so nothing was saved. Type the passphrase to go on.")
            self._closed_because = sentence
            self._converted.emit(sentence)
            raise ShiftMateError(sentence) from None
        self._reopen_with = None
        self._store = store
        self._converted.emit(store.passphrase is not None)

    @Slot(object)
    def _on_converted_elsewhere(self, outcome) -> None:
        if isinstance(outcome, str):  # the new file needs a passphrase this window lacks
            self.info = None
            self.is_locked = True
            self.lock_reason = outcome
            self.locked.emit()
            return
        self.info = dict(self.info or {}, protected=bool(outcome))
        self.opened.emit(self.info)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every queued job and its callbacks are done (for scripts).

        Widgets never call this; `shiftmate screenshot` does, to grab finished screens.
        """
        from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

        # A local event loop rather than a processEvents() loop: on PySide6 6.12 with
        # Python 3.11 every processEvents() call drops a reference to None, and a long
        # wait (key derivation, a big restore) crashed the interpreter.
        deadline = QDeadlineTimer(timeout_ms)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(lambda: (not self._pending or deadline.hasExpired()) and loop.quit())
        poll.start()
        # Timers due in the same pass as the poll still run after it quits the loop, and may
        # queue more work: wait again for that, so False only ever means the time ran out.
        while True:
            loop.exec()
            if not self._pending or deadline.hasExpired():
                break
        poll.stop()
        return self._pending == 0

    def check_outside_changes(self) -> None:
        """Ask the data thread whether another process wrote to the file; if so, say so.

        ``PRAGMA data_version`` changes only when another connection commits, and reading it
        touches no table, so asking every few seconds (and on each change of screen) is
        cheap. A change is announced as ``changed(Changes.STORED, None)``, and views refresh as
        after a write of their own. The check is not a job: it neither waits for nor makes ``idle``.
        """
        if self._closed or self._store is None or self._outside_check_queued:
            return
        self._outside_check_queued = True

        def check() -> None:
            changed = False
            store = self._store
            if store is not None:
                version = _data_version(store)
                changed = None not in (version, self._data_version) and version != self._data_version
                self._data_version = version
            self._outside_checked.emit(changed)

        self._worker().submit(check)

    @Slot(bool)
    def _on_outside_checked(self, changed: bool) -> None:
        self._outside_check_queued = False
        if changed and self._store is not None:
            self.changed.emit(Changes.STORED, None)

    def close(self) -> None:
        """Close the database after queued jobs finish; waits only for work already queued."""
        if self._closed:
            return
        self._closed = True
        self._outside_timer.stop()

        def shut():
            if self._store is not None:
                self._store.close()
                self._store = None

        if self._executor is not None:
            self._executor.submit(shut)
            self._executor.shutdown(wait=True)

    # -- plumbing -------------------------------------------------------------------
    def _submit(self, fn, on_done, on_error) -> None:
        if self._closed:
            return
        self._pending += 1

        def work():
            try:
                result = fn()
            except ShiftMateError as exc:
                sentence = exc.sentence
                self._deliver.emit(lambda: on_error and self._alive(on_error) and on_error(sentence))
            except Exception as exc:  # reported, never swallowed silently
                from shiftmate.core.system.diagnostics import log_unexpected
                from shiftmate.core.storage.disk_space import out_of_space

                log_unexpected("on the data thread", exc)  # the stack, for a bug report
                full = out_of_space(exc, self.location.root)
                detail = str(exc)

                def report():
                    sentence = (self.disk_full_sentence() if full
                                else f"Something went wrong with the database: {detail}")
                    return on_error and self._alive(on_error) and on_error(sentence)

                self._deliver.emit(report)
            else:
                self._deliver.emit(lambda: on_done and self._alive(on_done) and on_done(result))

        self._worker().submit(work)

    def _worker(self):
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shiftmate-data")
        return self._executor

    @property
    def is_idle(self) -> bool:
        return self._pending == 0

    @Slot(object)
    def _run_on_gui_thread(self, callback) -> None:
        try:
            callback()
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.idle.emit()

    @staticmethod
    def _alive(callback) -> bool:
        """False when ``callback`` is a method of a widget that was deleted meanwhile.

        Locking throws away every screen; answers to jobs those screens queued are dropped.
        """
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            import shiboken6

            return shiboken6.isValid(owner)
        return True


def _data_version(store: "Store") -> int | None:
    """This connection's ``PRAGMA data_version``: it changes when another connection commits."""
    try:
        return store.db.execute("PRAGMA data_version").fetchone()[0]
    except Exception:  # noticing outside writes is a courtesy; it must never fail a job
        return None


def _upcoming_reminders(store: "Store", clock: Clock) -> list:
    """(due_at, message) of the open shift's reminders in the next 12 hours."""
    import datetime as dt

    from shiftmate.core.shifts.reminder_rules import reminder_rules
    from shiftmate.core.shifts.reminders import active_requirements, occurrences_until
    from shiftmate.core.shifts.records import open_shift

    try:
        shift = open_shift(store)
        if shift is None:
            return []
        now = clock.now()
        found = occurrences_until(shift, reminder_rules(store), active_requirements(store),
                                  now + dt.timedelta(hours=12))
    except Exception:  # reminders while locked are a courtesy; locking must not fail
        return []
    return [(o.due_at, o.message) for o in found if o.due_at > now]
