"""The unlock screen, "Lock now" (Ctrl+L) and auto-lock after idle minutes.

The lock screen covers the whole window and never shows journal text: only a passphrase
field, what went wrong, and reminder messages (which are the app's or the worker's
reminder wording, never journal entries). Locking closes the journal windows, clears the
clipboard if it holds text copied from ShiftMate, closes the database on the data thread
and then throws away every screen, so nothing read from the database stays in a view.
Idle time is measured with the DataService's clock, so tests drive it with a FakeClock.
Only a protected database can auto-lock, so only then does the controller watch every input
event of the application (a Python event filter on the whole app costs something on every
event); the lock screen itself is built the first time it is needed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shiftmate.core.privacy.autolock import AUTOLOCK_MINUTES
from shiftmate.ui.data import timers
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import px
from shiftmate.ui.widgets.screen import plain_label, scale_font
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.privacy.lock_state import LockState

CHECK_MS = 15_000
_INPUT_EVENTS = {
    QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
    QEvent.TouchBegin, QEvent.ShortcutOverride,
}


class LockScreen(QWidget):
    """Covers the window while the data is locked: passphrase, message, reminders."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        title = plain_label(self.tr("ShiftMate is locked"))
        scale_font(title, 1.6)
        body = plain_label(self.tr("Type your passphrase to see your checklists, shifts and journal. "
                                   "Reminders keep coming while it is locked."))
        body.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        set_accessible(self.passphrase, self.tr("Passphrase"), self.tr("Type it and press Enter to unlock."))
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.message = plain_label("", object_name="lockMessage")
        self.message.setWordWrap(True)
        self.reminder = plain_label("", object_name="lockReminder")
        self.reminder.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        box = QWidget(self)
        self._box = box
        inner = QVBoxLayout(box)
        for widget in (title, body):
            inner.addWidget(widget)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.reminder)
        centred = QHBoxLayout()  # not an alignment: a layout measures wrapped words at its own width
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.setFocusProxy(self.passphrase)
        self.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A centred box took the width it hints, narrow for wrapping words, and its height
        # was reckoned at the window's width: the sentences were cut off. It gets a width.
        self._box.setFixedWidth(max(1, min(px(460), self.width() - px(40))))
        super().resizeEvent(event)

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.passphrase.setFocus()


class LockController(QObject):
    """Locks and unlocks one main window (its part "lock"); counts idle time on the services' clock.

    What the lock is (locked or not, why, the wait, the reminders kept) is ``state``'s, a
    LockState (ui/privacy/lock_state.py); this shows it and turns input into its calls.
    """

    def __init__(self, context) -> None:
        window = context.window
        super().__init__(window)
        self.context = context
        self.window = window
        self.services = context.services
        self.state = LockState(self.services, self)  # connected before the window's first open
        self._screen: LockScreen | None = None
        self._watching_input = False
        self.blocked_until: dt.datetime | None = None
        self.autolock_minutes = AUTOLOCK_MINUTES.default
        self.protected = False
        self.last_input = self._now()
        self._clipboard_text: str | None = None  # what ShiftMate last put on the clipboard

        self.action = QAction(self.tr("Lock now"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ApplicationShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)

        self.services.locked.connect(self._on_locked)
        self.services.opened.connect(self._on_opened)
        self.services.unlock_failed.connect(self._on_wrong)
        self.timer = timers.make_timer(self, CHECK_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard)

    @property
    def screen(self) -> LockScreen:
        """The lock screen over the window, built the first time it is needed."""
        if self._screen is None:
            self._screen = LockScreen(self.window)
            self._screen.unlock_button.clicked.connect(self.unlock)
            self._screen.passphrase.returnPressed.connect(self.unlock)
            self._set_blocked(self.blocked_until is not None)
        return self._screen

    def _watch_input(self, watch: bool) -> None:
        """Count idle time from every input event, only while auto-lock can happen."""
        if watch == self._watching_input:
            return
        app = QApplication.instance()
        if watch:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching_input = watch

    def _now(self) -> dt.datetime:
        return clock_of(self.services).now()

    @property
    def is_locked(self) -> bool:
        return (self._screen is not None and self._screen.isVisible()) or self.state.is_locked

    # -- locking ----------------------------------------------------------------------
    def lock(self) -> None:
        """Lock now: nothing of the data stays on screen or on the clipboard."""
        if not self.protected or self.state.is_locked:
            return
        journal = self.context.part("journal")
        if journal is not None:
            if journal.capture is not None:
                journal.capture.close_keeping_draft()  # no question: the lock does not wait
            for widget in list(journal.reflections.values()):
                widget.close()  # a draft is saved before the database closes
        self._clear_clipboard()
        self.action.setEnabled(False)
        self.screen.message.setText("")
        self.screen.reminder.setText("")
        self.screen.cover()
        self.state.lock()

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if text and (text == self._clipboard_text or clipboard.ownsClipboard()):
            clipboard.clear()
        self._clipboard_text = None

    def _on_clipboard(self) -> None:
        if QApplication.activeWindow() is not None:
            self._clipboard_text = QGuiApplication.clipboard().text()

    def _on_locked(self) -> None:
        self.action.setEnabled(False)
        self.window.forget_screens()
        reason = self.state.take_reason()
        if reason:  # locked by a conversion in another process, not by the person
            self.screen.message.setText(reason)
        wait = self.state.unlock_wait
        if wait:  # wrong tries made before this start (or from the command line) still count
            self._block_for(wait)
            self.screen.message.setText(
                self.tr("Too many wrong passphrases. Wait %1 seconds before trying again.")
                .replace("%1", str(wait)))
        self.screen.cover()
        self.timer.start()

    def _block_for(self, wait: int) -> None:
        self.blocked_until = self._now() + dt.timedelta(seconds=wait)
        self._set_blocked(True)
        QTimer.singleShot(wait * 1000, self.check)

    # -- unlocking --------------------------------------------------------------------
    def unlock(self) -> None:
        text = self.screen.passphrase.text()
        if not text:
            self.screen.message.setText(self.tr("Type your passphrase first."))
            return
        if self.blocked_until is not None and self._now() < self.blocked_until:
            return
        self.screen.passphrase.clear()
        self.screen.message.setText(self.tr("Checking…"))
        self.state.unlock(text)

    def _on_wrong(self, _sentence: str) -> None:
        wait = self.state.unlock_wait  # counted in the data folder (core.privacy.unlock_limit)
        if wait:
            self._block_for(wait)
            self.screen.message.setText(
                self.tr("That passphrase is not right. Nothing was changed. Wait %1 seconds before "
                        "trying again.").replace("%1", str(wait)))
        else:
            self.screen.message.setText(self.tr("That passphrase is not right. Nothing was changed."))
        self.screen.passphrase.setFocus()

    def _set_blocked(self, blocked: bool) -> None:
        self.screen.passphrase.setEnabled(not blocked)
        self.screen.unlock_button.setEnabled(not blocked)

    def _on_opened(self, info: dict) -> None:
        self.protected = bool(info.get("protected"))
        self._watch_input(self.protected)
        self.blocked_until = None
        if self._screen is not None:
            self._set_blocked(False)
        self.last_input = self._now()
        self.action.setEnabled(self.protected)
        if self._screen is not None and self._screen.isVisible():
            self.screen.hide()
            self.screen.message.setText("")
            self.window.show_screen(self.window.current_screen_key())
        self.services.run(lambda s: s.read(AUTOLOCK_MINUTES), self._set_minutes)
        if self.protected:
            self.timer.start()

    def _set_minutes(self, minutes: int) -> None:
        self.autolock_minutes = minutes

    # -- time ---------------------------------------------------------------------------
    def check(self) -> None:
        """Called by the timer (and by tests after moving the clock): lock, remind, unblock."""
        now = self._now()
        if self.state.is_locked:
            self._remind_while_locked(now)
            if self.blocked_until is not None and now >= self.blocked_until:
                self.blocked_until = None
                self._set_blocked(False)
            return
        idle = now - self.last_input
        if self.protected and self.autolock_minutes > 0 and idle >= dt.timedelta(minutes=self.autolock_minutes):
            self.lock()

    def _remind_while_locked(self, now: dt.datetime) -> None:
        message = self.state.reminders.take_due(now)
        if message is None:
            return
        self.screen.reminder.setText(self.tr("Reminder: %1").replace("%1", message))
        from shiftmate.ui.shifts.companion import ask_for_attention

        ask_for_attention(self.window)
        companion = self.context.part("shift_companion")
        if companion is not None:  # out of sight: the desktop's notification; else the tray's message
            companion.tell_outside(message)
            return
        tray = self.context.part("tray")  # None until the window has painted, or without one
        if tray is not None and tray.icon is not None:
            from PySide6.QtWidgets import QSystemTrayIcon

            tray.icon.showMessage("ShiftMate", message, QSystemTrayIcon.Information, 0)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.last_input = self._now()
        elif (kind == QEvent.Resize and obj is self.window and self._screen is not None
              and self._screen.isVisible()):
            self._screen.setGeometry(self.window.rect())
        return False
