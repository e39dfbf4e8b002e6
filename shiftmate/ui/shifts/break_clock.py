"""The live break timer: "On break 12:05 · 12 of 15 min", on the Today card and the Breaks screen.

It ticks once a second only while its label is on screen (its screen shown, the window
neither minimised nor hidden) and the worker is on a break: idle, no timer runs at all. The time comes from the injected clock (``clock_of``), the timer from
``ui.data.timers``, so tests move a FakeClock and fire the fake timer. A screen reader hears
the label's accessible name, which changes once a minute (not every second), and is told
once when the minimum is reached.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from shiftmate.ui.data import timers
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.widgets.accessibility import announce

TICK_MS = 1000


def needed_minutes(status) -> int | None:
    """What the break in progress needs to count: the first unmet deadline it can meet.

    A break counts towards a requirement in parts of at least ``min_part`` minutes, so it
    needs the rest of the requirement but never less than one such part; None when no
    deadline waits on this break (no preset, all met, or it started after the deadline).
    """
    if status is None or status.on_break is None:
        return None
    for deadline in status.deadlines:
        if deadline.on_qualifying_break:
            req = deadline.requirement
            return max(req.min_part, int(round(req.required - deadline.taken_minutes)))
    return None


def break_clock_text(elapsed: dt.timedelta, needed: int | None) -> tuple[str, str]:
    """(what the label shows, what a screen reader hears) for a break ``elapsed`` long."""
    seconds = max(int(elapsed.total_seconds()), 0)
    minutes = seconds // 60
    stopwatch = f"{minutes}:{seconds % 60:02d}"
    if needed is None:
        shown = QCoreApplication.translate("BreakClock", "On break %1").replace("%1", stopwatch)
        spoken = QCoreApplication.translate("BreakClock", "On break for %1 min").replace("%1", str(minutes))
    elif minutes >= needed:
        reached = QCoreApplication.translate("BreakClock", "%1 min reached — take longer if you can").replace("%1", str(needed))
        shown = QCoreApplication.translate("BreakClock", "On break %1 · %2").replace("%1", stopwatch).replace("%2", reached)
        spoken = QCoreApplication.translate("BreakClock", "On break for %1 min. %2").replace("%1", str(minutes)).replace("%2", reached)
    else:
        of = QCoreApplication.translate("BreakClock", "%1 of %2 min").replace("%1", str(minutes)).replace("%2", str(needed))
        shown = QCoreApplication.translate("BreakClock", "On break %1 · %2").replace("%1", stopwatch).replace("%2", of)
        spoken = QCoreApplication.translate("BreakClock", "On break: %1").replace("%1", of)
    return shown, spoken


class BreakClock(QObject):
    """Keeps ``label`` showing the break in progress; ``follow(status)`` with each status read."""

    def __init__(self, label, services) -> None:
        super().__init__(label)
        self.label = label
        self.services = services
        self.started_at: dt.datetime | None = None
        self.needed: int | None = None
        self._reached_said = False
        self.timer = timers.make_timer(self, TICK_MS)
        self.timer.timeout.connect(self.update_text)
        self._window = None  # the top-level window, watched for minimising (see _watch_window)
        label.installEventFilter(self)
        label.hide()

    @property
    def running(self) -> bool:
        return self.timer.isActive() if hasattr(self.timer, "isActive") else self.timer.running

    def follow(self, status) -> None:
        """A new status: on a break, show and tick; else hide and stop."""
        brk = status.on_break if status is not None and status.in_shift else None
        started = brk.started_at if brk is not None else None
        if started != self.started_at:
            self._reached_said = False
        self.started_at = started
        self.needed = needed_minutes(status)
        self.label.setVisible(started is not None)
        self._run_while_seen()
        if started is not None:
            self.update_text()

    def _watch_window(self) -> None:
        """Minimised, the label is still "visible" to Qt: the window's state says it is not seen."""
        window = self.label.window()
        if window is not self.label and window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._window = window
            window.installEventFilter(self)

    def _run_while_seen(self) -> None:
        self._watch_window()
        window = self.label.window()
        seen = self.started_at is not None and self.label.isVisible() and not window.isMinimized()
        if seen and not self.running:
            self.timer.start()
        elif not seen and self.running:
            self.timer.stop()

    def update_text(self) -> None:
        if self.started_at is None:
            return
        elapsed = clock_of(self.services).now() - self.started_at
        shown, spoken = break_clock_text(elapsed, self.needed)
        self.label.setText(shown)
        if self.label.accessibleName() != spoken:  # once a minute, not every second
            self.label.setAccessibleName(spoken)
            if self.needed is not None and elapsed >= dt.timedelta(minutes=self.needed) and not self._reached_said:
                self._reached_said = True
                announce(self.label, spoken)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if (obj is self.label and kind in (QEvent.Show, QEvent.Hide)) or (
                obj is self._window and kind in (QEvent.WindowStateChange, QEvent.Show, QEvent.Hide)):
            was_running = self.running
            self._run_while_seen()
            if self.running and not was_running:
                self.update_text()  # the time moved on while nobody looked
        return False
