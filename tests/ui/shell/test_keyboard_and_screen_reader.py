"""Every screen and dialog by keyboard alone, and named for a screen reader.

Each test gets somewhere the way a keyboard user does (the sidebar's arrow keys, Tab, Space,
shortcuts), then walks the focus by Tab until it comes back round: no traps, every control
the mouse can reach is reached, each one has an accessible name, and the focus shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from tests.ui.keyboard_walk import check_walk, focus_on, heard_name
from tests.ui.insights.test_insights_screen import fill_demo, open_insights

SCREEN_KEYS = ["today", "checklists", "journal", "breaks", "insights", "settings"]


@pytest.fixture
def demo_window(open_window, location, qtbot):
    fill_demo(location)
    window = open_window()
    window.show()
    qtbot.waitExposed(window)
    focus_on(qtbot, window.sidebar)
    return window


def go_by_keyboard(qtbot, window, key: str):
    """Choose a screen with the sidebar's arrow keys, as a keyboard user does."""
    focus_on(qtbot, window.sidebar)
    qtbot.keyClick(window.sidebar, Qt.Key_Home)
    for _ in range(SCREEN_KEYS.index(key)):
        qtbot.keyClick(window.sidebar, Qt.Key_Down)
    assert window.current_screen_key() == key
    return window.screen_widget(key)


@pytest.mark.parametrize("key", SCREEN_KEYS)
def test_each_screen_on_demo_data_is_walked_by_tab_with_every_control_named(demo_window, qtbot, key):
    window = demo_window
    if key == "insights":
        open_insights(qtbot, window)
    screen = go_by_keyboard(qtbot, window, key)
    if key == "journal":
        qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    if key == "checklists":
        qtbot.waitUntil(lambda: screen.list.count() > 0, timeout=10_000)
    order = check_walk(qtbot, window.sidebar)
    assert any(w.window() is window and screen.isAncestorOf(w) for w in order), "Tab never enters the screen"


def test_today_before_a_shift_and_an_empty_journal_by_keyboard(window, qtbot):
    today = go_by_keyboard(qtbot, window, "today")
    qtbot.waitUntil(lambda: today.shift_card.start_panel.isVisible(), timeout=10_000)
    order = check_walk(qtbot, window.sidebar)
    assert today.shift_card.start_button in order and today.shift_card.length_combo in order
    journal = go_by_keyboard(qtbot, window, "journal")
    qtbot.waitUntil(lambda: journal.empty_state.isVisible(), timeout=10_000)
    check_walk(qtbot, window.sidebar)


def test_a_checklist_run_its_history_and_its_editor_by_keyboard(window, qtbot):
    screen = go_by_keyboard(qtbot, window, "checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: screen.run_view.start_button.isVisible(), timeout=10_000)
    check_walk(qtbot, window.sidebar)
    # Start the run with the keyboard: Tab to the button, Space.
    focus_on(qtbot, screen.run_view.start_button)
    with qtbot.waitSignal(screen.run_view.run_changed, timeout=10_000):
        qtbot.keyClick(screen.run_view.start_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: screen.run_view.list.hasFocus(), timeout=10_000)
    order = check_walk(qtbot, window.sidebar)
    assert screen.run_view.list in order
    # History and Edit: the tab bar's arrow keys, as a keyboard user switches tabs.
    for _ in range(2):
        focus_on(qtbot, screen.tabs.tabBar())
        qtbot.keyClick(screen.tabs.tabBar(), Qt.Key_Right)
        assert window.services.wait_idle()
        order = check_walk(qtbot, window.sidebar)
        assert any(screen.tabs.currentWidget().isAncestorOf(w) for w in order), "Tab never enters the tab"
    assert screen.tabs.currentIndex() == 2
    assert screen.editor.tree in order
    # An item (not a section) shows the item's fields; they join the walk.
    focus_on(qtbot, screen.editor.tree)
    qtbot.keyClick(screen.editor.tree, Qt.Key_Down)
    qtbot.waitUntil(screen.editor.help_edit.isVisible, timeout=10_000)
    order = check_walk(qtbot, window.sidebar)
    assert screen.editor.help_edit in order and screen.editor.kind_combo in order


def test_insights_as_tables_by_keyboard(demo_window, qtbot):
    window = demo_window
    screen = open_insights(qtbot, window)
    go_by_keyboard(qtbot, window, "insights")
    # Ctrl+T belongs to the screen, so it works with the focus inside it.
    focus_on(qtbot, screen.period_box)
    qtbot.keyClick(screen.period_box, Qt.Key_T, Qt.ControlModifier)
    assert screen.tables_button.isChecked()
    assert all(section.toggle.isChecked() for section in screen.sections.values())
    order = check_walk(qtbot, window.sidebar)
    tables = [s.table for s in screen.sections.values() if not s.data.empty]
    assert tables and all(table in order for table in tables)
    for table in tables:
        assert heard_name(table).endswith("as a table") and table.accessibleDescription()


# -- dialogs -------------------------------------------------------------------------------
def active_dialog(qtbot, kind=QDialog):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=10_000)
    return QApplication.activeWindow()


def walk_dialog(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)
    start = QApplication.focusWidget()
    assert start is not None and start.window() is dialog
    order = check_walk(qtbot, start, dialog)
    assert heard_name(dialog) or dialog.windowTitle()
    return order


def test_capture_and_reflection_windows_by_keyboard(window, qtbot, location):
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = active_dialog(qtbot)
    order = walk_dialog(qtbot, capture)
    assert capture.text_edit in order and capture.slider in order
    qtbot.keyClick(capture, Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.journal.capture is None, timeout=10_000)

    store = Store.open(location)
    entry_id = add_entry(store, JournalEntry(text="A customer shouted about the queue."))
    store.close()
    dialog = window.journal.open_reflection(entry_id)
    qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
    order = walk_dialog(qtbot, dialog)
    assert dialog.follow_check in order and dialog.tags_edit in order
    dialog.follow_check.setChecked(True)  # the follow-up date joins the walk once enabled
    order = walk_dialog(qtbot, dialog)
    assert dialog.follow_date in order
    qtbot.keyClick(dialog, Qt.Key_Escape)


def test_tags_breathing_and_pack_export_dialogs_by_keyboard(demo_window, qtbot):
    window = demo_window
    journal = go_by_keyboard(qtbot, window, "journal")
    journal.manage_tags()
    tags = active_dialog(qtbot)
    qtbot.waitUntil(lambda: tags.model.rowCount() > 0, timeout=10_000)
    walk_dialog(qtbot, tags)
    qtbot.keyClick(tags, Qt.Key_Escape)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
    breathing = active_dialog(qtbot)
    order = walk_dialog(qtbot, breathing)
    assert breathing.start_button in order
    qtbot.keyClick(breathing, Qt.Key_Escape)

    checklists = go_by_keyboard(qtbot, window, "checklists")
    qtbot.waitUntil(lambda: checklists.list.count() > 0, timeout=10_000)
    dialog = checklists.export_pack()
    qtbot.waitUntil(lambda: dialog.checklists.count() > 0, timeout=10_000)
    walk_dialog(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key_Escape)


def test_the_note_of_a_checklist_item_by_keyboard(window, qtbot):
    screen = go_by_keyboard(qtbot, window, "checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    focus_on(qtbot, screen.run_view.start_button)
    with qtbot.waitSignal(screen.run_view.run_changed, timeout=10_000):
        qtbot.keyClick(screen.run_view.start_button, Qt.Key_Space)
    view = screen.run_view
    qtbot.waitUntil(view.list.hasFocus, timeout=10_000)
    while view.list.current_item()[1] != "note":
        qtbot.keyClick(view.list, Qt.Key_Down)
    qtbot.keyClick(view.list, Qt.Key_Return)
    note = active_dialog(qtbot)
    order = walk_dialog(qtbot, note)
    assert heard_name(note.edit) == "Note" and note.edit.accessibleDescription()
    assert note.edit in order
    qtbot.keyClick(note, Qt.Key_Escape)


def test_passphrase_dialog_and_the_unlock_screen_by_keyboard(open_window, qtbot, location):
    from shiftmate.ui.privacy.settings_section import PassphraseDialog

    window = open_window()
    window.show()
    qtbot.waitExposed(window)
    dialog = PassphraseDialog("Protect", current=True, new=True, warning="No recovery.", offer_removal=True,
                              parent=window)
    dialog.show()
    order = walk_dialog(qtbot, dialog)
    assert dialog.current in order and dialog.new in order and dialog.repeat in order
    dialog.reject()
    window.services.close()
    privacy.protect(location, "river stones", now=window.services.clock.now())

    locked = open_window(locked=True)
    locked.show()
    qtbot.waitExposed(locked)
    passphrase = locked.lock.screen.passphrase
    focus_on(qtbot, passphrase)
    check_walk(qtbot, passphrase, locked.lock.screen)
    assert heard_name(passphrase) == "Passphrase"


@pytest.mark.parametrize("scheme", ["dark", "high-contrast"])
def test_focus_shows_in_the_dark_and_high_contrast_themes(open_window, location, qtbot, scheme):
    fill_demo(location)
    window = open_window(scheme)
    window.show()
    qtbot.waitExposed(window)
    for key in ("today", "journal", "settings"):
        screen = go_by_keyboard(qtbot, window, key)
        if key == "journal":
            qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
        check_walk(qtbot, window.sidebar)


def test_accessible_names_and_descriptions_are_translatable(qtbot, open_window):
    """What a screen reader says goes through the translator too (marked ⟦…⟧ by a test one)."""
    from PySide6.QtWidgets import QWidget

    from shiftmate.ui.shell.shortcuts_sheet import ShortcutsSheet
    from tests.ui.test_translations_and_screenshots import MarkingTranslator

    translator = MarkingTranslator()
    QApplication.installTranslator(translator)
    try:
        window = open_window()
        window.show()
        roots = [window] + [window.show_screen(key) for key in window.screen_keys()] + [ShortcutsSheet(window)]
        said = []
        for root in roots:
            for widget in [root, *root.findChildren(QWidget)]:
                said += [text for text in (widget.accessibleName(), widget.accessibleDescription()) if text]
    finally:
        QApplication.removeTranslator(translator)
    untranslated = [text for text in said if not text.startswith("⟦") and not text.startswith("Show “⟦")]
    assert said and untranslated == []
