"""`shiftmate mission` and `shiftmate tip` as a person runs them."""

from __future__ import annotations

import json

import pytest

from shiftmate.core.mission.tips import BUILTIN_IDS
from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def test_write_and_show_the_mission(data_dir):
    base = ("--data-dir", str(data_dir))
    empty = run_cli(*base, "mission")
    assert empty.returncode == 0 and "No mission written yet" in empty.stdout
    assert json.loads(run_cli(*base, "mission", "show", "--json").stdout) == {"mission": ""}
    saved = run_cli(*base, "mission", "set", "I serve with patience,\nso people leave calmer.")
    assert saved.returncode == 0, saved.stderr
    assert run_cli(*base, "mission", "show").stdout.strip() == "I serve with patience, so people leave calmer."
    assert json.loads(run_cli(*base, "mission", "--json").stdout) == {
        "mission": "I serve with patience, so people leave calmer."}


@pytest.mark.parametrize("args, fragment", [
    (["mission", "set", "   "], "The mission is empty"),
    (["mission", "set", "x" * 401], "keep it to 400 or fewer"),
    (["mission", "set"], "needs the text"),
    (["mission", "show", "extra"], "takes no text"),
    (["mission", "forget"], "invalid choice"),
])
def test_bad_mission_input_is_one_line_and_exit_2_and_changes_nothing(data_dir, args, fragment):
    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "mission", "set", "Kindness first.").returncode == 0
    bad = run_cli(*base, *args)
    assert bad.returncode == 2
    assert fragment in assert_one_line_error(bad.stderr)
    assert json.loads(run_cli(*base, "mission", "--json").stdout) == {"mission": "Kindness first."}


def test_the_tip_for_this_shift(data_dir):
    base = ("--data-dir", str(data_dir))
    shown = run_cli(*base, "tip", "--json")
    assert shown.returncode == 0, shown.stderr
    tip = json.loads(shown.stdout)
    assert set(tip) == {"tip", "source", "id"}
    assert tip["source"] == "built-in" and tip["id"] in BUILTIN_IDS and tip["tip"]
    assert run_cli(*base, "tip").stdout.strip() == tip["tip"]
