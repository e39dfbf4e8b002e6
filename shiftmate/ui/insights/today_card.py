"""The weekly summary on Today: on the first shift of a week, last week in three lines.

It appears while the open shift is the first one started in the current local week and
hides otherwise (and when last week holds nothing to sum up). Figures come from
``core.insights.readings`` on the data thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from shiftmate.ui.widgets.screen import listen, plain_label, scale_font, subscribe
from shiftmate.ui.data.changes import Changes

# What its three lines are about: last week's shifts, hard moments (and reflections) and breaks.
SUMMARY_FROM = Changes.SHIFTS | Changes.JOURNAL | Changes.BREAKS


class WeeklySummaryCard(QFrame):
    """"Last week": three lines about last week's shifts, hard moments and breaks."""

    refreshed = Signal(bool)  # whether the card is showing

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.services = services = context.services
        self.has_data = False  # True once the first answer from the database is shown
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        heading = plain_label(self.tr("Last week"), object_name="cardHeading")
        scale_font(heading, 1.2)
        self.lines = [plain_label("") for _ in range(3)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(heading)
        for label in self.lines:
            layout.addWidget(label)
        self.hide()
        listen(self, services.opened, lambda _info: self.refresh())
        subscribe(self, services, SUMMARY_FROM, lambda _changes: self.refresh())
        if services.is_open:
            self.refresh()

    def refresh(self) -> None:
        clock = self.services.clock

        def job(store):
            from shiftmate.core.insights.readings import is_first_shift_of_week, last_week_summary

            if not is_first_shift_of_week(store, clock):
                return None
            return last_week_summary(store, clock)

        self.services.run(job, self._show)

    def _show(self, lines: list[str] | None) -> None:
        self.has_data = True
        for label, text in zip(self.lines, lines or ["", "", ""]):
            label.setText(text)
        self.setVisible(bool(lines))
        self.refreshed.emit(bool(lines))
