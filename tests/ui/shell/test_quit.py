"""Quit quits, closing hides to the tray, and quitting keeps the journal's drafts (issue 15, item 5).

The offscreen platform has no tray, so these tests set ``hide_on_close`` as the app does
where one exists; tests/desktop/ checks the same under a real window manager and tray.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.journal.drafts import CAPTURE_DRAFT_KEY, list_drafts
from shiftmate.core.storage.store import Store


@pytest.fixture
def exits(monkeypatch):
    """Records QCoreApplication.exit() instead of ending the test's event loop."""
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    return codes


def test_closing_the_window_hides_it_when_a_tray_can_bring_it_back(window, qtbot, exits):
    window.hide_on_close = True
    window.close()
    assert not window.isVisible()
    assert exits == []


def test_ctrl_q_in_the_capture_window_quits_and_keeps_both_drafts(window, qtbot, location, exits):
    store = Store.open(location)
    add_entries(store, [JournalEntry(text="The printer ate the receipt")], clock=FakeClock("2026-03-10T09:00:00"))
    store.close()
    window.hide_on_close = True  # as where a tray exists: closing alone would only hide
    reflection = window.journal.open_reflection(1)
    qtbot.waitUntil(lambda: reflection.entry is not None, timeout=10_000)
    qtbot.keyClicks(reflection.boxes["needs_now"], "a glass of water")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture.text_edit, timeout=10_000)

    qtbot.keyClicks(capture.text_edit, "The card reader froze")

    qtbot.keyClick(capture.text_edit, Qt.Key_Q, Qt.ControlModifier)

    assert exits == [0]
    assert window.journal.capture.confirm_box is None  # nothing asked: a logout waits for no one
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    store = Store.open(location)
    try:
        drafts = {d.key: d.fields for d in list_drafts(store)}
        assert drafts[reflection.draft_key]["needs_now"] == "a glass of water"
        assert drafts[CAPTURE_DRAFT_KEY]["text"] == "The card reader froze"
    finally:
        store.close()
