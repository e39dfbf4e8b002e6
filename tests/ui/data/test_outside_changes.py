"""The window notices what other processes (the command line) wrote to the same file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.app import build_main_window
from tests.helpers import run_cli


@pytest.fixture
def journal_window(qtbot, location, fake_timers):
    window, services = build_main_window(location, scheme="light")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    add_from_command_line(location, "one entry before the window opened")
    journal = window.show_screen("journal")  # which checks, and finds the entry above
    qtbot.waitUntil(lambda: services.is_idle and not services.checking_outside, timeout=10_000)
    qtbot.waitUntil(lambda: services.is_idle and journal.model.rowCount() == 1, timeout=10_000)
    yield window, services, journal
    services.close()


def add_from_command_line(location, text: str) -> None:
    result = run_cli("--data-dir", str(location.root), "journal", "add", "--text", text, "--intensity", "5")
    assert result.returncode == 0, result.stderr


def click_screen(qtbot, window, key: str) -> None:
    item = window.sidebar.item(window.screen_keys().index(key))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.LeftButton,
                     pos=window.sidebar.visualItemRect(item).center())
    assert window.current_screen_key() == key


def test_entries_added_from_the_command_line_show_after_switching_screens(qtbot, journal_window, location):
    window, services, journal = journal_window
    rows_before = journal.model.rowCount()
    for n in range(3):
        add_from_command_line(location, f"added from a terminal {n}")

    click_screen(qtbot, window, "today")
    click_screen(qtbot, window, "journal")

    qtbot.waitUntil(lambda: journal.model.rowCount() == rows_before + 3, timeout=10_000)
    assert journal.count_label.text() == f"{rows_before + 3} entries"


def test_an_open_journal_follows_outside_writes_on_the_next_check(qtbot, journal_window, location, fake_timers):
    window, services, journal = journal_window
    rows_before = journal.model.rowCount()
    watch = fake_timers.owned_by(services)
    assert len(watch) == 1 and watch[0].running and watch[0].interval_ms <= 5000
    add_from_command_line(location, "added while the journal was open")

    watch[0].timeout.emit()

    qtbot.waitUntil(lambda: journal.model.rowCount() == rows_before + 1, timeout=10_000)


def test_the_windows_own_writes_and_quiet_checks_announce_nothing_extra(qtbot, journal_window, fake_timers):
    window, services, journal = journal_window
    watch = fake_timers.owned_by(services)[0]
    topics = []
    services.changed.connect(lambda *said: topics.append(said))
    done = []
    services.run(lambda store: store.set_setting("written", "here"), done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10_000)

    watch.timeout.emit()
    watch.timeout.emit()
    qtbot.waitUntil(lambda: not services.checking_outside, timeout=10_000)

    assert topics == []
