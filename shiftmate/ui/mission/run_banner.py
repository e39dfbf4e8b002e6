"""My mission at the top of Before my shift: read once more before the items.

Shown above a run of a checklist meant for before a shift, when a mission is written;
it follows edits made in Settings or on Today.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from shiftmate.ui.data.changes import Changes
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import px
from shiftmate.ui.widgets.screen import plain_label, subscribe, user_label


def banner_job(key: str):
    """(is ``key`` a before-shift checklist, the mission); a plain function of the store."""
    def job(store):
        from shiftmate.core.mission.statement import read_mission

        row = store.db.execute("SELECT when_ FROM checklists WHERE key = ?", [key]).fetchone()
        return row is not None and row[0] == "before-shift", read_mission(store)

    return job


class MissionBanner(QFrame):
    """One framed line: "My mission" and the worker's words."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.key: str | None = None
        self.setObjectName("helpPanel")
        self.heading = plain_label(self.tr("My mission"), object_name="emptyBody")
        self.text = user_label("")
        set_accessible(self.text, self.tr("My mission"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(px(8), px(6), px(8), px(6))
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.hide()
        subscribe(self, services, Changes.SETTINGS | Changes.CHECKLISTS, lambda _changes: self._load())

    def show_for(self, key: str) -> None:
        """Follow the checklist ``key`` the run view now shows."""
        self.key = key
        self._load()

    def _load(self) -> None:
        key = self.key
        if key is not None:
            self.services.run(banner_job(key), lambda found: self._show(key, *found))

    def _show(self, key: str, before_shift: bool, mission: str) -> None:
        if key != self.key:
            return
        self.text.setText(mission)
        self.setVisible(before_shift and bool(mission))
