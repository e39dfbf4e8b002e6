"""`shiftmate roster …` and `shift start --at` as a person runs them (the real clock)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e

ROSTERS = Path(__file__).parents[1] / "core" / "shifts" / "rosters"


def test_import_list_remove_a_roster(data_dir, tmp_path):
    base = ("--data-dir", str(data_dir))
    first = run_cli(*base, "roster", "import", str(ROSTERS / "every_week.ics"))
    assert first.returncode == 0, first.stderr
    assert "every_week.ics:" in first.stdout and " added, 0 updated, 0 removed" in first.stdout
    again = run_cli(*base, "roster", "import", str(ROSTERS / "every_week.ics"), "--json")
    counts = json.loads(again.stdout)
    assert counts["added"] == 0 and counts["unchanged"] > 80
    listed = json.loads(run_cli(*base, "roster", "list", "--json").stdout)
    assert listed and set(listed[0]) == {"id", "uid", "start", "end", "tz", "role", "source"}
    assert listed[0]["start"].endswith("Z") and listed[0]["role"] == "Barista"
    assert listed[0]["uid"].startswith("every-weekday@example.test/")
    assert len({p["uid"] for p in listed}) == len(listed)
    today = dt.date.today()
    week = json.loads(run_cli(*base, "roster", "list", "--json", "--from", str(today),
                              "--to", str(today + dt.timedelta(days=6))).stdout)
    assert 4 <= len(week) <= 6
    removed = run_cli(*base, "roster", "remove", str(week[0]["id"]))
    assert removed.returncode == 0 and "Removed the planned shift" in removed.stdout
    assert week[0]["id"] not in [p["id"] for p in json.loads(run_cli(*base, "roster", "list", "--json").stdout)]
    text = run_cli(*base, "roster", "list", "--to", str(today + dt.timedelta(days=6))).stdout
    assert "Barista" in text


@pytest.mark.parametrize("args, fragment", [
    (["roster", "import", "missing.ics"], "There is no file"),
    (["roster", "import", str(ROSTERS / "endless.ics")], "repeats more than 2,000 times"),
    (["roster", "import", str(ROSTERS / "bad_row.csv")], "Row 3:"),
    (["roster", "remove", "42"], "no planned shift 42"),
    (["roster", "list", "--from", "tomorrow"], "not a date"),
    (["shift", "start", "--at", "soon"], "not a time like 08:30"),
])
def test_bad_roster_input_is_one_line_and_exit_2(data_dir, args, fragment):
    result = run_cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 2, result.stderr
    assert fragment in assert_one_line_error(result.stderr)


def test_shift_start_at_its_real_time(data_dir):
    base = ("--data-dir", str(data_dir))
    earlier = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=2)).replace(microsecond=0)
    future = run_cli(*base, "shift", "start", "--at", (earlier + dt.timedelta(hours=3)).isoformat())
    assert future.returncode == 2 and "future" in assert_one_line_error(future.stderr)
    started = run_cli(*base, "shift", "start", "--at", earlier.isoformat())
    assert started.returncode == 0, started.stderr
    status = json.loads(run_cli(*base, "shift", "status", "--json").stdout)
    assert dt.datetime.fromisoformat(status["shift"]["started_at"]) == earlier
    assert status["shift"]["elapsed_minutes"] >= 119
