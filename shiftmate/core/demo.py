"""`shiftmate demo-data`: realistic synthetic data for screenshots, demos and benchmarks.

Each feature adds a generator to ``DEMO_GENERATORS``; a generator gets the store, a seeded
random source and the number of days to cover, writes its records in one transaction and
returns how many it wrote. Demo data is never mixed into a folder that holds real data.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from shiftmate.core.errors import BadInput
from shiftmate.core.store import Store

DemoGenerator = Callable[[Store, random.Random, int], int]

# Filled by later features, in the order they should run.
DEMO_GENERATORS: list[tuple[str, DemoGenerator]] = []

MAX_DAYS = 3650


def fill_demo_data(store: Store, *, days: int, seed: int) -> dict[str, int]:
    """Write demo records for ``days`` days; refuse a data folder that holds user data."""
    if not 1 <= days <= MAX_DAYS:
        raise BadInput(f"--days must be between 1 and {MAX_DAYS}, not {days}.")
    if store.holds_user_data():
        raise BadInput(
            f"The data folder {store.location.root} already holds your own data; "
            "demo data only goes into an empty folder (use --data-dir)."
        )
    rng = random.Random(seed)
    written = {name: generate(store, rng, days) for name, generate in DEMO_GENERATORS}
    store.set_setting("demo.seed", str(seed))
    store.set_setting("demo.days", str(days))
    return written


from shiftmate.core.journal_demo import generate_journal_demo  # noqa: E402 - registers itself below

DEMO_GENERATORS.append(("journal entries", generate_journal_demo))
