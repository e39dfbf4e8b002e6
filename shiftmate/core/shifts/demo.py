"""Demo shifts for `shiftmate demo-data`: past shifts with breaks, reminder events and breathing,
and one shift in progress today, all produced by the real scheduler on a fake clock.

They are the spine of the demo: in the machine's own time zone, at a worker's usual hours,
never with anything later than now. The checklist runs and journal entries are placed in
these shifts afterwards, so the whole demo reads as one worker's weeks.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from shiftmate.core.shifts import reminders
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts.break_rules import PRESET
from shiftmate.core.shifts.breathing import log_breathing
from shiftmate.core.clock import Clock, FakeClock, SystemClock, local_time

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

ROLES = ("till 3", "front desk", "café counter", "returns desk", "phones, team B")
REST = dt.timedelta(hours=11)  # the usual minimum rest between two shifts
OUTCOMES = ("done",) * 14 + ("skip",) * 2 + ("snooze",) * 3 + (None,)


def _run(store: Store, clock: FakeClock, rng: random.Random, until: dt.datetime, *, answer_last: bool) -> int:
    """Tick every five minutes up to ``until``, answering reminders like a busy worker would."""
    written = 0
    shift = shifts.open_shift(store)
    break_at = shift.started_at + dt.timedelta(minutes=rng.choice((150, 180, 210, 240, 270)))
    break_length = rng.choice((15, 20, 30, 30, 30, 45))
    # Only a break that is over by ``until``: today's must not end later than now.
    takes_break = break_at + dt.timedelta(minutes=break_length) <= until
    while clock.now() < until:
        if (takes_break and break_at <= clock.now() < break_at + dt.timedelta(minutes=5)
                and shifts.open_break(store) is None):
            shifts.start_break(store, clock)
            clock.advance(minutes=break_length)
            shifts.end_break(store, clock)
            written += 1
        result = reminders.tick(store, clock)
        written += len(result.to_show) + len(result.missed)
        last_step = clock.now() + dt.timedelta(minutes=5) >= until
        for event in result.to_show:
            if last_step and not answer_last:
                continue
            outcome = rng.choice(OUTCOMES)
            if outcome == "snooze":
                reminders.act_on(store, clock, event.id, "snooze", snooze_minutes=rng.choice((5, 10, 15)))
            elif outcome:
                reminders.act_on(store, clock, event.id, outcome)
        clock.advance(minutes=5)
    return written


def generate_shifts(store: Store, rng: random.Random, days: int, *, clock: Clock | None = None) -> int:
    """Roughly five shifts a week over ``days`` days, then one in progress now (``clock``'s zone)."""
    store.write(PRESET, "germany")
    machine = clock or SystemClock()
    zone = machine.zone_name()
    now = machine.now().replace(microsecond=0)
    today = local_time(now, zone).date()
    today_start = now - dt.timedelta(hours=3, minutes=12)
    written = 0
    for back in range(min(days, 3650), 0, -1):
        if rng.random() < 0.3:
            continue  # a day off
        day = today - dt.timedelta(days=back)
        start_local = dt.datetime.combine(day, dt.time(rng.choice((6, 7, 8, 9, 12, 14)), rng.choice((0, 30))))
        clock = FakeClock(start_local, zone)
        length = dt.timedelta(hours=rng.choice((4, 6, 7, 8, 8, 9)))
        if clock.now() + length > today_start - REST:
            continue  # too close to today's shift: a worker gets their rest between shifts
        shifts.start_shift(store, clock, planned_end=clock.now() + length, role=rng.choice(ROLES))
        written += 1 + _run(store, clock, rng, clock.now() + length, answer_last=True)
        if rng.random() < 0.3:
            started = clock.now()
            clock.advance(minutes=2)
            log_breathing(store, clock, started_at=started, minutes=2, completed=True)
            written += 1
        shifts.end_shift(store, clock, day_rating=rng.choice((2, 3, 3, 4, 4, 4, 5)))
    # Today's shift, still running: what the Today screen shows during a shift.
    clock = FakeClock(today_start, zone)
    shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=8), role=ROLES[0])
    written += 1 + _run(store, clock, rng, now, answer_last=False)
    return written
