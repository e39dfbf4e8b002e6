"""The window's side of the log: Qt's messages into it, and "closed unexpectedly" on the next start.

shiftmate.core.system.diagnostics keeps the log folder; this module adds what needs Qt: a message
handler that sends Qt's warnings to the log (and on to any handler installed before, such as
a test's), the notice shown once after a run that did not end, and "Copy debug info".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from shiftmate.core.system.diagnostics import LOGGER, debug_facts, format_debug_info

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_message_handler():
    """Log Qt's own messages (warnings and worse) under ``shiftmate.qt``; returns the handler."""
    logger = logging.getLogger(f"{LOGGER}.qt")
    previous = None

    def handler(kind, context, message) -> None:
        level = _LEVELS.get(kind, logging.WARNING)
        if level >= logging.WARNING:
            # Qt's messages are about Qt objects, not about what was typed; capped all the same.
            logger.log(level, "%s", message[:500])
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    return handler


def copy_debug_info(data_root, crash: str | None = None) -> str:
    """Put the debug facts (and the last crash's stack) on the clipboard; returns the text."""
    text = format_debug_info(debug_facts(data_root), crash)
    QGuiApplication.clipboard().setText(text)
    return text


class CrashNotice(QDialog):
    """"ShiftMate closed unexpectedly last time", the debug info to read, and Copy debug info.

    Not modal: it is a notice, not a question, and the window stays usable behind it.
    """

    def __init__(self, data_root, crash: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ShiftMate closed unexpectedly"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self._data_root, self._crash = data_root, crash
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("ShiftMate closed unexpectedly last time."))
        title.setTextFormat(Qt.PlainText)
        title.setObjectName("cardTitle")
        body = QLabel(self.tr("Your data is safe: everything ShiftMate said was saved is on disk. If this "
                              "keeps happening, paste the debug info into a bug report. It holds versions "
                              "and folders, never what you wrote."))
        body.setTextFormat(Qt.PlainText)
        body.setWordWrap(True)
        self.details = QPlainTextEdit(format_debug_info(debug_facts(data_root), crash))
        self.details.setReadOnly(True)
        self.details.setMinimumSize(520, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy debug info"), QDialogButtonBox.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        for widget in (title, body, self.details, buttons):
            layout.addWidget(widget)
        self.setWindowModality(Qt.NonModal)

    def copy(self) -> None:
        copy_debug_info(self._data_root, self._crash)
        self.copy_button.setText(self.tr("Copied"))


def start_window_log(window, session, data_root):
    """After the first paint: open the log, catch Qt's messages, and show a crash notice once.

    Returns the notice when one is shown, else None.
    """
    if session is None:
        return None
    session.start_logging()
    install_qt_message_handler()
    if session.previous_crash is None:
        return None
    notice = CrashNotice(data_root, session.previous_crash, window)
    window.crash_notice = notice
    notice.show()
    return notice
