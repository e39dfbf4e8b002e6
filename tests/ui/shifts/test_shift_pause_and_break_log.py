"""Pausing reminders, the tray's break actions and correcting the break log, on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.core.shifts import records as shifts
from shiftmate.core.storage.store import Store
from tests.ui.shifts.test_shift_reminders import clock, shift_window, start_shift_by_hand, tick  # noqa: F401 - fixtures


@pytest.mark.parametrize("choice, expected", [(30, "Reminders paused until 09:30."),
                                              (None, "Reminders paused until the shift ends.")])
def test_paused_reminders_show_paused_until_instead_of_the_next_one(shift_window, qtbot, clock, choice, expected):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    assert card.next_label.text().startswith("Next at 10:00")
    menu = card.pause_button.menu()
    action = next(a for a in menu.actions() if a.text() == {30: "For 30 minutes", None: "Until the shift ends"}[choice])
    action.trigger()
    qtbot.waitUntil(lambda: card.next_label.text() == expected)
    assert card.pause_button.text() == "Reminders &paused"
    if choice == 30:
        clock.advance(minutes=31)
        tick(qtbot, window)
        qtbot.waitUntil(lambda: card.next_label.text().startswith("Next at 10:00"))


def test_an_interval_typed_below_the_minimum_says_why_and_saves_nothing(shift_window, qtbot, clock, location):
    window = shift_window()
    screen = window.show_screen("breaks")
    qtbot.waitUntil(lambda: screen.rule_list.count() == 4)
    screen.rule_list.setCurrentRow(0)  # water, every 60 min
    screen.minutes_spin.setFocus()
    screen.minutes_spin.selectAll()
    qtbot.keyClicks(screen.minutes_spin, "3")
    assert "at least 5 minutes" in screen.rule_note.text()
    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    assert "at least 5 minutes" in screen.rule_note.text() and "3 is too few" in screen.rule_note.text()
    assert screen.minutes_spin.value() == 3  # what was typed stays, to be put right
    qtbot.keyClicks(screen.minutes_spin, "0")  # 30
    assert screen.rule_note.text() == ""
    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.rule_note.text().startswith("Saved"))
    assert screen.rule_list.item(0).text().startswith("Every 30 min:")


def test_the_tray_offers_on_break_or_back_never_both(shift_window, qtbot, clock):
    window = shift_window()
    companion = window.shift_companion
    card = start_shift_by_hand(qtbot, window)
    tick(qtbot, window)
    assert companion.break_action.isVisible() and not companion.back_action.isVisible()
    with qtbot.waitSignal(companion.ticked, timeout=10_000):
        companion.break_action.trigger()
    qtbot.waitUntil(lambda: companion.back_action.isVisible())
    assert not companion.break_action.isVisible()
    clock.advance(minutes=15)
    with qtbot.waitSignal(companion.ticked, timeout=10_000):
        companion.back_action.trigger()
    qtbot.waitUntil(lambda: companion.break_action.isVisible())
    assert not companion.back_action.isVisible()
    assert "Back" not in card.break_button.text()


def take_break(qtbot, window, clock, card, *, minutes=0, seconds=0):
    qtbot.mouseClick(card.break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Back" in card.break_button.text())
    clock.advance(minutes=minutes, seconds=seconds)
    qtbot.mouseClick(card.break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Back" not in card.break_button.text())


def log_rows(screen):
    return [[screen.log_model.item(r, c).text() for c in (1, 2, 3)] for r in range(screen.log_model.rowCount())]


def test_a_break_is_corrected_and_deleted_in_the_log_with_undo(shift_window, qtbot, clock, location):
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QDialogButtonBox

    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    clock.advance(hours=2)
    take_break(qtbot, window, clock, card, minutes=20)  # 11:00–11:20
    clock.advance(hours=1)
    take_break(qtbot, window, clock, card, minutes=10)  # 12:20–12:30
    clock.advance(minutes=30)
    screen = window.show_screen("breaks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.waitUntil(lambda: log_rows(screen) == [["12:20", "12:30", "10 min"], ["11:00", "11:20", "20 min"]])

    # The worker forgot to press Back at 11:30: Enter on the break opens its correction.
    screen.log_view.setFocus()
    qtbot.keyClick(screen.log_view, Qt.Key_Down)
    qtbot.keyClick(screen.log_view, Qt.Key_Return)
    dialog = screen.edit_dialog
    assert dialog.from_edit.time() == QTime(11, 0) and dialog.to_edit.time() == QTime(11, 20)
    dialog.to_edit.setTime(QTime(12, 25))  # overlaps the next break
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text() == "That overlaps your break at 12:20–12:30."
    dialog.to_edit.setTime(QTime(11, 30))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: log_rows(screen)[1] == ["11:00", "11:30", "30 min"])
    assert "Break corrected to Mon 01 Jun, 11:00–11:30" in screen.log_note.text()
    window.activateWindow()  # the desktop gives the window back its focus once the dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    screen.log_view.setFocus()
    qtbot.keyClick(screen.log_view, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: log_rows(screen)[1] == ["11:00", "11:20", "20 min"])
    assert screen.log_note.text() == "The break Mon 01 Jun, 11:00–11:20 is back as it was."

    # On break by mistake at 12:20: Delete takes it out, Ctrl+Z brings it back.
    screen.log_view.setFocus()
    qtbot.keyClick(screen.log_view, Qt.Key_Up)
    qtbot.keyClick(screen.log_view, Qt.Key_Delete)
    qtbot.waitUntil(lambda: "Deleted the break Mon 01 Jun, 12:20–12:30" in screen.log_note.text())
    qtbot.waitUntil(lambda: log_rows(screen) == [["11:00", "11:20", "20 min"]])
    store = Store.open(location)
    try:
        assert len(shifts.recent_breaks(store)) == 1  # on disk when the log says so
    finally:
        store.close()
    qtbot.mouseClick(screen.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: log_rows(screen) == [["12:20", "12:30", "10 min"], ["11:00", "11:20", "20 min"]])


@pytest.mark.parametrize("keep", [True, False])
def test_a_break_under_a_minute_asks_whether_to_keep_it(shift_window, qtbot, clock, location, keep):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    asked = []
    window.shift_companion.ask_keep_short_break = lambda brk, answered: asked.append(brk) or answered(keep)
    clock.advance(hours=1)
    take_break(qtbot, window, clock, card, seconds=40)
    qtbot.waitUntil(lambda: len(asked) == 1)
    screen = window.show_screen("breaks")
    if keep:
        qtbot.waitUntil(lambda: screen.log_model.rowCount() == 1)
    else:
        qtbot.waitUntil(lambda: screen.log_empty.isVisibleTo(screen))
    take_break(qtbot, window, clock, card, minutes=5)
    assert len(asked) == 1  # a real break is not asked about
    store = Store.open(location)
    try:
        assert len(shifts.recent_breaks(store)) == (2 if keep else 1)
    finally:
        store.close()
