"""The card's place on Today: "In front of a customer?" and a button that opens What to say."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from shiftmate.ui.moment.actions import SHORTCUT
from shiftmate.ui.widgets.screen import plain_label, scale_font


class WhatToSayCard(QFrame):
    """One line and one button; the window's card (the part "moment") does the rest."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        moment = context.part("moment")
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        heading = plain_label(self.tr("In front of a customer?"), object_name="cardHeading")
        scale_font(heading, 1.2)
        body = plain_label(self.tr("A short card of what to say and do, step by step. It stays on top "
                                   "of other windows."), object_name="emptyBody")
        self.open_button = QPushButton(self.tr("What to say (%1)").replace("%1", SHORTCUT))
        self.open_button.setToolTip(self.tr("%1, from anywhere in ShiftMate").replace("%1", SHORTCUT))
        if moment is not None:
            self.open_button.clicked.connect(moment.open_card)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(row)
