"""Fixtures for widget tests: a main window on its own data folder, database opened."""

from __future__ import annotations

import pytest

from shiftmate.app import build_main_window


@pytest.fixture
def open_window(qtbot, location):
    """Build a main window on ``location`` and wait until its database is open."""
    made = []

    def make(scheme: str = "light", clock=None):
        window, services = build_main_window(location, scheme=scheme, clock=clock)
        qtbot.addWidget(window)
        made.append(services)
        with qtbot.waitSignal(services.opened, timeout=10_000):
            services.open()
        return window

    yield make
    for services in made:
        services.close()


@pytest.fixture
def window(open_window, qtbot):
    win = open_window()
    win.show()
    qtbot.waitExposed(win)
    # Window shortcuts (Delete, Ctrl+Z, Ctrl+1…) only fire in the active window, as on a desktop.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    return win
