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


def glibc_floor(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any file of the bundle needs (Linux, with objdump)."""
    import re
    import shutil

    if not sys.platform.startswith("linux") or shutil.which("objdump") is None:
        return None
    newest = (0, 0)
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or path.open("rb").read(4) != b"\x7fELF":
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}" if newest != (0, 0) else None


def measure(bundle: Path, runs: int) -> dict:
    """The bundle's figures, and the pip install's (this Python) first paint in the same run."""
    executable = executable_in(bundle)
    samples, pip_samples = [], []
    with tempfile.TemporaryDirectory(prefix="shiftmate-bundle-bench-") as tmp:
        for _ in range(runs):  # interleaved, so both see the same machine load
            samples.append(time_to_first_paint([str(executable), "--data-dir", tempfile.mkdtemp(dir=tmp)]) * 1000)
            pip_samples.append(time_to_first_paint(
                [sys.executable, "-m", "shiftmate", "--data-dir", tempfile.mkdtemp(dir=tmp)]) * 1000)
    return {
        "bundle": str(bundle),
        "size_mb": round(bundle_size_mb(bundle), 1),
        "dangling_links": sum(1 for path in bundle.rglob("*") if path.is_symlink() and not path.exists()),
        "glibc_floor": glibc_floor(bundle),
        "first_run_ms": round(samples[0], 1),
        "first_paint_median_ms": round(statistics.median(samples), 1),
        "first_paint_samples_ms": [round(ms, 1) for ms in samples],
        "pip_first_paint_median_ms": round(statistics.median(pip_samples), 1),
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
        print(f"pip install ({sys.executable}), same run: first paint median {figures['pip_first_paint_median_ms']} ms")
        print(f"needs glibc {figures['glibc_floor'] or '?'}; dangling links: {figures['dangling_links']}")
        print(f"--smoke-test, launch to exit: {figures['smoke_test_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
