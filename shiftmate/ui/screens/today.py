"""The Today screen: where a shift starts and ends."""

from __future__ import annotations

from shiftmate.ui.screens.base import Screen


class TodayScreen(Screen):
    """The first screen a worker sees: today's shift at a glance."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Today"))
        self.empty_state = self.show_empty(
            self.tr("Your shift starts here"),
            self.tr(
                "Soon this page will hold your shift: the pre-shift checklist, the next break and a quick way to note a hard moment. Nothing to do here yet."
            ),
        )
