"""The Journal screen: the private reflection journal."""

from __future__ import annotations

from shiftmate.ui.screens.base import Screen


class JournalScreen(Screen):
    """Reads back and searches the worker's journal entries."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Journal"))
        self.empty_state = self.show_empty(
            self.tr("Your journal is empty"),
            self.tr(
                "A private place to put down difficult customer moments and reflect on them later. Everything stays on this computer."
            ),
        )
