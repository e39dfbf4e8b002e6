"""The unlock benchmark runs (tiny size); its figures are read by people, not asserted."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).with_name("bench_unlock.py")


def test_unlock_benchmark_runs_and_prints_its_figures():
    out = subprocess.run([sys.executable, str(BENCH), "--entries", "50", "--repeat", "1"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    for figure in ("entries: 50", "encrypt the data folder", "unlock (open with passphrase"):
        assert figure in out.stdout
