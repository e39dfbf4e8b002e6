"""The unlock screen, Lock now and auto-lock, driven like a person on a fake clock."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from shiftmate.app import build_main_window
from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.shifts.records import start_shift
from shiftmate.core.storage.store import Store

MARKER = "Marker: the quiet otter counted the spoons twice."
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def clock(fake_timers):
    """Every timer the window makes is a FakeTimer (tests/fakes.py)."""
    return FakeClock(START)


@pytest.fixture
def protected(location, clock):
    store = Store.open(location)
    add_entry(store, JournalEntry(text=MARKER), clock=clock)
    start_shift(store, clock)
    store.close()
    privacy.protect(location, "river stones", now=START)
    return location


@pytest.fixture
def locked_window(qtbot, protected, clock):
    window, services = build_main_window(protected, scheme="light", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(services.locked, timeout=10_000):
        services.open()
    yield window
    services.close()


def all_visible_text(window) -> str:
    parts = []
    for widget in [window, *QApplication.topLevelWidgets()]:
        for label in widget.findChildren(QLabel):
            parts.append(label.text())
        for edit in widget.findChildren(QLineEdit):
            parts.append(edit.text())
        for kind in (QPlainTextEdit, QTextEdit):
            for edit in widget.findChildren(kind):
                parts.append(edit.toPlainText())
        for view in widget.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            from PySide6.QtCore import QModelIndex

            try:
                columns = max(1, model.columnCount(QModelIndex()))
            except TypeError:  # list models keep columnCount private
                columns = 1
            for row in range(model.rowCount(QModelIndex())):
                for col in range(columns):
                    parts.append(str(model.index(row, col).data() or ""))
    return "\n".join(parts)


def unlock(qtbot, window, passphrase):
    screen = window.lock.screen
    screen.passphrase.setFocus()
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key_Return)


def test_start_shows_the_unlock_screen_without_any_journal_text(locked_window):
    assert locked_window.lock.screen.isVisible()
    assert MARKER not in all_visible_text(locked_window)
    assert "otter" not in all_visible_text(locked_window)


def test_a_wrong_passphrase_says_so_and_touches_nothing_then_the_right_one_opens(qtbot, locked_window, protected):
    before = hashlib.sha256(protected.database.read_bytes()).hexdigest()
    with qtbot.waitSignal(locked_window.services.unlock_failed, timeout=10_000):
        unlock(qtbot, locked_window, "wrong stones")
    assert "not right" in locked_window.lock.screen.message.text()
    assert hashlib.sha256(protected.database.read_bytes()).hexdigest() == before
    with qtbot.waitSignal(locked_window.services.opened, timeout=10_000):
        unlock(qtbot, locked_window, "river stones")
    assert not locked_window.lock.screen.isVisible()


def test_after_five_wrong_tries_there_is_a_short_growing_wait(qtbot, locked_window, clock):
    lock = locked_window.lock
    for _ in range(5):
        with qtbot.waitSignal(locked_window.services.unlock_failed, timeout=10_000):
            unlock(qtbot, locked_window, "nope")
    assert not lock.screen.unlock_button.isEnabled()
    assert "Wait 5 seconds" in lock.screen.message.text()
    clock.advance(seconds=5)
    lock.check()
    assert lock.screen.unlock_button.isEnabled()
    with qtbot.waitSignal(locked_window.services.unlock_failed, timeout=10_000):
        unlock(qtbot, locked_window, "nope again")
    assert "Wait 10 seconds" in lock.screen.message.text()


def open_unlocked(qtbot, window):
    with qtbot.waitSignal(window.services.opened, timeout=10_000):
        unlock(qtbot, window, "river stones")
    journal = window.show_screen("journal")
    qtbot.waitUntil(lambda: MARKER[:30] in all_visible_text(window), timeout=10_000)
    return journal


def test_auto_lock_after_idle_minutes_clears_views_and_the_clipboard(qtbot, locked_window, clock):
    open_unlocked(qtbot, locked_window)
    locked_window.activateWindow()
    qtbot.waitUntil(locked_window.isActiveWindow)
    QGuiApplication.clipboard().setText(MARKER)  # copied from ShiftMate
    clock.advance(minutes=4, seconds=59)
    locked_window.lock.check()
    assert not locked_window.lock.screen.isVisible()
    clock.advance(seconds=1)
    with qtbot.waitSignal(locked_window.services.locked, timeout=10_000):
        locked_window.lock.check()
    assert locked_window.lock.screen.isVisible()
    assert not locked_window.services.is_open
    qtbot.waitUntil(lambda: MARKER[:30] not in all_visible_text(locked_window), timeout=10_000)
    assert QGuiApplication.clipboard().text() == ""


def test_input_resets_the_idle_time(qtbot, locked_window, clock):
    open_unlocked(qtbot, locked_window)
    clock.advance(minutes=4)
    qtbot.keyClick(locked_window.sidebar, Qt.Key_Down)
    clock.advance(minutes=4)
    locked_window.lock.check()
    assert not locked_window.lock.screen.isVisible()


def test_lock_now_with_ctrl_l_and_reminders_still_fire_without_journal_text(qtbot, locked_window, clock):
    open_unlocked(qtbot, locked_window)
    locked_window.activateWindow()
    qtbot.waitUntil(locked_window.isActiveWindow)
    with qtbot.waitSignal(locked_window.services.locked, timeout=10_000):
        qtbot.keyClick(locked_window.sidebar, Qt.Key_L, Qt.ControlModifier)
    assert locked_window.lock.screen.isVisible()
    assert locked_window.lock.state.reminders.pending  # the shift's coming reminders
    clock.advance(minutes=61)
    locked_window.lock.check()
    reminder = locked_window.lock.screen.reminder.text()
    assert "water" in reminder.lower()
    qtbot.waitUntil(lambda: MARKER[:30] not in all_visible_text(locked_window), timeout=10_000)


@pytest.mark.parametrize("percent", [100, 200])
def test_the_lock_screen_shows_its_sentences_whole_at_the_first_window_size(qtbot, locked_window, percent):
    """The explanation, "Nothing was changed." and "Wait N seconds" were cut off at 1100×720."""
    from shiftmate.ui.shell.main_window import DEFAULT_SIZE
    from tests.ui.look.test_text_size_and_contrast import clipped_labels

    locked_window.context.appearance.set_text_size(percent, remember=False)
    locked_window.resize(DEFAULT_SIZE)
    for _ in range(5):
        with qtbot.waitSignal(locked_window.services.unlock_failed, timeout=10_000):
            unlock(qtbot, locked_window, "nope")
    screen = locked_window.lock.screen
    assert "Nothing was changed. Wait 5 seconds" in screen.message.text()
    qtbot.waitUntil(lambda: screen.size() == locked_window.size())
    for _ in range(3):  # the new sentence's layout requests
        QApplication.processEvents()
    assert clipped_labels(screen) == []


def test_wrong_tries_still_count_after_a_restart(qtbot, locked_window, protected, clock):
    for _ in range(5):
        with qtbot.waitSignal(locked_window.services.unlock_failed, timeout=10_000):
            unlock(qtbot, locked_window, "nope")
    locked_window.services.close()
    locked_window.close()
    # Started again (the count used to live in the window and begin at zero).
    window, services = build_main_window(protected, scheme="light", clock=clock)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(services.locked, timeout=10_000):
            services.open()
        lock = window.lock
        assert not lock.screen.unlock_button.isEnabled()
        assert "Wait 5 seconds" in lock.screen.message.text()
        clock.advance(seconds=5)
        lock.check()
        assert lock.screen.unlock_button.isEnabled()
        with qtbot.waitSignal(services.opened, timeout=10_000):
            unlock(qtbot, window, "river stones")
        assert not (protected.root / "unlock-failures.json").exists()
    finally:
        services.close()
