"""Plaintext left by an interrupted conversion: the window finishes it, or says it is there."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.privacy.backups import back_up_now, list_backups
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui.data.changes import Changes

MARKER = "Marker: the patient walrus folded every napkin."
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def interrupted(location):
    """A protected folder whose plaintext backup a kill right after the swap left behind."""
    store = Store.open(location)
    add_entry(store, JournalEntry(text=MARKER))
    back_up_now(store, now=NOW - dt.timedelta(days=1))
    store.close()
    plain = [(b.path, b.path.read_bytes()) for b in list_backups(location)]
    privacy.protect(location, "salt and pepper", now=NOW)
    for path, data in plain:
        path.write_bytes(data)
    return location


def marker_files(root) -> list[str]:
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as handle:
                if b"walrus" in handle.read():
                    found.append(name)
    return found


@pytest.fixture
def unlocked(qtbot, interrupted, open_window):
    """The window on ``interrupted``, unlocked by typing the passphrase."""
    window = open_window(locked=True)
    window.show()
    qtbot.waitExposed(window)
    screen = window.lock.screen
    qtbot.keyClicks(screen.passphrase, "salt and pepper")
    with qtbot.waitSignal(window.services.opened, timeout=20_000):
        qtbot.keyClick(screen.passphrase, Qt.Key_Return)
    return window


def test_unlocking_encrypts_backups_an_interrupted_protect_left_in_plaintext(qtbot, interrupted, unlocked):
    assert marker_files(interrupted.root) == []
    box = unlocked.show_screen("settings").privacy
    qtbot.waitUntil(lambda: box.change_button.isEnabled(), timeout=10_000)
    assert unlocked.services.wait_idle()
    assert box.state.text() == "Your data is encrypted with a passphrase."
    assert not box.plain_warning.isVisible()


def test_settings_warns_while_a_plaintext_copy_remains(qtbot, open_window, location):
    store = Store.open(location)
    add_entry(store, JournalEntry(text="an entry"))
    store.close()
    privacy.protect(location, "salt and pepper", now=NOW)
    damaged = location.backups / "shiftmate-20261122-070000-manual.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"walrus " * 500)  # plain, and will not convert
    window = open_window(passphrase="salt and pepper")
    window.show()
    services = window.services
    box = window.show_screen("settings").privacy
    qtbot.waitUntil(box.plain_warning.isVisible, timeout=10_000)
    assert damaged.name in box.plain_warning.text()
    assert "not every copy" in box.state.text()
    assert box.plain_warning.textFormat() == Qt.PlainText
    damaged.unlink()  # the person deletes it; the next look says all is encrypted
    services.changed.emit(Changes.BACKUPS, None)
    qtbot.waitUntil(lambda: not box.plain_warning.isVisible(), timeout=10_000)
    assert box.state.text() == "Your data is encrypted with a passphrase."
