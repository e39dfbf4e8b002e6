"""A capture typed, then the process killed (SIGKILL): the next start opens it again with the words."""

from __future__ import annotations

import os

import pytest

from shiftmate.app import build_main_window
from shiftmate.core.journal.entries import entry_count
from shiftmate.core.journal.drafts import CAPTURE_DRAFT_KEY, load_draft
from shiftmate.core.storage.store import Store
from tests.helpers import kill_typist_once_its_draft_is_saved

pytestmark = pytest.mark.e2e

WORDS = "Told I was useless in front of the queue"

TYPIST = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiftmate.app import build_main_window
from shiftmate.core.storage.paths import DataLocation

window, services = build_main_window(DataLocation(Path(sys.argv[1])))
app = QApplication.instance()

def on_open(_info):
    window.journal.open_capture()
    capture = window.journal.capture
    capture.draft_timer.setInterval(20)  # the real timer path, only faster

    def type_in():
        QTest.keyClicks(capture.text_edit, sys.argv[2])
        QTest.keyClick(capture.text_edit, Qt.Key_Tab)
        QTest.keyClick(capture.slider, Qt.Key_Right)
        capture.draft_saved.connect(lambda: print("draft-saved", flush=True))

    capture.loaded.connect(type_in)

services.opened.connect(on_open)
services.open()
app.exec()
"""


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_a_capture_survives_sigkill_and_reopens_with_its_words(qtbot, location, tmp_path):
    Store.open(location).close()
    script = tmp_path / "typist.py"
    script.write_text(TYPIST, encoding="utf-8")
    kill_typist_once_its_draft_is_saved(script, str(location.root), WORDS)

    window, services = build_main_window(location)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.journal.capture_opened, timeout=10_000) as opened:
            services.open()
        capture = opened.args[0]
        qtbot.waitUntil(lambda: capture.draft_loaded, timeout=10_000)
        assert capture.text_edit.toPlainText() == WORDS
        assert capture.slider.value() == 6
        assert capture.notice.isVisible() and "kept" in capture.notice.text()
        with qtbot.waitSignal(capture.saved, timeout=10_000):
            capture.save()
        qtbot.waitUntil(lambda: services.is_idle, timeout=10_000)
    finally:
        services.close()
    store = Store.open(location)
    try:
        assert load_draft(store, CAPTURE_DRAFT_KEY) is None and entry_count(store) == 1
    finally:
        store.close()
