"""The `shiftmate` command as a person runs it: output, exit codes, one-line errors."""

from __future__ import annotations

import json

import pytest

from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.helpers import assert_one_line_error, run_cli, write_random_database

pytestmark = pytest.mark.e2e


def test_version_prints_and_exits_0():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("shiftmate 0.")


@pytest.mark.parametrize("command", [[], ["doctor"], ["screenshot"], ["demo-data"]])
def test_help_exists_for_the_program_and_every_command(command):
    result = run_cli(*command, "--help")
    assert result.returncode == 0
    assert "usage: shiftmate" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--no-such-flag"], "unrecognized arguments: --no-such-flag"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["screenshot"], "the following arguments are required: OUTDIR"),
        (["screenshot", "out", "--size", "huge"], "'huge' is not a size"),
        (["screenshot", "out", "--theme", "purple"], "invalid choice: 'purple'"),
        (["demo-data", "--days", "lots"], "'lots' is not a whole number"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, fragment):
    result = run_cli(*args)
    assert result.returncode == 2
    line = assert_one_line_error(result.stderr)
    assert fragment in line and line.startswith("shiftmate")


def test_doctor_json_on_a_new_folder_reports_ok(data_dir):
    result = run_cli("--data-dir", str(data_dir), "doctor", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema_version"] >= 1
    assert report["quick_check"] == "ok" and report["ok"] is True
    assert report["database"] == str(data_dir / "shiftmate.db")
    assert report["encrypted"] is False
    assert set(report) >= {"data_dir", "sqlite_version", "sqlcipher_version", "tables"}


def test_doctor_honours_the_environment_variable(tmp_path):
    target = tmp_path / "from-env"
    result = run_cli("doctor", "--json", env={"SHIFTMATE_DATA_DIR": str(target)})
    assert result.returncode == 0
    assert json.loads(result.stdout)["data_dir"] == str(target)


def test_doctor_on_random_bytes_exits_1_with_one_sentence_and_changes_nothing(data_dir):
    original = write_random_database(data_dir / "shiftmate.db")
    result = run_cli("--data-dir", str(data_dir), "doctor")
    assert result.returncode == 1
    line = assert_one_line_error(result.stderr)
    assert str(data_dir / "shiftmate.db") in line
    assert (data_dir / "shiftmate.db").read_bytes() == original
    locks = {"shiftmate.db.lock", "shiftmate.db.lock-gate"}  # empty; who may write (core.storage.write_lock)
    assert sorted(p.name for p in data_dir.iterdir() if p.name not in locks) == ["shiftmate.db"]


def test_a_file_given_as_data_folder_exits_2(tmp_path):
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("hello")
    result = run_cli("--data-dir", str(not_a_dir), "doctor")
    assert result.returncode == 2
    assert "is a file, not a folder" in assert_one_line_error(result.stderr)


def test_debug_shows_the_traceback(tmp_path):
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("hello")
    result = run_cli("--debug", "--data-dir", str(not_a_dir), "doctor")
    assert result.returncode == 2
    assert "Traceback" in result.stderr


def test_demo_data_fills_an_empty_folder_and_refuses_one_with_user_data(data_dir):
    result = run_cli("--data-dir", str(data_dir), "demo-data", "--days", "14", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "14 days" in result.stdout

    store = Store.open(DataLocation(data_dir))
    store.db["journal_entries"].insert({"text": "mine"})
    store.close()
    refused = run_cli("--data-dir", str(data_dir), "demo-data")
    assert refused.returncode == 2
    assert "already holds data" in assert_one_line_error(refused.stderr)


def test_screenshot_writes_a_png_per_screen(data_dir, tmp_path):
    out = tmp_path / "shots"
    result = run_cli("--data-dir", str(data_dir), "screenshot", str(out), "--theme", "dark", "--size", "800x560")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    screens = ("today", "checklists", "journal", "breaks", "insights", "settings")
    assert set(names) >= {f"{k}.png" for k in screens}
    assert "breathing.png" in names
    assert all((out / n).stat().st_size > 2000 for n in names)


def test_screenshot_into_a_file_exits_2(data_dir, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(data_dir), "screenshot", str(blocker))
    assert result.returncode == 2
    assert "is a file, not a folder" in assert_one_line_error(result.stderr)
