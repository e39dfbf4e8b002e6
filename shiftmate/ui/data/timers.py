"""The one place timers and the clock come from, so tests can replace both.

Tests monkeypatch ``make_timer`` (or never start the window's timer) and give the DataService
a FakeClock as ``services.clock``; the scheduler then runs only when a test calls ``tick()``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from shiftmate.core.clock import Clock, SystemClock

_SYSTEM_CLOCK = SystemClock()


def make_timer(parent: QObject, interval_ms: int) -> QTimer:
    """A repeating timer owned by ``parent`` (not started)."""
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    return timer


def clock_of(services) -> Clock:
    """The clock the UI reads: ``services.clock`` when a test set one, else the system's."""
    return getattr(services, "clock", None) or _SYSTEM_CLOCK
