"""Everything a person typed is shown exactly as typed, in every journal widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui.journal.tags import TagsDialog

HOSTILE = "<b>bold</b> <img src=x> &amp; 😤 שלום عربي"
BIG = HOSTILE + "\n" + ("<i>x</i> " * 12_000)  # about 100 KB


def assert_labels_plain(widget):
    for label in widget.findChildren(QLabel):
        if "<" in label.text() or "&" in label.text():
            assert label.textFormat() == Qt.PlainText, label.text()[:60]


def test_every_widget_that_shows_user_text_shows_it_as_typed(window, qtbot, location):
    store = Store.open(location)
    try:
        entry_id = add_entry(store, JournalEntry(
            text=BIG, feelings_note=HOSTILE, self_talk=HOSTILE, went_well=HOSTILE, do_differently=HOSTILE,
            in_control=HOSTILE, not_in_control=HOSTILE, needs_now=HOSTILE, tags=(HOSTILE,),
        ), clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()

    screen = window.show_screen("journal")
    screen.search_delay_ms = 0
    window.services.check_outside_changes()  # written by another connection, as the command line does
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.tag_combo.count() == 2, timeout=10_000)
    assert screen.model.index(0, 2).data() == HOSTILE
    assert screen.model.index(0, 3).data() == HOSTILE
    assert screen.tag_combo.itemText(1) == HOSTILE
    qtbot.keyClicks(screen.search_edit, "bold img")
    qtbot.waitUntil(lambda: screen.model.filter.query == "bold img" and screen.model.rowCount() == 1, timeout=10_000)
    screen.table.viewport().grab()  # the highlighting delegate paints the row without parsing it
    assert_labels_plain(screen)

    dialog = window.journal.open_reflection(entry_id)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    assert dialog.boxes["text"].toPlainText() == BIG
    for name in ("self_talk", "went_well", "do_differently", "in_control", "not_in_control", "needs_now"):
        assert dialog.boxes[name].toPlainText() == HOSTILE
    assert dialog.other_feelings.text() == HOSTILE and dialog.tags_edit.text() == HOSTILE
    for edit in dialog.findChildren(QPlainTextEdit):
        assert not hasattr(edit, "setHtml") or edit.document().toPlainText() == edit.toPlainText()
    assert_labels_plain(dialog)
    dialog.discard()

    tags = TagsDialog(window.services, window)
    qtbot.addWidget(tags)
    qtbot.waitUntil(lambda: tags.model.rowCount() == 1, timeout=10_000)
    assert tags.model.item(0).text().startswith(HOSTILE)
    assert tags.model.item(0).data(Qt.UserRole) == HOSTILE

    window.journal.open_capture()
    capture = window.journal.capture
    capture.text_edit.setPlainText(HOSTILE)
    assert capture.text_edit.toPlainText() == HOSTILE
    for widget in (capture, window):
        for combo in widget.findChildren(QComboBox):
            assert all("<b>" not in combo.itemText(i) or combo.itemText(i) == HOSTILE for i in range(combo.count()))
        for line in widget.findChildren(QLineEdit):
            if line.objectName() != "qt_spinbox_lineedit":  # dates and numbers, not typed text
                assert line.text() in ("", HOSTILE, "bold img")
    assert_labels_plain(capture)
