"""The tray icon: Show and Quit, where the desktop has a tray. The app never needs it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from shiftmate import APP_NAME


class Tray(QObject):
    """Wraps QSystemTrayIcon; ``available`` is False on desktops without a tray (then there is
    a menu but no ``icon``). The window's part "tray", made once the window has painted."""

    def __init__(self, context, icon: QIcon | None = None) -> None:
        window = context.window
        super().__init__(window)
        self.window = window
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        show = QAction(self.tr("Show ShiftMate"), self.menu)
        show.triggered.connect(window.bring_to_front)
        quit_ = QAction(self.tr("Quit"), self.menu)
        quit_.triggered.connect(window.quit_app)
        self.menu.addAction(show)
        journal = context.part("journal")
        if journal is not None:
            self.note_action = QAction(self.tr("Note a hard moment…"), self.menu)
            self.note_action.triggered.connect(journal.open_capture)
            self.menu.addAction(self.note_action)
            self.note_good_action = QAction(self.tr("Note a good moment…"), self.menu)
            self.note_good_action.triggered.connect(journal.open_good_capture)
            self.menu.addAction(self.note_good_action)
        moment = context.part("moment")
        if moment is not None:
            self.menu.addAction(moment.action)  # What to say… (F3)
        lock = context.part("lock")
        if lock is not None:
            self.menu.addAction(lock.action)  # Lock now (Ctrl+L)
        self.menu.addSeparator()
        self.menu.addAction(quit_)
        if not self.available:
            return
        self.icon = QSystemTrayIcon(icon or QApplication.windowIcon(), self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.show()
        companion = context.part("shift_companion")
        if companion is not None:
            companion.attach_tray(self)  # On break / Back / Breathing, and reminders there too

    def _on_activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.Trigger, QSystemTrayIcon.DoubleClick):
            self.window.bring_to_front()
