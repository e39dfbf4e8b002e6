"""Fixtures for widget tests: a main window on its own data folder, database opened; fake timers."""

from __future__ import annotations

import pytest

from shiftmate.app import build_main_window
from shiftmate.core.clock import FakeClock
from tests.fakes import FakeTimer, FakeTimers
from tests.helpers import show_active


@pytest.fixture
def fake_timers(monkeypatch) -> FakeTimers:
    """Every timer the window makes from now on is a FakeTimer; the list holds them all."""
    from shiftmate.ui.data import timers

    made = FakeTimers()

    def make_timer(parent, interval_ms):
        made.append(FakeTimer(parent, interval_ms))
        return made[-1]

    monkeypatch.setattr(timers, "make_timer", make_timer)
    return made


@pytest.fixture
def clock() -> FakeClock:
    """The window's clock unless a test module says otherwise: a Monday before opening, in London."""
    return FakeClock("2026-11-23T07:30:00", zone="Europe/London")


@pytest.fixture
def site(tmp_path, monkeypatch):
    """The machine-wide packs folder (empty) the window preloads packs from."""
    folder = tmp_path / "site-packs"
    folder.mkdir()
    monkeypatch.setenv("SHIFTMATE_SITE_PACKS_DIR", str(folder))
    return folder


@pytest.fixture
def open_window(qtbot, location):
    """Build a main window on ``location`` and wait until its database is open.

    The one way a test gives the window its FakeClock: ``open_window(clock=...)``.
    """
    made = []

    def make(scheme: str = "light", clock=None, language=None, passphrase: str | None = None,
             locked: bool = False, restart=None):
        """``passphrase`` opens protected data; ``locked`` waits for the unlock screen instead."""
        window, services = build_main_window(location, scheme=scheme, clock=clock, language=language,
                                             restart=restart)
        qtbot.addWidget(window)
        made.append(services)
        with qtbot.waitSignal(services.locked if locked else services.opened, timeout=20_000):
            services.open(passphrase)
        return window

    yield make
    for services in made:
        services.close()


@pytest.fixture
def window(open_window, qtbot):
    return show_active(qtbot, open_window())
