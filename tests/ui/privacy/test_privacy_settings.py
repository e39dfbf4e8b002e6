"""Settings ▸ Privacy and Backups: protect with a passphrase, back up now, restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from shiftmate.core.privacy.backups import list_backups
from shiftmate.core.storage.encryption import is_protected
from shiftmate.ui.privacy.settings_section import PassphraseDialog


def fill_dialog_when_shown(qtbot, passphrase: str):
    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        assert "no way to recover" in dialog.findChild(type(dialog.message), "privacyWarning").text()
        qtbot.keyClicks(dialog.new, passphrase)
        qtbot.keyClicks(dialog.repeat, passphrase)
        qtbot.keyClick(dialog.repeat, Qt.Key_Return)

    QTimer.singleShot(0, fill)


def test_protect_from_settings_says_there_is_no_recovery_and_encrypts(qtbot, window, location):
    settings = window.show_screen("settings")
    box = settings.privacy
    assert box.protect_button.isEnabled() and not box.change_button.isEnabled()
    fill_dialog_when_shown(qtbot, "tea and toast")
    with qtbot.waitSignal(window.services.opened, timeout=20_000):
        box.protect_button.click()
    assert is_protected(location.database)
    qtbot.waitUntil(lambda: box.change_button.isEnabled(), timeout=10_000)
    assert window.lock.action.isEnabled()
    assert all(b.encrypted for b in list_backups(location))


def test_back_up_now_lists_the_new_backup(qtbot, window, location):
    box = window.show_screen("settings").backups
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=10_000)  # "No backups yet."
    box.backup_button.click()
    qtbot.waitUntil(lambda: "Backed up to" in box.result.text(), timeout=10_000)
    qtbot.waitUntil(lambda: box.list.item(0).data(Qt.UserRole) is not None, timeout=10_000)
    assert len(list_backups(location)) == 1


def test_restore_selected_backs_up_the_current_file_first(qtbot, window, location, monkeypatch):
    box = window.show_screen("settings").backups
    box.backup_button.click()
    qtbot.waitUntil(lambda: "Backed up to" in box.result.text(), timeout=10_000)
    qtbot.waitUntil(lambda: box.list.item(0) is not None and bool(box.list.item(0).data(Qt.UserRole)), timeout=10_000)
    box.list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    box.restore_selected()
    qtbot.waitUntil(lambda: "restored" in box.result.text(), timeout=20_000)
    assert {b.reason for b in list_backups(location)} == {"manual", "before-restore"}


def test_a_wrong_current_passphrase_in_change_leaves_the_window_working(qtbot, open_window, location):
    import datetime as dt

    from shiftmate.core.privacy import passphrase as privacy
    from shiftmate.core.storage.store import Store

    Store.open(location).close()
    privacy.protect(location, "right one", now=dt.datetime.now(dt.timezone.utc))
    window = open_window(passphrase="right one")
    window.show()
    services = window.services
    box = window.show_screen("settings").privacy
    qtbot.waitUntil(box.change_button.isEnabled, timeout=10_000)

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        qtbot.keyClicks(dialog.current, "wrong one")
        qtbot.keyClicks(dialog.new, "new one")
        qtbot.keyClicks(dialog.repeat, "new one")
        qtbot.keyClick(dialog.repeat, Qt.Key_Return)

    QTimer.singleShot(0, fill)
    box.change_button.click()
    qtbot.waitUntil(lambda: "does not open" in box.result.text(), timeout=20_000)
    assert services.is_open  # still open with the passphrase in use, not the one typed
    with qtbot.waitSignal(services.idle, timeout=10_000):
        services.run(lambda s: s.set_setting("after", "yes"))
    assert services.problem is None
