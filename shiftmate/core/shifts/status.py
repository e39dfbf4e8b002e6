"""One read of where the worker stands: the shift, the break, what comes next, deadlines.

Shared by the Today card, the Breaks screen and `shiftmate shift status`, so they agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shiftmate.core.shifts import break_rules
from shiftmate.core.clock import Clock, to_iso
from shiftmate.core.shifts.reminders import Occurrence, active_requirements, next_due
from shiftmate.core.shifts.records import Break, Shift, breaks_of, latest_shift, open_break
from shiftmate.core.shifts.roster import PlannedShift, next_planned, planned_near

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store


@dataclass
class ShiftStatus:
    """A snapshot taken at ``now``."""

    now: dt.datetime
    shift: Shift | None  # the open shift, else the latest one (``is_open`` says which)
    on_break: Break | None
    breaks: list[Break] = field(default_factory=list)
    next_reminder: Occurrence | None = None
    deadlines: list[break_rules.DeadlineStatus] = field(default_factory=list)
    preset: str = break_rules.PRESET.default
    # From the roster (roster.py): the next planned shift to start, and the one "Start my
    # shift" offers now (from two hours before its start to its end), if any.
    next_planned: PlannedShift | None = None
    planned_offer: PlannedShift | None = None

    @property
    def in_shift(self) -> bool:
        return self.shift is not None and self.shift.is_open

    @property
    def forgotten(self) -> bool:
        return self.in_shift and self.shift.is_forgotten(self.now)

    @property
    def paused_to_end(self) -> bool:
        """Reminders are paused until the open shift ends."""
        return self.in_shift and self.shift.paused_to_end

    @property
    def paused_until(self) -> dt.datetime | None:
        """When a timed pause of the open shift's reminders runs out, while it still runs."""
        if not self.in_shift or self.shift.paused_until is None or self.shift.paused_until <= self.now:
            return None
        return self.shift.paused_until

    def to_json(self) -> dict:
        shift = self.shift
        return {
            "in_shift": self.in_shift,
            "shift": None if shift is None else {
                "id": shift.id,
                "started_at": to_iso(shift.started_at),
                "ended_at": shift.ended_at and to_iso(shift.ended_at),
                "planned_end": shift.planned_end and to_iso(shift.planned_end),
                "tz": shift.tz,
                "role": shift.role,
                "elapsed_minutes": round(shift.elapsed(self.now).total_seconds() / 60, 1),
                "day_rating": shift.day_rating,
                "forgotten": self.forgotten,
            },
            "on_break_since": self.on_break and to_iso(self.on_break.started_at),
            "reminders_paused_until": self.paused_until and to_iso(self.paused_until),
            "reminders_paused_to_end": self.paused_to_end,
            "breaks": [break_json(b, self.now) for b in self.breaks],
            "next_reminder": None if self.next_reminder is None else {
                "rule": self.next_reminder.rule_key,
                "due_at": to_iso(self.next_reminder.due_at),
                "message": self.next_reminder.message,
            },
            "preset": self.preset,
            "next_planned_shift": self.next_planned and self.next_planned.to_json(),
            "deadlines": [
                {
                    "requirement": d.requirement.key,
                    "label": d.requirement.label,
                    "required_minutes": d.requirement.required,
                    "deadline_at": to_iso(d.deadline_at),
                    "taken_minutes": round(d.taken_minutes, 1),
                    "state": d.state(self.now),
                }
                for d in self.deadlines
            ],
        }


def break_json(brk: Break, now: dt.datetime) -> dict:
    return {
        "id": brk.id,
        "shift_id": brk.shift_id,
        "started_at": to_iso(brk.started_at),
        "ended_at": brk.ended_at and to_iso(brk.ended_at),
        "minutes": round(brk.length(now).total_seconds() / 60, 1),
        "kind": brk.kind,
        "tz": brk.tz,
    }


def shift_status(store: Store, clock: Clock) -> ShiftStatus:
    now = clock.now()
    shift = latest_shift(store)
    status = ShiftStatus(now, shift, open_break(store))
    status.preset = store.read(break_rules.PRESET)
    status.next_planned = next_planned(store, now)
    if shift is None or not shift.is_open:
        status.planned_offer = planned_near(store, now)
    if shift is None:
        return status
    status.breaks = breaks_of(store, shift.id)
    status.deadlines = break_rules.deadlines(active_requirements(store), shift, status.breaks, now)
    if shift.is_open:
        status.next_reminder = next_due(store, clock)
    return status
