"""Demo checklist runs: the pre- and post-shift runs of the demo shifts, with realistic gaps."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.clock import Clock, FakeClock, SystemClock, local_day, local_time
from shiftmate.core.shifts.records import recent_shifts

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

_NOTES = {
    "leave-at-home": ["the rent worry", "argument with my brother", "exam results", "the car noise",
                      "tiredness from last night", "my phone"],
    "one-win": ["calmed down a customer about a late order", "regular said thanks by name",
                "fixed the till jam fast", "stayed patient through the rush",
                "helped a new colleague with returns"],
    "let-go": ["the man who shouted about the price", "the wrong order mix-up",
               "being short-staffed", "the rude phone call at 3"],
}


def demo_checklist_runs(store: Store, rng: random.Random, days: int, *, clock: Clock | None = None) -> int:
    """Before-shift runs as each demo shift starts, after-shift runs as it ends, linked to it.

    The shifts come first (``core.shifts.demo``); without any, runs fall on working days at
    the usual hours in the machine's zone.
    """
    machine = clock or SystemClock()
    zone = machine.zone_name()
    now = machine.now()
    worked = [s for s in recent_shifts(store, limit=days + 2) if now - s.started_at <= dt.timedelta(days=days + 1)]
    fake = FakeClock(now, zone=zone)
    runs = ChecklistRuns(store, fake)
    written = 0
    with store.db.atomic():
        if worked:
            for shift in sorted(worked, key=lambda s: s.started_at):
                fake.set(shift.started_at - dt.timedelta(minutes=rng.randrange(2, 15)))
                written += _one_run(runs, "before-shift", rng, complete_chance=0.8, shift_id=shift.id)
                if shift.ended_at is not None and rng.random() < 0.7:
                    fake.set(shift.ended_at + dt.timedelta(minutes=rng.randrange(1, 20)))
                    written += _one_run(runs, "after-shift", rng, complete_chance=0.65, shift_id=shift.id)
            return written
        today = local_day(now, zone)
        for offset in range(days, 0, -1):
            day = today - dt.timedelta(days=offset)
            if day.weekday() in (2, 6) or rng.random() < 0.12:  # days off, the odd extra one
                continue
            start_hour = rng.choice([6, 7, 9, 11, 14])
            fake.set(dt.datetime.combine(day, dt.time(start_hour, rng.randrange(0, 50)),
                                         tzinfo=local_time(now, zone).tzinfo))
            written += _one_run(runs, "before-shift", rng, complete_chance=0.8)
            if rng.random() < 0.7:
                fake.advance(hours=8, minutes=rng.randrange(0, 40))
                written += _one_run(runs, "after-shift", rng, complete_chance=0.65)
    return written


def _one_run(runs: ChecklistRuns, key: str, rng: random.Random, *, complete_chance: float,
             shift_id: int | None = None) -> int:
    run_id = runs.start_or_resume(key, shift_id)
    thorough = rng.random() < complete_chance
    for item in runs.get(run_id).items:
        if not item.answerable or (not thorough and rng.random() < 0.45):
            continue
        if not item.required and rng.random() < 0.15:
            continue
        runs.answer(run_id, item.key, _value(item, rng))
    runs.close(run_id)
    return 1


def _value(item, rng: random.Random) -> str:
    if item.kind == "check":
        return "done"
    if item.kind == "yes-no":
        return rng.choice(["yes", "yes", "no", "n/a"])
    if item.kind == "rating":
        return str(rng.choice([2, 3, 3, 4, 4, 4, 5]))
    return rng.choice(_NOTES.get(item.key, ["fine"]))
