"""The lock's state lives in LockState, not in the data service: driven with a bare service.

No window: LockState is a controller of the service's signals (Mu's logic/view split), so
what the lock screen reads is proven here without one.
"""

from __future__ import annotations

import datetime as dt

from shiftmate.core.clock import FakeClock
from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.shifts.records import start_shift
from shiftmate.core.storage.store import Store
from shiftmate.ui.data.service import LOCKED, OPEN, DataService
from shiftmate.ui.privacy.lock_state import LockState

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
LOCK_FIELDS = ("is_locked", "lock_reason", "unlock_wait", "locked_reminders", "lock", "unlock")


def protected_with_a_shift(location, clock):
    store = Store.open(location)
    start_shift(store, clock)
    store.close()
    privacy.protect(location, "river stones", now=START)


def test_locking_and_unlocking_is_the_lock_states_and_the_service_only_opens_and_closes(qtbot, location):
    clock = FakeClock(START)
    protected_with_a_shift(location, clock)
    services = DataService(location, clock=clock)
    state = LockState(services)
    try:
        assert not any(hasattr(services, name) for name in LOCK_FIELDS)
        with qtbot.waitSignal(services.locked, timeout=10_000):
            services.open()
        assert state.is_locked and services.state == LOCKED and not services.is_open
        with qtbot.waitSignal(services.unlock_failed, timeout=10_000):
            state.unlock("wrong stones")
        assert state.is_locked and state.unlock_wait == 0  # the first tries are free
        with qtbot.waitSignal(services.opened, timeout=10_000):
            state.unlock("river stones")
        assert not state.is_locked and services.state == OPEN

        with qtbot.waitSignal(services.locked, timeout=10_000):
            state.lock()
            assert state.is_locked and services.is_open  # locked at once; closed by the worker
        assert not services.is_open and services.info is None
        # The shift's reminders still to come were kept before the file closed.
        assert state.reminders.pending and all(due > START for due, _ in state.reminders.pending)
        first_due, first_message = state.reminders.pending[0]
        clock.set(first_due)
        assert state.reminders.take_due(clock.now()) == first_message
        assert state.reminders.take_due(clock.now()) is None  # told once
        with qtbot.waitSignal(services.opened, timeout=10_000):
            state.unlock("river stones")
        assert not state.is_locked and state.reminders.pending == []
    finally:
        services.close()


def test_a_wait_after_too_many_wrong_tries_is_the_lock_states(qtbot, location):
    clock = FakeClock(START)
    protected_with_a_shift(location, clock)
    services = DataService(location, clock=clock)
    state = LockState(services)
    try:
        with qtbot.waitSignal(services.locked, timeout=10_000):
            services.open()
        for _ in range(5):
            with qtbot.waitSignal(services.unlock_failed, timeout=10_000):
                state.unlock("nope")
        assert state.unlock_wait == 5
    finally:
        services.close()
