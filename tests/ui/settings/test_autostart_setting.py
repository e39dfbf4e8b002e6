"""Settings › Start-up: the log-in switch creates and removes the XDG autostart entry."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from shiftmate.core.system.autostart import AutostartProblem


def entry_path() -> Path:
    # tests/conftest.py points XDG_CONFIG_HOME at this test's own temporary home.
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "io.github.shiftmate.ShiftMate.desktop"


def test_start_when_i_log_in_creates_and_removes_the_xdg_entry(window, qtbot):
    box = window.show_screen("settings").autostart_box
    assert not box.check.isChecked() and not entry_path().exists()

    box.check.setFocus()
    qtbot.keyClick(box.check, Qt.Key_Space)
    assert box.check.isChecked() and entry_path().is_file()
    assert "Exec=" in entry_path().read_text(encoding="utf-8")

    on_indicator = QPoint(8, box.check.height() // 2)  # the box is as wide as the section
    qtbot.mouseClick(box.check, Qt.LeftButton, pos=on_indicator)
    assert not box.check.isChecked() and not entry_path().exists()


def test_the_switch_shows_an_entry_that_already_exists(open_window, qtbot):
    entry_path().parent.mkdir(parents=True)
    entry_path().write_text("[Desktop Entry]\nType=Application\nName=ShiftMate\nExec=shiftmate\n")
    window = open_window()
    assert window.show_screen("settings").autostart_box.check.isChecked()


class FailingAutostart:
    def is_enabled(self):
        return False

    def enable(self):
        raise AutostartProblem("Cannot write the log-in entry /x: Permission denied.")

    def disable(self):
        pass


def test_a_failure_is_one_sentence_and_the_switch_stays_off(qtbot):
    from shiftmate.ui.settings.autostart import AutostartBox

    box = AutostartBox(autostart=FailingAutostart())
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box.check, Qt.Key_Space)
    assert not box.check.isChecked()
    assert box.problem_label.text() == "Cannot write the log-in entry /x: Permission denied."
    assert box.problem_label.textFormat() == Qt.PlainText
