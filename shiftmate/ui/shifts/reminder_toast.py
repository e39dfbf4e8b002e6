"""The in-app reminder toast: it stays until the worker answers it.

Vanishing notifications are the top complaint about break apps, so this one has no timeout:
Done, Snooze 5/10/15 or Skip (and, for a breathing offer, Breathe now). Above it, at most one
"while you were away" summary after a sleep or a long gap.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from shiftmate.core.shifts.reminders import SNOOZE_CHOICES, ReminderEvent
from shiftmate.ui.widgets.accessibility import announce, set_accessible
from shiftmate.ui.widgets.screen import plain_label, scale_font, scale_size

WIDTH = 400


class ReminderToast(QFrame):
    """Shows the oldest unanswered reminder and how many more wait behind it."""

    acted = Signal(int, str, int)  # event id, "done" / "snooze" / "skip", snooze minutes
    breathe_requested = Signal(int)  # event id of a breathing offer
    before_shift_requested = Signal(int)  # event id of the reminder before a planned shift

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderToast")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAttribute(Qt.WA_StyledBackground, True)
        scale_size(self, setFixedWidth=WIDTH)
        set_accessible(self, self.tr("Reminder"))
        # Kept here rather than in theme.py: the toast's look belongs with the toast.
        self.setStyleSheet(
            "#reminderToast { background: palette(base); border: 2px solid palette(highlight);"
            " border-radius: 10px; }"
        )
        self.event: ReminderEvent | None = None
        self.spoken = ""  # what was last announced to assistive technology

        self.summary_box = QWidget()
        summary = QVBoxLayout(self.summary_box)
        summary.setContentsMargins(0, 0, 0, 0)
        self.summary_label = plain_label("", object_name="awaySummary")
        self.summary_ok = QPushButton(self.tr("OK, got it"))
        self.summary_ok.clicked.connect(self.clear_summary)
        summary.addWidget(self.summary_label)
        summary.addWidget(self.summary_ok, 0, Qt.AlignRight)
        self.summary_box.hide()

        self.reminder_box = QWidget()
        box = QVBoxLayout(self.reminder_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label("", object_name="toastHeading")
        scale_font(self.heading, 1.05)
        self.message_label = plain_label("", object_name="toastMessage")
        self.more_label = plain_label("", object_name="emptyBody")
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.clicked.connect(lambda: self._act("done"))
        self.breathe_button = QPushButton(self.tr("Breathe &now"))
        self.breathe_button.clicked.connect(self._breathe)
        self.before_shift_button = QPushButton(self.tr("&Before my shift"))
        self.before_shift_button.setToolTip(self.tr("Open the Before my shift checklist"))
        self.before_shift_button.clicked.connect(self._before_shift)
        row.addWidget(self.done_button)
        row.addWidget(self.breathe_button)
        row.addWidget(self.before_shift_button)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.clicked.connect(lambda: self._act("skip"))
        row.addWidget(self.skip_button)
        row.addStretch(1)
        snooze_row = QHBoxLayout()
        self.snooze_buttons = {}
        for minutes in SNOOZE_CHOICES:
            button = QPushButton(self.tr("Snooze %1").replace("%1", str(minutes)))
            button.setToolTip(self.tr("Remind me again in %1 minutes").replace("%1", str(minutes)))
            button.clicked.connect(lambda _c=False, m=minutes: self._act("snooze", m))
            self.snooze_buttons[minutes] = button
            snooze_row.addWidget(button)
        snooze_row.addStretch(1)
        box.addWidget(self.heading)
        box.addWidget(self.message_label)
        box.addLayout(row)
        box.addLayout(snooze_row)
        box.addWidget(self.more_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.reminder_box)
        self.hide()

    # -- content -----------------------------------------------------------------------
    def show_waiting(self, waiting: list[ReminderEvent]) -> None:
        """Show the first of ``waiting`` (oldest first); hide when nothing waits."""
        self.event = waiting[0] if waiting else None
        if self.event is not None:
            event = self.event
            self.heading.setText(
                {
                    "deadline": self.tr("Break deadline"),
                    "breathing": self.tr("A moment for you"),
                    "before_shift": self.tr("Your shift is coming up"),
                }.get(event.kind, self.tr("Reminder"))
            )
            self.message_label.setText(event.message)
            self.breathe_button.setVisible(event.kind == "breathing")
            self.before_shift_button.setVisible(event.kind == "before_shift")
            more = len(waiting) - 1
            self.more_label.setText(self.tr("%1 more waiting").replace("%1", str(more)) if more else "")
            self.more_label.setVisible(bool(more))
        self.reminder_box.setVisible(self.event is not None)
        self._update_visibility()
        if self.event is not None:
            self._announce(f"{self.heading.text()}: {self.event.message}")

    def show_summary(self, missed: list[ReminderEvent]) -> None:
        names: dict[str, int] = {}
        for event in missed:
            label = event.message.split(".")[0] if event.kind != "deadline" else self.tr("Break deadline warning")
            names[label] = names.get(label, 0) + 1
        lines = [self.tr("While you were away, these reminders passed (%1):").replace("%1", str(len(missed)))]
        lines += [f"• {name}" + (f" (×{count})" if count > 1 else "") for name, count in names.items()]
        self.summary_label.setText("\n".join(lines))
        self.summary_box.show()
        self._update_visibility()
        self._announce(self.summary_label.text())

    def clear_summary(self) -> None:
        self.summary_box.hide()
        self._update_visibility()

    def _update_visibility(self) -> None:
        visible = self.event is not None or not self.summary_box.isHidden()
        self.setVisible(visible)
        if not visible:
            self.spoken = ""  # the same reminder coming back later is news again
        if visible:
            self.adjustSize()
            self.raise_()
            self.place()

    def _announce(self, text: str) -> None:
        """Tell a screen reader once per new reminder (a re-tick showing the same one is quiet)."""
        if text != self.spoken:
            self.spoken = text
            announce(self, text)

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        margin = 18
        self.move(parent.width() - self.width() - margin, parent.height() - self.height() - margin)

    # -- acting ------------------------------------------------------------------------
    def _act(self, action: str, minutes: int = 0) -> None:
        if self.event is not None:
            self.acted.emit(self.event.id, action, minutes)

    def _before_shift(self) -> None:
        if self.event is not None:
            self.before_shift_requested.emit(self.event.id)

    def _breathe(self) -> None:
        if self.event is not None:
            self.breathe_requested.emit(self.event.id)
