"""`shiftmate demo-data`: realistic synthetic data for screenshots, demos and benchmarks.

Each feature adds a generator to ``DEMO_GENERATORS``; a generator gets the store, a seeded
random source, the number of days to cover and the clock (its zone is the worker's), writes
its records and returns how many it wrote. Demo data is never mixed into a folder that holds real data.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from shiftmate.core.checklists.demo import demo_checklist_runs
from shiftmate.core.clock import Clock, SystemClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.demo import generate_journal_demo
from shiftmate.core.packs.demo import demo_packs
from shiftmate.core.shifts.demo import generate_shifts
from shiftmate.core.storage.settings import NUMBER, Setting
from shiftmate.core.storage.store import Store

# What the demo data was made with, noted beside it (None: no demo data here).
DEMO_SEED = Setting("demo.seed", NUMBER, None)
DEMO_DAYS = Setting("demo.days", NUMBER, None)

DemoGenerator = Callable[..., int]  # (store, rng, days, *, clock=None) -> records written

# One entry per feature, in the order they run. Shifts come first: the checklist runs start
# and end with them and the hard moments happen during them, as in one worker's weeks.
DEMO_GENERATORS: list[tuple[str, DemoGenerator]] = [
    ("shifts, breaks and reminders", generate_shifts),
    ("checklist runs", demo_checklist_runs),
    ("journal entries", generate_journal_demo),
    ("pack checklists", demo_packs),
]

MAX_DAYS = 3650


def fill_demo_data(store: Store, *, days: int, seed: int, clock: Clock | None = None) -> dict[str, int]:
    """Write demo records for ``days`` days up to now, in the machine's zone (or ``clock``'s).

    A data folder that holds user data is refused.
    """
    if not 1 <= days <= MAX_DAYS:
        raise BadInput(f"--days must be between 1 and {MAX_DAYS}, not {days}.")
    if store.holds_user_data():
        raise BadInput(
            f"The data folder {store.location.root} already holds data; "
            "demo data only goes into an empty folder (choose one with --data-dir)."
        )
    rng = random.Random(seed)
    clock = clock or SystemClock()
    written = {name: generate(store, rng, days, clock=clock) for name, generate in DEMO_GENERATORS}
    store.write(DEMO_SEED, seed)
    store.write(DEMO_DAYS, days)
    return written
