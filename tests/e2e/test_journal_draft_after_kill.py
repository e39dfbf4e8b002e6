"""A reflection typed, then the process killed (SIGKILL): the draft comes back on the next start."""

from __future__ import annotations

import os

import pytest

from shiftmate.app import build_main_window
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from tests.helpers import kill_typist_once_its_draft_is_saved

pytestmark = pytest.mark.e2e

TYPIST = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiftmate.app import build_main_window
from shiftmate.core.storage.paths import DataLocation

window, services = build_main_window(DataLocation(Path(sys.argv[1])))
app = QApplication.instance()

def on_open(_info):
    dialog = window.journal.open_reflection(int(sys.argv[2]))
    dialog.draft_timer.setInterval(20)  # the real timer path, only faster

    def type_in():
        QTest.keyClicks(dialog.boxes["went_well"], "I asked my manager for help")
        dialog.draft_saved.connect(lambda: print("draft-saved", flush=True))

    dialog.loaded.connect(type_in)

services.opened.connect(on_open)
services.open()
app.exec()
"""


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_a_draft_survives_sigkill_and_returns_with_a_notice(qtbot, location, tmp_path):
    store = Store.open(location)
    try:
        entry_id = add_entry(store, JournalEntry(text="Shouted at over a refund", intensity_before=8))
    finally:
        store.close()
    script = tmp_path / "typist.py"
    script.write_text(TYPIST, encoding="utf-8")
    kill_typist_once_its_draft_is_saved(script, str(location.root), str(entry_id))

    window, services = build_main_window(location)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.journal.reflection_opened, timeout=10_000) as opened:
            services.open()
        dialog = opened.args[0]
        qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
        assert dialog.boxes["went_well"].toPlainText() == "I asked my manager for help"
        assert dialog.boxes["text"].toPlainText() == "Shouted at over a refund"
        assert dialog.notice.isVisible() and "kept" in dialog.notice.text()
        dialog.discard()
    finally:
        services.close()
