"""The Checklists screen: pre-shift and post-shift checklists."""

from __future__ import annotations

from shiftmate.ui.screens.base import Screen


class ChecklistsScreen(Screen):
    """Lists the worker's checklists and their history."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Checklists"))
        self.empty_state = self.show_empty(
            self.tr("No checklists yet"),
            self.tr(
                "Pre-shift and post-shift checklists will live here: grooming, mindset, station ready, and winding down after work."
            ),
        )
