"""The Checklists screen as a worker uses it: by keyboard, with saves they can trust."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.clock import to_iso
from shiftmate.core.storage.store import Store
from shiftmate.ui.checklists.run_view import ROLE_KEY

HOSTILE = '<b>bold</b> <img src=x> &amp; 🙂 שלום'


def open_checklists(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    screen = window.screen_widget("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    return screen


def start_a_run(qtbot, window):
    """Today's before-shift run, started on the Checklists screen; its run view."""
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    view = screen.run_view
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        view.start()
    return view


def shown_answer(view, item_key):
    return next(i.answer for i in view.run.items if i.key == item_key)


def press(qtbot, view, key, modifier=Qt.NoModifier):
    """Press a key on the current item and wait until its saved answer is shown."""
    item_key = view.list.current_item()[0]
    before = shown_answer(view, item_key)
    qtbot.keyClick(view.list, key, modifier)
    qtbot.waitUntil(lambda: shown_answer(view, item_key) != before, timeout=10_000)


def current_kind(view):
    return view.list.current_item()[1]


def test_before_my_shift_by_keyboard_alone_then_history_after_restart(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    qtbot.waitExposed(window)
    # Focus only lands in an active window; after a long suite it is not always active yet.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = open_checklists(qtbot, window)
    view = screen.run_view
    # Start by keyboard: once today's (absent) run is looked up, the Start button has the focus.
    qtbot.waitUntil(view.start_button.hasFocus, timeout=10_000)
    assert view.pages.currentIndex() == 0 and view.checklist_key == "before-shift"
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        qtbot.keyClick(view.start_button, Qt.Key_Space)
    assert view.pages.currentIndex() == 1 and view.list.hasFocus()

    visited = 0
    while True:
        kind = current_kind(view)
        if kind == "check":
            press(qtbot, view, Qt.Key_Space)
        elif kind == "yes-no":
            press(qtbot, view, Qt.Key_Y)
        elif kind == "rating":
            press(qtbot, view, Qt.Key_4)
        elif kind == "note":
            qtbot.keyClick(view.list, Qt.Key_Return)
            dialog = view.note_dialog
            qtbot.waitExposed(dialog)
            qtbot.keyClicks(dialog.edit, "the bus was late")
            item_key = view.list.current_item()[0]
            qtbot.keyClick(dialog.edit, Qt.Key_Return)
            qtbot.waitUntil(lambda: shown_answer(view, item_key) == "the bus was late", timeout=10_000)
        visited += 1
        before = view.list.currentIndex().row()
        qtbot.keyClick(view.list, Qt.Key_Down)
        if view.list.currentIndex().row() == before:
            break
    assert visited == 18
    assert view.run.complete and view.progress.value() == view.progress.maximum() == 17
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        qtbot.keyClick(view.list, Qt.Key_Return, Qt.ControlModifier)
    assert view.run.closed_at and view.status.text() == "Finished"
    window.close()

    again = open_window(clock=clock)
    again.show()
    qtbot.waitExposed(again)
    screen = open_checklists(qtbot, again)
    screen.tabs.setFocus()
    with qtbot.waitSignal(screen.history_view.loaded, timeout=10_000):
        qtbot.keyClick(screen.tabs, Qt.Key_Tab, Qt.ControlModifier)
    history = screen.history_view
    assert history.current_streak.text() == "1" and history.best_streak.text() == "1"
    fmt = history.calendar.dateTextFormat(QDate(2026, 11, 23))
    assert fmt.toolTip() == "Complete"


def test_answers_reach_the_database_before_the_row_shows_them(qtbot, open_window, clock, location):
    window = open_window(clock=clock)
    window.show()
    view = start_a_run(qtbot, window)
    key = view.list.current_item()[0]
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        qtbot.keyClick(view.list, Qt.Key_Space)
    store = Store.open(location)
    try:
        assert ChecklistRuns(store, clock).get(view.run.id).items[0].answer == "done"
    finally:
        store.close()
    assert view.model.item(1, 1).text() == "Done"
    assert view.model.item(1, 0).data(ROLE_KEY) == key


def test_a_note_shows_exactly_as_typed(qtbot, open_window, clock):
    window = open_window(clock=clock)
    view = start_a_run(qtbot, window)
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        view.answer("leave-at-home", HOSTILE)
    row = view.row_of("leave-at-home")
    assert view.model.item(row, 1).text() == HOSTILE


def test_finishing_with_required_items_open_asks_and_marks_the_day_incomplete(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    view = start_a_run(qtbot, window)
    view.finish()
    box = view.confirm_box
    assert box.isVisible() and "required" in box.text()
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        box.button(QMessageBox.Yes).click()
    assert view.run.closed_at and not view.run.complete
    assert view.status.text() == "Finished, incomplete"


def test_question_mark_shows_why_an_item_matters(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    view = start_a_run(qtbot, window)
    assert not view.help_label.isVisible()
    qtbot.keyClick(view.list, Qt.Key_Question, Qt.ShiftModifier)
    assert view.help_label.isVisible()
    assert "freshness" in view.help_label.text()


def test_checklist_buttons_on_today_open_the_shift_checklists(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    today = window.show_screen("today")
    card = today.checklist_card
    screen = window.screen_widget("checklists")
    with qtbot.waitSignal(screen.run_view.run_changed, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    assert window.current_screen_key() == "checklists"
    assert screen.run_view.run.checklist_key == "before-shift"
    window.open_checklist("after-shift")
    qtbot.waitUntil(lambda: getattr(screen.run_view.run, "checklist_key", None) == "after-shift", timeout=10_000)
    assert screen.run_view.pages.currentIndex() == 1


def test_deleting_a_checklist_can_be_undone(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    screen = open_checklists(qtbot, window)
    screen.list.setFocus()
    screen.list.setCurrentRow(1)
    qtbot.keyClick(screen.list, Qt.Key_Delete)
    qtbot.waitUntil(lambda: screen.list.count() == 1, timeout=10_000)
    assert "Ctrl+Z" in screen.message.text()
    qtbot.keyClick(screen.list, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)


def test_editor_adds_reorders_and_undoes_removal_by_keyboard(qtbot, open_window, clock, location):
    window = open_window(clock=clock)
    window.show()
    screen = open_checklists(qtbot, window)
    editor = screen.editor
    screen.tabs.setFocus()
    qtbot.keyClick(screen.tabs, Qt.Key_Tab, Qt.ControlModifier)
    qtbot.keyClick(screen.tabs, Qt.Key_Tab, Qt.ControlModifier)
    assert screen.tabs.currentWidget() is editor
    qtbot.waitUntil(lambda: editor.checklist is not None and editor.tree.topLevelItemCount() == 4, timeout=10_000)
    first_section = editor.tree.topLevelItem(0)
    editor.tree.setFocus()
    editor.tree.setCurrentItem(first_section.child(0))
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.tree, Qt.Key_Down, Qt.AltModifier)
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(0).child(1).text(0).startswith("Showered"), timeout=10_000)
    editor.tree.setFocus()
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.tree, Qt.Key_Delete)
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(0).childCount() == 3, timeout=10_000)
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.tree, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(0).childCount() == 4, timeout=10_000)

    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.tree, Qt.Key_Insert)
    assert editor.text_edit.hasFocus() and editor.text_edit.selectedText() == "New item"
    editor.text_edit.selectAll()
    QApplication.clipboard().setText(HOSTILE)  # pasted: QTest cannot type emoji or Hebrew
    qtbot.keyClick(editor.text_edit, Qt.Key_V, Qt.ControlModifier)
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.text_edit, Qt.Key_Return)
    store = Store.open(location)
    try:
        texts = [i.text for i in ChecklistLibrary(store).get("before-shift").items]
    finally:
        store.close()
    assert HOSTILE in texts
    assert texts.count("Showered, teeth brushed, deodorant on") == 1


def test_starting_and_ending_the_shift_open_the_shift_checklists(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    today = window.show_screen("today")
    screen = window.screen_widget("checklists")
    qtbot.mouseClick(today.shift_card.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(screen.run_view.run, "checklist_key", None) == "before-shift", timeout=10_000)
    assert window.current_screen_key() == "checklists"
    assert screen.run_view.run.shift_id is not None


def test_a_refused_delete_is_said_on_the_checklists_screen_not_in_the_window_banner(qtbot, window, location):
    screen = open_checklists(qtbot, window)
    screen.list.setCurrentRow(1)
    key = screen.current_key()
    store = Store.open(location)  # meanwhile the command line deleted it
    ChecklistLibrary(store).delete(key)
    store.close()
    screen.list.setFocus()
    qtbot.keyClick(screen.list, Qt.Key_Delete)
    qtbot.waitUntil(lambda: "There is no checklist" in screen.message.text(), timeout=10_000)
    assert not window.problem_bar.isVisible()
    qtbot.waitUntil(lambda: screen.list.count() == 1, timeout=10_000)  # the list shows what is there


def test_finishing_with_one_required_item_open_says_item_in_the_singular(qtbot, open_window, clock, location):
    from shiftmate.core.packs.install import ensure_builtin_pack

    store = Store.open(location)
    try:
        ensure_builtin_pack(store)  # as at a first start
        runs = ChecklistRuns(store, clock)
        run_id = runs.start_or_resume("before-shift")
        answers = {"check": "done", "yes-no": "yes", "rating": "4", "note": "ready"}
        for item in [i for i in runs.get(run_id).items if i.required][1:]:
            runs.answer(run_id, item.key, answers[item.kind])
    finally:
        store.close()
    window = open_window(clock=clock)
    window.show()
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    view = screen.run_view
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        window.open_checklist("before-shift")
    assert len(view.run.required_open) == 1
    view.finish()
    assert view.confirm_box.text().startswith("1 required item is still open. Finish anyway?")
    view.confirm_box.close()


def test_a_checklist_edited_in_the_window_is_stamped_on_the_windows_clock(qtbot, open_window, clock, location):
    # The window's store carries the window's clock: edits are dated by it, never by the wall.
    window = open_window(clock=clock)
    window.show()
    screen = open_checklists(qtbot, window)
    screen.list.setFocus()
    screen.list.setCurrentRow(1)
    qtbot.keyClick(screen.list, Qt.Key_Delete)
    qtbot.waitUntil(lambda: screen.list.count() == 1, timeout=10_000)
    with Store.open(location) as store:
        stamps = store.db.execute("SELECT deleted_at FROM checklists WHERE deleted_at IS NOT NULL").fetchall()
    assert stamps == [(to_iso(clock.now()),)]
