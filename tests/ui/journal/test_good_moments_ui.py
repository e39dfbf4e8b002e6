"""Good moments in the window, driven like a person: noted as quickly as a hard one, labelled
and filtered in the list, and one past good moment brought back in three places."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.store import Store
from shiftmate.ui import registry
from tests.helpers import show_active
from tests.ui.journal.test_journal_ui import journal_screen, read_entry

# Monday 2026-11-23, 07:30 in London: before a shift (the window's usual test clock).
NOW = "2026-11-23T07:30:00"


def seed(location, entries):
    store = Store.open(location)
    try:
        add_entries(store, entries, clock=FakeClock(NOW, zone="Europe/London"))
    finally:
        store.close()


def good(text, at, who=""):
    return JournalEntry(text=text, occurred_at=at, tz="Europe/London", kind="good", who=who)


PAST = [good("Regular thanked me by name", "2026-11-18T12:00:00+00:00", "A regular"),
        good("Sorted the birthday cake in time", "2026-11-20T15:00:00+00:00")]


def open_capture_for_good(window, qtbot):
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    capture = window.journal.capture
    assert capture is not None and capture.isVisible()
    qtbot.waitUntil(lambda: capture.draft_loaded and QApplication.focusWidget() is capture.text_edit, timeout=10_000)
    return capture


def test_ctrl_shift_n_notes_a_good_moment_by_keyboard_alone(open_window, qtbot, location):
    window = show_active(qtbot, open_window(clock=FakeClock(NOW, zone="Europe/London")))
    capture = open_capture_for_good(window, qtbot)
    assert capture.windowTitle() == "Note a good moment" and capture.good_choice.isChecked()
    # Only what fits a good moment: no intensity of distress, no tags.
    assert not capture.slider.isVisible() and not capture.tags_edit.isVisible()
    assert capture.who_edit.isVisible() and capture.felt_edit.isVisible()
    qtbot.keyClicks(capture.text_edit, "A regular thanked me by name")
    qtbot.keyClick(capture.text_edit, Qt.Key_Tab)
    assert QApplication.focusWidget() is capture.who_edit
    qtbot.keyClicks(capture.who_edit, "Mrs Okafor")
    qtbot.keyClick(capture.who_edit, Qt.Key_Tab)
    assert QApplication.focusWidget() is capture.felt_edit
    qtbot.keyClicks(capture.felt_edit, "proud")
    with qtbot.assertNotEmitted(window.journal.breathing_offered, wait=50):
        with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000) as saved:
            qtbot.keyClick(capture.felt_edit, Qt.Key_Return, Qt.ControlModifier)
    entry = read_entry(location, saved.args[0])
    assert (entry.kind, entry.text, entry.who, entry.feelings_note) == (
        "good", "A regular thanked me by name", "Mrs Okafor", "proud")
    assert entry.intensity_before is None and entry.tags == ()


def test_the_kind_is_a_keyboard_choice_in_the_capture(window, qtbot, location):
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    qtbot.waitUntil(lambda: capture.draft_loaded and QApplication.focusWidget() is capture.text_edit, timeout=10_000)
    assert capture.hard_choice.isChecked() and capture.slider.isVisible()
    qtbot.keyClick(capture.text_edit, Qt.Key_Backtab)  # the choice is just before the text
    assert QApplication.focusWidget() is capture.good_choice
    qtbot.keyClick(capture.good_choice, Qt.Key_Space)
    assert capture.good_choice.isChecked() and capture.windowTitle() == "Note a good moment"
    assert not capture.slider.isVisible() and capture.who_edit.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_H, Qt.AltModifier)  # Alt+H: back to a hard moment
    qtbot.waitUntil(capture.hard_choice.isChecked, timeout=10_000)  # a mnemonic clicks a moment later
    assert capture.slider.isVisible() and not capture.who_edit.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_G, Qt.AltModifier)
    qtbot.waitUntil(capture.good_choice.isChecked, timeout=10_000)
    capture.text_edit.setFocus()
    qtbot.keyClicks(capture.text_edit, "Praised by the manager in front of the team")
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000) as saved:
        qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
    assert read_entry(location, saved.args[0]).kind == "good"


def test_good_moments_are_offered_from_the_shortcuts_sheet_the_tray_today_and_the_journal(window, qtbot):
    from shiftmate.ui.shell.shortcuts_sheet import ShortcutsSheet

    rows = ShortcutsSheet(window).rows()
    assert ("Anywhere in ShiftMate", "Ctrl+Shift+N", "Note a good moment") in rows
    window.make_parts(registry.READY)
    window.context.part("tray").note_good_action.trigger()
    assert window.journal.capture.good_choice.isChecked()
    window.journal.capture.close()
    qtbot.waitUntil(lambda: window.journal.capture is None, timeout=10_000)
    card = window.show_screen("today").journal_card
    qtbot.mouseClick(card.good_button, Qt.LeftButton)
    assert window.journal.capture.good_choice.isChecked()
    window.journal.capture.close()
    qtbot.waitUntil(lambda: window.journal.capture is None, timeout=10_000)
    qtbot.mouseClick(window.show_screen("journal").new_good_button, Qt.LeftButton)
    assert window.journal.capture.good_choice.isChecked()


def test_the_list_says_which_moments_are_good_and_filters_by_kind(open_window, qtbot, location):
    seed(location, [JournalEntry(text="Caller shouted about the fee", occurred_at="2026-11-20T10:00:00+00:00",
                                 intensity_before=7), *PAST])
    window = show_active(qtbot, open_window(clock=FakeClock(NOW, zone="Europe/London")))
    screen = journal_screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=10_000)
    texts = [screen.model.index(row, 2).data() for row in range(3)]
    assert texts == ["★ Good moment: Sorted the birthday cake in time", "Caller shouted about the fee",
                     "★ Good moment: Regular thanked me by name"]
    assert screen.model.index(0, 4).data() == "" and screen.model.index(1, 4).data() == "7 → ·"
    screen.kind_combo.setFocus()
    qtbot.keyClick(screen.kind_combo, Qt.Key_Down)  # "Hard moments"
    qtbot.waitUntil(lambda: screen.model.filter.kind == "hard" and not screen.model.is_loading, timeout=10_000)
    assert screen.model.rowCount() == 1
    qtbot.keyClick(screen.kind_combo, Qt.Key_Down)  # "Good moments"
    qtbot.waitUntil(lambda: screen.model.filter.kind == "good" and not screen.model.is_loading
                    and screen.model.rowCount() == 2, timeout=10_000)


# -- a past good moment, brought back ---------------------------------------------------------
def test_today_shows_a_past_good_moment_before_a_shift_and_hides_it_during_one(open_window, qtbot, location):
    seed(location, PAST)
    window = show_active(qtbot, open_window(clock=FakeClock(NOW, zone="Europe/London")))
    today = window.show_screen("today")
    card = today.cards["good_moment"]
    qtbot.waitUntil(card.isVisible, timeout=10_000)
    first = card.view.words.text()
    assert first in ("“Regular thanked me by name”", "“Sorted the birthday cake in time”")
    assert card.view.when.text().startswith("On ")
    assert "Nov 2026" in card.view.when.text()
    with qtbot.waitSignal(card.refreshed, timeout=10_000):
        qtbot.mouseClick(card.view.another_button, Qt.LeftButton)
    assert card.view.words.text() != first
    shift_card = today.shift_card
    qtbot.waitUntil(shift_card.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(shift_card.shift_started, timeout=10_000):
        qtbot.mouseClick(shift_card.start_button, Qt.LeftButton)
    window.show_screen("today")  # starting a shift opened the pre-shift checklist
    qtbot.waitUntil(card.isHidden, timeout=10_000)


def test_the_good_moment_rotates_by_day_and_not_now_hides_it_for_the_day(open_window, qtbot, location):
    seed(location, PAST)
    clock = FakeClock(NOW, zone="Europe/London")
    window = show_active(qtbot, open_window(clock=clock))
    card = window.show_screen("today").cards["good_moment"]
    qtbot.waitUntil(card.isVisible, timeout=10_000)
    monday = card.view.words.text()
    clock.advance(days=1)
    with qtbot.waitSignal(card.refreshed, timeout=10_000):
        card.refresh()
    assert card.view.words.text() != monday  # Tuesday brings the other one back
    card.view.dismiss_button.click()
    assert card.isHidden()
    with qtbot.waitSignal(card.refreshed, timeout=10_000) as shown:
        card.refresh()
    assert shown.args == [False]
    clock.advance(days=1)
    with qtbot.waitSignal(card.refreshed, timeout=10_000) as shown:
        card.refresh()
    assert shown.args == [True]


def test_a_past_good_moment_follows_a_hard_moment_without_taking_the_keyboard(open_window, qtbot, location):
    seed(location, PAST)
    window = show_active(qtbot, open_window(clock=FakeClock(NOW, zone="Europe/London")))
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    qtbot.waitUntil(lambda: capture.draft_loaded and QApplication.focusWidget() is capture.text_edit, timeout=10_000)
    qtbot.keyClicks(capture.text_edit, "Customer swore at me over the queue")
    with qtbot.waitSignal(window.journal.recall_shown, timeout=10_000) as shown:
        qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
    note = shown.args[0]
    assert note.isVisible() and note.testAttribute(Qt.WA_ShowWithoutActivating)
    assert note.view.words.text() in ("“Regular thanked me by name”", "“Sorted the birthday cake in time”")
    first = note.view.words.text()
    with qtbot.waitSignal(window.journal.recall_shown, timeout=10_000):
        qtbot.mouseClick(note.view.another_button, Qt.LeftButton)
    assert note.view.words.text() != first
    qtbot.mouseClick(note.view.dismiss_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=10_000)


def test_no_note_after_a_good_moment_or_with_no_good_moments_yet(window, qtbot):
    capture = open_capture_for_good(window, qtbot)
    qtbot.keyClicks(capture.text_edit, "Thanked by a regular")
    with qtbot.assertNotEmitted(window.journal.recall_shown, wait=100):
        with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000):
            qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
        qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    assert window.journal.recall_note is None


def test_after_my_shift_opens_with_a_past_good_moment_and_before_my_shift_does_not(open_window, qtbot, location):
    seed(location, PAST)
    window = show_active(qtbot, open_window(clock=FakeClock(NOW, zone="Europe/London")))
    screen = window.show_screen("checklists")
    window.open_checklist("after-shift")
    view = screen.run_view
    qtbot.waitUntil(lambda: getattr(view.run, "checklist_key", None) == "after-shift", timeout=10_000)
    qtbot.waitUntil(view.good_moment.isVisible, timeout=10_000)
    assert view.good_moment.view.words.text() in ("“Regular thanked me by name”", "“Sorted the birthday cake in time”")
    assert view.good_moment.view.heading.text() == "Before you go: one of your good moments"
    assert view.list.hasFocus()  # the keyboard stays on the checklist
    window.open_checklist("before-shift")
    qtbot.waitUntil(lambda: getattr(view.run, "checklist_key", None) == "before-shift", timeout=10_000)
    qtbot.waitUntil(lambda: view.good_moment.isHidden(), timeout=10_000)


def test_the_win_written_in_after_my_shift_becomes_one_good_moment(open_window, qtbot, location):
    from shiftmate.core.journal.exchange import entries_for_export

    window = show_active(qtbot, open_window(clock=FakeClock("2026-11-23T22:00:00", zone="Europe/London")))
    screen = window.show_screen("checklists")
    window.open_checklist("after-shift")
    view = screen.run_view
    qtbot.waitUntil(lambda: getattr(view.run, "checklist_key", None) == "after-shift", timeout=10_000)
    for key, value in (("water-food", "done"), ("one-win", "Calmed a customer down"), ("day-rating", "4")):
        with qtbot.waitSignal(view.run_changed, timeout=10_000):
            view.answer(key, value)
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        view.finish()
    store = Store.open(location)
    try:
        entries = entries_for_export(store)
    finally:
        store.close()
    assert [(e.kind, e.text) for e in entries] == [("good", "Calmed a customer down")]
