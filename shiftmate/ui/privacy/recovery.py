"""When the database would not open at start: say so plainly, offer a backup or a fresh start.

The file has already been moved aside by the open job (ui/data/connection.py; never
deleted); this only asks what to do next. Restoring runs on the data thread like every other database job. A full
disk is not damage: nothing was moved, and the only offer is to try again.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:  # dialogs are imported when one is shown (their types cost PySide ~5 ms)
    from PySide6.QtWidgets import QMessageBox


class RecoveryOffer(QObject):
    """Shows the choice after ``DataService.recovery_offered``; ``dialog`` is the open box."""

    def __init__(self, context) -> None:
        window = context.window
        super().__init__(window)
        self.window = window
        self.services = context.services
        self.dialog: QMessageBox | None = None
        self.restore_button = None
        self.fresh_button = None
        self.retry_button = None
        self.services.recovery_offered.connect(self.offer)
        self.services.disk_full.connect(self.offer_retry)

    def offer_retry(self, sentence: str) -> None:
        """The disk is full: say so, and open again when the person has made room."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(self.tr("The disk is full"))
        box.setTextFormat(Qt.PlainText)
        box.setText(sentence)
        self.restore_button = self.fresh_button = None
        self.retry_button = box.addButton(self.tr("&Try again"), QMessageBox.AcceptRole)
        self.retry_button.clicked.connect(lambda: self.services.open())
        box.addButton(QMessageBox.Close)
        self.dialog = box
        box.open()

    def offer(self, offer: dict) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.retry_button = None
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(self.tr("Your data file could not be opened"))
        box.setTextFormat(Qt.PlainText)
        text = self.tr("ShiftMate could not open its data file, so it moved it aside as %1. "
                       "Nothing was deleted.").replace("%1", offer["aside"])
        if offer.get("backup"):
            text += " " + self.tr("You can bring back your newest backup (%1), or start with "
                                  "an empty ShiftMate.").replace("%1", Path(offer["backup"]).name)
            self.restore_button = box.addButton(self.tr("&Restore the newest backup"), QMessageBox.AcceptRole)
            self.restore_button.clicked.connect(lambda: self.restore(offer["backup"]))
        else:
            text += " " + self.tr("There is no backup to bring back; you can start with an empty ShiftMate.")
        box.setText(text)
        self.fresh_button = box.addButton(self.tr("&Start fresh"), QMessageBox.RejectRole)
        self.fresh_button.clicked.connect(self.start_fresh)
        self.dialog = box
        box.open()

    def start_fresh(self) -> None:
        self.services.open()

    def restore(self, backup: str) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from shiftmate.core.privacy.backups import restore_backup
        from shiftmate.core.storage.encryption import looks_encrypted

        passphrase = None
        if looks_encrypted(Path(backup)):
            passphrase, ok = QInputDialog.getText(
                self.window, self.tr("Restore a backup"),
                self.tr("The backup is protected. Its passphrase:"), QLineEdit.Password)
            if not ok or not passphrase:
                return
        location, now = self.services.location, self.services.clock.now()

        def job():  # on the data thread: plain values only
            return restore_backup(location, Path(backup), passphrase, now)

        self.services.convert(job, None, passphrase)
