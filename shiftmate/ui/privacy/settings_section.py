"""Settings ▸ Privacy and Settings ▸ Backups.

Protecting, changing or removing the passphrase and restoring a backup all run on the
data thread through ``DataService.convert`` (close, convert safely, reopen). Before a
passphrase is set the box says plainly that there is no recovery without it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from shiftmate.core.privacy.autolock import AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout, labelled
from shiftmate.ui.widgets.screen import listen, plain_label, scale_size, subscribe
from shiftmate.ui.data.changes import Changes


class _ToggleLabel(QLabel):
    """A check box's words as a wrapping label; clicking them ticks the box, as its own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__()
        self.setTextFormat(Qt.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.buddy().toggle()
        super().mouseReleaseEvent(event)


class PassphraseDialog(QDialog):
    """Asks for the current and/or a new passphrase (typed twice); never echoes them."""

    def __init__(self, title: str, *, current: bool, new: bool, warning: str = "",
                 offer_removal: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        if warning:
            note = plain_label(warning, object_name="privacyWarning")
            note.setWordWrap(True)
            form.addRow(note)
        self.current = self._field(form, self.tr("Current passphrase:")) if current else None
        self.new = self._field(form, self.tr("New passphrase:")) if new else None
        self.repeat = self._field(form, self.tr("Type it again:")) if new else None
        self.remove_backups = None
        if offer_removal:
            # The words wrap beside the box: at 200 % text one line is wider than a small screen.
            text = self.tr("Remove the unencrypted backups instead of encrypting them")
            self.remove_backups = QCheckBox(self)
            self.remove_backups.setAccessibleName(text)
            row = QHBoxLayout()
            row.addWidget(self.remove_backups, 0, Qt.AlignTop)
            row.addWidget(_ToggleLabel(text, self.remove_backups), 1)
            form.addRow(row)
        self.message = plain_label("", object_name="dialogMessage")
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _field(self, form, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.Password)
        form.addRow(label, edit)
        return edit

    def _check(self) -> None:
        if self.current is not None and not self.current.text():
            self.message.setText(self.tr("Type the current passphrase."))
            return
        if self.new is not None:
            if not self.new.text():
                self.message.setText(self.tr("Type a new passphrase."))
                return
            if self.new.text() != self.repeat.text():
                self.message.setText(self.tr("The two new passphrases differ."))
                return
        self.accept()


class PrivacySettingsBox(QGroupBox):
    """Protect with a passphrase, change or remove it, auto-lock minutes, lock now."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Privacy"))
        self.services = services = context.services
        self.protected = False
        layout = QVBoxLayout(self)
        self.state = plain_label(self.tr("Your data is not protected by a passphrase."))
        self.protect_button = QPushButton(self.tr("&Protect with a passphrase…"), self)
        self.change_button = QPushButton(self.tr("C&hange passphrase…"), self)
        self.remove_button = QPushButton(self.tr("Re&move passphrase…"), self)
        self.protect_button.clicked.connect(self.protect)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        row = FlowLayout()  # wraps at large text sizes
        for button in (self.protect_button, self.change_button, self.remove_button):
            row.addWidget(button)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_AUTOLOCK_MINUTES)
        self.minutes.setValue(AUTOLOCK_MINUTES.default)
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.editingFinished.connect(self._save_minutes)
        scale_size(self.minutes, setMaximumWidth=160)
        minutes_label = plain_label(self.tr("Lock after no use for:"), wrap=False)
        row.addWidget(labelled(minutes_label, self.minutes))  # the label names the spin box
        self.result = plain_label("", object_name="privacyResult")
        self.result.setWordWrap(True)
        self.plain_copies: list[str] = []  # files that hold the data unencrypted meanwhile
        self.plain_warning = plain_label("", object_name="privacyPlainCopies")
        self.plain_warning.setWordWrap(True)
        self.plain_warning.hide()
        layout.addWidget(self.state)
        layout.addWidget(self.plain_warning)
        layout.addLayout(row)
        layout.addWidget(self.result)
        listen(self, services.opened, self._on_opened)
        subscribe(self, services, Changes.BACKUPS, self._on_changed)
        if services.info is not None:
            self._on_opened(services.info)
        else:
            self._show_state()

    def no_recovery_text(self) -> str:
        return self.tr("There is no way to recover your data without the passphrase: if you "
                       "forget it, everything ShiftMate keeps is lost. Backups are encrypted "
                       "with the same passphrase.")

    def _on_opened(self, info: dict) -> None:
        self.protected = bool(info.get("protected"))
        self._show_state()
        self.services.run(lambda s: s.read(AUTOLOCK_MINUTES), self._show_minutes)
        self._look_for_plain_copies()

    def _on_changed(self, _changes: Changes) -> None:
        self._look_for_plain_copies()

    def _look_for_plain_copies(self) -> None:
        from shiftmate.core.storage.encryption import plaintext_copies

        self.services.run(lambda s: [str(p) for p in plaintext_copies(s.location)],
                          self._show_plain_copies)

    def _show_plain_copies(self, paths: list[str]) -> None:
        self.plain_copies = paths
        if paths:
            self.plain_warning.setText(self.tr(
                "Not encrypted: %1. An interrupted backup or passphrase change left these "
                "copies of your data; ShiftMate encrypts or removes such copies each time it "
                "starts, but could not do it for these. Delete them if you do not need them."
            ).replace("%1", ", ".join(paths)))
        self.plain_warning.setVisible(bool(paths))
        self._show_state()

    def _show_minutes(self, minutes: int) -> None:
        self.minutes.setValue(minutes)

    def _show_state(self) -> None:
        if self.protected and self.plain_copies:
            self.state.setText(self.tr("Your data is encrypted with a passphrase, but not every "
                                       "copy of it is."))
        else:
            self.state.setText(self.tr("Your data is encrypted with a passphrase.") if self.protected
                               else self.tr("Your data is not protected by a passphrase."))
        self.protect_button.setEnabled(not self.protected)
        self.change_button.setEnabled(self.protected)
        self.remove_button.setEnabled(self.protected)
        self.minutes.setEnabled(self.protected)

    def _save_minutes(self) -> None:
        minutes = self.minutes.value()
        self.services.write(lambda s: s.write(AUTOLOCK_MINUTES, minutes), Changes.SETTINGS)

    def _now(self):
        return self.services.clock.now()

    def protect(self) -> None:
        from shiftmate.core.privacy import passphrase as privacy

        dialog = PassphraseDialog(self.tr("Protect with a passphrase"), current=False, new=True,
                                  warning=self.no_recovery_text(), offer_removal=True, parent=self)
        if dialog.exec() != QDialog.Accepted:
            return
        new = dialog.new.text()
        choice = "remove" if dialog.remove_backups.isChecked() else "encrypt"
        location, now = self.services.location, self._now()
        self.result.setText(self.tr("Encrypting…"))
        self.services.convert(lambda: privacy.protect(location, new, now=now, plaintext_backups=choice),
                              None, new, lambda _r: self._done(self.tr("Your data is now encrypted.")),
                              self.result.setText, changes=Changes.BACKUPS)

    def change(self) -> None:
        from shiftmate.core.privacy import passphrase as privacy

        dialog = PassphraseDialog(self.tr("Change passphrase"), current=True, new=True, parent=self)
        if dialog.exec() != QDialog.Accepted:
            return
        old, new = dialog.current.text(), dialog.new.text()
        location, now = self.services.location, self._now()
        self.services.convert(lambda: privacy.change(location, old, new, now=now), old, new,
                              lambda _r: self._done(self.tr("The passphrase is changed.")),
                              self.result.setText, changes=Changes.BACKUPS)

    def remove(self) -> None:
        from shiftmate.core.privacy import passphrase as privacy

        dialog = PassphraseDialog(self.tr("Remove passphrase"), current=True, new=False, parent=self)
        if dialog.exec() != QDialog.Accepted:
            return
        old = dialog.current.text()
        location, now = self.services.location, self._now()
        self.services.convert(lambda: privacy.remove(location, old, now=now), old, None,
                              lambda _r: self._done(self.tr("Your data is no longer encrypted.")),
                              self.result.setText, changes=Changes.BACKUPS)

    def _done(self, sentence: str) -> None:
        self.result.setText(sentence)


class BackupsBox(QGroupBox):
    """Back up now, the list of backups, and restoring one (after backing up the current file)."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.services = services = context.services
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("A backup is made every day ShiftMate runs (7 daily and 4 weekly "
                                    "are kept) and before every risky change."),
                            object_name="emptyBody")
        self.list = QListWidget(self)
        scale_size(self.list, setMaximumHeight=64)
        set_accessible(self.list, self.tr("Backups, newest first"))
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("R&estore selected…"), self)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_selected)
        self.result = plain_label("", object_name="backupResult")
        row = FlowLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.result)
        listen(self, services.opened, lambda _info: self.refresh())
        subscribe(self, services, Changes.BACKUPS, lambda _changes: self.refresh())
        if services.info is not None:
            self.refresh()

    def refresh(self) -> None:
        from shiftmate.core.privacy.backups import list_backups

        self.services.run(lambda s: list_backups(s.location)[:30], self._show)

    def _show(self, found) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.UserRole) if current is not None else None
        self.list.clear()
        for backup in found:
            item = QListWidgetItem(f"{backup.made_at:%Y-%m-%d %H:%M}  ·  {backup.reason}  ·  {backup.path.name}")
            item.setData(Qt.UserRole, str(backup.path))
            self.list.addItem(item)
            if str(backup.path) == keep:
                self.list.setCurrentItem(item)  # a refresh keeps the choice
        if not found:
            self.list.addItem(QListWidgetItem(self.tr("No backups yet.")))
        self.restore_button.setEnabled(bool(found))

    def back_up(self) -> None:
        from shiftmate.core.privacy.backups import back_up_now

        now = self.services.clock.now()
        self.services.run(lambda s: back_up_now(s, now=now),
                          lambda path: (self.result.setText(self.tr("Backed up to %1.").replace("%1", str(path))),
                                        self.refresh()),
                          self.result.setText)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        path = item.data(Qt.UserRole) if item is not None else None
        if not path:
            self.result.setText(self.tr("Choose a backup in the list first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Your data will be replaced by this backup. The current data is backed up "
                    "first, so this can be undone by restoring that copy."))
        if answer != QMessageBox.Yes:
            return
        self.services.run(lambda s: s.passphrase, lambda key: self._restore(path, key))

    def _restore(self, path: str, key) -> None:
        from pathlib import Path

        from shiftmate.core.privacy.backups import restore_backup

        location, now = self.services.location, self.services.clock.now()
        self.services.convert(lambda: restore_backup(location, Path(path), key, now), key, key,
                              lambda _r: self.result.setText(self.tr("The backup is restored.")),
                              self.result.setText, changes=Changes.BACKUPS)
