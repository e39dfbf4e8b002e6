"""Settings ▸ Language ▸ "Restart now" really restarts, tray or not (found while redesigning).

With a tray the window refuses to close (it hides), so a plain ``QApplication.quit()`` was
cancelled and the button did nothing. The app must end (exit 0) and start again, once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from tests.desktop.conftest import tray_icon, wait_until

pytestmark = pytest.mark.desktop


def _shiftmate_windows(desktop) -> set[int]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^ShiftMate$"],
                           env=desktop.env, capture_output=True, text=True, check=False)
    return {int(line) for line in found.stdout.split()}


def _pid_of(desktop, wid: int) -> int | None:
    """The process showing window ``wid``; None for a window that names none (or is gone)."""
    found = subprocess.run(["xdotool", "getwindowpid", str(wid)], env=desktop.env,
                           capture_output=True, text=True, check=False)
    return int(found.stdout) if found.returncode == 0 and found.stdout.strip().isdigit() else None


def test_restart_now_ends_the_app_and_starts_it_again_with_a_tray(desktop, start_app, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "ui-state.ini").write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    app = start_app("--lang", "en")  # English for this start only: Settings offers to restart
    window = app.wait_ready()
    tray_icon(desktop, app.pid)  # its icon is in the tray: closing the window would only hide it
    app.desktop.activate(window)
    desktop.key("ctrl+6")
    app.wait_for_line("showing settings")
    desktop.key("alt+n")  # Restart &now
    try:
        assert app.wait_exit(timeout=10) == 0
        assert app.said("restarting")
        again = wait_until(lambda: [pid for pid in map(lambda w: _pid_of(desktop, w), _shiftmate_windows(desktop))
                                    if pid not in (None, app.pid)], timeout=30, what="the restarted window")
        restarted = again[0]
        os.kill(restarted, signal.SIGTERM)  # the restarted app quits on SIGTERM like the first one
        wait_until(lambda: not _running(restarted), timeout=15, what="the restarted app to quit on SIGTERM")
    finally:
        _end_every_app_on(data_dir)
    app.close()
    app.assert_clean_stderr()


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie has quit
    except FileNotFoundError:
        return False


def _end_every_app_on(data_dir) -> None:
    """No ShiftMate started for this data folder outlives the test (the restart is no child of ours,
    and it holds the first app's stderr open: reading that pipe would never end)."""
    found = subprocess.run(["pgrep", "-f", "--", f"--data-dir {data_dir}"], capture_output=True, text=True,
                           check=False)
    pids = [int(pid) for pid in found.stdout.split()]
    for pid in pids:
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in pids:
        if _running(pid):
            os.kill(pid, signal.SIGKILL)
