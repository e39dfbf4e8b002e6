"""Breaks in real time on a fake clock: the live timer, Start break from a deadline, the short-break
question, and correcting a break's kind with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts import reminders
from shiftmate.core.storage.store import Store
from shiftmate.ui.widgets import accessibility
from tests.ui.shifts.test_shift_pause_and_break_log import log_rows, take_break
from tests.ui.shifts.test_shift_reminders import clock, shift_window, start_shift_by_hand, tick  # noqa: F401


@pytest.fixture
def eu_window(shift_window, location):
    """A window whose break rules ask for a 15-minute break on shifts over 6 hours."""
    store = Store.open(location)
    try:
        store.set_setting("breaks.preset", "eu")
    finally:
        store.close()
    return shift_window


def running_timers(fake_timers, owner):
    return [t for t in fake_timers.owned_by(owner) if t.running]


def test_the_break_timer_counts_against_the_15_minutes_this_break_needs(eu_window, qtbot, clock, fake_timers):
    window = eu_window()
    card = start_shift_by_hand(qtbot, window)
    clock_label, ticker = card.break_clock_label, card.break_clock
    assert not clock_label.isVisible() and not running_timers(fake_timers, ticker)  # idle: no timer at all
    clock.advance(hours=2)
    qtbot.mouseClick(card.break_button, Qt.LeftButton)
    qtbot.waitUntil(clock_label.isVisible)
    assert clock_label.text() == "On break 0:00 · 0 of 15 min"
    assert len(running_timers(fake_timers, ticker)) == 1 and ticker.timer.interval_ms == 1000

    clock.advance(minutes=12)
    ticker.timer.fire()
    assert clock_label.text() == "On break 12:00 · 12 of 15 min"
    assert clock_label.accessibleName() == "On break: 12 of 15 min"
    clock.advance(seconds=5)
    ticker.timer.fire()
    assert clock_label.text() == "On break 12:05 · 12 of 15 min"
    assert clock_label.accessibleName() == "On break: 12 of 15 min"  # a screen reader hears minutes only

    clock.advance(minutes=2, seconds=55)
    with qtbot.waitSignal(accessibility.announcer.announced, timeout=5_000) as said:
        ticker.timer.fire()
    assert clock_label.text() == "On break 15:00 · 15 min reached — take longer if you can"
    assert said.args[1] == "On break for 15 min. 15 min reached — take longer if you can"

    # Minimised or hidden to the tray, nobody sees it: no timer runs until the window is back.
    window.showMinimized()
    qtbot.waitUntil(lambda: not running_timers(fake_timers, ticker))
    window.showNormal()
    qtbot.waitUntil(lambda: len(running_timers(fake_timers, ticker)) == 1)
    window.hide()
    qtbot.waitUntil(lambda: not running_timers(fake_timers, ticker))
    window.show()
    qtbot.waitUntil(lambda: len(running_timers(fake_timers, ticker)) == 1)

    # Only what is on screen ticks: the Breaks screen takes over from the hidden Today card.
    screen = window.show_screen("breaks")
    qtbot.waitUntil(lambda: screen.break_clock_label.isVisible())
    assert not running_timers(fake_timers, ticker)
    assert len(running_timers(fake_timers, screen.break_clock)) == 1
    clock.advance(minutes=1)
    screen.break_clock.timer.fire()
    assert screen.break_clock_label.text() == "On break 16:00 · 15 min reached — take longer if you can"

    qtbot.mouseClick(screen.break_button, Qt.LeftButton)  # Back
    qtbot.waitUntil(lambda: not screen.break_clock_label.isVisible())
    assert not running_timers(fake_timers, screen.break_clock)
    window.show_screen("today")
    qtbot.waitUntil(lambda: "Back" not in card.break_button.text())
    assert not clock_label.isVisible() and not running_timers(fake_timers, ticker)


def test_without_a_deadline_the_timer_counts_on_its_own(shift_window, qtbot, clock, fake_timers):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    qtbot.mouseClick(card.break_button, Qt.LeftButton)
    qtbot.waitUntil(card.break_clock_label.isVisible)
    clock.advance(minutes=3, seconds=7)
    card.break_clock.timer.fire()
    assert card.break_clock_label.text() == "On break 3:07"
    assert card.break_clock_label.accessibleName() == "On break for 3 min"


def test_start_break_on_a_deadline_reminder_starts_the_break(eu_window, qtbot, clock, location):
    window = eu_window()
    card = start_shift_by_hand(qtbot, window)
    toast = window.shift_companion.toast
    clock.advance(hours=5, minutes=30)  # 30 minutes before the 6-hour deadline
    tick(qtbot, window)
    assert toast.event.kind == "deadline" and toast.heading.text() == "Break deadline"
    assert toast.start_break_button.isVisible()
    qtbot.mouseClick(toast.start_break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Back" in card.break_button.text())
    qtbot.waitUntil(lambda: not toast.reminder_box.isVisible())
    store = Store.open(location)
    try:
        assert shifts.open_break(store) is not None
        deadline = [e for e in reminders.events_of(store, shifts.open_shift(store).id) if e.kind == "deadline"]
        assert [e.state for e in deadline] == ["done"]
        assert reminders.actions_for(deadline[0])[0] == "start_break"  # the tray and desktop offer it too
    finally:
        store.close()


def test_an_ordinary_reminder_has_no_start_break(shift_window, qtbot, clock):
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    clock.advance(minutes=60)
    tick(qtbot, window)
    toast = window.shift_companion.toast
    assert toast.isVisible() and not toast.start_break_button.isVisible()


@pytest.mark.parametrize("answer", ["enter", "keep"])
def test_a_40_second_break_is_discarded_by_default_or_kept(shift_window, qtbot, clock, location, answer):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    companion = window.shift_companion
    clock.advance(hours=1)
    take_break(qtbot, window, clock, card, seconds=40)
    qtbot.waitUntil(lambda: getattr(companion, "short_break_box", None) is not None
                    and companion.short_break_box.isVisible())
    box = companion.short_break_box
    assert box.text() == "Keep this 40-second break?"
    assert box.defaultButton().text() == "&Discard"
    if answer == "enter":
        qtbot.keyClick(box, Qt.Key_Return)
    else:
        keep = next(b for b in box.buttons() if b.text() == "&Keep")
        qtbot.mouseClick(keep, Qt.LeftButton)
    screen = window.show_screen("breaks")
    if answer == "keep":
        qtbot.waitUntil(lambda: screen.log_model.rowCount() == 1)
    else:
        qtbot.waitUntil(lambda: screen.log_empty.isVisibleTo(screen))
    store = Store.open(location)
    try:
        assert len(shifts.recent_breaks(store)) == (1 if answer == "keep" else 0)
    finally:
        store.close()


def test_a_break_kind_is_corrected_and_the_correction_undone(shift_window, qtbot, clock, location):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    clock.advance(hours=2)
    take_break(qtbot, window, clock, card, minutes=30)
    screen = window.show_screen("breaks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.waitUntil(lambda: screen.log_model.rowCount() == 1)
    assert screen.log_model.item(0, 4).text() == "Break"
    screen.log_view.setFocus()
    qtbot.keyClick(screen.log_view, Qt.Key_F2)
    dialog = screen.edit_dialog
    assert dialog.kind_combo.currentData() == "break"
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key_Down)  # Meal break
    assert dialog.kind_combo.currentData() == "meal"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.log_model.item(0, 4).text() == "Meal break")
    assert log_rows(screen) == [["11:00", "11:30", "30 min"]]
    qtbot.mouseClick(screen.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.log_model.item(0, 4).text() == "Break")
