"""The Insights benchmark runs (tiny size); its figures are read by people, not asserted."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).with_name("bench_insights.py")


def test_insights_benchmark_runs_and_prints_its_figures():
    out = subprocess.run([sys.executable, str(BENCH), "--days", "5"], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    for figure in ("core figures (12m) median", "open Insights", "longest GUI stall while opening",
                   "switch to 12m"):
        assert figure in out.stdout
