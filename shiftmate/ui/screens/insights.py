"""The Insights screen: figures that show whether the habits help."""

from __future__ import annotations

from shiftmate.ui.screens.base import Screen


class InsightsScreen(Screen):
    """Charts and plain tables over the worker's own data."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Insights"))
        self.empty_state = self.show_empty(
            self.tr("Nothing to show yet"),
            self.tr(
                "After a few shifts and journal entries, this page will show whether reflecting lowers how intense hard moments feel."
            ),
        )
