"""A window left running for days still makes one automatic backup a day (issue 15, item 3)."""

from __future__ import annotations

import pytest

from shiftmate.core.privacy.backups import list_backups
from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store


@pytest.fixture
def clock(fake_timers):
    return FakeClock("2026-06-01T09:00", "Europe/Berlin")


def dailies(location) -> list:
    return sorted(b.made_at.date().isoformat() for b in list_backups(location) if b.reason == "daily")


def hours_pass(qtbot, services, clock, timers, hours):
    """Move the clock on and let every running timer fire, as they would have meanwhile."""
    clock.advance(hours=hours)
    timers.fire_running()
    qtbot.waitUntil(lambda: services.is_idle, timeout=10_000)


def test_three_days_in_the_tray_make_three_daily_backups(qtbot, open_window, location, clock, fake_timers):
    store = Store.open(location)
    add_entry(store, JournalEntry(text="Kept"), clock=clock)
    store.close()
    window = open_window(clock=clock)
    services = window.services
    qtbot.waitUntil(lambda: services.is_idle, timeout=10_000)
    window.hide()  # in the tray from now on; the database stays open
    assert dailies(location) == ["2026-06-01"]

    hours_pass(qtbot, services, clock, fake_timers, 5)  # the same day: nothing new
    assert dailies(location) == ["2026-06-01"]
    hours_pass(qtbot, services, clock, fake_timers, 19)
    hours_pass(qtbot, services, clock, fake_timers, 12)  # later that day: still one for it
    hours_pass(qtbot, services, clock, fake_timers, 12)
    assert dailies(location) == ["2026-06-01", "2026-06-02", "2026-06-03"]
