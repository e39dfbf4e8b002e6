"""`shiftmate journal add --good` and the kind in every --json listing, end to end."""

from __future__ import annotations

import json

import pytest

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def cli(data_dir, *args):
    return run_cli("--data-dir", str(data_dir), *args)


def test_good_moments_from_the_command_line(data_dir, tmp_path):
    hard = cli(data_dir, "journal", "add", "--text", "Caller shouted about a refund", "--intensity", "7")
    good = cli(data_dir, "journal", "add", "--good", "--text", "Regular thanked me by name for the refund",
               "--who", "A regular", "--felt", "proud")
    assert hard.returncode == 0 and good.returncode == 0, good.stderr
    good_id = int(good.stdout)

    listed = json.loads(cli(data_dir, "journal", "list", "--json").stdout)
    assert [(r["first_line"][:6], r["kind"]) for r in listed] == [("Regula", "good"), ("Caller", "hard")]
    only_good = json.loads(cli(data_dir, "journal", "list", "--kind", "good", "--json").stdout)
    assert [r["id"] for r in only_good] == [good_id]
    found = json.loads(cli(data_dir, "journal", "search", "refund", "--json").stdout)
    assert sorted(r["kind"] for r in found) == ["good", "hard"]
    shown = json.loads(cli(data_dir, "journal", "show", str(good_id), "--json").stdout)
    assert (shown["kind"], shown["who"], shown["feelings_note"], shown["intensity_before"]) == (
        "good", "A regular", "proud", None)
    text = cli(data_dir, "journal", "show", str(good_id)).stdout
    assert "Kind: Good moment" in text and "Who: A regular" in text
    assert "  good  " in cli(data_dir, "journal", "list").stdout

    out = tmp_path / "journal.json"
    assert cli(data_dir, "journal", "export", "--format", "json", "-o", str(out)).returncode == 0
    assert [e["kind"] for e in json.loads(out.read_text(encoding="utf-8"))["entries"]] == ["hard", "good"]

    insights = json.loads(cli(data_dir, "insights", "--json").stdout)
    assert insights["interactions"]["total"] == 1  # the good moment is no difficult interaction
    assert insights["good_moments"]["total"] == 1 and len(insights["good_moments"]["weeks"]) == 1
    assert "Good moments: Good moments noted: 1;" in cli(data_dir, "insights").stdout
    assert "good_moments" in insights["readings"]


def test_a_good_moment_has_no_intensity_and_who_needs_good(data_dir):
    refused = cli(data_dir, "journal", "add", "--good", "--text", "x", "--intensity", "3")
    assert refused.returncode == 2 and "no intensity" in assert_one_line_error(refused.stderr)
    refused = cli(data_dir, "journal", "add", "--text", "x", "--who", "Dana")
    assert refused.returncode == 2 and "--good" in assert_one_line_error(refused.stderr)
    wrong = cli(data_dir, "journal", "list", "--kind", "nice")
    assert wrong.returncode == 2
