"""The open shift's reminders while the data is locked: kept in memory, told when due.

Locking closes the database, yet reminders must keep coming. Just before it closes, one job
(``upcoming``, on the data thread) lists the times and messages of the next 12 hours; they
are the app's or the worker's reminder wording, never journal text. ``LockedReminders``
holds them until each is due.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

AHEAD = dt.timedelta(hours=12)


def upcoming(store: "Store", now: dt.datetime) -> list[tuple[dt.datetime, str]]:
    """On the data thread: (due_at, message) of the open shift's reminders after ``now``."""
    from shiftmate.core.shifts.records import open_shift
    from shiftmate.core.shifts.reminder_rules import reminder_rules
    from shiftmate.core.shifts.reminders import active_requirements, occurrences_until

    try:
        shift = open_shift(store)
        if shift is None:
            return []
        found = occurrences_until(shift, reminder_rules(store), active_requirements(store), now + AHEAD)
    except Exception:  # reminders while locked are a courtesy; locking must not fail
        return []
    return [(o.due_at, o.message) for o in found if o.due_at > now]


class LockedReminders:
    """What is still to come while locked; ``take_due`` hands over what has come due."""

    def __init__(self) -> None:
        self.pending: list[tuple[dt.datetime, str]] = []

    def keep(self, upcoming_reminders: list | None) -> None:
        """Hold ``upcoming_reminders`` (None: the database was closed already, nothing to hold)."""
        self.pending = list(upcoming_reminders or ())

    def forget(self) -> None:
        self.pending = []

    def take_due(self, now: dt.datetime) -> str | None:
        """The message of the latest reminder due by ``now`` (the earlier ones are passed over)."""
        due = [item for item in self.pending if item[0] <= now]
        if not due:
            return None
        self.pending = [item for item in self.pending if item[0] > now]
        return due[-1][1]
