"""ShiftMate's processes on a disk that is full: one plain sentence, exit 1, nothing moved.

The data folder lives on a small tmpfs (tests/full_disk.py); where none can be mounted
these tests are skipped with the reason.
"""

from __future__ import annotations

import pytest

from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.e2e.test_app_process import RunningApp
from tests.full_disk import small_disk  # noqa: F401 - a fixture
from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


@pytest.fixture
def data_on_small_disk(small_disk):  # noqa: F811
    location = DataLocation(small_disk.root / "data")
    store = Store.open(location)
    store.set_setting("kept", "yes")
    store.close()
    assert run_cli("--data-dir", str(location.root), "backup").returncode == 0
    return location, small_disk


def _files(location: DataLocation) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in location.root.rglob("*.db") if p.is_file()}


def _assert_disk_full_line(result, location: DataLocation) -> None:
    assert result.returncode == 1, result.stderr
    line = assert_one_line_error(result.stderr)
    assert "unexpected" not in line
    assert line == f"shiftmate: The disk holding {location.root} is full; free some space and try " \
                   "again (nothing was changed)."


@pytest.mark.parametrize("command", [["doctor"], ["journal", "list"], ["journal", "add", "--text", "x"]],
                         ids=lambda c: " ".join(c[:2]))
def test_commands_on_a_nearly_full_disk_say_so_and_change_nothing(data_on_small_disk, command):
    location, disk = data_on_small_disk
    before = _files(location)
    disk.fill(leave_kb=8)
    result = run_cli("--data-dir", str(location.root), *command)
    _assert_disk_full_line(result, location)
    assert _files(location) == before
    assert not [p for p in location.root.iterdir() if ".unreadable-" in p.name]


def test_a_write_that_runs_out_of_room_is_one_sentence_and_no_entry_is_half_kept(data_on_small_disk):
    location, disk = data_on_small_disk
    disk.fill(leave_kb=100)  # room to open the file, not to write 120 KB into it
    result = run_cli("--data-dir", str(location.root), "journal", "add", "--text", "long " * 24_000)
    _assert_disk_full_line(result, location)
    disk.make_room()
    store = Store.open(location)
    try:
        assert store.db.execute("SELECT count(*) FROM journal_entries").fetchone()[0] == 0
        assert store.get_setting("kept") == "yes"
    finally:
        store.close()


@pytest.mark.parametrize("leave_kb", [0, 8])
def test_the_window_on_a_full_disk_says_the_disk_is_full(data_on_small_disk, leave_kb):
    location, disk = data_on_small_disk
    before = _files(location)
    disk.fill(leave_kb=leave_kb)
    app = RunningApp(location.root)
    try:
        line = app.wait_for("is full")
        assert "did not answer" not in " ".join(app.seen)
        assert str(location.root) in line
    finally:
        app.stop()
    assert _files(location) == before
    assert not [p for p in location.root.iterdir() if ".unreadable-" in p.name]
