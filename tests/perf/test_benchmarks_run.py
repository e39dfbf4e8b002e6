"""The start-up benchmark still runs: exit 0 and well-formed figures (no timing limits)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ("bare_qlabel", "shiftmate_fresh", "shiftmate_existing")


def test_bench_startup_runs_and_prints_json():
    result = subprocess.run(
        [sys.executable, "tests/perf/bench_startup.py", "--runs", "1", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["runs"] == 1
    for key in VARIANTS:
        for stat in ("median_ms", "min_ms", "max_ms"):
            assert figures[key][stat] > 0, (key, stat)
        assert len(figures[key]["samples_ms"]) == 1
    assert figures["ratio_fresh_over_bare"] > 0
    assert figures["ratio_existing_over_bare"] > 0
