"""The tray icon: Show and Quit, where the desktop has a tray. The app never needs it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from shiftmate import APP_NAME


class Tray(QObject):
    """Wraps QSystemTrayIcon; ``available`` is False on desktops without a tray."""

    def __init__(self, window, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        if not self.available:
            return
        self.menu = QMenu()
        show = QAction(self.tr("Show ShiftMate"), self.menu)
        show.triggered.connect(window.bring_to_front)
        quit_ = QAction(self.tr("Quit"), self.menu)
        quit_.triggered.connect(getattr(window, "quit_app", QCoreApplication.quit))
        self.menu.addAction(show)
        journal = getattr(window, "journal", None)
        if journal is not None:
            note = QAction(self.tr("Note a hard moment…"), self.menu)
            note.triggered.connect(journal.open_capture)
            self.menu.addAction(note)
        lock = getattr(window, "lock", None)
        if lock is not None:
            self.menu.addAction(lock.action)  # Lock now (Ctrl+L)
        self.menu.addSeparator()
        self.menu.addAction(quit_)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.show()

    def _on_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.Trigger, QSystemTrayIcon.DoubleClick):
            self.window.bring_to_front()
