"""`shiftmate shift ...` and `shiftmate breaks` as a person runs them."""

from __future__ import annotations

import json

import pytest

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def test_start_status_and_end_a_shift_from_the_command_line(data_dir):
    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "shift", "status").stdout.strip() == "No shift in progress."
    started = run_cli(*base, "shift", "start", "--hours", "8", "--role", "<b>till 3</b>")
    assert started.returncode == 0, started.stderr
    assert "Shift started" in started.stdout and "planned until" in started.stdout
    status = json.loads(run_cli(*base, "shift", "status", "--json").stdout)
    assert status["in_shift"] is True
    assert status["shift"]["role"] == "<b>till 3</b>"
    assert status["next_reminder"]["rule"] == "water"
    again = run_cli(*base, "shift", "start")
    assert again.returncode == 1
    assert "already in progress" in assert_one_line_error(again.stderr)
    ended = run_cli(*base, "shift", "end", "--rating", "4")
    assert ended.returncode == 0 and "Shift ended" in ended.stdout
    assert json.loads(run_cli(*base, "breaks", "--json").stdout) == []


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["shift", "start", "--until", "25:00"], "'25:00' is not a time"),
        (["shift", "start", "--hours", "30"], "at most 24 hours"),
        (["shift", "start", "--until", "17:00", "--hours", "3"], "not allowed with argument"),
        (["shift", "end"], "No shift is in progress"),
        (["shift", "end", "--rating", "9"], "not a rating from 1 to 5"),
        (["shift"], "required: ACTION"),
        (["breaks", "--limit", "0"], "--limit must be between"),
    ],
)
def test_bad_shift_input_is_one_line_and_exit_2(data_dir, args, fragment):
    result = run_cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 2, result.stderr
    assert fragment in assert_one_line_error(result.stderr)


def test_demo_data_adds_shifts_breaks_and_reminder_events(data_dir):
    assert run_cli("--data-dir", str(data_dir), "demo-data", "--days", "14").returncode == 0
    breaks = json.loads(run_cli("--data-dir", str(data_dir), "breaks", "--json").stdout)
    assert breaks and all(b["minutes"] >= 15 for b in breaks)
    doctor = json.loads(run_cli("--data-dir", str(data_dir), "doctor", "--json").stdout)
    assert doctor["tables"]["reminder_events"] > 20 and doctor["tables"]["shifts"] > 5
    status = json.loads(run_cli("--data-dir", str(data_dir), "shift", "status", "--json").stdout)
    assert status["in_shift"] is True


def test_shift_status_says_reminders_are_paused_instead_of_the_next_one(data_dir, location):
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.shifts.records import pause_reminders
    from shiftmate.core.storage.store import Store

    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "shift", "start", "--hours", "8").returncode == 0
    assert "Next reminder:" in run_cli(*base, "shift", "status").stdout
    store = Store.open(location)
    try:
        pause_reminders(store, SystemClock(), minutes=30)  # what the window's Pause menu does
    finally:
        store.close()
    shown = run_cli(*base, "shift", "status").stdout
    assert "Reminders paused until " in shown and "Next reminder:" not in shown
    status = json.loads(run_cli(*base, "shift", "status", "--json").stdout)
    assert status["reminders_paused_until"] and status["reminders_paused_to_end"] is False


def test_shift_status_reads_unreadable_break_settings_as_their_defaults(data_dir, location):
    from shiftmate.core.shifts import break_rules
    from shiftmate.core.storage.store import Store

    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "shift", "start", "--hours", "8").returncode == 0
    store = Store.open(location)
    try:  # a custom rule chosen, then its stored text damaged (a hand edit, a bad copy)
        store.set_setting(break_rules.PRESET.key, break_rules.CUSTOM)
        store.set_setting(break_rules.CUSTOM_RULES.key, '[{"key": "custom-1"')
    finally:
        store.close()
    damaged = run_cli(*base, "shift", "status", "--json")
    assert damaged.returncode == 0 and damaged.stderr == "", damaged.stderr
    assert json.loads(damaged.stdout)["deadlines"] == []
    store = Store.open(location)
    try:
        store.set_setting(break_rules.PRESET.key, "a preset from a newer version")
    finally:
        store.close()
    unknown = run_cli(*base, "shift", "status", "--json")
    assert unknown.returncode == 0 and unknown.stderr == "", unknown.stderr
    assert json.loads(unknown.stdout)["preset"] == break_rules.PRESET.default


def test_a_break_under_a_minute_is_left_out_unless_kept(data_dir):
    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "shift", "start", "--hours", "8").returncode == 0
    assert "On break since" in run_cli(*base, "shift", "break", "start").stdout
    ended = run_cli(*base, "shift", "break", "end")
    assert ended.returncode == 0, ended.stderr
    assert "Left out a" in ended.stdout and "--keep-short" in ended.stdout
    assert json.loads(run_cli(*base, "breaks", "--json").stdout) == []
    run_cli(*base, "shift", "break", "start")
    kept = run_cli(*base, "shift", "break", "end", "--keep-short")
    assert kept.returncode == 0 and "Back from break" in kept.stdout
    assert len(json.loads(run_cli(*base, "breaks", "--json").stdout)) == 1
    again = run_cli(*base, "shift", "break", "end")
    assert again.returncode == 2 and "not on a break" in assert_one_line_error(again.stderr)


def test_reminders_of_your_own_are_added_listed_and_removed(data_dir):
    base = ("--data-dir", str(data_dir))
    assert run_cli(*base, "reminders", "list").stdout.startswith("No reminders of your own yet")
    added = json.loads(run_cli(*base, "reminders", "add", "--every", "45", "--ideas", "eyes",
                               "--message", "Mine.", "--json").stdout)
    assert added["kind"] == "every" and added["minutes"] == 45 and added["quiet_during_break"] is True
    assert added["messages"][0] == {"text": "Look at something far away for 20 seconds.", "idea": "eyes.1"}
    assert added["messages"][-1] == {"text": "Mine.", "idea": None}
    at = run_cli(*base, "reminders", "add", "--at", "14:30", "--message", "Lunch?")
    assert at.returncode == 0 and "at 14:30" in at.stdout
    run_cli(*base, "reminders", "add", "--before-end", "15", "--message", "Count the till.", "--during-breaks")
    listed = json.loads(run_cli(*base, "reminders", "list", "--json").stdout)
    assert [(r["kind"], r["minutes"], r["at"]) for r in listed] == [
        ("every", 45, None), ("at", None, "14:30"), ("before_end", 15, None)]
    assert listed[2]["quiet_during_break"] is False
    assert "every 45 min" in run_cli(*base, "reminders", "list").stdout
    removed = run_cli(*base, "reminders", "remove", str(listed[1]["id"]))
    assert removed.returncode == 0 and "Removed reminder" in removed.stdout
    assert len(json.loads(run_cli(*base, "reminders", "list", "--json").stdout)) == 2
    # The next shift's status already names the first of them when it comes first.
    run_cli(*base, "shift", "start", "--hours", "8")
    status = json.loads(run_cli(*base, "shift", "status", "--json").stdout)
    assert status["next_reminder"]["rule"] == f"own:{listed[0]['id']}"


@pytest.mark.parametrize("args, fragment", [
    (["reminders", "add", "--every", "3", "--message", "x"], "from 5 to 720"),
    (["reminders", "add", "--at", "25:00", "--message", "x"], "'25:00' is not a time"),
    (["reminders", "add", "--every", "30"], "Give a message"),
    (["reminders", "add", "--every", "30", "--ideas", "snacks"], "no idea list 'snacks'"),
    (["reminders", "add", "--message", "x"], "one of the arguments"),
    (["reminders", "add", "--every", "30", "--message", "x" * 200], "120 characters"),
    (["reminders", "remove", "7"], "no reminder 7"),
    (["reminders", "remove", "seven"], "not a reminder id"),
    (["shift", "break", "start"], "Start your shift"),
])
def test_bad_reminder_input_is_one_line_and_exit_2(data_dir, args, fragment):
    result = run_cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 2, result.stderr
    assert fragment in assert_one_line_error(result.stderr)
