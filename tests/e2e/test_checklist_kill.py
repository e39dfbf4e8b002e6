"""An answer the window has shown survives the app being killed outright."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys

import pytest

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store

pytestmark = pytest.mark.e2e

# The real window, driven like a person would: start the checklist, press Space on the
# first item, and report once the row shows the answer. Then it just keeps running.
APP = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from shiftmate.app import build_main_window
from shiftmate.core.storage.paths import DataLocation

window, services = build_main_window(DataLocation(Path(sys.argv[1])))
window.show()
services.open()
screen = window.show_screen("checklists")
view = screen.run_view

def shown(run):
    if any(item.answer for item in run.items):
        row = view.row_of(run.items[0].key)
        print("shown", view.model.item(row, 1).text(), flush=True)

def started(run):
    view.run_changed.disconnect(started)
    view.run_changed.connect(shown)
    QTest.keyClick(view.list, Qt.Key_Space)

view.run_changed.connect(started)
services.opened.connect(lambda _info: QTimer.singleShot(0, lambda: screen.start_for("before-shift")))
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def read_line(proc, timeout: float) -> str:
    """One line of the child's stdout, or fail (never hang) if none comes in time."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise AssertionError("the app never reported the answer on screen")
    return proc.stdout.readline()


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_an_answer_shown_in_the_window_survives_sigkill(data_dir):
    proc = subprocess.Popen([sys.executable, "-c", APP, str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        line = read_line(proc, timeout=60)
        assert line.startswith("shown Done"), line
        proc.send_signal(signal.SIGKILL)  # no chance to close anything
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    store = Store.open(DataLocation(data_dir))
    try:
        runs = ChecklistRuns(store)
        run = runs.get(runs.latest_run_id("before-shift"))
        assert run.items[0].answer == "done"
        assert store.quick_check().ok
    finally:
        store.close()
