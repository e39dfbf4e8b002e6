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

import collections
import datetime as dt
import functools
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from shiftmate.core.clock import Clock, SystemClock
from shiftmate.core.errors import ShiftMateError
from shiftmate.core.storage.paths import DataLocation
from shiftmate.ui.data import connection
from shiftmate.ui.data.changes import Changes, Wrote
from shiftmate.ui.data.connection import Connection
from shiftmate.ui.data.connection import data_version as _data_version

if TYPE_CHECKING:  # the store (and sqlite-utils under it) is imported on the data thread
    from shiftmate.core.storage.store import Store

Job = Callable[["Store"], Any]
STRICT_JOBS = os.environ.get("SHIFTMATE_STRICT_JOBS") == "1"  # tests: see plain_jobs.py

ANSWER_BUDGET_MS = 8  # answers run per loop turn until this much time has gone (at least one)
OUTSIDE_CHECK_MS = 2000  # how often an open window asks whether another process wrote


# What the GUI thread knows of the database: one answer, set only in the callbacks of the
# jobs that open and close it, never from the worker's own handle (ui/data/connection.py).
CLOSED = "closed"  # not opened yet, or closed for good
OPENING = "opening"  # the open job is queued or running
OPEN = "open"  # ``opened`` was emitted; jobs reach the store
LOCKED = "locked"  # protected and closed: a passphrase opens it
FAILED = "failed"  # it would not open (full disk, moved aside, an error): ``failed`` said why


class DataService(QObject):
    """Runs every database job on one worker thread; says when the database opens or fails.

    It holds no app state beyond the database's own (``state``, ``info``, ``problem``): the
    lock (ui/privacy/lock_state.py), the reminders kept while locked (ui/shifts/
    locked_reminders.py) and the recovery offer (ui/privacy/recovery.py) are their own
    controllers, which use the signals and methods below.
    """

    opened = Signal(dict)  # facts about the opened database (schema version, path, …)
    failed = Signal(str)  # one sentence for the person
    changed = Signal(object, object)  # (Changes, the object whose write it was or None), after a write
    locked = Signal()  # the database is protected and closed: the unlock screen shows
    unlock_failed = Signal(str)  # one sentence: the passphrase did not open it
    # Emitted just before ``locked`` and ``unlock_failed``: {"wait": seconds before the next
    # try may be made (core.privacy.unlock_limit), "reason": why, when it was not the person's doing}.
    passphrase_asked = Signal(dict)
    recovery_offered = Signal(dict)  # an unreadable file was moved aside: {"aside", "backup"}
    disk_full = Signal(str)  # the data folder's disk is full; nothing was touched, try again
    idle = Signal()  # every job queued so far has run and its callback too
    _deliver = Signal(object)  # internal: a callable to run on the GUI thread
    _outside_checked = Signal(bool)  # internal: whether another process wrote since last asked
    _converted = Signal(object)  # internal: what following a conversion elsewhere found

    def __init__(
        self, location: DataLocation, parent: QObject | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.clock: Clock = clock or SystemClock()  # tests pass a FakeClock
        self.state = CLOSED  # see above; only the GUI thread sets it
        self.info: dict | None = None  # what ``opened`` last said; None until then
        self.problem: str | None = None  # what ``failed`` said about opening, if it did
        self._connection = Connection(self.tr(
            "The passphrase of your data was set or changed outside this window, "
            "so nothing was saved. Type the passphrase to go on."))  # the worker's, not ours to read
        self._executor = None  # the worker thread, started with the first job (after the first paint)
        # Answers wait in one queue, in the order the worker gave them, and are run a few
        # milliseconds' worth per loop turn: several answering at once (the start, a screen's
        # first queries) would otherwise run in one turn and hold up the painting between them.
        self._answers: collections.deque = collections.deque()
        self._answer_timer = QTimer(self)
        self._answer_timer.setInterval(0)
        self._answer_timer.timeout.connect(self._run_answers)
        self._deliver.connect(self._queue_answer)
        self._converted.connect(self._queue_converted)
        self._closed = False
        self._pending = 0  # jobs queued whose callbacks have not run yet
        self._backup_day = None  # the (UTC) day the daily backup was last asked for
        self._outside_check_queued = False
        self._outside_checked.connect(self._queue_outside_checked)
        from shiftmate.ui.data import timers

        self._outside_timer = timers.make_timer(self, OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.check_outside_changes)
        # The same few-second beat notices a new day: a window left in the tray backs up daily.
        self._outside_timer.timeout.connect(self.back_up_if_new_day)

    @property
    def is_open(self) -> bool:
        """True from ``opened`` until the database locks, fails or closes (GUI thread's answer)."""
        return self.state == OPEN

    def open(self, passphrase: str | None = None) -> None:
        """Open (and if needed migrate) the database on the worker thread.

        A protected file without ``passphrase`` emits ``locked``; a wrong one
        ``unlock_failed``. A file that will not open or fails its check is moved aside
        (never deleted) and ``recovery_offered`` says where, with the newest good backup.
        A full disk is not damage: the file stays where it is and ``disk_full`` follows.
        """
        job = functools.partial(connection.open_database, self._connection, self.location,
                                passphrase, self.clock.now(), self.clock)  # wrong tries count on this clock
        if self.state != OPEN:
            self.state = OPENING

        def done(info: dict) -> None:
            if info.get("disk_full"):
                self.state = FAILED
                self.problem = self.disk_full_sentence()
                self.failed.emit(self.problem)
                self.disk_full.emit(self.problem)
                return
            if info.get("locked"):
                self.state = LOCKED
                self.passphrase_asked.emit({"wait": info.get("wait", 0), "reason": None})
                if "wrong" in info:
                    self.unlock_failed.emit(info["wrong"])
                else:
                    self.locked.emit()
                return
            if "recovery" in info:
                self.state = FAILED
                offer = info["recovery"]
                sentence = self.tr(
                    "The database could not be opened (%1). It was moved aside as %2; nothing was deleted."
                ).replace("%1", offer["problem"]).replace("%2", offer["aside"])
                self.problem = sentence
                self.failed.emit(sentence)
                self.recovery_offered.emit(offer)
                return
            self.info, self.problem = info, None
            self.state = OPEN  # only now: no view sees the database open before ``opened``
            self.opened.emit(info)
            self._outside_timer.start()
            # Queued after what the views asked for when the database opened (a backup of a
            # large file takes a while, and the person is waiting for the first screen).
            self._backup_day = None
            self.back_up_if_new_day()

        def failed(sentence: str) -> None:
            self.state = FAILED
            self.problem = sentence
            self.failed.emit(sentence)

        self._submit(job, done, failed)

    def back_up_if_new_day(self) -> None:
        """Queue the day's automatic backup once the day on the clock has changed.

        Called on opening and on every outside-change check (a few seconds apart; only a
        date is compared), so a window left in the tray for days still backs up every day. The day is UTC's, as in ``backups.daily_backup_if_due``, which decides.
        """
        if not self.is_open or self._closed:
            return
        now = self.clock.now()
        day = now.astimezone(dt.timezone.utc).date()
        if day == self._backup_day:
            return
        self._backup_day = day
        self._submit(functools.partial(connection.daily_backup, self._connection, now),
                     None, self.failed.emit)

    def disk_full_sentence(self) -> str:
        return self.tr("The disk that holds %1 is full. Free some space, then try again; "
                       "nothing was changed.").replace("%1", str(self.location.root))

    def close_locked(self, last_job: Job | None = None,
                     on_done: Callable[[Any], None] | None = None) -> None:
        """Close the database on the worker (after queued jobs) and emit ``locked``.

        ``last_job(store)`` runs first, on the still open store (e.g. to keep what must go on
        while locked); ``on_done`` gets its result before ``locked`` is emitted. The lock
        itself, and why, is the lock controller's (ui/privacy/lock_state.py).
        """
        if STRICT_JOBS and last_job is not None:
            from shiftmate.ui.data.plain_jobs import check_plain

            check_plain(last_job)

        def done(result) -> None:
            self.info = None
            self.state = LOCKED
            if on_done:
                on_done(result)
            self.locked.emit()

        self._submit(functools.partial(connection.close_database, self._connection, last_job),
                     done, self.failed.emit)

    def convert(self, job: Callable[[], Any], passphrase_before: str | None,
                passphrase_after: str | None, on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[str], None] | None = None, *,
                changes: Changes = Changes.NONE) -> None:
        """Close the database, run ``job()`` (protect, re-key, restore) and open it again.

        ``job`` gets plain values only, like every job (see ``run``). Should it fail, the
        state stays as it was: the file in use is opened again (``connection.convert``).
        ``changes`` are announced after ``on_done``, as for ``write``.
        """
        if STRICT_JOBS:
            from shiftmate.ui.data.plain_jobs import check_plain

            check_plain(job)

        def done(result) -> None:
            self.info = dict(self.info or {}, protected=passphrase_after is not None)
            self.state = OPEN
            self.opened.emit(self.info)
            if on_done:
                on_done(result)
            if changes:
                self.changed.emit(changes, None)

        self._submit(functools.partial(connection.convert, self._connection, self.location, job,
                                       passphrase_before, passphrase_after, self.clock),
                     done, on_error or self.failed.emit)

    def run(
        self,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``job(store)`` on the worker; report the result or a sentence on the GUI thread.

        ``job`` gets plain values only: it must not reach a widget or any other Qt object
        (they belong to the GUI thread). Tests set SHIFTMATE_STRICT_JOBS=1, and then a job
        that holds one fails here, loudly, naming what it holds.

        A callback runs only while its owner lives: ``owner`` when given, else every QObject
        the callback holds (the self of a bound method, what a lambda or closure captured).
        Locking throws away every screen; answers to jobs those screens queued are dropped.
        """
        if STRICT_JOBS:
            from shiftmate.ui.data.plain_jobs import check_plain

            check_plain(job)
        work = functools.partial(connection.run_job, self._connection, self.location, self.clock, job)
        self._submit(work, on_done, on_error or self.failed.emit, owner)

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

        # Owned by the service: a view deleted before the answer still has its write announced
        # (its own on_done is dropped above when it holds a deleted view).
        self.run(job, done, on_error, owner=self)

    @Slot(object)
    def _on_converted_elsewhere(self, outcome) -> None:
        """Another process converted the file: open there again, or locked (``outcome`` says why)."""
        if isinstance(outcome, str):  # the new file needs a passphrase this window lacks
            self.info = None
            self.state = LOCKED
            self.passphrase_asked.emit({"wait": 0, "reason": outcome})
            self.locked.emit()
            return
        self.info = dict(self.info or {}, protected=bool(outcome))
        self.state = OPEN
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

    @property
    def checking_outside(self) -> bool:
        """True while a look for another process's writes is on its way (it is not a job)."""
        return self._outside_check_queued

    def check_outside_changes(self) -> None:
        """Ask the data thread whether another process wrote to the file; if so, say so.

        ``PRAGMA data_version`` changes only when another connection commits, and reading it
        touches no table, so asking every few seconds (and on each change of screen) is
        cheap. A change is announced as ``changed(Changes.STORED, None)``, and views refresh as
        after a write of their own. The check is not a job: it neither waits for nor makes ``idle``.
        """
        if self._closed or not self.is_open or self._outside_check_queued:
            return
        self._outside_check_queued = True
        conn = self._connection

        def check() -> None:
            changed = False
            store = conn.store
            if store is not None:
                version = _data_version(store)
                changed = None not in (version, conn.data_version) and version != conn.data_version
                conn.data_version = version
            self._outside_checked.emit(changed)

        self._worker().submit(check)

    @Slot(bool)
    def _on_outside_checked(self, changed: bool) -> None:
        self._outside_check_queued = False
        if changed and self.is_open:
            self.changed.emit(Changes.STORED, None)

    def close(self) -> None:
        """Close the database after queued jobs finish; waits only for work already queued."""
        if self._closed:
            return
        self._closed = True
        self._outside_timer.stop()
        self.state = CLOSED
        if self._executor is not None:
            self._executor.submit(functools.partial(connection.close_database, self._connection))
            self._executor.shutdown(wait=True)

    # -- plumbing -------------------------------------------------------------------
    def _submit(self, fn, on_done, on_error, owner: QObject | None = None) -> None:
        """Queue ``fn()`` (a plain function of the connection) and deliver its outcome.

        The only code here that touches the service from the worker is this plumbing: it
        hands results and what following a conversion found to the GUI thread by signal.
        """
        if self._closed:
            return
        if STRICT_JOBS:  # the service's own jobs too: plain functions of plain values
            from shiftmate.ui.data.plain_jobs import check_plain

            check_plain(fn)
        self._pending += 1
        conn = self._connection

        def work():
            try:
                result = fn()
            except ShiftMateError as exc:
                sentence = exc.sentence
                self._hand_over_conversions(conn)
                self._deliver.emit(lambda: on_error and self._alive(on_error, owner) and on_error(sentence))
            except Exception as exc:  # reported, never swallowed silently
                from shiftmate.core.system.diagnostics import log_unexpected
                from shiftmate.core.storage.disk_space import out_of_space

                log_unexpected("on the data thread", exc)  # the stack, for a bug report
                full = out_of_space(exc, self.location.root)
                detail = str(exc)

                def report():
                    sentence = (self.disk_full_sentence() if full
                                else f"Something went wrong with the database: {detail}")
                    return on_error and self._alive(on_error, owner) and on_error(sentence)

                self._hand_over_conversions(conn)
                self._deliver.emit(report)
            else:
                self._hand_over_conversions(conn)
                self._deliver.emit(lambda: on_done and self._alive(on_done, owner) and on_done(result))

        self._worker().submit(work)

    def _hand_over_conversions(self, conn: Connection) -> None:
        """On the worker: what following a conversion elsewhere found, before the job's answer."""
        for outcome in conn.take_converted():
            self._converted.emit(outcome)

    def _worker(self):
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shiftmate-data")
        return self._executor

    @property
    def is_idle(self) -> bool:
        return self._pending == 0

    @Slot(object)
    def _queue_answer(self, callback, counted: bool = True) -> None:
        """From the worker: ``callback`` runs on the GUI thread after those queued before it."""
        self._answers.append((callback, counted))
        if not self._answer_timer.isActive():
            self._answer_timer.start()

    @Slot(object)
    def _queue_converted(self, outcome) -> None:
        self._queue_answer(functools.partial(self._on_converted_elsewhere, outcome), counted=False)

    @Slot(bool)
    def _queue_outside_checked(self, changed: bool) -> None:
        self._queue_answer(functools.partial(self._on_outside_checked, changed), counted=False)

    def _run_answers(self) -> None:
        """Run queued answers until ANSWER_BUDGET_MS have gone in this turn (at least one)."""
        started = time.perf_counter()
        while self._answers:
            callback, counted = self._answers.popleft()
            try:
                callback()
            finally:
                if counted:
                    self._pending -= 1
                    if self._pending == 0:
                        self.idle.emit()
            if (time.perf_counter() - started) * 1000 >= ANSWER_BUDGET_MS:
                break
        if not self._answers:
            self._answer_timer.stop()

    @staticmethod
    def _alive(callback, owner: QObject | None = None) -> bool:
        """False when ``owner`` (if given), else a QObject ``callback`` holds, was deleted meanwhile.

        What it holds: the self of a bound method, and what a lambda, closure or partial
        captured (a view's ``self``, a label). Locking throws away every screen; answers to
        jobs those screens queued are dropped, whatever form their callback took. A callback
        that must outlive the widget that queued it (a draft kept while its window closes)
        names a longer-lived owner and checks the widget itself.
        """
        import shiboken6

        if owner is not None:
            return shiboken6.isValid(owner)
        from shiftmate.ui.data.plain_jobs import qt_owners_of

        return all(shiboken6.isValid(thing) for thing in qt_owners_of(callback))
