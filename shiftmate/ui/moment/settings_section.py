"""Settings ▸ What to say: the card's shortcut, and the way to edit its lines."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from shiftmate.ui.moment.actions import SHORTCUT
from shiftmate.ui.widgets.screen import plain_label


class MomentSettingsBox(QGroupBox):
    """A sentence, "Edit my lines…" and "Open the card"."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(self.tr("What to say"), parent)
        self.moment = context.part("moment")
        about = plain_label(self.tr("The card that helps in front of a hard customer opens with %1 from "
                                    "anywhere in ShiftMate. Rewrite, hide or add its lines in your own words.")
                            .replace("%1", SHORTCUT), object_name="emptyBody")
        self.edit_button = QPushButton(self.tr("Edit my &lines…"))
        self.open_button = QPushButton(self.tr("Open the card"))
        if self.moment is not None:
            self.edit_button.clicked.connect(lambda: self.moment.open_editor())
            self.open_button.clicked.connect(self.moment.open_card)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
