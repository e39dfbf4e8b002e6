"""The window's look as the worker chose it: text size and colours, kept in ui-state.ini.

They live beside the window geometry rather than in the database, because the unlock
screen and the first paint need them before any database is open. Changing either applies
at once to every open window and dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from shiftmate.core.appearance import SCHEMES, SYSTEM, TEXT_SIZE, THEME, THEME_CHOICES
from shiftmate.ui.data import ui_state as saved
from shiftmate.ui.widgets.scaling import rescale_widgets, set_text_scale, text_percent
from shiftmate.ui.look.theme import apply_theme


class Appearance(QObject):
    """Reads, applies and remembers the text size and colour scheme for one window."""

    changed = Signal()

    def __init__(self, app: QApplication, ui_state: QSettings, *, scheme: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui_state = ui_state
        self._forced = scheme  # tests and screenshots pin a scheme for this session only
        self._text_override: int | None = None  # screenshots pin a text size the same way
        self.apply()

    @classmethod
    def install(cls, app, ui_state, services, *, scheme: str | None = None) -> "Appearance":
        """Applied now, before the first widget exists; the window's context holds it
        (``context.appearance``) for Settings ▸ Appearance."""
        return cls(app, ui_state, scheme=scheme, parent=services)

    # -- what was chosen ---------------------------------------------------------------
    def theme_choice(self) -> str:
        if self._forced in SCHEMES:
            return self._forced
        return saved.read(self.ui_state, THEME)

    def wanted_scheme(self) -> str | None:
        """The scheme to show, or None to follow the system's light or dark."""
        choice = self.theme_choice()
        return None if choice == SYSTEM else choice

    def text_size(self) -> int:
        return saved.read(self.ui_state, TEXT_SIZE)

    def shown_text_size(self) -> int:
        """The size on screen now (a screenshot may show one it does not remember)."""
        return self._text_override or self.text_size()

    # -- changing ------------------------------------------------------------------------
    def set_theme_choice(self, choice: str, *, remember: bool = True) -> None:
        if choice not in THEME_CHOICES:
            raise ValueError(f"unknown colour scheme {choice!r}")
        self._forced = None if remember else (choice if choice != SYSTEM else None)
        if remember:
            saved.write(self.ui_state, THEME, choice)
        self.apply()

    def set_text_size(self, percent: int, *, remember: bool = True) -> None:
        if remember:
            saved.write(self.ui_state, TEXT_SIZE, int(percent))
            self._text_override = None
        else:
            self._text_override = int(percent)
        self.apply()

    def apply(self) -> None:
        percent = self.shown_text_size()
        if percent != text_percent() or self.app.property("shiftmateBaseFontSize") is None:
            set_text_scale(self.app, percent)
        apply_theme(self.app, self.wanted_scheme())  # the stylesheet's sizes follow the text
        rescale_widgets()  # after the stylesheet, whose re-polish would undo headings' fonts
        self.changed.emit()
