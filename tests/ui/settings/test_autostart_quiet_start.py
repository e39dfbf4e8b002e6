"""Settings › Start-up writes a log-in entry that starts quietly on this window's folder."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "My Shift Data"  # a folder of the person's own, with spaces


def test_the_log_in_entry_starts_minimised_on_the_folder_this_window_shows(window, qtbot, data_dir, monkeypatch):
    # The log-in session has no SHIFTMATE_DATA_DIR: the entry itself must name the folder.
    monkeypatch.delenv("SHIFTMATE_DATA_DIR")
    box = window.show_screen("settings").autostart_box
    box.check.setFocus()
    qtbot.keyClick(box.check, Qt.Key_Space)
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "io.github.shiftmate.ShiftMate.desktop"
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line[len("Exec="):])[-3:] == ["--minimized", "--data-dir", str(data_dir)]
