"""The Breaks screen: reminders and the break log."""

from __future__ import annotations

from shiftmate.ui.screens.base import Screen


class BreaksScreen(Screen):
    """Shows break deadlines, reminder rules and the break log."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Breaks"))
        self.empty_state = self.show_empty(
            self.tr("No breaks logged"),
            self.tr(
                "Break and self-care reminders counted from the start of your shift, and a log of the breaks you took, will appear here."
            ),
        )
