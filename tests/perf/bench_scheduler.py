"""Benchmark: how long one scheduler tick takes, and a whole 12-hour shift ticked every 30 s.

Run: python tests/perf/bench_scheduler.py [--shifts N]. Prints its figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shiftmate.core.shifts import reminders  # noqa: E402
from shiftmate.core.shifts import records as shifts
from shiftmate.core.clock import FakeClock  # noqa: E402
from shiftmate.core.storage.paths import DataLocation  # noqa: E402
from shiftmate.core.shifts.demo import generate_shifts  # noqa: E402
from shiftmate.core.storage.store import Store  # noqa: E402


def run(history_days: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(DataLocation(Path(tmp)))
        try:
            generate_shifts(store, random.Random(1), history_days)
            shifts.end_shift(store, FakeClock(dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)))
            store.set_setting("breaks.preset", "california")
            clock = FakeClock("2030-06-01T07:00", "Europe/Berlin")
            shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=12))
            ticks = 12 * 60 * 2
            started = time.perf_counter()
            for _ in range(ticks):
                for event in reminders.tick(store, clock).to_show:
                    reminders.act_on(store, clock, event.id, "done")
                clock.advance(seconds=30)
            whole = time.perf_counter() - started
        finally:
            store.close()
    return {"history_days": history_days, "ticks": ticks, "shift_seconds": whole, "ms_per_tick": whole / ticks * 1000}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365, help="days of demo history first")
    args = parser.parse_args(argv)
    figures = run(args.days)
    print(
        f"12-hour shift, {figures['ticks']} ticks every 30 s on {figures['history_days']} days of history: "
        f"{figures['shift_seconds']:.2f} s in all, {figures['ms_per_tick']:.2f} ms per tick"
    )


if __name__ == "__main__":
    main()
