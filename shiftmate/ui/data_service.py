"""The UI's way to the data: every Store call runs on one worker thread, never the GUI's.

``run(job, on_done, on_error)`` queues ``job(store)`` on the worker; the callbacks run back on
the GUI thread. Because there is one worker, jobs run in the order they were queued, and a
write is on disk before its ``on_done`` is called. After a write, callers ``notify(topic)``
so views refresh from the ``changed`` signal instead of polling.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from shiftmate.core.clock import Clock, SystemClock
from shiftmate.core.errors import ShiftMateError
from shiftmate.core.paths import DataLocation
from shiftmate.core.store import Store

Job = Callable[[Store], Any]


class DataService(QObject):
    """Owns the Store and the thread it lives on; tells the UI when it opens or fails."""

    opened = Signal(dict)  # facts about the opened database (schema version, path, …)
    failed = Signal(str)  # one sentence for the person
    changed = Signal(str)  # a topic such as "settings" after a write
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
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shiftmate-data")
        self._deliver.connect(self._run_on_gui_thread)
        self._closed = False
        self._pending = 0  # jobs queued whose callbacks have not run yet

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self) -> None:
        """Open (and if needed migrate) the database on the worker thread."""

        def job() -> dict:
            store = Store.open(self.location)
            self._store = store
            return {
                "database": str(self.location.database),
                "data_dir": str(self.location.root),
                "schema_version": store.schema_version(),
            }

        def done(info: dict) -> None:
            self.info, self.problem = info, None
            self.opened.emit(info)

        def failed(sentence: str) -> None:
            self.problem = sentence
            self.failed.emit(sentence)

        self._submit(job, done, failed)

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
        from PySide6.QtCore import QDeadlineTimer, QEventLoop, QCoreApplication

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.AllEvents | QEventLoop.WaitForMoreEvents, 50)
        QCoreApplication.processEvents()
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
                self._deliver.emit(lambda: on_error and on_error(sentence))
            except Exception as exc:  # reported, never swallowed silently
                sentence = f"Something went wrong with the database: {exc}"
                self._deliver.emit(lambda: on_error and on_error(sentence))
            else:
                self._deliver.emit(lambda: on_done and on_done(result))

        self._executor.submit(work)

    @Slot(object)
    def _run_on_gui_thread(self, callback) -> None:
        try:
            callback()
        finally:
            self._pending -= 1
