"""The shortcuts sheet (F1, Ctrl+/) lists every shortcut; reminder toasts announce themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from shiftmate.ui.widgets import accessibility
from shiftmate.ui.shell.shortcuts_sheet import ShortcutsSheet, keys_text
from tests.ui.keyboard_walk import focus_on, heard_name
from tests.ui.shifts.test_shift_reminders import clock, shift_window, start_shift_by_hand, tick  # noqa: F401 - fixtures


def open_sheet(qtbot, window, key, modifier=Qt.NoModifier) -> ShortcutsSheet:
    focus_on(qtbot, window.sidebar)
    qtbot.keyClick(window.sidebar, key, modifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ShortcutsSheet), timeout=10_000)
    return QApplication.activeWindow()


def test_f1_opens_the_sheet_with_every_window_shortcut_and_esc_closes_it(window, qtbot):
    sheet = open_sheet(qtbot, window, Qt.Key_F1)
    rows = sheet.rows()
    listed = {(keys, what) for _section, keys, what in rows}
    expected = [a for a in window.actions() if a.shortcuts() and a.text()]
    assert len(expected) >= 10  # Ctrl+1…6, Ctrl+N, Ctrl+Q, Ctrl+Shift+B, Ctrl+L, F1
    for action in expected:
        assert any(keys == keys_text(action) for keys, _what in listed), action.text()
    assert any(keys.startswith("Ctrl+1") and "Today" in what for keys, what in listed)
    assert ("F1, Ctrl+/", "Keyboard shortcuts") in listed
    assert sheet.tree.hasFocus() and heard_name(sheet.tree) == "Keyboard shortcuts"
    qtbot.keyClick(sheet.tree, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.shortcuts_sheet is None, timeout=10_000)


def test_ctrl_slash_opens_the_sheet_too(window, qtbot):
    sheet = open_sheet(qtbot, window, Qt.Key_Slash, Qt.ControlModifier)
    sections = {section for section, _keys, _what in sheet.rows()}
    assert {"Anywhere in ShiftMate", "In a checklist run", "On the Journal screen", "In every window"} <= sections
    sheet.close()


def test_the_sheet_lists_the_keys_of_the_screens_own_actions(window, qtbot):
    """The Journal's and Insights' own shortcuts are in their sections (the tables can't go stale)."""
    sheet = ShortcutsSheet(window)
    rows = sheet.rows()
    for key, section in (("journal", "On the Journal screen"), ("insights", "On the Insights screen")):
        screen = window.show_screen(key)
        keys_listed = " ".join(keys for s, keys, _what in rows if s == section)
        for action in QWidget.actions(screen):  # the Journal's own ``actions`` is its JournalActions
            if action.shortcuts():  # its main keys (Find also has a dedicated Find key on some keyboards)
                sequence = action.shortcuts()[0].toString(QKeySequence.NativeText)
                assert sequence in keys_listed, (key, sequence)
    sheet.deleteLater()


def test_f1_in_a_checklist_run_still_explains_the_item(window, qtbot):
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    qtbot.waitUntil(screen.run_view.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(screen.run_view.run_changed, timeout=10_000):
        qtbot.mouseClick(screen.run_view.start_button, Qt.LeftButton)
    view = screen.run_view
    focus_on(qtbot, view.list)
    qtbot.keyClick(view.list, Qt.Key_F1)
    assert view.help_label.isVisible()
    assert window.shortcuts_sheet is None


def test_a_reminder_toast_is_named_and_announced(shift_window, qtbot, clock, monkeypatch):  # noqa: F811
    sent = []
    original = QAccessible.updateAccessibility

    def spy(event):
        sent.append((event.type(), event.object()))
        original(event)

    monkeypatch.setattr(accessibility.QAccessible, "updateAccessibility", spy)
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    toast = window.shift_companion.toast
    clock.advance(minutes=60)
    with qtbot.waitSignal(accessibility.announcer.announced, timeout=10_000) as announced:
        tick(qtbot, window)
    widget, text = announced.args
    assert widget is toast and toast.isVisible()
    assert "water" in text and text.startswith("Reminder")
    assert toast.accessibleName() == text
    assert (QAccessible.Alert, toast) in sent
    # The same reminder on the next tick is not news: nothing more is said.
    sent.clear()
    clock.advance(minutes=1)
    tick(qtbot, window)
    assert (QAccessible.Alert, toast) not in sent
    # Its buttons are named too (by their words), and one Tab from the sidebar reaches them.
    for button in (toast.done_button, toast.skip_button, *toast.snooze_buttons.values()):
        assert heard_name(button)
    assert toast.snooze_buttons[5].accessibleDescription() or toast.snooze_buttons[5].toolTip()
