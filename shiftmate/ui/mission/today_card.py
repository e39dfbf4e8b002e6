"""The mission card on Today: my service mission before a shift, and the tip for this shift.

Before a shift (none running) the card shows the worker's mission, or an inviting "Write
your mission…" when there is none; the tip for this shift shows before and during a shift
(``core.mission.tips`` picks it on the services' clock). With a shift running and tips off,
the card hides.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from shiftmate.ui.data.changes import Changes
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.screen import listen, plain_label, scale_font, subscribe, user_label


def today_job(clock):
    """What the card shows: (mission, shift running, tip or None); a plain function of the store."""
    def job(store):
        from shiftmate.core.mission.statement import read_mission
        from shiftmate.core.mission.tips import tip_for_now

        running = store.db.execute("SELECT 1 FROM shifts WHERE ended_at IS NULL LIMIT 1").fetchone() is not None
        return read_mission(store), running, tip_for_now(store, clock)

    return job


class MissionCard(QFrame):
    """My mission (before a shift) and the tip for this shift."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = services = context.services
        self.has_data = False
        self.guide = None
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        self.heading = plain_label(self.tr("My mission"))
        scale_font(self.heading, 1.15)
        self.mission = user_label("")
        set_accessible(self.mission, self.tr("My mission"))
        self.write_button = QPushButton(self.tr("&Write your mission…"))
        self.write_button.setToolTip(self.tr("A sentence or two on why you do this work, with a short guide."))
        self.write_button.clicked.connect(self.open_guide)
        self.edit_button = QPushButton(self.tr("Edit mission…"))
        self.edit_button.clicked.connect(self.open_guide)
        set_accessible(self.edit_button, self.tr("Edit my mission"))
        self.tip_heading = plain_label(self.tr("Tip for this shift"))
        self.tip_heading.setObjectName("emptyBody")
        self.tip = plain_label("")  # a built-in tip is translated; the worker's own shows as typed
        set_accessible(self.tip, self.tr("Tip for this shift"))
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.mission)
        layout.addLayout(row)
        layout.addWidget(self.tip_heading)
        layout.addWidget(self.tip)
        for widget in (self.mission, self.write_button, self.edit_button, self.tip_heading, self.tip):
            widget.hide()
        subscribe(self, services, Changes.SETTINGS | Changes.SHIFTS, lambda _changes: self.refresh())
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Back on Today after a while: a new day (with no shift) has a new tip.
        if self.has_data:
            self.refresh()

    def refresh(self) -> None:
        clock = self.services.clock
        self.services.run(today_job(clock), self._show)

    def _show(self, found) -> None:
        mission, running, tip = found
        self.has_data = True
        before_shift = not running
        self.heading.setText(self.tr("My mission") if before_shift else self.tr("Tip for this shift"))
        self.heading.setVisible(before_shift or tip is not None)
        self.mission.setText(mission)
        self.mission.setVisible(before_shift and bool(mission))
        self.write_button.setVisible(before_shift and not mission)
        self.edit_button.setVisible(before_shift and bool(mission))
        self.tip.setText(tip.text if tip else "")
        self.tip.setVisible(tip is not None)
        self.tip_heading.setVisible(tip is not None and before_shift)
        self.setVisible(before_shift or tip is not None)

    def open_guide(self) -> None:
        from shiftmate.ui.mission.guide import MissionGuide

        self.guide = MissionGuide(self.services, self.mission.text(), self.window())
        self.guide.open()
