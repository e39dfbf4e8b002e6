"""`shiftmate insights` as a person runs it: the same figures as the screen, text or JSON."""

from __future__ import annotations

import json

import pytest

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def test_insights_on_an_empty_folder_says_so_instead_of_inventing_figures(data_dir):
    base = ("--data-dir", str(data_dir))
    text = run_cli(*base, "insights")
    assert text.returncode == 0, text.stderr
    assert "Log a few more entries to see a trend." in text.stdout
    data = json.loads(run_cli(*base, "insights", "--json", "--period", "12m").stdout)
    assert data["period"] == "12m"
    assert data["shifts"] == [] and data["reflection"]["average_drop"] is None


def test_insights_json_matches_the_core_figures_on_demo_data(data_dir):
    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "demo-data", "--days", "40").returncode == 0
    data = json.loads(run_cli(*base, "insights", "--json", "--period", "3m").stdout)
    assert data["reflection"]["entries"] == sum(w["entries"] for w in data["reflection"]["weeks"])
    assert data["shifts"] and data["readings"]["shifts"].endswith("hours a week on average.")
    text = run_cli(*base, "insights", "--period", "3m").stdout
    assert text.startswith("Insights ") and "Pre-shift checklist:" in text


def test_an_unknown_period_is_one_line_and_exit_2(data_dir):
    result = run_cli("--data-dir", str(data_dir), "insights", "--period", "2y")
    assert result.returncode == 2
    assert "invalid choice" in assert_one_line_error(result.stderr)
