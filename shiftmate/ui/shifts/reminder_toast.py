"""The in-app reminder toast: it stays until the worker answers it.

Vanishing notifications are the top complaint about break apps, so this one has no timeout:
Done, Snooze 5/10/15 or Skip (and, for a breathing offer, Breathe now; for a break deadline,
Start break, the same action ``reminders.actions_for`` lists for the tray and the desktop). Above it, at most one
"while you were away" summary after a sleep or a long gap. Below it, a journal follow-up that
came due (Open the entry, Done, Tomorrow), oldest first.
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

    acted = Signal(int, str, int)  # event id, "done" / "snooze" / "skip" / "start_break", snooze minutes
    breathe_requested = Signal(int)  # event id of a breathing offer
    follow_up_acted = Signal(int, str)  # entry id, "open" / "done" / "tomorrow"
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
        # A break deadline's own answer: the break itself (the reminder is then done).
        self.start_break_button = QPushButton(self.tr("Start &break"))
        self.start_break_button.setObjectName("primaryButton")
        self.start_break_button.clicked.connect(lambda: self._act("start_break"))
        row.addWidget(self.start_break_button)
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

        # A journal follow-up on its day (core.journal.follow_ups): it stays until answered.
        self.follow_ups: list = []
        self.follow_up_box = QWidget()
        follow = QVBoxLayout(self.follow_up_box)
        follow.setContentsMargins(0, 0, 0, 0)
        self.follow_up_heading = plain_label(self.tr("Follow-up for today"), object_name="toastHeading")
        scale_font(self.follow_up_heading, 1.05)
        self.follow_up_label = plain_label("", object_name="toastMessage")
        self.follow_up_more = plain_label("", object_name="emptyBody")
        follow_row = QHBoxLayout()
        self.open_entry_button = QPushButton(self.tr("Open the entry"))
        self.open_entry_button.clicked.connect(lambda: self._act_on_follow_up("open"))
        self.follow_up_done_button = QPushButton(self.tr("Do&ne"))
        self.follow_up_done_button.setToolTip(self.tr("Mark the follow-up done"))
        self.follow_up_done_button.clicked.connect(lambda: self._act_on_follow_up("done"))
        self.tomorrow_button = QPushButton(self.tr("Tomorrow"))
        self.tomorrow_button.setToolTip(self.tr("Remind me again tomorrow"))
        self.tomorrow_button.clicked.connect(lambda: self._act_on_follow_up("tomorrow"))
        for button in (self.open_entry_button, self.follow_up_done_button, self.tomorrow_button):
            follow_row.addWidget(button)
        follow_row.addStretch(1)
        follow.addWidget(self.follow_up_heading)
        follow.addWidget(self.follow_up_label)
        follow.addLayout(follow_row)
        follow.addWidget(self.follow_up_more)
        self.follow_up_box.hide()
        self.reminder_box.hide()  # until there is a reminder to show

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.reminder_box)
        layout.addWidget(self.follow_up_box)
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
            self.start_break_button.setVisible(event.kind == "deadline")
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

    def add_follow_ups(self, follow_ups: list) -> None:
        """Follow-ups that came due (core FollowUp), after any already waiting here."""
        known = {f.entry_id for f in self.follow_ups}
        self.follow_ups += [f for f in follow_ups if f.entry_id not in known]
        self._show_follow_up()

    def _show_follow_up(self) -> None:
        first = self.follow_ups[0] if self.follow_ups else None
        if first is not None:
            self.follow_up_label.setText(self.tr("You planned to follow up on: %1").replace("%1", first.first_line))
            more = len(self.follow_ups) - 1
            self.follow_up_more.setText(self.tr("%1 more waiting").replace("%1", str(more)) if more else "")
            self.follow_up_more.setVisible(bool(more))
        self.follow_up_box.setVisible(first is not None)
        self._update_visibility()
        if first is not None:
            self._announce(f"{self.follow_up_heading.text()}: {first.first_line}")

    def _act_on_follow_up(self, action: str) -> None:
        if not self.follow_ups:
            return
        entry_id = self.follow_ups[0].entry_id
        if action != "open":  # opening it leaves the reminder here until Done or Tomorrow
            self.follow_ups.pop(0)
            self._show_follow_up()
        self.follow_up_acted.emit(entry_id, action)

    def clear_summary(self) -> None:
        self.summary_box.hide()
        self._update_visibility()

    def _update_visibility(self) -> None:
        visible = self.event is not None or not self.summary_box.isHidden() or bool(self.follow_ups)
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
