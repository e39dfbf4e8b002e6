"""Follow-ups set in a reflection, as reminders on their day.

A follow-up is due from its local day (``follow_up_on``, the worker's own calendar day in
the clock's zone) until it is done. The window asks ``follow_ups_to_show`` on each reminder
tick: it hands back the due ones not yet shown today (and not put off past today) and marks
them shown in the same transaction, so each shows once a day at most, across restarts and
however often the tick runs. "Tomorrow" puts one off to the next local day; "Done" sets the
entry's ``follow_up_done``. Everything reads the injected clock.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

from shiftmate.core.clock import Clock, local_day, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.words import first_line

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store


class FollowUp(namedtuple("FollowUp", "entry_id follow_up_on first_line occurred_at tz shown_on put_off_to")):
    """One open follow-up: its entry, its day, and what its reminder remembers."""

    __slots__ = ()

    def as_dict(self) -> dict:
        return {
            "id": self.entry_id, "follow_up_on": self.follow_up_on, "first_line": self.first_line,
            "occurred_at": self.occurred_at, "tz": self.tz, "shown_on": self.shown_on,
            "put_off_to": self.put_off_to,
        }


_SELECT = (
    "SELECT e.id, e.follow_up_on, substr(e.text, 1, 400), e.occurred_at, e.tz, r.shown_on, r.put_off_to "
    "FROM journal_entries e LEFT JOIN journal_follow_up_reminders r ON r.entry_id = e.id "
    "WHERE e.follow_up = 1 AND e.follow_up_done = 0 AND e.follow_up_on IS NOT NULL"
)


def _follow_up(row) -> FollowUp:
    return FollowUp(row[0], row[1], first_line(row[2]), row[3], row[4], row[5], row[6])


def today(clock: Clock) -> dt.date:
    """The worker's calendar day now, which follow-up days are counted in."""
    return local_day(clock.now(), clock.zone_name())


def open_follow_ups(store: Store) -> list[FollowUp]:
    """Every follow-up not yet done, soonest day first."""
    rows = store.db.execute(f"{_SELECT} ORDER BY e.follow_up_on, e.id").fetchall()
    return [_follow_up(row) for row in rows]


def due_and_upcoming(store: Store, clock: Clock) -> tuple[list[FollowUp], list[FollowUp]]:
    """(due today or earlier, on a later day): the open follow-ups split at today."""
    day = today(clock).isoformat()
    found = open_follow_ups(store)
    return [f for f in found if f.follow_up_on <= day], [f for f in found if f.follow_up_on > day]


def follow_ups_to_show(store: Store, clock: Clock) -> list[FollowUp]:
    """The due follow-ups to remind of now, marked shown today (oldest day first).

    One not shown yet today, and not put off to a later day, is returned once; the next call
    on the same local day returns it no more.
    """
    day = today(clock).isoformat()
    with store.db.atomic():
        rows = store.db.execute(
            f"{_SELECT} AND e.follow_up_on <= ? AND (r.shown_on IS NULL OR r.shown_on < ?) "
            "AND (r.put_off_to IS NULL OR r.put_off_to <= ?) ORDER BY e.follow_up_on, e.id",
            [day, day, day],
        ).fetchall()
        for row in rows:
            store.db.execute(
                "INSERT INTO journal_follow_up_reminders (entry_id, shown_on) VALUES (?, ?) "
                "ON CONFLICT (entry_id) DO UPDATE SET shown_on = excluded.shown_on",
                [row[0], day],
            )
    return [_follow_up(row) for row in rows]


def _check_open(store: Store, entry_id: int) -> None:
    row = store.db.execute("SELECT follow_up FROM journal_entries WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise BadInput(f"There is no journal entry with id {entry_id}.")
    if not row[0]:
        raise BadInput(f"Journal entry {entry_id} has no follow-up.")


def mark_follow_up_done(store: Store, clock: Clock, entry_id: int) -> None:
    """The follow-up is done: it is never reminded of again (the entry shows it done)."""
    with store.db.atomic():
        _check_open(store, entry_id)
        store.db.execute(
            "UPDATE journal_entries SET follow_up_done = 1, updated_at = ? WHERE id = ?",
            [to_iso(clock.now()), entry_id],
        )


def put_off_a_day(store: Store, clock: Clock, entry_id: int) -> str:
    """Remind of it again tomorrow (the worker's next calendar day); returns that day."""
    tomorrow = (today(clock) + dt.timedelta(days=1)).isoformat()
    with store.db.atomic():
        _check_open(store, entry_id)
        store.db.execute(
            "INSERT INTO journal_follow_up_reminders (entry_id, put_off_to) VALUES (?, ?) "
            "ON CONFLICT (entry_id) DO UPDATE SET put_off_to = excluded.put_off_to",
            [entry_id, tomorrow],
        )
    return tomorrow
