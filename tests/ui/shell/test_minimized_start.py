"""``--minimized``: the log-in start, quietly in the tray with the reminders running (issue 19, point 4)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from shiftmate.app import build_main_window, restart_command, show_first
from shiftmate.cli import main as cli
from shiftmate.core.clock import FakeClock
from shiftmate.core.shifts import records as shifts
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.shifts import companion as companion_module


@pytest.fixture
def clock(fake_timers):
    return FakeClock("2026-06-01T09:00", "Europe/Berlin")


@pytest.fixture
def quiet_window(qtbot, location, clock, fake_timers, monkeypatch):
    """The window as ``run_app(minimized=True)`` leaves it, on a desktop with a tray or without."""
    made = []

    def make(tray: bool):
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: tray))
        window, services = build_main_window(location, scheme="light", clock=clock)
        qtbot.addWidget(window)
        made.append(services)
        show_first(window, minimized=True)
        with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000):
            services.open()
        return window

    yield make
    for services in made:
        services.close()


def test_the_command_line_takes_minimized_for_the_window(monkeypatch, data_dir):
    import shiftmate.app

    started = []
    monkeypatch.setattr(shiftmate.app, "run_app", lambda location, **options: started.append(options) or 0)
    assert cli.main(["--minimized", "--data-dir", str(data_dir)]) == 0
    assert started[0]["minimized"] is True
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert started[1]["minimized"] is False
    assert cli.parse_arguments(["--minimized"]).minimized is True


def test_with_a_tray_no_window_shows_and_the_reminders_run(quiet_window, qtbot, clock, fake_timers, monkeypatch):
    notices = []

    class FakeNotices:
        def __init__(self, parent):
            from PySide6.QtCore import QObject, Signal

            class Relay(QObject):
                acted = Signal(int, str)

            self.relay = Relay(parent)
            self.acted = self.relay.acted

        def show(self, key, summary, body, actions, fallback):
            notices.append((summary, body))

        def keep_only(self, keys):
            pass

    monkeypatch.setattr(companion_module, "make_desktop_notices", FakeNotices)
    window = quiet_window(tray=True)
    assert not window.isVisible()
    companion = window.shift_companion
    assert companion.timer.running  # the scheduler ticks with no window shown

    with qtbot.waitSignal(companion.ticked, timeout=10_000):
        window.services.write(lambda store: shifts.start_shift(store, clock), Changes.SHIFTS)
    clock.advance(minutes=60)
    qtbot.waitUntil(lambda: not companion.busy)
    with qtbot.waitSignal(companion.ticked, timeout=10_000):
        companion.timer.fire()
    assert notices and "water" in notices[0][1]  # it reached the desktop, the window still hidden
    assert not window.isVisible()


def test_without_a_tray_the_window_is_minimised_so_it_can_be_found(quiet_window):
    window = quiet_window(tray=False)
    assert window.isVisible() and window.isMinimized()
    assert window.shift_companion.timer.running


def test_a_restart_from_the_window_comes_back_in_sight():
    assert "--minimized" not in restart_command(["shiftmate", "--minimized", "--data-dir", "/d", "--lang", "es"])
    assert restart_command(["shiftmate", "--minimized", "--data-dir", "/d"])[-2:] == ["--data-dir", "/d"]
