"""Locking throws every view away; unlocking again must not reach a deleted one (issue 15, item 6)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt, SIGNAL

from shiftmate.app import build_main_window
from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.shifts.records import start_shift
from shiftmate.core.storage.store import Store
from shiftmate.ui.data.changes import Changes

PASSPHRASE = "river stones"
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
SIGNALS = ("opened(QVariantMap)", "changed(PyObject,PyObject)", "failed(QString)")


@pytest.fixture
def clock(fake_timers):
    """Every timer the window makes is a FakeTimer (tests/fakes.py)."""
    return FakeClock(START)


@pytest.fixture
def protected(location, clock):
    store = Store.open(location)
    add_entry(store, JournalEntry(text="A long queue and a short temper.", intensity_before=6), clock=clock)
    start_shift(store, clock)
    store.close()
    privacy.protect(location, PASSPHRASE, now=START)
    return location


def start_locked(qtbot, location, clock, screen="today"):
    settings = QSettings(str(location.ui_state), QSettings.IniFormat)
    settings.setValue("window/screen", screen)
    settings.sync()
    window, services = build_main_window(location, scheme="light", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    with qtbot.waitSignal(services.locked, timeout=10_000):
        services.open()
    return window


def type_passphrase(qtbot, window):
    screen = window.lock.screen
    with qtbot.waitSignal(window.services.opened, timeout=10_000):
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)


def visit_every_screen(qtbot, window):
    for number in range(1, len(window.screen_keys()) + 1):
        qtbot.keyClick(window.sidebar, Qt.Key_0 + number, Qt.ControlModifier)
        qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)


def lock_with_ctrl_l(qtbot, window):
    with qtbot.waitSignal(window.services.locked, timeout=10_000):
        qtbot.keyClick(window.sidebar if window.sidebar.isVisible() else window, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)


def receivers(services) -> dict[str, int]:
    return {name: services.receivers(SIGNAL(name)) for name in SIGNALS}


def test_lock_and_unlock_twice_with_every_screen_visited_raises_nothing(qtbot, protected, clock):
    # pytest-qt fails the test on any exception raised in a slot (the RuntimeErrors of the issue).
    window = start_locked(qtbot, protected, clock)
    for _ in range(2):
        type_passphrase(qtbot, window)
        visit_every_screen(qtbot, window)
        window.services.changed.emit(Changes.STORED | Changes.BACKUPS, None)
        qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
        lock_with_ctrl_l(qtbot, window)
        qtbot.wait(20)  # the thrown-away views are deleted on this turn of the loop
    type_passphrase(qtbot, window)
    assert window.current_screen_key() == "settings"
    window.services.close()


def test_a_protected_database_reopening_on_insights_raises_nothing(qtbot, protected, clock):
    window = start_locked(qtbot, protected, clock, screen="insights")
    qtbot.wait(20)
    type_passphrase(qtbot, window)
    assert window.current_screen_key() == "insights"
    window.services.close()


def test_views_thrown_away_at_lock_no_longer_listen_to_the_services(qtbot, protected, clock):
    window = start_locked(qtbot, protected, clock)
    before = receivers(window.services)  # the window's own controllers, no screen yet
    type_passphrase(qtbot, window)
    visit_every_screen(qtbot, window)
    assert receivers(window.services)["changed(PyObject,PyObject)"] > before["changed(PyObject,PyObject)"]
    lock_with_ctrl_l(qtbot, window)
    assert receivers(window.services) == before
    window.services.close()
