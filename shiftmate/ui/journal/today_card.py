"""The journal's card on Today: buttons to note a hard or a good moment, and how many wait for a reflection."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from shiftmate.ui.data.changes import Changes
from shiftmate.ui.widgets.screen import listen, plain_label, scale_font, subscribe


class JournalCard(QFrame):
    """"Had a hard customer?", a button that opens the capture window, and "Reflect now"."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = services = context.services
        journal = context.part("journal")  # the window's capture window, shared with Ctrl+N
        self.journal = journal
        self.waiting = 0
        self.has_data = False  # True once the first count from the database is shown
        self.newest_waiting: int | None = None
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
        # "2 moments wait for a reflection — Reflect now": the newest, in the short form for a break.
        self.waiting_label = plain_label("", object_name="waitingForReflection")
        self.reflect_button = QPushButton(self.tr("Reflect now"))
        self.reflect_button.setToolTip(self.tr("A short reflection on the newest one; the full form is one click away"))
        self.reflect_button.clicked.connect(self.reflect_now)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting_label, 1)
        waiting_row.addWidget(self.reflect_button)
        self.waiting_label.hide()
        self.reflect_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.capture_button)
        row.addWidget(self.good_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(waiting_row)
        layout.addLayout(row)
        # A capture adds one moment waiting now, the newest: counted here without a query, so
        # noting a hard moment sets off no job of this card's (its write's change comes after).
        self._counted_capture = False
        journal.capture_saved.connect(self._captured)
        subscribe(self, services, Changes.JOURNAL, self._on_journal_changed)
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    def refresh(self) -> None:
        clock = self.context.clock

        def job(store):
            from shiftmate.core.journal.reflection import waiting_summary

            return waiting_summary(store, clock)

        self.services.run(job, self._show, lambda _sentence: None)

    def _captured(self, entry_id: int) -> None:
        capture = self.journal.capture
        if capture is not None and capture.kind == "good":
            return  # a good moment waits for no reflection
        # Only while Today is shown: a hidden screen gathers its changes and asks once when shown.
        if self.has_data and self.isVisible():
            self._counted_capture = True
            self._show((self.waiting + 1, entry_id))

    def _on_journal_changed(self, _changes) -> None:
        if self._counted_capture:  # the capture's own change, already counted
            self._counted_capture = False
            return
        self.refresh()

    def _show(self, summary) -> None:
        self.has_data = True
        self.waiting, self.newest_waiting = summary
        self.waiting_label.setText(self.tr("%n moments wait for a reflection", "", self.waiting))
        self.waiting_label.setVisible(self.waiting > 0)
        self.reflect_button.setVisible(self.waiting > 0)

    def reflect_now(self) -> None:
        if self.newest_waiting is not None:
            self.journal.open_short_reflection(self.newest_waiting)
