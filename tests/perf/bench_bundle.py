"""The built bundle: its size on disk, its start-up to first paint and its smoke-test time.

Run after packaging/build.sh, from the repository root (a script, not a pytest test):

    python tests/perf/bench_bundle.py [dist/ShiftMate] [--runs 5] [--json]

Start-up is the wall time from just before launching ``ShiftMate`` (offscreen, a fresh data
folder each run, SHIFTMATE_STARTUP_PROBE=1) until its ``first-paint`` line is read; the first
run after a build is the coldest the page cache allows without dropping it, and is reported
on its own as ``first_run_ms``. The smoke test is timed from launch to exit.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.perf.bench_startup import time_to_first_paint  # noqa: E402


def executable_in(bundle: Path) -> Path:
    name = "ShiftMate.exe" if os.name == "nt" else "ShiftMate"
    return bundle / name


def bundle_size_mb(bundle: Path) -> float:
    total = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    return total / 1_000_000


def smoke_test_seconds(executable: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run([str(executable), "--smoke-test"], capture_output=True, text=True,
                            timeout=300, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"--smoke-test exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return elapsed


def measure(bundle: Path, runs: int) -> dict:
    executable = executable_in(bundle)
    samples = []
    with tempfile.TemporaryDirectory(prefix="shiftmate-bundle-bench-") as tmp:
        for _ in range(runs):
            data = tempfile.mkdtemp(dir=tmp)
            samples.append(time_to_first_paint([str(executable), "--data-dir", data]) * 1000)
    return {
        "bundle": str(bundle),
        "size_mb": round(bundle_size_mb(bundle), 1),
        "first_run_ms": round(samples[0], 1),
        "first_paint_median_ms": round(statistics.median(samples), 1),
        "first_paint_samples_ms": [round(ms, 1) for ms in samples],
        "smoke_test_s": round(smoke_test_seconds(executable), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/ShiftMate", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.bundle, max(1, args.runs))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"bundle {figures['bundle']}: {figures['size_mb']} MB")
        print(f"first paint: first run {figures['first_run_ms']} ms, "
              f"median of {len(figures['first_paint_samples_ms'])} {figures['first_paint_median_ms']} ms")
        print(f"--smoke-test, launch to exit: {figures['smoke_test_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
