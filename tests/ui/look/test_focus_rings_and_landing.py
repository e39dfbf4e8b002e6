"""Where the keyboard focus is, and that it shows: multi-line text boxes and the reflection.

(Where focus goes after a capture is saved: tests/ui/journal/test_journal_capture_drafts.py.)
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollArea

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store


def edge_colour(widget):
    """The colour of the widget's left border, half way down."""
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def test_a_multi_line_text_box_shows_a_focus_ring(window, qtbot):
    window.journal.open_capture()
    capture = window.journal.capture
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture.text_edit, timeout=10_000)
    highlight = capture.palette().color(QPalette.Highlight)
    assert edge_colour(capture.text_edit) == highlight
    capture.tags_edit.setFocus()
    qtbot.waitUntil(capture.tags_edit.hasFocus, timeout=10_000)
    assert edge_colour(capture.text_edit) != highlight  # the ring follows the focus


def test_the_reflection_opens_at_its_first_question_with_the_cursor_after_the_words(window, qtbot, location):
    store = Store.open(location)
    try:
        entry_id = add_entry(store, JournalEntry(text="Shouted at over a refund"),
                             clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()
    dialog = window.journal.open_reflection(entry_id)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    first = dialog.boxes["text"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=10_000)
    assert first.textCursor().position() == len("Shouted at over a refund")
    assert dialog.findChild(QScrollArea).verticalScrollBar().value() == 0  # the top of the form shows
    dialog.discard()
