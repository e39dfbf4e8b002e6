"""Demo checklist runs: some weeks of pre- and post-shift runs with realistic gaps."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from shiftmate.core.checklist_runs import ChecklistRuns
from shiftmate.core.clock import FakeClock, SystemClock

if TYPE_CHECKING:
    from shiftmate.core.store import Store

_NOTES = {
    "leave-at-home": ["the rent worry", "argument with my brother", "exam results", "the car noise",
                      "tiredness from last night", "my phone"],
    "one-win": ["calmed down a customer about a late order", "regular said thanks by name",
                "fixed the till jam fast", "stayed patient through the rush",
                "helped a new colleague with returns"],
    "let-go": ["the man who shouted about the price", "the wrong order mix-up",
               "being short-staffed", "the rude phone call at 3"],
}


def demo_checklist_runs(store: Store, rng: random.Random, days: int) -> int:
    zone = SystemClock().zone_name()
    today = dt.datetime.now(dt.timezone.utc).date()
    clock = FakeClock(dt.datetime.combine(today, dt.time(8)), zone=zone)
    runs = ChecklistRuns(store, clock)
    written = 0
    with store.db.atomic():
        for offset in range(days, 0, -1):
            day = today - dt.timedelta(days=offset)
            if day.weekday() in (2, 6) or rng.random() < 0.12:  # days off, the odd extra one
                continue
            start_hour = rng.choice([6, 7, 9, 11, 14, 16])
            clock.set(dt.datetime.combine(day, dt.time(start_hour, rng.randrange(0, 50)),
                                          tzinfo=clock.now().tzinfo).astimezone(dt.timezone.utc))
            written += _one_run(runs, "before-shift", rng, complete_chance=0.8)
            if rng.random() < 0.7:
                clock.advance(hours=8, minutes=rng.randrange(0, 40))
                written += _one_run(runs, "after-shift", rng, complete_chance=0.65)
    return written


def _one_run(runs: ChecklistRuns, key: str, rng: random.Random, *, complete_chance: float) -> int:
    run_id = runs.start_or_resume(key)
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
