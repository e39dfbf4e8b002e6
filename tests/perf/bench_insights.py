"""Insights benchmark: time to open Insights on years of demo data, and the longest GUI stall.

Run: ``python tests/perf/bench_insights.py [--days 1095] [--data-dir DIR]``. Prints its figures;
asserts nothing. Targets from the issue: open under 300 ms, no GUI stall over 50 ms.
"open" is from asking for the screen to the figures being on screen (screen created, Qt
Charts imported, SQL run on the data thread, charts and tables filled). A 2 ms timer on the
GUI thread measures the longest gap between its ticks meanwhile: the longest stall.
A --data-dir that already holds demo data is reused, so the slow part runs once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shiftmate.core.clock import SystemClock  # noqa: E402
from shiftmate.core.insights.figures import compute_insights  # noqa: E402
from shiftmate.core.storage.paths import DataLocation  # noqa: E402
from shiftmate.core.storage.store import Store  # noqa: E402


def prepare(location: DataLocation, days: int) -> str:
    store = Store.open(location)
    try:
        note = "reusing the demo data in the folder"
        if not store.holds_user_data():
            store.close()
            # Written by a separate process, as a person would with `shiftmate demo-data`, so the
            # measuring process starts as fresh as the app does.
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(location.root), "demo-data",
                            "--days", str(days), "--seed", "1"], check=True, capture_output=True)
            note = f"demo data for {days} days written in {time.perf_counter() - started:.1f} s"
            store = Store.open(location)
        counts = store.row_counts()
        timings = {}
        for period in ("4w", "3m", "12m"):
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                compute_insights(store, SystemClock(), period)
                runs.append((time.perf_counter() - t) * 1000)
            timings[period] = statistics.median(runs)
    finally:
        store.close()
    print(note)
    print(f"rows: {counts.get('journal_entries', 0)} journal entries, {counts.get('shifts', 0)} shifts, "
          f"{counts.get('reminder_events', 0)} reminder events, {counts.get('checklist_runs', 0)} checklist runs")
    for period, ms in timings.items():
        print(f"core figures ({period}) median: {ms:.1f} ms")
    return note


class StallMeter:
    """The longest gap between ticks of a fast timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest * 1000


def wait_for(app, condition, timeout=120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for Insights")
        app.processEvents()
        time.sleep(0.0005)


def measure_window(location: DataLocation) -> None:
    from PySide6.QtWidgets import QApplication

    from shiftmate.app import build_main_window

    app = QApplication.instance() or QApplication([])
    window, services = build_main_window(location, scheme="light")
    try:
        services.open()
        services.wait_idle()
        window.resize(1100, 720)
        window.show()
        services.wait_idle()
        meter = StallMeter()
        done = []
        meter.start()
        started = time.perf_counter()
        screen = window.screen_widget("insights")
        screen.loaded.connect(lambda key: done.append((key, time.perf_counter())))
        window.show_screen("insights")
        wait_for(app, lambda: done)
        opened_ms = (done[-1][1] - started) * 1000
        stall = meter.stop()
        print(f"open Insights (4 weeks, first time, incl. Qt Charts import): {opened_ms:.0f} ms")
        print(f"longest GUI stall while opening: {stall:.0f} ms")
        for period in ("3m", "12m", "4w"):
            done.clear()
            meter.start()
            started = time.perf_counter()
            screen.set_period(period)
            wait_for(app, lambda: done)
            ms = (done[-1][1] - started) * 1000
            print(f"switch to {period}: {ms:.0f} ms; longest GUI stall {meter.stop():.0f} ms")
    finally:
        window.hide()
        services.close()
        window.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=3 * 365)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        location = DataLocation(args.data_dir or Path(tmp) / "data")
        prepare(location, args.days)
        measure_window(location)


if __name__ == "__main__":
    main()
