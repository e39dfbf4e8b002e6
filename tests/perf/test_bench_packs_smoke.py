"""The pack benchmark runs (tiny size); its figures are read by people, not asserted."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).with_name("bench_packs.py")


def test_pack_benchmark_runs_and_prints_its_figures():
    out = subprocess.run([sys.executable, str(BENCH), "--checklists", "2", "--items", "40"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    for figure in ("validate:", "import (one transaction):", "update to version 2 in place:", "export"):
        assert figure in out.stdout
