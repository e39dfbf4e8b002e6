"""Journal benchmark: search latency, opening the Journal screen and GUI stalls at 100,000 entries.

Run: ``python tests/perf/bench_journal.py [--entries 100000]``. Prints its figures; asserts
nothing. Targets from the issue: search median under 20 ms, no GUI stall over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shiftmate.core.clock import FakeClock, to_iso  # noqa: E402
from shiftmate.core.journal.entries import JournalEntry, add_entries  # noqa: E402
from shiftmate.core.journal.demo import _MOMENTS, _NEEDS, _SELF_TALK, _WENT_WELL  # noqa: E402
from shiftmate.core.journal.search import JournalFilter, list_page  # noqa: E402
from shiftmate.core.storage.paths import DataLocation  # noqa: E402
from shiftmate.core.storage.store import Store  # noqa: E402

WORDS = ("manager queue receipt voucher discount parcel printer uniform lunch angry polite shouting "
         "waiting complaint supervisor policy apology exchange warranty broken delivery").split()
QUERIES = ["r", "re", "ref", "refu", "refun", "refund", "c", "cu", "cus", "cust", "custo", "customer",
           "manager", "polic", "angry cal", "voucher dis", "zzzz", "shout", "deliv", "calm", "wait q"]


def make_entries(count: int, rng: random.Random):
    import datetime as dt

    start = dt.datetime(2016, 1, 1, tzinfo=dt.timezone.utc)
    step = dt.timedelta(minutes=(10 * 365 * 24 * 60) // max(count, 1))
    for n in range(count):
        channel, text, tags = rng.choice(_MOMENTS)
        extra = " ".join(rng.choices(WORDS, k=rng.randint(3, 12)))
        yield JournalEntry(
            text=f"{text} {extra}", occurred_at=to_iso(start + step * n), tz="Europe/London",
            channel=channel, intensity_before=rng.randint(0, 10), tags=tuple(tags),
            self_talk=rng.choice(_SELF_TALK) if n % 2 else "", went_well=rng.choice(_WENT_WELL) if n % 3 else "",
            needs_now=rng.choice(_NEEDS) if n % 4 else "",
            intensity_after=rng.randint(0, 10) if n % 3 else None,
        )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def bench_core(location: DataLocation, entries: int) -> None:
    store = Store.open(location)
    started = time.perf_counter()
    add_entries(store, make_entries(entries, random.Random(5)), clock=FakeClock("2026-03-10T09:00:00"))
    took = time.perf_counter() - started
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = location.database.stat().st_size
    print(f"entries                    {entries}")
    print(f"bulk insert                {took:.1f} s (one transaction)")
    print(f"database size              {size / 1e6:.1f} MB, {size / max(entries, 1) * 10_000 / 1e6:.2f} MB per 10,000 entries")
    timings = []
    for _round in range(5):
        for query in QUERIES:
            t0 = time.perf_counter()
            list_page(store, JournalFilter(query=query))
            timings.append((time.perf_counter() - t0) * 1000)
    print(f"search (first page of 200) median {statistics.median(timings):.1f} ms, "
          f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms over {len(timings)} searches")
    filtered = []
    for flt in (JournalFilter(query="refun", channel="phone"), JournalFilter(tag="refund", min_intensity=7),
                JournalFilter(open_follow_ups=True), JournalFilter(query="cust", min_intensity=9)):
        t0 = time.perf_counter()
        list_page(store, flt)
        filtered.append((time.perf_counter() - t0) * 1000)
    print(f"search with filters        median {statistics.median(filtered):.1f} ms, max {max(filtered):.1f} ms")
    store.close()


def bench_gui(location: DataLocation) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from shiftmate.app import build_main_window

    window, services = build_main_window(location, scheme="light")
    loop = QEventLoop()
    services.opened.connect(loop.quit)
    services.open()
    loop.exec()
    window.resize(1100, 720)
    window.show()

    clock = QElapsedTimer()
    clock.start()
    screen = window.show_screen("journal")
    created_ms = clock.elapsed()
    if screen.model.rowCount() == 0:
        screen.model.page_loaded.connect(loop.quit)
        loop.exec()
        screen.model.page_loaded.disconnect(loop.quit)
    print(f"open Journal screen        {created_ms} ms to show, {clock.elapsed()} ms until the first rows")

    # Longest gap between ticks of a 1 ms timer while a person types "refund customer" at ~12 keys/s.
    gaps, last = [], [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    watchdog = QTimer()
    watchdog.setTimerType(Qt.PreciseTimer)
    watchdog.timeout.connect(tick)
    watchdog.start(1)
    screen.search_edit.setFocus()
    keys = list("refund customer")
    typist = QTimer()

    def type_one():
        if keys:
            QTest.keyClicks(screen.search_edit, keys.pop(0))
        else:
            typist.stop()
            QTimer.singleShot(1500, loop.quit)  # let the last searches land

    typist.timeout.connect(type_one)
    typist.start(80)
    last[0] = clock.elapsed()
    loop.exec()
    watchdog.stop()
    print(f"GUI stall while typing     longest {max(gaps)} ms (median tick {statistics.median(gaps)} ms), "
          f"{screen.model.rowCount()} rows shown for {screen.search_edit.text()!r}")
    window.hide()
    services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        location = DataLocation(Path(folder) / "data")
        bench_core(location, args.entries)
        if not args.no_gui:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication([])  # noqa: F841
            bench_gui(location)
    return 0


if __name__ == "__main__":
    sys.exit(main())
