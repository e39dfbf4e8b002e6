"""The journal benchmark runs (tiny size); its figures are read by people, not asserted."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).with_name("bench_journal.py")


def test_journal_benchmark_runs_and_prints_its_figures():
    out = subprocess.run([sys.executable, str(BENCH), "--entries", "300"], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    for figure in ("search (first page of 200) median", "open Journal screen", "GUI stall while typing",
                   "per 10,000 entries"):
        assert figure in out.stdout
