"""The "What to say" card as a worker uses it: one key from anywhere, steps by keyboard, Esc,
plain text, large text, the store's information, and editing lines with undo."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from shiftmate.core.moment.builtin import BUILTIN_STEPS
from shiftmate.core.moment.card import StoreInfo, read_card
from shiftmate.core.moment.lines import add_line
from shiftmate.core.storage.store import Store
from shiftmate.ui.moment.actions import SHORTCUT, MomentActions
from shiftmate.ui.moment.window import CardWindow
from shiftmate.ui.widgets.accessibility import announcer
from tests.helpers import show_active


def _open_with_key(qtbot, window, widget=None):
    moment: MomentActions = window.context.part("moment")
    with qtbot.waitSignal(moment.card_opened, timeout=5_000) as opened:
        QTest.keyClick(widget or QApplication.focusWidget() or window, Qt.Key_F3)
    card = opened.args[0]
    qtbot.waitExposed(card)
    qtbot.waitUntil(card.isActiveWindow, timeout=5_000)  # it takes the keyboard when it opens
    return card


def _wait_read(qtbot, window):
    moment = window.context.part("moment")
    qtbot.waitUntil(lambda: moment.card is not None, timeout=10_000)
    return moment


def test_f3_opens_the_card_from_today_and_it_stays_on_top_as_a_tool_window(window, qtbot):
    assert SHORTCUT == "F3"
    _wait_read(qtbot, window)
    window.show_screen("today")
    card = _open_with_key(qtbot, window)
    assert isinstance(card, CardWindow) and card.isVisible()
    assert card.windowFlags() & Qt.WindowStaysOnTopHint
    assert card.windowFlags() & Qt.Tool == Qt.Tool
    assert card.title.text() == BUILTIN_STEPS[0].title
    assert card.shown_lines() == [line.text for line in BUILTIN_STEPS[0].lines]
    QTest.keyClick(card, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    qtbot.waitUntil(window.isActiveWindow)  # the keyboard goes back where it was
    again = _open_with_key(qtbot, window)
    assert again is card  # the same window, shown again


def test_the_today_card_and_the_tray_menu_open_it_too(window, qtbot):
    today = window.show_screen("today")
    from shiftmate.ui.moment.today_card import WhatToSayCard

    button = today.findChild(WhatToSayCard).open_button
    assert "F3" in button.text()
    moment = window.context.part("moment")
    with qtbot.waitSignal(moment.card_opened):
        qtbot.mouseClick(button, Qt.LeftButton)
    moment.card_window.close()
    from shiftmate.ui.shell.tray import Tray

    tray = Tray(window.context)
    assert moment.action in tray.menu.actions()
    with qtbot.waitSignal(moment.card_opened):
        moment.action.trigger()
    assert moment.action.shortcut().toString() == "F3"
    from shiftmate.ui.shell.shortcuts_sheet import window_shortcuts

    assert ("F3", "What to say") in window_shortcuts(window)  # so the shortcuts sheet lists it


def test_the_shortcut_works_from_the_capture_window(window, qtbot):
    window.journal.open_capture()
    capture = window.journal.capture
    show_active(qtbot, capture)
    card = _open_with_key(qtbot, window, capture.focusWidget() or capture)
    assert card.isVisible()
    capture.close()


def test_keys_move_between_steps_jump_and_announce_the_step(window, qtbot):
    _wait_read(qtbot, window)
    card = _open_with_key(qtbot, window)
    show_active(qtbot, card)
    said = []
    announcer.announced.connect(lambda _w, text: said.append(text))
    QTest.keyClick(card, Qt.Key_Right)
    assert card.step_index == 1 and card.title.text() == BUILTIN_STEPS[1].title
    QTest.keyClick(card, Qt.Key_PageDown)
    assert card.step_index == 2
    QTest.keyClick(card, Qt.Key_Left)
    QTest.keyClick(card, Qt.Key_PageUp)
    assert card.step_index == 0
    QTest.keyClick(card, Qt.Key_Left)
    assert card.step_index == 0 and not card.back_button.isEnabled()
    QTest.keyClick(card, Qt.Key_8)
    assert card.current_step().key == "after" and not card.next_button.isEnabled()
    QTest.keyClick(card, Qt.Key_5)
    assert card.current_step().key == "alternatives"
    assert said[-1] == f"Step 5 of 8: {BUILTIN_STEPS[4].title}"
    assert card.title.accessibleName() == said[-1]
    assert card.dots[4].isChecked() and card.dots[4].accessibleName().startswith("Step 5:")
    qtbot.mouseClick(card.next_button, Qt.LeftButton)
    assert card.current_step().key == "boundary"


def test_a_line_with_markup_shows_as_typed_and_large_text_is_remembered(window, qtbot, location):
    store = Store.open(location)
    try:
        add_line(store, "listen", "<b>Breathe</b> & wait")
    finally:
        store.close()
    window.services.check_outside_changes()  # written by another process, as the CLI does
    moment = window.context.part("moment")
    qtbot.waitUntil(lambda: moment.card is not None
                    and "<b>Breathe</b> & wait" in [line.text for line in moment.card.steps[0].lines], timeout=10_000)
    card = _open_with_key(qtbot, window)
    assert card.shown_lines()[-1] == "<b>Breathe</b> & wait"
    for label in card.findChildren(QLabel):
        assert label.textFormat() == Qt.PlainText
    normal = card.line_labels[0].fontInfo().pointSizeF()
    assert not card.large_box.isChecked()
    qtbot.mouseClick(card.large_box, Qt.LeftButton)
    qtbot.waitUntil(lambda: card.line_labels[0].fontInfo().pointSizeF() > normal)
    from shiftmate.core.moment.settings import LARGE_TEXT
    from shiftmate.ui.data import ui_state

    assert ui_state.read(window.ui_state, LARGE_TEXT) is True


def test_the_store_s_contacts_and_policy_show_on_their_steps(qtbot, store):
    @dataclass
    class Phrase:
        pack_id: str
        step: str
        text: str

    @dataclass
    class Contact:
        pack_id: str
        name: str
        how: str
        when: str

    @dataclass
    class Policy:
        pack_id: str
        line: str
        exceptions: tuple

    info = StoreInfo((Phrase("acme", "own", "Back in two minutes."),),
                     (Contact("acme", "Dana, shift lead", "ext. 210", "refunds over $50"),),
                     (Policy("acme", "Threats: stop serving.", ("A refund up to $20",)),))
    card = CardWindow(read_card(store, info))
    qtbot.addWidget(card)
    card.show()
    card.go_to(3)
    assert card.shown_lines()[-1] == "Back in two minutes."
    card.go_to(6)
    assert "Who to call" in card.extra.text() and "Dana, shift lead: ext. 210" in card.extra.text()
    assert "refunds over $50" in card.extra.text() and card.extra.isVisible()
    card.go_to(5)
    assert "Where the line is" in card.extra.text() and "A refund up to $20" in card.extra.text()
    card.go_to(0)
    assert card.extra.isHidden()


def test_editing_lines_round_trip_with_undo(window, qtbot):
    moment = _wait_read(qtbot, window)
    card = _open_with_key(qtbot, window)
    card.go_to(2)  # ask
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        qtbot.mouseClick(card.edit_button, Qt.LeftButton)  # the editor reads the card; no write yet
        moment.read_ahead()
    editor = moment.editor
    qtbot.waitUntil(lambda: editor.lines.count() == 3, timeout=10_000)
    assert editor.steps.currentRow() == 2

    def card_lines():
        return [line.text for line in moment.card.steps[2].lines]

    # Add one of my own.
    editor.text.setText("What would make this right?")
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert card_lines()[-1] == "What would make this right?"
    qtbot.waitUntil(lambda: card.shown_lines()[-1] == "What would make this right?")
    qtbot.waitUntil(lambda: editor.lines.count() == 4)
    # Edit a built-in one.
    editor.lines.setCurrentRow(0)
    editor.text.setText("Tell me what happened.")
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert card_lines()[0] == "Tell me what happened."
    qtbot.waitUntil(lambda: "edited" in editor.lines.item(0).text())
    # Hide it, then undo the hide, then undo the edit.
    editor.lines.setCurrentRow(0)
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        qtbot.mouseClick(editor.hide_button, Qt.LeftButton)
    assert "Tell me what happened." not in card_lines()
    assert "Ctrl+Z" in editor.message.text()
    editor.lines.setFocus()
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        QTest.keyClick(editor.lines, Qt.Key_Z, Qt.ControlModifier)
    assert card_lines()[0] == "Tell me what happened."
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        qtbot.mouseClick(editor.undo_button, Qt.LeftButton)
    assert card_lines()[0] == BUILTIN_STEPS[2].lines[0].text
    # Delete my own line (Delete key), and undo it.
    qtbot.waitUntil(lambda: editor.lines.count() == 4)
    editor.lines.setCurrentRow(3)
    editor.lines.setFocus()
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        QTest.keyClick(editor.lines, Qt.Key_Delete)
    assert "What would make this right?" not in card_lines()
    with qtbot.waitSignal(moment.card_read, timeout=5_000):
        qtbot.mouseClick(editor.undo_button, Qt.LeftButton)
    assert card_lines()[-1] == "What would make this right?"


def test_bad_lines_are_refused_in_the_editor_with_a_sentence(window, qtbot):
    moment = _wait_read(qtbot, window)
    editor = moment.open_editor()
    qtbot.waitUntil(lambda: editor.lines.count() > 0, timeout=10_000)
    before = moment.card
    editor.text.setText("   ")
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert "empty line" in editor.message.text()
    editor.text.setMaxLength(200_000)
    editor.text.setText("x" * 100_000)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert "at most 200 characters" in editor.message.text()
    assert moment.card is before and not editor.undo_stack.canUndo()


def test_settings_has_a_what_to_say_section_that_opens_the_editor(window, qtbot):
    from shiftmate.ui.moment.settings_section import MomentSettingsBox

    screen = window.show_screen("settings")
    qtbot.waitUntil(lambda: screen.findChild(MomentSettingsBox) is not None, timeout=10_000)
    box = screen.findChild(MomentSettingsBox)
    qtbot.mouseClick(box.edit_button, Qt.LeftButton)
    moment = window.context.part("moment")
    assert moment.editor is not None and moment.editor.isVisible()
    moment.editor.close()


def test_opening_never_waits_on_the_database_the_card_is_ready_before_the_key(window, qtbot, monkeypatch):
    moment = _wait_read(qtbot, window)
    qtbot.waitUntil(lambda: moment.card_window is not None)  # made hidden once read ahead
    assert not moment.card_window.isVisible()

    def no_job(*_args, **_kwargs):
        raise AssertionError("opening the card queued a database job")

    monkeypatch.setattr(window.services, "run", no_job)
    monkeypatch.setattr(window.services, "write", no_job)
    card = _open_with_key(qtbot, window)
    assert card is moment.card_window and card.card is moment.card


def test_the_card_is_made_ahead_after_start_ups_queries_and_drawn_on_a_later_turn(window, qtbot, monkeypatch):
    from shiftmate.ui.moment import window as card_module

    moment = window.context.part("moment")
    qtbot.waitUntil(lambda: moment.card_window is not None and moment._drawn, timeout=10_000)
    # A fresh read, as at start-up: nothing is made while another query is still waiting.
    moment.card_window.deleteLater()
    moment.card_window, moment.card, moment._drawn = None, None, False
    grabbed: list[bool] = []
    monkeypatch.setattr(card_module.CardWindow, "grab", lambda self, *a: grabbed.append(True))
    release = threading.Event()
    with qtbot.waitSignal(moment.card_read, timeout=10_000):
        moment.read_ahead()
        window.services.run(lambda _store: release.wait(10), None, None)  # a slow query of start-up
    assert moment.card_window is None  # the slow query has not answered yet
    release.set()
    qtbot.waitUntil(lambda: moment.card_window is not None, timeout=10_000)
    assert grabbed == []  # made on one turn, drawn off screen on a later one
    qtbot.waitUntil(lambda: grabbed == [True], timeout=10_000)
    assert moment._drawn and not moment.card_window.isVisible()
