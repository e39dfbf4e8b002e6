"""The capture window never loses words: a draft as they type, a question before discarding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import entry_count
from shiftmate.core.journal.drafts import CAPTURE_DRAFT_KEY, load_draft
from shiftmate.core.storage.store import Store
from tests.helpers import show_active

WORDS = "He threw the receipt at me"


def on_disk(location):
    """(the capture draft, the number of entries), read with a second connection."""
    store = Store.open(location)
    try:
        return load_draft(store, CAPTURE_DRAFT_KEY), entry_count(store)
    finally:
        store.close()


@pytest.fixture
def window(open_window, qtbot):
    """The window on a fake clock: a capture reads the time when it keeps a draft or saves."""
    return show_active(qtbot, open_window(clock=FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin")))


def open_capture(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    qtbot.waitUntil(lambda: capture.draft_loaded, timeout=10_000)
    return capture


def type_words(capture, qtbot):
    qtbot.keyClicks(capture.text_edit, WORDS)
    qtbot.keyClick(capture.text_edit, Qt.Key_Tab)
    qtbot.keyClick(capture.slider, Qt.Key_Right)  # 6
    qtbot.keyClick(capture.slider, Qt.Key_Tab)
    qtbot.keyClicks(capture.tags_edit, "refund")


def wait_closed(window, qtbot):
    qtbot.waitUntil(lambda: window.journal.capture is None, timeout=10_000)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)


def test_the_words_are_kept_as_a_draft_while_typing(window, qtbot, location):
    capture = open_capture(window, qtbot)
    capture.draft_timer.setInterval(10)  # the real timer path, only faster
    with qtbot.waitSignal(capture.draft_saved, timeout=10_000):
        type_words(capture, qtbot)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    draft, entries = on_disk(location)
    assert draft is not None and entries == 0
    assert draft.fields == {"text": WORDS, "intensity_before": 6, "tags": ["refund"]}


def test_esc_with_words_asks_and_keep_writing_keeps_them(window, qtbot, location):
    capture = open_capture(window, qtbot)
    type_words(capture, qtbot)
    qtbot.keyClick(capture.tags_edit, Qt.Key_Escape)
    box = capture.confirm_box
    assert box is not None and box.isVisible()
    assert capture.isVisible()
    qtbot.mouseClick(capture.keep_writing_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: capture.confirm_box is None, timeout=10_000)
    assert capture.isVisible() and capture.text_edit.toPlainText() == WORDS
    # Cancel and the window's X ask the same question.
    qtbot.mouseClick(capture.buttons.button(capture.buttons.StandardButton.Cancel), Qt.LeftButton)
    assert capture.confirm_box is not None and capture.isVisible()
    capture.confirm_box.reject()
    qtbot.waitUntil(lambda: capture.confirm_box is None, timeout=10_000)
    capture.close()
    assert capture.isVisible() and capture.confirm_box is not None


def test_discard_after_asking_forgets_the_words_and_the_draft(window, qtbot, location):
    capture = open_capture(window, qtbot)
    type_words(capture, qtbot)
    with qtbot.waitSignal(capture.draft_saved, timeout=10_000):
        capture.save_draft_now()
    assert on_disk(location)[0] is not None
    qtbot.keyClick(capture.text_edit, Qt.Key_Escape)
    qtbot.mouseClick(capture.discard_button, Qt.LeftButton)
    wait_closed(window, qtbot)
    assert on_disk(location) == (None, 0)


def test_keep_a_draft_closes_and_ctrl_n_brings_the_words_back(window, qtbot, location):
    capture = open_capture(window, qtbot)
    type_words(capture, qtbot)
    qtbot.keyClick(capture.text_edit, Qt.Key_Escape)
    qtbot.mouseClick(capture.keep_draft_button, Qt.LeftButton)
    wait_closed(window, qtbot)
    assert on_disk(location)[0].fields["text"] == WORDS

    again = open_capture(window, qtbot)
    assert again.text_edit.toPlainText() == WORDS
    assert again.slider.value() == 6 and again.tags_edit.text() == "refund"
    assert again.notice.isVisible() and "kept" in again.notice.text()
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000):
        qtbot.keyClick(again.text_edit, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    assert on_disk(location) == (None, 1)  # saved, and the draft went in the same transaction


def test_an_emptied_capture_closes_without_asking_and_leaves_no_draft(window, qtbot, location):
    capture = open_capture(window, qtbot)
    qtbot.keyClicks(capture.text_edit, "x")
    with qtbot.waitSignal(capture.draft_saved, timeout=10_000):
        capture.save_draft_now()
    qtbot.keyClick(capture.text_edit, Qt.Key_Backspace)
    qtbot.keyClick(capture.text_edit, Qt.Key_Escape)
    assert capture.confirm_box is None
    wait_closed(window, qtbot)
    assert on_disk(location) == (None, 0)


def test_a_draft_never_outlives_the_saved_entry(window, qtbot, location):
    capture = open_capture(window, qtbot)
    type_words(capture, qtbot)
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000):
        capture.save()
        capture.save_draft_now()  # a draft tick while the save is on its way
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    assert on_disk(location) == (None, 1)


def start_a_shift(window, qtbot):
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(card.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    # Starting a shift opens the pre-shift checklist; once it is there, back to Today.
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists", timeout=10_000)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    today = window.show_screen("today")
    qtbot.waitUntil(card.break_button.isVisible, timeout=10_000)
    return today


def save_a_note(window, qtbot):
    capture = window.journal.capture
    qtbot.waitUntil(lambda: capture.draft_loaded and QApplication.focusWidget() is capture.text_edit, timeout=10_000)
    qtbot.keyClicks(capture.text_edit, WORDS)
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000):
        qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.journal.capture is None and window.isActiveWindow(), timeout=10_000)


def test_after_saving_a_note_focus_goes_back_where_it_was_not_to_on_break(window, qtbot):
    today = start_a_shift(window, qtbot)
    button = today.journal_card.capture_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=10_000)
    qtbot.keyClick(button, Qt.Key_Space)  # opens the capture
    save_a_note(window, qtbot)
    qtbot.waitUntil(button.hasFocus, timeout=10_000)
    assert QApplication.focusWidget() is not today.shift_card.break_button


def test_focus_with_nowhere_to_go_back_to_lands_on_the_sidebar(window, qtbot):
    today = start_a_shift(window, qtbot)
    button = today.journal_card.capture_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=10_000)
    qtbot.keyClick(button, Qt.Key_Space)
    button.hide()  # gone meanwhile, as the Start button is once a shift has started
    save_a_note(window, qtbot)
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=10_000)
    assert QApplication.focusWidget() is not today.shift_card.break_button
