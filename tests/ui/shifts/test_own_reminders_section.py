"""The worker's own reminders in Settings, driven by keys and clicks, firing on a fake clock."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from shiftmate.core.shifts import own_reminders as own
from shiftmate.core.storage.store import Store
from tests.ui.shifts.test_shift_reminders import clock, shift_window, start_shift_by_hand, tick  # noqa: F401


def stored(location):
    store = Store.open(location)
    try:
        return own.own_reminders(store)
    finally:
        store.close()


def open_box(qtbot, window):
    settings = window.show_screen("settings")
    box = settings.section("own_reminders")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.waitUntil(lambda: box.empty_label.isVisibleTo(box) or box.list.count())
    return box


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)


def test_a_reminder_is_added_from_an_idea_list_and_fires_in_turn_on_the_toast(shift_window, qtbot, clock, location):
    window = shift_window()
    box = open_box(qtbot, window)
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    dialog = box.dialog
    assert dialog.kind_combo.currentData() == "every" and dialog.minutes_spin.isVisibleTo(dialog)
    dialog.minutes_spin.setFocus()
    dialog.minutes_spin.selectAll()
    qtbot.keyClicks(dialog.minutes_spin, "25")
    dialog.ideas_combo.setCurrentIndex(dialog.ideas_combo.findData("eyes"))
    dialog.ideas_combo.activated.emit(dialog.ideas_combo.currentIndex())
    assert dialog.messages.count() == 3
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: box.list.count() == 1)
    assert box.list.item(0).text() == "Every 25 min: Look at something far away for 20 seconds. (+2 more)"
    assert "Ctrl+Z" in box.note_label.text()
    (reminder,) = stored(location)
    assert [m.idea for m in reminder.messages] == ["eyes.1", "eyes.2", "eyes.3"]  # ideas, not their English

    start_shift_by_hand(qtbot, window)
    toast = window.shift_companion.toast
    said = []
    for _ in range(2):
        clock.advance(minutes=25)
        tick(qtbot, window)
        assert toast.isVisible() and toast.heading.text() == "Reminder"
        said.append(toast.message_label.text())
        with qtbot.waitSignal(window.shift_companion.reminder_answered, timeout=10_000):
            qtbot.mouseClick(toast.done_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not toast.isVisible())
    assert said == ["Look at something far away for 20 seconds.", "Blink slowly a few times."]


def test_a_clock_time_reminder_is_edited_and_an_edited_idea_is_stored_as_typed(shift_window, qtbot, clock, location):
    window = shift_window()
    box = open_box(qtbot, window)
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    dialog = box.dialog
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key_Down)  # At a time of day
    assert dialog.time_edit.isVisibleTo(dialog) and not dialog.minutes_spin.isVisibleTo(dialog)
    dialog.time_edit.setTime(QTime(11, 30))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)  # no message yet
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert dialog.error_label.text() == "A reminder needs at least one message."  # and the dialog stays
    assert stored(location) == []
    dialog.ideas_combo.activated.emit(dialog.ideas_combo.findData("water"))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: box.list.count() == 1)
    assert box.list.item(0).text().startswith("At 11:30: A few sips of water.")

    window.activateWindow()  # the desktop gives the window back its focus once the dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key_F2)
    dialog = box.dialog
    assert dialog.time_edit.time() == QTime(11, 30)
    dialog.messages.item(1).setText("Refill at the back sink.")  # what typing in the row does
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "applies from the next" in box.note_label.text())
    (reminder,) = stored(location)
    assert [(m.idea, m.text) for m in reminder.messages] == [
        ("water.1", None), (None, "Refill at the back sink."), ("water.3", None)]

    start_shift_by_hand(qtbot, window)
    clock.advance(hours=2, minutes=30)  # 11:30 in Berlin
    tick(qtbot, window)
    toast = window.shift_companion.toast
    assert toast.isVisible() and toast.message_label.text() == "A few sips of water."


def test_a_reminder_is_turned_off_removed_and_brought_back_by_keys(shift_window, qtbot, clock, location):
    window = shift_window()
    box = open_box(qtbot, window)
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    dialog = box.dialog
    dialog.ideas_combo.activated.emit(dialog.ideas_combo.findData("posture"))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: box.list.count() == 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)

    box.list.setFocus()
    box.list.setCurrentRow(0)
    qtbot.keyClick(box.list, Qt.Key_Space)  # off
    qtbot.waitUntil(lambda: box.note_label.text().startswith("Turned off"))
    assert [r.enabled for r in stored(location)] == [False]
    qtbot.waitUntil(lambda: box.list.count() == 1 and box.list.item(0).checkState() == Qt.Unchecked)

    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key_Delete)
    qtbot.waitUntil(lambda: box.empty_label.isVisibleTo(box))
    assert "Ctrl+Z" in box.note_label.text() and stored(location) == []
    box.list.setFocus()
    qtbot.keyClick(box, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: box.list.count() == 1)
    (back,) = stored(location)
    assert not back.enabled and [m.idea for m in back.messages] == ["posture.1", "posture.2", "posture.3"]


def test_the_section_is_named_for_screen_readers(shift_window, qtbot, clock):
    window = shift_window()
    box = open_box(qtbot, window)
    assert box.list.accessibleName() == "Your own reminders"
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    dialog = box.dialog
    assert dialog.messages.accessibleName() == "Messages"
    assert dialog.ideas_combo.accessibleName() == "Add ideas from a built-in list"
