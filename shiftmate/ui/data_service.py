"""The UI's way to the data: every Store call runs on one worker thread, never the GUI's.

``run(job, on_done, on_error)`` queues ``job(store)`` on the worker; the callbacks run back on
the GUI thread. Because there is one worker, jobs run in the order they were queued, and a
write is on disk before its ``on_done`` is called. After a write, callers ``notify(topic)``
so views refresh from the ``changed`` signal instead of polling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from shiftmate.core.clock import Clock, SystemClock
from shiftmate.core.errors import ShiftMateError
from shiftmate.core.paths import DataLocation

if TYPE_CHECKING:  # the store (and sqlite-utils under it) is imported on the data thread
    from shiftmate.core.store import Store

Job = Callable[["Store"], Any]


class DataService(QObject):
    """Owns the Store and the thread it lives on; tells the UI when it opens or fails."""

    opened = Signal(dict)  # facts about the opened database (schema version, path, …)
    failed = Signal(str)  # one sentence for the person
    changed = Signal(str)  # a topic such as "settings" after a write
    locked = Signal()  # the database is protected and closed: the unlock screen shows
    unlock_failed = Signal(str)  # one sentence: the passphrase did not open it
    recovery_offered = Signal(dict)  # an unreadable file was moved aside: {"aside", "backup"}
    idle = Signal()  # every job queued so far has run and its callback too
    _deliver = Signal(object)  # internal: a callable to run on the GUI thread

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
        self._closed = False
        self._pending = 0  # jobs queued whose callbacks have not run yet
        self.is_locked = False
        self.locked_reminders: list = []  # (due_at, message) still to come while locked

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self, passphrase: str | None = None) -> None:
        """Open (and if needed migrate) the database on the worker thread.

        A protected file without ``passphrase`` emits ``locked``; a wrong one
        ``unlock_failed``. A file that will not open or fails its check is moved aside
        (never deleted) and ``recovery_offered`` says where, with the newest good backup.
        """

        def job() -> dict:
            from shiftmate.core.encryption import PassphraseNeeded, WrongPassphrase
            from shiftmate.core.errors import UnreadableDatabase
            from shiftmate.core.store import Store

            try:
                store = Store.open(self.location, passphrase=passphrase)
            except PassphraseNeeded:
                return {"locked": True}
            except WrongPassphrase as exc:
                return {"locked": True, "wrong": exc.sentence}
            except UnreadableDatabase as exc:
                from shiftmate.core import backups  # the daily backup imports it after Today's queries

                aside = backups.move_aside(self.location, self.clock.now())
                newest = backups.newest_good_backup(self.location, passphrase)
                return {"recovery": {"aside": str(aside), "problem": exc.reason,
                                     "backup": str(newest.path) if newest else None}}
            self._store = store
            return {
                "database": str(self.location.database),
                "data_dir": str(self.location.root),
                "schema_version": store.schema_version(),
                "protected": store.passphrase is not None,
            }

        def done(info: dict) -> None:
            if info.get("locked"):
                self.is_locked = True
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
            # Queued after what the views asked for when the database opened (a backup of a
            # large file takes a while, and the person is waiting for the first screen).
            self._submit(self._daily_backup, None, self.failed.emit)

        def failed(sentence: str) -> None:
            self.problem = sentence
            self.failed.emit(sentence)

        self._submit(job, done, failed)

    def _daily_backup(self) -> None:
        from shiftmate.core import backups

        store = self._store
        if store is not None and store.holds_user_data():
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
                on_error: Callable[[str], None] | None = None) -> None:
        """Close the database, run ``job()`` (protect, re-key, restore) and open it again."""

        def work():
            from shiftmate.core.store import Store

            if self._store is not None:
                self._store.close()
                self._store = None
            try:
                result = job()
            except BaseException:
                self._store = Store.open(self.location, passphrase=passphrase_before)
                raise
            self._store = Store.open(self.location, passphrase=passphrase_after)
            return result

        def done(result) -> None:
            self.info = dict(self.info or {}, protected=passphrase_after is not None)
            self.opened.emit(self.info)
            if on_done:
                on_done(result)

        self._submit(work, done, on_error or self.failed.emit)

    def run(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job(store)`` on the worker; report the result or a sentence on the GUI thread."""

        def with_store():
            if self._store is None:
                raise ShiftMateError("The database is not open.")
            return job(self._store)

        self._submit(with_store, on_done, on_error or self.failed.emit)

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
        loop.exec()
        poll.stop()
        return self._pending == 0

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)

    def close(self) -> None:
        """Close the database after queued jobs finish; waits only for work already queued."""
        if self._closed:
            return
        self._closed = True

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
                from shiftmate.core.diagnostics import log_unexpected

                log_unexpected("on the data thread", exc)  # the stack, for a bug report
                sentence = f"Something went wrong with the database: {exc}"
                self._deliver.emit(lambda: on_error and self._alive(on_error) and on_error(sentence))
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


def _upcoming_reminders(store: "Store", clock: Clock) -> list:
    """(due_at, message) of the open shift's reminders in the next 12 hours."""
    import datetime as dt

    from shiftmate.core.reminder_rules import reminder_rules
    from shiftmate.core.reminders import active_requirements, occurrences_until
    from shiftmate.core.shifts import open_shift

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
