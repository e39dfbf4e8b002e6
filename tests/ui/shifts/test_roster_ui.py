"""The roster in the window (fake clock): Today's next shift, Start my shift offering the planned
one, "Started earlier…", the Settings section (import, remove, undo), the reminder before a shift."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime

from shiftmate.core.clock import FakeClock
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts import roster
from shiftmate.core.shifts.roster_import import import_roster
from shiftmate.core.storage.store import Store

CSV = "date,start,end,role\n2026-11-23,09:00,17:00,Barista\n2026-11-26,09:00,17:00,Barista\n"


@pytest.fixture
def clock(fake_timers):
    return FakeClock("2026-11-23T05:00:00", zone="Europe/London")  # a Monday, before the alarm


@pytest.fixture
def roster_file(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def imported(location, clock, roster_file):
    with Store.open(location) as store:
        import_roster(store, clock, roster_file)
    return roster_file


def shift_card(qtbot, window):
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(lambda: card.has_data and card.start_button.isVisible(), timeout=10_000)
    return card


def test_today_shows_the_next_shift_and_start_my_shift_offers_the_planned_one(qtbot, open_window, clock,
                                                                               imported, location):
    window = open_window(clock=clock)
    window.show()
    card = shift_card(qtbot, window)
    qtbot.waitUntil(lambda: card.next_label.text() == "Next shift: Mon 09:00–17:00, Barista", timeout=10_000)
    assert card.role_edit.text() == ""  # too early to be offered
    clock.set(dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.timezone.utc))
    window.shift_companion.tick()
    qtbot.waitUntil(lambda: card.next_label.text().startswith("From your roster: Mon 09:00–17:00"), timeout=10_000)
    assert card.role_edit.text() == "Barista"
    assert card.length_combo.currentData() == -1 and card.until_edit.time() == QTime(17, 0)
    with qtbot.waitSignal(card.shift_started, timeout=10_000) as started:
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    with Store.open(location) as store:
        shift = shifts.get_shift(store, started.args[0])
        assert shift.planned_end == dt.datetime(2026, 11, 23, 17, 0, tzinfo=dt.timezone.utc)
        assert shift.role == "Barista"
        assert roster.planned_near(store, clock.now()) is None


def test_a_shift_started_earlier_from_the_window(qtbot, open_window, clock, location):
    clock.set(dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc))
    window = open_window(clock=clock)
    window.show()
    card = shift_card(qtbot, window)
    card.started_combo.setFocus()
    qtbot.keyClick(card.started_combo, Qt.Key_Down)  # Started earlier…
    assert card.started_edit.isEnabled()
    card.started_edit.setTime(QTime(8, 45))
    with qtbot.waitSignal(card.shift_started, timeout=10_000) as started:
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    with Store.open(location) as store:
        assert shifts.get_shift(store, started.args[0]).started_at == dt.datetime(
            2026, 11, 23, 8, 45, tzinfo=dt.timezone.utc)


def test_settings_imports_lists_removes_and_undoes(qtbot, open_window, clock, roster_file, location):
    window = open_window(clock=clock)
    window.show()
    settings = window.show_screen("settings")
    from shiftmate.ui.shifts.roster_section import RosterSettingsBox

    qtbot.waitUntil(lambda: settings.findChild(RosterSettingsBox) is not None, timeout=10_000)
    box = settings.findChild(RosterSettingsBox)
    box.choose_file = lambda: str(roster_file)
    qtbot.mouseClick(box.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=10_000)
    assert box.note_label.text() == "Imported roster.csv: 2 added, 0 updated, 0 removed."
    assert box.list.item(1).text() == "Thu 26 Nov 09:00–17:00, Barista"
    box.list.setCurrentRow(1)
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=10_000)
    assert "Undo brings it back" in box.note_label.text()
    qtbot.mouseClick(box.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=10_000)
    bad = roster_file.with_name("bad.csv")
    bad.write_text("date,start,end,role\n2026-11-40,09:00,17:00,x\n", encoding="utf-8")
    box.choose_file = lambda: str(bad)
    qtbot.mouseClick(box.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.note_label.text().startswith("Row 2:"), timeout=10_000)
    assert box.list.count() == 2
    # Breaks shows the next planned shifts too.
    breaks = window.show_screen("breaks")
    qtbot.waitUntil(lambda: breaks.planned_label.text().startswith("Next planned shifts:\nMon 23 Nov 09:00–17:00, Barista"),
                    timeout=10_000)


def test_the_reminder_45_minutes_before_offers_before_my_shift(qtbot, open_window, clock, imported):
    clock.set(dt.datetime(2026, 11, 23, 8, 14, tzinfo=dt.timezone.utc))
    window = open_window(clock=clock)
    window.show()
    companion = window.shift_companion
    qtbot.waitUntil(lambda: not companion.busy, timeout=10_000)
    assert companion._toast is None or not companion.toast.isVisible()
    clock.advance(minutes=1)  # 08:15, 45 minutes before 09:00
    with qtbot.waitSignal(companion.ticked, timeout=10_000) as ticked:
        companion.tick()
    assert [e.kind for e in ticked.args[0].to_show] == ["before_shift"]
    toast = companion.toast
    qtbot.waitUntil(toast.isVisible, timeout=10_000)
    assert toast.heading.text() == "Your shift is coming up"
    assert toast.before_shift_button.isVisible()
    qtbot.mouseClick(toast.before_shift_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists", timeout=10_000)
    screen = window.screen_widget("checklists")
    qtbot.waitUntil(lambda: getattr(screen.run_view.run, "checklist_key", None) == "before-shift", timeout=10_000)
    qtbot.waitUntil(lambda: not toast.isVisible(), timeout=10_000)
