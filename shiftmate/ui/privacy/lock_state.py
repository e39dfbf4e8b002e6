"""Whether the data is locked, why, and how long before the next passphrase may be tried.

The controller of the lock; the lock screen (ui/privacy/lock.py) shows what it holds. The data
service only opens and closes the database: ``lock()`` asks it to close (keeping the shift's
coming reminders first, ui/shifts/locked_reminders.py), ``unlock(passphrase)`` to open, and
what the service says back (``passphrase_asked``, ``locked``, ``opened``) is kept here, on
the GUI thread. No widget here: it is tested with a bare DataService.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject

from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.shifts.locked_reminders import LockedReminders


class LockState(QObject):
    """The lock of one DataService's database: ``is_locked``, ``lock_reason``, ``unlock_wait``."""

    def __init__(self, services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.is_locked = False
        self.lock_reason: str | None = None  # why it locked, when not by the person; read once
        self.unlock_wait = 0  # seconds before the next passphrase may be tried (core.privacy.unlock_limit)
        self.reminders = LockedReminders()  # the open shift's, still to come while locked
        services.passphrase_asked.connect(self._on_passphrase_asked)
        services.opened.connect(self._on_opened)

    def lock(self) -> None:
        """Close the database (after queued jobs); ``services.locked`` follows.

        Locked from now on, before the worker gets there: nothing more is offered to a view.
        The reminder times and messages of the open shift are kept in memory first, so
        reminders keep coming while locked; they carry no journal text.
        """
        from shiftmate.ui.shifts.locked_reminders import upcoming

        self.is_locked = True
        now = clock_of(self.services).now()
        self.services.close_locked(functools.partial(upcoming, now=now), self.reminders.keep)

    def unlock(self, passphrase: str) -> None:
        """Try ``passphrase``; ``opened`` or ``unlock_failed`` follows. A wrong one writes nothing."""
        self.services.open(passphrase)

    def take_reason(self) -> str | None:
        """Why it locked, if another process made it (said once, on the lock screen)."""
        reason, self.lock_reason = self.lock_reason, None
        return reason

    def _on_passphrase_asked(self, details: dict) -> None:
        self.is_locked = True
        self.unlock_wait = details.get("wait", 0)
        if details.get("reason"):
            self.lock_reason = details["reason"]

    def _on_opened(self, _info: dict) -> None:
        self.is_locked = False
        self.unlock_wait = 0
        self.reminders.forget()
