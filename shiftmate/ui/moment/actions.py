"""The card's ways in: F3 from anywhere in ShiftMate, the tray, Today and Settings.

One ``MomentActions`` per window (its part "moment" in the registry). It keeps the card read
ahead: once the database opens, and again after any change to the card's lines or the packs,
the card is read on the data thread and kept here, so opening the card never waits on SQL.
Before the first read (or while the data is locked) the card shows its built-in lines only.
The window is made (hidden) once the first card has been read, after the window is up, and
kept: opening it is then only a show, and a reopen the same.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from shiftmate.ui.data.changes import Changes

PREPARE_STEP_MS = 15  # between the steps of making the card ahead (other work runs between)
SHORTCUT = "F3"  # one key, free everywhere in the window (F1 is help, F2 renames in lists)


def _read_card(store):
    from shiftmate.core.moment.card import read_whole_card

    return read_whole_card(store)


def _raise(widget) -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise, and says so
        widget.raise_()
    widget.activateWindow()


class MomentActions(QObject):
    """Opens the "What to say" card and its editor; the window's part "moment"."""

    card_read = Signal(object)  # a fresh Card, after each read ahead
    card_opened = Signal(object)  # the CardWindow, for tests and screenshots

    def __init__(self, context) -> None:
        window = context.window
        super().__init__(window or context)
        self.context = context
        self.services = context.services
        self.window = window
        self.card = None  # the last card read; None until the first read
        self.card_window = None
        self._drawn = False  # card_window was drawn once off screen (or shown)
        self.editor = None
        self._came_from = None  # the window active when the card opened
        self.action = QAction(QCoreApplication.translate("MomentActions", "What to say…"), self)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ApplicationShortcut)  # from the capture window too
        self.action.triggered.connect(self.open_card)
        if window is not None:
            window.addAction(self.action)
        self.services.opened.connect(self.read_ahead)
        self.services.locked.connect(self._forget)
        self.services.changed.connect(self._on_changed)
        if self.services.info is not None:
            self.read_ahead()

    # -- the card, read ahead ---------------------------------------------------------
    def read_ahead(self, *_info) -> None:
        self.services.run(_read_card, self._have_card, lambda _sentence: None)

    def _have_card(self, card) -> None:
        first = self.card is None and self.card_window is None
        self.card = card
        if self.card_window is not None:
            self.card_window.show_card(card)
        elif first:  # made hidden once the start's queries have answered: F3 then only shows it
            self.services.idle.connect(self._prepare_in_steps, type=Qt.SingleShotConnection)
        self.card_read.emit(card)

    def _on_changed(self, changes, _source) -> None:
        if changes & (Changes.MOMENT | Changes.PACKS):
            self.read_ahead()

    def _forget(self) -> None:
        """Locked: the worker's own lines leave memory; the card shows the built-in ones."""
        self.card = None
        if self.card_window is not None:
            self.card_window.close()
            self.card_window.show_card(self._builtin_card())
        if self.editor is not None:
            self.editor.close()

    @staticmethod
    def _builtin_card():
        from shiftmate.core.moment.card import builtin_card

        return builtin_card()

    # -- opening ----------------------------------------------------------------------
    def _prepare_in_steps(self, step: int = 0) -> None:
        """``prepare``, one loop turn per step (its code, the window, drawing it once off
        screen), with other work let in between: the start shows Today's answers meanwhile."""
        if self._drawn or not shiboken6.isValid(self):
            return  # opened meanwhile, or gone
        if step == 0:
            import shiftmate.ui.moment.window  # noqa: F401 - loaded now, built on the next turn
        elif step == 1:
            self.prepare()
        else:
            # Styled, laid out and drawn once off screen now, so that the first show is only a show.
            self._drawn = True
            self.card_window.grab()
            return
        QTimer.singleShot(PREPARE_STEP_MS, self, lambda: self._prepare_in_steps(step + 1))

    def prepare(self) -> None:
        """Make the card's window (hidden) if it is not made yet; opening it then costs a show."""
        if self.card_window is None and shiboken6.isValid(self):
            from shiftmate.core.moment.settings import LARGE_TEXT
            from shiftmate.ui.data import ui_state
            from shiftmate.ui.moment.window import CardWindow

            state = self.window.ui_state if self.window is not None else None
            large = ui_state.read(state, LARGE_TEXT) if state is not None else False
            self.card_window = CardWindow(self.card or self._builtin_card(), self.window, large_text=large)
            # Over the card, which stays on top of every other window.
            self.card_window.edit_asked.connect(lambda: self.open_editor(self.card_window))
            self.card_window.large_text_toggled.connect(self._keep_large_text)
            self.card_window.closed.connect(self._give_focus_back)

    def open_card(self) -> None:
        """Show the card (made now if it was not ready), in front, on the step it was left at."""
        self.prepare()
        self._drawn = True  # shown now: nothing left to draw ahead
        window = self.card_window
        came_from = QApplication.activeWindow()
        if came_from is not window:
            self._came_from = came_from
        window.show()
        _raise(window)
        self.card_opened.emit(window)

    def _give_focus_back(self) -> None:
        """Closed: the window the worker was in takes the keyboard again (the capture, the main one)."""
        came_from, self._came_from = self._came_from, None
        if came_from is not None and shiboken6.isValid(came_from) and came_from.isVisible():
            came_from.activateWindow()

    def _keep_large_text(self, on: bool) -> None:
        from shiftmate.core.moment.settings import LARGE_TEXT
        from shiftmate.ui.data import ui_state

        state = self.window.ui_state if self.window is not None else None
        if state is not None:
            ui_state.write(state, LARGE_TEXT, on)

    def open_editor(self, parent=None):
        """The "Edit my lines" window (one at a time), on the card's step when it is open."""
        from shiftmate.ui.moment.editor import LinesEditor

        if self.editor is not None and self.editor.isVisible():
            _raise(self.editor)
            return self.editor
        step = self.card_window.step_index if self.card_window is not None and self.card_window.isVisible() else 0
        editor = LinesEditor(self.services, step, parent or self.window)
        editor.setAttribute(Qt.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        self.editor = editor
        editor.show()
        editor.activateWindow()
        return editor
