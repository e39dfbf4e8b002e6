"""An open window while the command line converts the data: nothing is saved to the old file.

The window's data thread notices before its next job that another process swapped a new
file in. If its key still opens it (a removed passphrase, a restore) it goes on there; if
not (a passphrase set or changed), it locks and asks for the passphrase, and a save tried
meanwhile says it was not saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from tests.helpers import run_cli


def capture(window, qtbot, text: str):
    window.journal.open_capture()
    box = window.journal.capture
    qtbot.waitUntil(box.isVisible, timeout=10_000)
    qtbot.keyClicks(box.text_edit, text)
    qtbot.mouseClick(box.save_button, Qt.LeftButton)
    return box


def texts(location, passphrase=None) -> set[str]:
    store = Store.open(location, passphrase=passphrase)
    try:
        return {row[0] for row in store.db.execute("SELECT text FROM journal_entries")}
    finally:
        store.close()


def test_after_passphrase_set_on_the_command_line_the_window_locks_and_saves_to_the_new_file(
        window, qtbot, location):
    window.show_screen("journal")
    set_ = run_cli("passphrase", "set", env={"SHIFTMATE_PASSPHRASE": "quiet harbour"})
    assert set_.returncode == 0, set_.stderr
    with qtbot.waitSignal(window.services.locked, timeout=20_000):
        box = capture(window, qtbot, "written after the command line encrypted the data")
    lock = window.lock
    assert lock.screen.isVisible()
    assert "outside this window" in lock.screen.message.text()
    qtbot.waitUntil(lambda: "nothing was saved" in box.message.text(), timeout=10_000)
    assert box.isVisible()
    assert "written after" not in " ".join(texts(location, "quiet harbour"))
    with qtbot.waitSignal(window.services.opened, timeout=20_000):
        qtbot.keyClicks(lock.screen.passphrase, "quiet harbour")
        qtbot.keyClick(lock.screen.passphrase, Qt.Key_Return)
    assert not lock.screen.isVisible() and window.lock.protected
    with qtbot.waitSignal(box.saved, timeout=20_000):  # the words typed are still there
        qtbot.mouseClick(box.save_button, Qt.LeftButton)
    assert "written after the command line encrypted the data" in texts(location, "quiet harbour")


def test_after_passphrase_remove_on_the_command_line_the_window_goes_on_in_the_plain_file(
        qtbot, open_window, location):
    store = Store.open(location)
    add_entry(store, JournalEntry(text="from before"))
    store.close()
    privacy.protect(location, "old stones", now=_now())
    window = open_window(passphrase="old stones")
    window.show()
    services = window.services
    window.show_screen("journal")
    removed = run_cli("passphrase", "remove", env={"SHIFTMATE_PASSPHRASE": "old stones"})
    assert removed.returncode == 0, removed.stderr
    with qtbot.waitSignal(window.journal.capture_saved, timeout=20_000):
        capture(window, qtbot, "saved after the passphrase was removed elsewhere")
    assert {"from before", "saved after the passphrase was removed elsewhere"} <= texts(location)
    assert services.info["protected"] is False
    assert not window.lock.is_locked


def _now():
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc)
