"""`python -m tests.perf` still runs end to end (tiny data, one run); figures are not asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_and_reports_every_figure():
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf", "--smoke", "--no-jrnl", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    for variant in ("bare", "shiftmate"):
        assert figures["startup"][variant]["first-paint"] > 0
        assert figures["startup"][variant]["peak-rss-kb"] > 0
    assert figures["startup"]["shiftmate"]["today-data"] > figures["startup"]["shiftmate"]["first-paint"] > 0
    assert figures["startup"]["shiftmate"]["stall-ms"] > 0
    assert figures["cli"]["shiftmate_ms"] > 0 and figures["cli"]["matches"] > 0
    assert "jrnl_skipped" in figures["cli"]
    assert figures["search"]["page_median_ms"] > 0
    stalls = figures["stalls"]
    assert stalls["typing_ms"] > 0 and stalls["save_ms"] > 0
    assert set(stalls["open_screen_ms"]) == {"checklists", "journal", "breaks", "insights", "settings", "today"}
    assert set(stalls["insights_period_ms"]) == {"3m", "12m", "4w"}


def test_the_table_names_every_figure_of_the_issue():
    from tests.perf.suite import table

    startup = {"first-paint": 200.0, "today-data": 400.0, "data-idle": 450.0, "peak-rss-kb": 80_000.0,
               "stall-ms": 20.0}
    figures = {
        "startup": {"bare": {"first-paint": 150.0, "peak-rss-kb": 50_000.0}, "shiftmate": startup},
        "cli": {"entries": 10_000, "shiftmate_ms": 100.0, "jrnl_ms": 700.0},
        "search": {"entries": 100_000, "page_median_ms": 3.0, "page_p95_ms": 7.0,
                   "with_count_median_ms": 4.0, "with_count_p95_ms": 9.0},
        "stalls": {"typing_ms": 30.0, "open_screen_ms": {"journal": 40.0}, "open_screens_worst_ms": 40.0,
                   "insights_period_ms": {"4w": 20.0}, "save_ms": 10.0},
    }
    names = " | ".join(row[0] for row in table(figures))
    for figure in ("first painted window", "Today shows real data", "peak memory", "journal search",
                   "over 100,000 entries", "search as you type", "opening every screen", "saving",
                   "start"):
        assert figure in names
    assert "7.0× faster" in " ".join(row[3] for row in table(figures))
