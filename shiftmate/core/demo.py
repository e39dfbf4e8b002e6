"""`shiftmate demo-data`: realistic synthetic data for screenshots, demos and benchmarks.

Each feature adds a generator to ``DEMO_GENERATORS``; a generator gets the store, a seeded
random source and the number of days to cover, writes its records in one transaction and
returns how many it wrote. Demo data is never mixed into a folder that holds real data.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from shiftmate.core.checklist_demo import demo_checklist_runs
from shiftmate.core.errors import BadInput
from shiftmate.core.journal_demo import generate_journal_demo
from shiftmate.core.pack_demo import demo_packs
from shiftmate.core.shift_demo import generate_shifts
from shiftmate.core.store import Store

DemoGenerator = Callable[[Store, random.Random, int], int]

# One entry per feature, in the order they run. Checklist runs come before shifts so that
# past runs are not linked to the shift the shift generator leaves open today.
DEMO_GENERATORS: list[tuple[str, DemoGenerator]] = [
    ("checklist runs", demo_checklist_runs),
    ("journal entries", generate_journal_demo),
    ("shifts, breaks and reminders", generate_shifts),
    ("pack checklists", demo_packs),
]

MAX_DAYS = 3650


def fill_demo_data(store: Store, *, days: int, seed: int) -> dict[str, int]:
    """Write demo records for ``days`` days; refuse a data folder that holds user data."""
    if not 1 <= days <= MAX_DAYS:
        raise BadInput(f"--days must be between 1 and {MAX_DAYS}, not {days}.")
    if store.holds_user_data():
        raise BadInput(
            f"The data folder {store.location.root} already holds data; "
            "demo data only goes into an empty folder (choose one with --data-dir)."
        )
    rng = random.Random(seed)
    written = {name: generate(store, rng, days) for name, generate in DEMO_GENERATORS}
    store.set_setting("demo.seed", str(seed))
    store.set_setting("demo.days", str(days))
    return written
