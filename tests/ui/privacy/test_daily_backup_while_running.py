"""A window left running for days still makes one automatic backup a day (issue 15, item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from shiftmate.app import build_main_window
from shiftmate.core.privacy.backups import list_backups
from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui.data import timers


class FiringTimer(QObject):
    """Stands in for QTimer: fires only when the test says the time has passed."""

    timeout = Signal()
    made: list["FiringTimer"] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self.running = False
        FiringTimer.made.append(self)

    def setInterval(self, _ms):  # noqa: N802 - Qt's name
        pass

    def start(self, *_args):
        self.running = True

    def stop(self):
        self.running = False


@pytest.fixture
def clock(monkeypatch):
    FiringTimer.made = []
    monkeypatch.setattr(timers, "make_timer", lambda parent, _ms: FiringTimer(parent))
    return FakeClock("2026-06-01T09:00", "Europe/Berlin")


def dailies(location) -> list:
    return sorted(b.made_at.date().isoformat() for b in list_backups(location) if b.reason == "daily")


def hours_pass(qtbot, services, clock, hours):
    """Move the clock on and let every running timer fire, as they would have meanwhile."""
    clock.advance(hours=hours)
    for timer in list(FiringTimer.made):
        if timer.running:
            timer.timeout.emit()
    qtbot.waitUntil(lambda: services.is_idle, timeout=10_000)


def test_three_days_in_the_tray_make_three_daily_backups(qtbot, location, clock):
    store = Store.open(location)
    add_entry(store, JournalEntry(text="Kept"), clock=clock)
    store.close()
    window, services = build_main_window(location, scheme="light", clock=clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    qtbot.waitUntil(lambda: services.is_idle, timeout=10_000)
    window.hide()  # in the tray from now on; the database stays open
    assert dailies(location) == ["2026-06-01"]

    hours_pass(qtbot, services, clock, 5)  # the same day: nothing new
    assert dailies(location) == ["2026-06-01"]
    hours_pass(qtbot, services, clock, 19)
    hours_pass(qtbot, services, clock, 12)  # later that day: still one for it
    hours_pass(qtbot, services, clock, 12)
    assert dailies(location) == ["2026-06-01", "2026-06-02", "2026-06-03"]
    services.close()
