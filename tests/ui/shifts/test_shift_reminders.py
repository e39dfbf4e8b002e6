"""Shifts, reminders, breaks and breathing as a person meets them, on a fake clock."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shiftmate.app import build_main_window
from shiftmate.core.shifts import reminders
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts.breathing import breathing_sessions
from shiftmate.core.clock import FakeClock
from shiftmate.core.storage.store import Store
from shiftmate.ui.shifts.breathing_dialog import BreathingDialog

START = "2026-06-01T09:00"


@pytest.fixture
def clock(fake_timers):
    return FakeClock(START, "Europe/Berlin")


@pytest.fixture
def shift_window(qtbot, location, clock):
    made = []

    def make():
        window, services = build_main_window(location, scheme="light", clock=clock)
        qtbot.addWidget(window)
        made.append(services)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000):
            services.open()
        return window

    yield make
    for services in made:
        services.close()


def tick(qtbot, window):
    """One tick that starts now, after any tick already on its way has landed."""
    qtbot.waitUntil(lambda: not window.shift_companion.busy)
    with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000) as ticked:
        window.shift_companion.tick()
    return ticked.args[0]


def start_shift_by_hand(qtbot, window, role=""):
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(lambda: card.start_button.isVisible())
    if role:
        card.role_edit.insert(role)  # QTest cannot type right-to-left text; insert as a paste
    card.length_combo.setCurrentIndex(card.length_combo.findData(8))
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    # Starting a shift opens the pre-shift checklist; come back to Today as a worker would.
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists")
    window.show_screen("today")
    qtbot.waitUntil(lambda: card.shift_panel.isVisible())
    return card


def stored_events(location):
    store = Store.open(location)
    try:
        shift = shifts.latest_shift(store)
        return reminders.events_of(store, shift.id) if shift else []
    finally:
        store.close()


def test_a_reminder_toast_snoozes_for_10_fake_minutes_and_done_logs_it(shift_window, qtbot, clock, location):
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    toast = window.shift_companion.toast
    assert not toast.isVisible()

    clock.advance(minutes=60)
    tick(qtbot, window)
    assert toast.isVisible()
    assert "water" in toast.message_label.text()
    first = toast.event.id

    qtbot.mouseClick(toast.snooze_buttons[10], Qt.LeftButton)
    qtbot.waitUntil(lambda: not toast.isVisible())
    clock.advance(minutes=9, seconds=59)
    tick(qtbot, window)
    assert not toast.isVisible()
    clock.advance(seconds=1)
    tick(qtbot, window)
    assert toast.isVisible() and toast.event.id == first

    with qtbot.waitSignal(window.shift_companion.reminder_answered, timeout=10_000):
        qtbot.mouseClick(toast.done_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not toast.isVisible())
    (water,) = stored_events(location)
    assert (water.rule_key, water.state) == ("water", "done")


def test_the_toast_stays_until_it_is_answered(shift_window, qtbot, clock):
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    clock.advance(minutes=60)
    tick(qtbot, window)
    for _ in range(3):
        clock.advance(minutes=5)
        tick(qtbot, window)
    assert window.shift_companion.toast.isVisible()
    qtbot.mouseClick(window.shift_companion.toast.skip_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not window.shift_companion.toast.isVisible())


KILLED_MID_SHIFT = """
import datetime as dt, os, signal, sys
from pathlib import Path
from shiftmate.core.shifts import reminders
from shiftmate.core.shifts import records as shifts
from shiftmate.core.clock import FakeClock
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
store = Store.open(DataLocation(Path(sys.argv[1])))
clock = FakeClock(sys.argv[2], "Europe/Berlin")
shifts.start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=8), role="till 3")
clock.advance(minutes=61)
(water,) = reminders.tick(store, clock).to_show
clock.advance(minutes=30)
(stretch,) = reminders.tick(store, clock).to_show
reminders.act_on(store, clock, stretch.id, "snooze", snooze_minutes=15)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_after_kill_9_mid_shift_the_shift_and_pending_reminders_are_intact(shift_window, qtbot, clock, location):
    result = subprocess.run(
        [sys.executable, "-c", KILLED_MID_SHIFT, str(location.root), START],
        capture_output=True, timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    clock.advance(minutes=100)  # 1:40 into the shift: the snooze (till 1:46) still runs
    window = shift_window()
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(lambda: card.shift_panel.isVisible())
    assert "till 3" in card.status_label.text() and "09:00" in card.status_label.text()
    toast = window.shift_companion.toast
    assert toast.isVisible() and "water" in toast.message_label.text()
    clock.advance(minutes=6)
    tick(qtbot, window)
    assert "1 more waiting" in toast.more_label.text()
    keys = [(e.rule_key, e.state) for e in stored_events(location)]
    assert keys == [("water", "shown"), ("stretch", "shown")]


def test_after_a_long_sleep_one_summary_says_what_was_missed(shift_window, qtbot, clock):
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    clock.advance(hours=3, minutes=5)
    result = tick(qtbot, window)
    toast = window.shift_companion.toast
    assert toast.summary_box.isVisible()
    assert "While you were away" in toast.summary_label.text()
    assert len(result.missed) == 3 and len(result.to_show) == 2  # 1:00, 2:00, 1:30 missed; 3:00 ones fresh
    qtbot.mouseClick(toast.summary_ok, Qt.LeftButton)
    assert not toast.summary_box.isVisible() and toast.isVisible()


def test_a_forgotten_shift_is_closed_at_its_planned_end_on_the_next_start(shift_window, qtbot, clock, location):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    clock.advance(hours=13)
    asked = []
    card.ask_close_forgotten = lambda shift: asked.append(shift) or True
    window.show_screen("today")
    tick(qtbot, window)
    # The worker sees the old shift still open; starting again asks about it.
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        card.start_shift()
    assert len(asked) == 1
    store = Store.open(location)
    try:
        old, new = sorted(shifts.recent_shifts(store), key=lambda s: s.id)
        assert old.ended_at == old.planned_end and new.is_open
    finally:
        store.close()


def test_on_break_and_back_log_a_break_shown_on_the_breaks_screen(shift_window, qtbot, clock, location):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    clock.advance(hours=2)
    qtbot.mouseClick(card.break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Back" in card.break_button.text())
    clock.advance(minutes=20)
    qtbot.mouseClick(card.break_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Back" not in card.break_button.text())
    screen = window.show_screen("breaks")
    qtbot.waitUntil(lambda: screen.log_model.rowCount() == 1)
    assert screen.log_model.item(0, 3).text() == "20 min"
    assert "11:00" in screen.taken_label.text()


def test_the_california_preset_shows_its_deadline_and_source(shift_window, qtbot, clock):
    window = shift_window()
    settings = window.show_screen("settings").break_settings
    qtbot.waitUntil(lambda: settings.preset_combo.isEnabled())
    settings.preset_combo.setCurrentIndex(settings.preset_combo.findData("california"))
    assert "not legal advice" in settings.source_label.text() and "Labor Code" in settings.source_label.text()
    card = start_shift_by_hand(qtbot, window)
    qtbot.waitUntil(lambda: "Meal break must start by 14:00" in card.deadline_label.text())
    clock.advance(hours=4, minutes=30)
    tick(qtbot, window)
    assert window.shift_companion.toast.heading.text() == "Break deadline"


def test_a_reminder_rule_is_edited_by_keyboard_on_the_breaks_screen(shift_window, qtbot, clock, location):
    window = shift_window()
    screen = window.show_screen("breaks")
    qtbot.waitUntil(lambda: screen.rule_list.count() == 4)
    screen.rule_list.setCurrentRow(0)
    screen.message_edit.selectAll()
    qtbot.keyClicks(screen.message_edit, "<b>Drink</b> water")
    screen.minutes_spin.selectAll()
    qtbot.keyClicks(screen.minutes_spin, "45")
    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.rule_note.text().startswith("Saved"))
    assert screen.rule_list.item(0).text() == "Every 45 min: <b>Drink</b> water"
    card = start_shift_by_hand(qtbot, window)
    clock.advance(minutes=45)
    tick(qtbot, window)
    assert window.shift_companion.toast.message_label.text() == "<b>Drink</b> water"
    assert window.shift_companion.toast.message_label.textFormat() == Qt.PlainText
    assert card is not None


def test_typed_role_shows_exactly_as_typed(shift_window, qtbot, clock):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window, role="<img src=x> كاشير")
    assert "<img src=x> كاشير" in card.status_label.text()
    assert card.status_label.textFormat() == Qt.PlainText


def test_breathing_reset_counts_down_and_logs_completion(shift_window, qtbot, clock, location):
    window = shift_window()
    window.shift_companion.breathing_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BreathingDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    dialog.length_group.button(1).setChecked(True)
    qtbot.mouseClick(dialog.start_button, Qt.LeftButton)
    assert dialog.phase_label.text() == "Breathe in… 4"
    assert dialog.countdown_label.text() == "1:00 left"
    clock.advance(seconds=5)
    dialog.refresh()
    assert dialog.phase_label.text() == "Hold… 3"
    clock.advance(seconds=56)
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        dialog.refresh()
    assert dialog.countdown_label.text() == "Finished"
    store = Store.open(location)
    try:
        (session,) = breathing_sessions(store)
        assert (session["minutes"], session["completed"]) == (1, 1)
    finally:
        store.close()
    dialog.close()


def test_ending_the_shift_with_a_rating_emits_shift_ended(shift_window, qtbot, clock, location):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    clock.advance(hours=8)
    card.rating_combo.setCurrentIndex(card.rating_combo.findData(4))
    qtbot.keyClicks(card.note_edit, "Busy but fine")
    with qtbot.waitSignal(card.shift_ended, timeout=10_000):
        qtbot.mouseClick(card.end_button, Qt.LeftButton)
    # Ending the shift opens the post-shift checklist.
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists")
    checklists = window.screen_widget("checklists")
    qtbot.waitUntil(lambda: getattr(checklists.run_view.run, "checklist_key", None) == "after-shift")
    qtbot.waitUntil(lambda: card.start_panel.isVisibleTo(card))
    store = Store.open(location)
    try:
        shift = shifts.latest_shift(store)
        assert (shift.day_rating, shift.end_note) == (4, "Busy but fine")
        assert shift.ended_at - shift.started_at == dt.timedelta(hours=8)
    finally:
        store.close()


def test_a_hard_moment_logged_during_a_shift_offers_a_breathing_reset(shift_window, qtbot, clock):
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    companion = window.shift_companion
    with qtbot.waitSignal(companion.ticked, timeout=10_000):
        window.journal.breathing_offered.emit(1)  # what the capture window emits after saving
    qtbot.waitUntil(lambda: companion.toast.isVisible(), timeout=10_000)
    assert companion.toast.breathe_button.isVisible()


def test_a_reminder_while_the_window_is_minimised_asks_the_desktop_for_attention(shift_window, qtbot, clock, monkeypatch):
    alerts = []
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda widget, ms=0: alerts.append((widget, ms))))
    window = shift_window()
    start_shift_by_hand(qtbot, window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    clock.advance(minutes=59)
    tick(qtbot, window)
    assert alerts == []  # nothing due yet, nothing to ask for
    clock.advance(minutes=1)
    tick(qtbot, window)
    assert alerts == [(window, 0)]  # until the person looks (the urgency hint on X11)
