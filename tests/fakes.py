"""The one home for test doubles of the window's timers (the clock's fake is core's FakeClock).

Every timer the window makes comes from ``shiftmate.ui.data.timers.make_timer``; the
``fake_timers`` fixture (tests/ui/conftest.py) swaps in ``FakeTimer``, which never fires on
its own: a test moves its FakeClock on and then fires the timers that would have run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeTimer(QObject):
    """Stands in for QTimer: keeps its interval and whether it runs; fires only on ``fire()``."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = 0) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.running = False

    def setInterval(self, ms: int) -> None:  # noqa: N802 - Qt's name
        self.interval_ms = ms

    def start(self, *_args) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False

    def fire(self) -> None:
        """What the event loop does when the interval has passed."""
        self.timeout.emit()


class FakeTimers(list):
    """Every FakeTimer made since the fixture started, oldest first."""

    def owned_by(self, parent: QObject) -> list[FakeTimer]:
        return [timer for timer in self if timer.parent() is parent]

    def fire_running(self) -> None:
        """Fire each timer that runs now, as each would have while the clock moved on."""
        for timer in list(self):
            if timer.running:
                timer.fire()
