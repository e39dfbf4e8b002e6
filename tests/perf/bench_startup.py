"""Start-up benchmark: ShiftMate's time to first paint against a bare PySide6 window.

Each sample is the wall time from just before ``subprocess.Popen`` until the parent
reads the child's ``first-paint`` line on stdout (the child prints it on its window's
first Paint event and then quits). Three variants are measured, interleaved round by
round so they share the machine's noise; the first round is a warm-up and discarded:

* bare QLabel: ``python -c`` with a QApplication showing one QLabel;
* ShiftMate, fresh data dir: ``python -m shiftmate`` on a new, empty data folder;
* ShiftMate, existing data dir: the same on a folder whose database already exists.

ShiftMate runs with SHIFTMATE_STARTUP_PROBE=1 (see ``_install_startup_probe`` in
shiftmate/app.py), QT_QPA_PLATFORM=offscreen and a unique SHIFTMATE_INSTANCE_KEY.

Run from the repository root (this is a script, not a pytest test):

    python tests/perf/bench_startup.py [--runs 7] [--json]
    python -m tests.perf.bench_startup [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

CHILD_TIMEOUT = 60.0  # seconds; a child that never paints is killed

BARE_QLABEL = """\
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

label = QLabel("ShiftMate start-up baseline")
probe = FirstPaint(label)
label.installEventFilter(probe)
label.show()
sys.exit(app.exec())
"""

VARIANTS = {
    "bare_qlabel": "bare QLabel",
    "shiftmate_fresh": "ShiftMate (fresh data dir)",
    "shiftmate_existing": "ShiftMate (existing data dir)",
}


def time_to_first_paint(argv: list[str]) -> float:
    """Seconds from just before Popen until the child's 'first-paint' line is read."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHIFTMATE_STARTUP_PROBE="1",
               SHIFTMATE_INSTANCE_KEY=f"shiftmate-bench-{uuid.uuid4().hex[:12]}")
    with tempfile.TemporaryFile(mode="w+") as stderr:
        start = time.perf_counter()
        with subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=stderr, text=True, env=env) as proc:
            killer = threading.Timer(CHILD_TIMEOUT, proc.kill)
            killer.start()
            try:
                elapsed = None
                for line in proc.stdout:
                    if line.startswith("first-paint "):
                        elapsed = time.perf_counter() - start
                        break
                proc.stdout.read()  # drain until the child closes stdout
                code = proc.wait()
            finally:
                killer.cancel()
        if elapsed is None or code != 0:
            stderr.seek(0)
            raise RuntimeError(f"{argv[1:]} exited {code} "
                               f"{'without' if elapsed is None else 'after'} 'first-paint':\n"
                               f"{stderr.read()[-2000:]}")
    return elapsed


def measure(runs: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {key: [] for key in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="shiftmate-bench-") as tmp:
        root = Path(tmp)
        existing = root / "existing"
        # Its database made first, by the command line: the window, which quits on its first
        # paint here, opens the database only on the turn after that paint.
        subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(existing), "journal", "list"],
                       check=True, capture_output=True, stdin=subprocess.DEVNULL)
        shiftmate = [sys.executable, "-m", "shiftmate", "--data-dir"]
        commands = {
            "bare_qlabel": lambda: [sys.executable, "-c", BARE_QLABEL],
            "shiftmate_fresh": lambda: shiftmate + [tempfile.mkdtemp(dir=root, prefix="fresh-")],
            "shiftmate_existing": lambda: shiftmate + [str(existing)],
        }
        order = list(VARIANTS)
        for round_no in range(runs + 1):  # round 0 is the discarded warm-up
            for key in order:
                elapsed = time_to_first_paint(commands[key]())
                if round_no:
                    samples[key].append(elapsed * 1000)
            order = order[1:] + order[:1]  # rotate so no variant always goes first
        if not (existing / "shiftmate.db").exists():
            raise RuntimeError(f"ShiftMate left no database in {existing}")
    return samples


def summarise(samples: dict[str, list[float]]) -> dict:
    figures: dict = {"runs": len(samples["bare_qlabel"])}
    for key, ms in samples.items():
        figures[key] = {"median_ms": statistics.median(ms), "min_ms": min(ms), "max_ms": max(ms)}
        figures[key] = {k: round(v, 1) for k, v in figures[key].items()}
        figures[key]["samples_ms"] = [round(v, 1) for v in ms]
    bare = figures["bare_qlabel"]["median_ms"]
    for name in ("fresh", "existing"):
        ratio = figures[f"shiftmate_{name}"]["median_ms"] / bare
        figures[f"ratio_{name}_over_bare"] = round(ratio, 3)
    return figures


def print_table(figures: dict) -> None:
    print(f"Time to first paint, {figures['runs']} runs each (after one warm-up)")
    print(f"{'':32}{'median':>10}{'min':>10}{'max':>10}")
    for key, label in VARIANTS.items():
        cells = (figures[key][stat] for stat in ("median_ms", "min_ms", "max_ms"))
        print(f"{label:32}" + "".join(f"{ms:>7.1f} ms" for ms in cells))
    print(f"ShiftMate/bare, median (fresh):    {figures['ratio_fresh_over_bare']:.2f}x")
    print(f"ShiftMate/bare, median (existing): {figures['ratio_existing_over_bare']:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs per variant (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    figures = summarise(measure(args.runs))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
