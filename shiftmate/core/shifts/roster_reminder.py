"""The reminder before a planned shift: N minutes ahead (``REMIND_BEFORE``), offer Before my shift.

It goes through the same path as every reminder (``reminders.tick`` → the companion's toast,
tray and desktop notification; ``reminders.act_on`` for Done, Snooze, Skip), as a
``ReminderEvent`` of kind ``before_shift``. Its state lives on the planned shift's row, not in
``reminder_events``, whose rows belong to a shift that runs: before a shift, none does. So
that the two never mix, its event id is the planned shift's id negated (always below zero).

It comes while no shift is open, from ``REMIND_BEFORE`` minutes before the start until the
start; a shift started from the planned one answers it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, local_time, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import translate
from shiftmate.core.shifts.roster import REMIND_BEFORE, PlannedShift, _COLUMNS, _planned, get_planned

if TYPE_CHECKING:
    from shiftmate.core.shifts.reminders import ReminderEvent
    from shiftmate.core.storage.store import Store

KIND = "before_shift"
RULE_KEY = "before-shift"


def event_id_of(planned_id: int) -> int:
    return -planned_id


def is_before_shift_event(event_id: int) -> bool:
    return event_id < 0


def _message(planned: PlannedShift) -> str:
    start = local_time(planned.starts_at, planned.tz).strftime("%H:%M")
    if planned.role:
        return translate("Reminders", "Your shift starts at {start} ({role}). Time for Before my shift.").format(
            start=start, role=planned.role)
    return translate("Reminders", "Your shift starts at {start}. Time for Before my shift.").format(start=start)


def _event(planned: PlannedShift, minutes: int) -> ReminderEvent:
    from shiftmate.core.shifts.reminders import ReminderEvent

    state = planned.reminder_state or "shown"
    return ReminderEvent(
        event_id_of(planned.id), 0, RULE_KEY, 0, KIND, _message(planned),
        planned.starts_at - dt.timedelta(minutes=minutes), planned.reminder_shown_at, state,
        planned.reminder_snoozed_until, "",
    )


def _minutes(store: Store) -> int:
    return store.read(REMIND_BEFORE)


def before_shift_due(store: Store, now: dt.datetime) -> list[ReminderEvent]:
    """Store and return the reminders that fall due now (called inside ``reminders.tick``,
    while no shift is open). A snooze that ran out comes back while the shift is still ahead."""
    minutes = _minutes(store)
    if minutes <= 0:
        return []
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE started_shift_id IS NULL AND starts_at > ? "
        "AND starts_at <= ? AND (reminder_state IS NULL OR (reminder_state = 'snoozed' "
        "AND reminder_snoozed_until <= ?)) ORDER BY starts_at",
        [to_iso(now), to_iso(now + dt.timedelta(minutes=minutes)), to_iso(now)],
    ).fetchall()
    shown = []
    for row in rows:
        planned = _planned(row)
        store.db.execute(
            "UPDATE planned_shifts SET reminder_state = 'shown', reminder_shown_at = ?, "
            "reminder_snoozed_until = NULL WHERE id = ?",
            [to_iso(now), planned.id],
        )
        shown.append(_event(get_planned(store, planned.id), minutes))
    return shown


def waiting_before_shift(store: Store, now: dt.datetime) -> list[ReminderEvent]:
    """Shown and not answered, for a shift not over yet: the toast keeps them until answered."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE reminder_state = 'shown' AND started_shift_id IS NULL "
        "AND ends_at > ? ORDER BY starts_at",
        [to_iso(now)],
    ).fetchall()
    minutes = _minutes(store)
    return [_event(_planned(row), minutes) for row in rows]


def get_before_shift_event(store: Store, event_id: int) -> ReminderEvent:
    planned = get_planned(store, -event_id)
    if planned is None or planned.reminder_state is None:
        raise BadInput("That reminder no longer exists.")
    return _event(planned, _minutes(store))


def act_on_before_shift(store: Store, clock: Clock, event_id: int, action: str, *,
                        snooze_minutes: int = 0) -> ReminderEvent:
    """Done, Skip or Snooze; as ``reminders.act_on`` for a reminder of a running shift."""
    from shiftmate.core.shifts.reminders import SNOOZE_CHOICES

    now = clock.now()
    with store.db.atomic():
        event = get_before_shift_event(store, event_id)
        if event.state not in ("shown", "snoozed"):
            return event
        planned_id = -event_id
        if action in ("done", "skip"):
            state = "done" if action == "done" else "skipped"
            store.db.execute(
                "UPDATE planned_shifts SET reminder_state = ?, reminder_snoozed_until = NULL WHERE id = ?",
                [state, planned_id],
            )
        elif action == "snooze":
            if snooze_minutes not in SNOOZE_CHOICES:
                raise BadInput(f"Snooze is 5, 10 or 15 minutes, not {snooze_minutes}.")
            store.db.execute(
                "UPDATE planned_shifts SET reminder_state = 'snoozed', reminder_snoozed_until = ? WHERE id = ?",
                [to_iso(now + dt.timedelta(minutes=snooze_minutes)), planned_id],
            )
        else:
            raise BadInput(f"Unknown reminder action '{action}'.")
        return get_before_shift_event(store, event_id)
