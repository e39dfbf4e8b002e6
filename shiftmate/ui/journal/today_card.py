"""The journal's card on Today: a button to note a hard moment, and one for a good moment."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from shiftmate.ui.widgets.screen import plain_label, scale_font


class JournalCard(QFrame):
    """"Had a hard customer?" and a button that opens the capture window."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        journal = context.part("journal")  # the window's capture window, shared with Ctrl+N
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        heading = plain_label(self.tr("Journal"), object_name="cardHeading")
        scale_font(heading, 1.2)
        body = plain_label(
            self.tr("Had a hard customer? Put it down in a few seconds and reflect on it later, on your break or after the shift."),
            object_name="emptyBody",
        )
        self.capture_button = QPushButton(self.tr("Note a hard moment"))
        self.capture_button.setToolTip(self.tr("Ctrl+N, from anywhere in ShiftMate"))
        self.capture_button.clicked.connect(lambda: journal.open_capture())
        self.good_button = QPushButton(self.tr("Note a good moment"))
        self.good_button.setToolTip(self.tr("A thank-you, praise or a win (Ctrl+Shift+N, from anywhere in ShiftMate)"))
        self.good_button.clicked.connect(journal.open_good_capture)
        row = QHBoxLayout()
        row.addWidget(self.capture_button)
        row.addWidget(self.good_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(row)
