"""The main window as a person meets it: six screens, shortcuts, memory, problems."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt

from shiftmate.app import build_main_window
from shiftmate.ui.widgets.screen import EmptyState
from tests.helpers import write_random_database

SCREEN_KEYS = ["today", "checklists", "journal", "breaks", "insights", "settings"]


def sidebar_texts(window):
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_sidebar_lists_the_six_screens_in_order(window):
    assert sidebar_texts(window) == ["Today", "Checklists", "Journal", "Breaks", "Insights", "Settings"]
    assert window.screen_keys() == SCREEN_KEYS
    assert window.current_screen_key() == "today"


@pytest.mark.parametrize("digit, key", list(enumerate(SCREEN_KEYS, start=1)))
def test_ctrl_digit_opens_each_screen(window, qtbot, digit, key):
    start = "settings" if key == "today" else "today"
    window.show_screen(start)
    qtbot.keyClick(window, getattr(Qt, f"Key_{digit}"), Qt.ControlModifier)
    assert window.current_screen_key() == key
    assert window.stack.currentWidget() is window.screen_widget(key)


def test_clicking_the_sidebar_opens_a_screen(window, qtbot):
    item = window.sidebar.item(2)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.current_screen_key() == "journal"


def test_arrow_keys_move_through_the_sidebar(window, qtbot):
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key_Down)
    assert window.current_screen_key() == "journal"


@pytest.mark.parametrize("key", ["insights"])
def test_screens_without_content_show_an_honest_empty_state(window, key):
    screen = window.show_screen(key)
    states = screen.findChildren(EmptyState)
    assert len(states) == 1
    assert states[0].heading.text() and len(states[0].body.text()) > 40
    assert states[0].isVisible()
    assert states[0].heading.textFormat() == Qt.PlainText


def test_screens_are_created_only_when_first_shown(window):
    from shiftmate.ui.insights.screen import InsightsScreen

    assert window.findChildren(InsightsScreen) == []
    shown = window.show_screen("insights")
    assert window.findChildren(InsightsScreen) == [shown]


def test_settings_screen_shows_where_the_data_lives(window, location):
    screen = window.show_screen("settings")
    assert screen.data_dir_label.text() == str(location.root)
    assert screen.database_label.text() == str(location.database)
    from shiftmate.core.storage.schema import known_migration_count

    assert f"schema version {known_migration_count()}" in screen.status_label.text()


def test_window_remembers_size_position_and_screen(open_window, qtbot):
    first = open_window()
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 500)
    first.move(QPoint(40, 50))
    first.show_screen("breaks")
    placed = first.geometry()
    first.close()

    second = open_window()
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(700, 500)
    assert second.geometry() == placed
    assert second.current_screen_key() == "breaks"


def test_first_start_fills_most_of_a_small_screen_and_fits_on_it(window):
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() >= min(1000, int(available.width() * 0.85))


def test_a_corrupt_database_is_named_in_one_sentence_and_moved_aside_untouched(qtbot, location):
    original = write_random_database(location.database)
    window, services = build_main_window(location)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(services.failed, timeout=10_000) as failed:
        services.open()
    sentence = failed.args[0]
    assert "moved aside" in sentence and "\n" not in sentence
    assert window.problem_banner.isVisible()
    assert window.problem_banner.text() == sentence
    aside = [p for p in location.root.iterdir() if p.name.startswith("shiftmate.db.unreadable-")]
    assert len(aside) == 1 and aside[0].read_bytes() == original and str(aside[0]) in sentence
    assert not location.database.exists()
    settings = window.show_screen("settings")
    assert settings.status_label.text() == sentence
    assert window.recovery.dialog is not None and window.recovery.restore_button is None
    with qtbot.waitSignal(services.opened, timeout=10_000):
        window.recovery.fresh_button.click()  # start fresh
    window.recovery.dialog.close()
    services.close()


def test_a_problem_in_the_banner_can_be_dismissed_and_a_new_one_shows_again(window, qtbot):
    window.services.failed.emit("The reminders could not be checked.")
    assert window.problem_banner.isVisible()
    window.show_screen("journal")
    assert window.problem_banner.isVisible()  # until read and let go
    qtbot.mouseClick(window.dismiss_problem_button, Qt.LeftButton)
    assert not window.problem_banner.isVisible()
    window.show_screen("today")
    assert not window.problem_banner.isVisible()
    window.services.failed.emit("Something else went wrong.")
    assert window.problem_banner.isVisible() and window.problem_banner.text() == "Something else went wrong."


def test_dark_and_light_palettes_differ_as_expected(open_window):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    open_window("dark")
    dark = QApplication.palette().color(QPalette.Window).lightness()
    open_window("light")
    light = QApplication.palette().color(QPalette.Window).lightness()
    assert dark < 80 < 200 < light
