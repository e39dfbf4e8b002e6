"""The shift card on Today: start and end the shift, go on break, see what comes next.

Starting a shift is one clear action. ``shift_started`` / ``shift_ended`` are emitted once the
change is on disk, so the checklists can open the pre-/post-shift checklist from them. After its
first answer the card shows the status the shift companion reads with each tick and after each
change (``companion.follow_status``): the time on it moves on with no query of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.look.language import local_date_text
from shiftmate.ui.widgets.screen import listen, plain_label, scale_font
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.data.changes import Changes

if TYPE_CHECKING:  # the core's shift modules load on the data thread, after the first paint
    from shiftmate.core.shifts.status import ShiftStatus
    from shiftmate.core.shifts.records import Shift

LENGTH_CHOICES = (4, 5, 6, 8, 9, 10, 12)
AT_A_TIME = -1
# core.shifts.records' MAX_ROLE_LENGTH and MAX_NOTE_LENGTH (a test keeps them in step); the core
# itself checks them again when the shift is saved.
MAX_ROLE_LENGTH = 200
MAX_NOTE_LENGTH = 2000


def hm(moment: dt.datetime, zone: str) -> str:
    from shiftmate.core.clock import local_time

    return local_time(moment, zone).strftime("%H:%M")


def duration_text(delta: dt.timedelta) -> str:
    minutes = max(int(delta.total_seconds() // 60), 0)
    if minutes < 60:
        return QCoreApplication.translate("ShiftCard", "%1 min").replace("%1", str(minutes))
    return QCoreApplication.translate("ShiftCard", "%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


def planned_text(planned, *, with_date: bool = False) -> str:
    """"Thu 09:00–17:00, Barista" (with the date: "Thu 3 Dec 09:00–17:00, Barista"), in its own zone."""
    from shiftmate.core.clock import local_time

    day = local_date_text(local_time(planned.starts_at, planned.tz), "ddd d MMM" if with_date else "ddd")
    span = f"{day} {hm(planned.starts_at, planned.tz)}–{hm(planned.ends_at, planned.tz)}"
    return f"{span}, {planned.role}" if planned.role else span


class ShiftCard(QGroupBox):
    """Start / end the shift, On break / Back, breathing, and the next reminder."""

    shift_started = Signal(int)  # shift id, after it is stored
    shift_ended = Signal(int)
    breathing_requested = Signal()

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.context = context
        self.services = services = context.services
        # Told to the other features (the checklists offer theirs on start and end).
        self.shift_started.connect(context.shift_started)
        self.shift_ended.connect(context.shift_ended)
        self.setTitle(self.tr("Your shift"))
        self.status: ShiftStatus | None = None
        self.has_data = False  # True once the first answer from the database is shown
        self._last_in_shift: bool | None = None
        self._following = False  # shows the companion's status reads (after the first answer)
        self.status_label = plain_label(self.tr("Loading…"), object_name="shiftStatus")
        scale_font(self.status_label, 1.15)
        self.next_label = plain_label("", object_name="shiftNext")
        from shiftmate.ui.shifts.break_clock import BreakClock

        # On a break: the live timer against what the break needs (hidden otherwise).
        self.break_clock_label = plain_label("", object_name="breakClock")
        scale_font(self.break_clock_label, 1.1)
        self.break_clock = BreakClock(self.break_clock_label, services)
        self.deadline_label = plain_label("", object_name="shiftDeadline")
        self.error_label = plain_label("", object_name="shiftError")
        self.error_label.hide()

        # -- before a shift: one clear action, optional details beside it --------------
        self.start_panel = QWidget()
        start_form = QFormLayout(self.start_panel)
        start_form.setContentsMargins(0, 0, 0, 0)
        self.length_combo = QComboBox()
        self.length_combo.addItem(self.tr("Not sure"), 0)
        for hours in LENGTH_CHOICES:
            self.length_combo.addItem(self.tr("%1 hours").replace("%1", str(hours)), hours)
        self.length_combo.addItem(self.tr("Until a time…"), AT_A_TIME)
        set_accessible(self.length_combo, self.tr("Planned length"))
        self.until_edit = QTimeEdit(QTime(17, 0))
        self.until_edit.setDisplayFormat("HH:mm")
        set_accessible(self.until_edit, self.tr("Shift ends at"),
                       self.tr("Choose Until a time… in Planned length first."))
        self.until_edit.setEnabled(False)
        self.length_combo.currentIndexChanged.connect(
            lambda _i: self.until_edit.setEnabled(self.length_combo.currentData() == AT_A_TIME)
        )
        length_row = FlowLayout()
        length_row.addWidget(self.length_combo)
        length_row.addWidget(self.until_edit)
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("For example: till 3, front desk"))
        self.role_edit.setMaxLength(MAX_ROLE_LENGTH)
        # A shift started late or forgotten is started at its real time.
        self.started_combo = QComboBox()
        self.started_combo.addItem(self.tr("Now"), False)
        self.started_combo.addItem(self.tr("Started earlier…"), True)
        set_accessible(self.started_combo, self.tr("Shift started"))
        self.started_edit = QTimeEdit(QTime(9, 0))
        self.started_edit.setDisplayFormat("HH:mm")
        set_accessible(self.started_edit, self.tr("Shift started at"),
                       self.tr("Choose Started earlier… in Started first."))
        self.started_edit.setEnabled(False)
        self.started_combo.currentIndexChanged.connect(
            lambda _i: self.started_edit.setEnabled(bool(self.started_combo.currentData())))
        started_row = FlowLayout()
        started_row.addWidget(self.started_combo)
        started_row.addWidget(self.started_edit)
        self.offered_id: int | None = None  # the roster's planned shift filled in below, if any
        self.start_button = QPushButton(self.tr("&Start my shift"))
        self.start_button.setDefault(True)
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self.start_shift)
        self.role_edit.returnPressed.connect(self.start_shift)
        start_form.addRow(self.tr("Planned length:"), length_row)
        start_form.addRow(self.tr("Role or place:"), self.role_edit)
        start_form.addRow(self.tr("Started:"), started_row)
        start_form.addRow(self.start_button)

        # -- during a shift ------------------------------------------------------------
        self.shift_panel = QWidget()
        during = QVBoxLayout(self.shift_panel)
        during.setContentsMargins(0, 0, 0, 0)
        actions = FlowLayout()  # wraps at large text sizes
        self.break_button = QPushButton(self.tr("On &break"))
        self.break_button.clicked.connect(self.toggle_break)
        self.breathing_button = QPushButton(self.tr("B&reathing reset"))
        self.breathing_button.clicked.connect(self.open_breathing)
        # A push button with a menu leaves room for its arrow (a tool button's corner arrow
        # sat on the last letter) and opens the menu with Space or Enter, like any button.
        self.pause_button = QPushButton(self.tr("&Pause reminders"))
        pause_menu = QMenu(self.pause_button)
        for label, minutes in (
            (self.tr("For 30 minutes"), 30),
            (self.tr("For 60 minutes"), 60),
            (self.tr("Until the shift ends"), None),
            (self.tr("Resume reminders"), 0),
        ):
            pause_menu.addAction(label, lambda m=minutes: self.pause(m))
        self.pause_button.setMenu(pause_menu)
        actions.addWidget(self.break_button)
        actions.addWidget(self.breathing_button)
        actions.addWidget(self.pause_button)
        end_form = QFormLayout()
        self.rating_combo = QComboBox()
        self.rating_combo.addItem(self.tr("Rather not say"), None)
        for value, words in (
            (1, self.tr("1 – rough")),
            (2, self.tr("2 – hard")),
            (3, self.tr("3 – okay")),
            (4, self.tr("4 – good")),
            (5, self.tr("5 – great")),
        ):
            self.rating_combo.addItem(words, value)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("One line about today (optional)"))
        self.note_edit.setMaxLength(MAX_NOTE_LENGTH)
        self.end_button = QPushButton(self.tr("&End my shift"))
        self.end_button.clicked.connect(self.end_shift)
        end_form.addRow(self.tr("How was the day?"), self.rating_combo)
        end_form.addRow(self.tr("Note:"), self.note_edit)
        end_form.addRow(self.end_button)
        during.addLayout(actions)
        during.addLayout(end_form)
        self.shift_panel.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.break_clock_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.start_panel)
        layout.addWidget(self.shift_panel)

        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        clock = clock_of(self.services)

        def job(store):
            from shiftmate.core.shifts.status import shift_status

            return shift_status(store, clock)

        self.services.run(job, self._show)

    def _show(self, status: ShiftStatus) -> None:
        if not self._following:
            from shiftmate.ui.shifts.companion import follow_status

            self._following = follow_status(self, self._show)
        self.status = status
        self.has_data = True
        if self.error_label.isVisible() and status.in_shift != (self._last_in_shift):
            self.error_label.hide()
        self._last_in_shift = status.in_shift
        in_shift = status.in_shift
        self.start_panel.setVisible(not in_shift)
        self.shift_panel.setVisible(in_shift)
        self.next_label.setVisible(in_shift)
        self.deadline_label.setVisible(in_shift and bool(status.deadlines))
        self.break_clock.follow(status)
        if not in_shift:
            self.status_label.setText(self.tr("No shift in progress. Start it when you arrive."))
            self._show_planned(status)
            return
        self.offered_id = None
        shift = status.shift
        parts = [
            self.tr("On shift since %1 (%2)")
            .replace("%1", hm(shift.started_at, shift.tz))
            .replace("%2", duration_text(shift.elapsed(status.now)))
        ]
        if shift.planned_end is not None:
            parts.append(self.tr("until %1").replace("%1", hm(shift.planned_end, shift.tz)))
        if shift.role:
            parts.append(shift.role)
        self.status_label.setText(" · ".join(parts))
        occ = status.next_reminder
        if status.paused_to_end:
            self.next_label.setText(self.tr("Reminders paused until the shift ends."))
        elif status.paused_until is not None:
            self.next_label.setText(
                self.tr("Reminders paused until %1.").replace("%1", hm(status.paused_until, shift.tz))
            )
        elif occ is None:
            self.next_label.setText(self.tr("No more reminders this shift."))
        elif occ.rule_key == "snoozed":
            self.next_label.setText(
                self.tr("Next: a snoozed reminder at %1").replace("%1", hm(occ.due_at, shift.tz))
            )
        else:
            self.next_label.setText(
                self.tr("Next at %1: %2").replace("%1", hm(occ.due_at, shift.tz)).replace("%2", occ.message)
            )
        from shiftmate.core.shifts import break_rules  # loaded by the data thread by now

        lines = []
        for deadline in status.deadlines:
            state = deadline.state(status.now)
            words = {
                "met": self.tr("%1: done"),
                "on break": self.tr("%1: on it now"),
                "missed": self.tr("%1: deadline passed (%2 min taken)"),
                "due": self.tr("%1 must start by %3"),
            }[state]
            lines.append(
                words.replace("%1", break_rules.shown(deadline.requirement.label))
                .replace("%2", str(round(deadline.taken_minutes)))
                .replace("%3", hm(deadline.deadline_at, shift.tz))
            )
        self.deadline_label.setText("\n".join(lines))
        on_break = status.on_break is not None
        self.break_button.setText(self.tr("&Back from break") if on_break else self.tr("On &break"))
        paused = status.paused_to_end or status.paused_until is not None
        self.pause_button.setText(self.tr("Reminders &paused") if paused else self.tr("&Pause reminders"))

    def _show_planned(self, status: ShiftStatus) -> None:
        """The next shift from the roster; near it, the planned one is filled in to start."""
        offer, upcoming = status.planned_offer, status.next_planned
        if offer is not None:
            self.next_label.setText(self.tr("From your roster: %1").replace("%1", planned_text(offer)))
            if self.offered_id != offer.id:  # filled in once: what the worker changes stays
                self.offered_id = offer.id
                self.length_combo.setCurrentIndex(self.length_combo.findData(AT_A_TIME))
                self.until_edit.setTime(QTime.fromString(hm(offer.ends_at, offer.tz), "HH:mm"))
                self.role_edit.setText(offer.role)
        elif upcoming is not None:
            self.next_label.setText(self.tr("Next shift: %1").replace("%1", planned_text(upcoming)))
        self.next_label.setVisible(offer is not None or upcoming is not None)
        if offer is None:
            self.offered_id = None

    # -- acting ------------------------------------------------------------------------
    def planned_length(self) -> tuple[float | None, str | None]:
        """(hours, until "HH:mm") as chosen on the card, read here on the GUI thread."""
        choice = self.length_combo.currentData()
        if choice == AT_A_TIME:
            return None, self.until_edit.time().toString("HH:mm")
        return (float(choice) if choice else None), None

    @staticmethod
    def planned_end(now: dt.datetime, zone: str, hours: float | None, until: str | None) -> dt.datetime | None:
        from shiftmate.core.shifts import records as shifts

        if until is not None:
            return shifts.planned_end_from(now, zone, until=until)
        if hours:
            return shifts.planned_end_from(now, zone, hours=hours)
        return None

    def start_shift(self, *, close_forgotten: bool = False) -> None:
        clock = clock_of(self.services)
        role = self.role_edit.text()
        hours, until = self.planned_length()  # plain values: the job runs on the data thread
        planned_end = ShiftCard.planned_end
        planned_id = self.offered_id
        earlier = self.started_edit.time().toString("HH:mm") if self.started_combo.currentData() else None
        self.start_button.setEnabled(False)

        from shiftmate.core.shifts import records as shifts

        def job(store):
            from shiftmate.core.shifts.roster import get_planned

            try:
                now, zone = clock.now(), clock.zone_name()
                started_at = shifts.started_at_from(now, zone, earlier) if earlier else None
                end = planned_end(now, zone, hours, until)
                planned = get_planned(store, planned_id) if planned_id is not None else None
                if planned is not None and until == hm(planned.ends_at, planned.tz) and planned.ends_at > now:
                    end = planned.ends_at  # the planned end itself, whatever day it falls on
                from shiftmate.core.shifts.reminders import start_shift_at

                return start_shift_at(store, clock, planned_end=end, role=role, close_forgotten=close_forgotten,
                                      started_at=started_at, planned_id=planned and planned.id)
            except shifts.ShiftAlreadyOpen as exc:
                return exc

        def done(result) -> None:
            self.start_button.setEnabled(True)
            if isinstance(result, shifts.ShiftAlreadyOpen):
                if result.forgotten and self.ask_close_forgotten(result.shift):
                    self.start_shift(close_forgotten=True)
                elif not result.forgotten:
                    self._failed(result.sentence)
                return
            self.role_edit.clear()
            self.started_combo.setCurrentIndex(0)
            self.shift_started.emit(result.id)

        self.services.write(job, Changes.SHIFTS, done, self._failed)

    def ask_close_forgotten(self, shift: Shift) -> bool:
        """Ask whether to close a forgotten shift at its planned time (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox  # its type costs PySide ~4 ms: made when asked

        from shiftmate.core.clock import local_time

        close_at = shift.suggested_close()
        answer = QMessageBox.question(
            self,
            self.tr("Close your last shift?"),
            self.tr("Your shift from %1 is still open. Close it at %2 and start a new one?")
            .replace("%1", local_date_text(local_time(shift.started_at, shift.tz), "ddd HH:mm"))
            .replace("%2", local_date_text(local_time(close_at, shift.tz), "ddd HH:mm")),
        )
        return answer == QMessageBox.Yes

    def end_shift(self) -> None:
        from shiftmate.core.shifts import records as shifts

        clock = clock_of(self.services)
        rating = self.rating_combo.currentData()
        note = self.note_edit.text()

        def done(shift) -> None:
            self.rating_combo.setCurrentIndex(0)
            self.note_edit.clear()
            self.shift_ended.emit(shift.id)

        self.services.write(lambda s: shifts.end_shift(s, clock, day_rating=rating, note=note), Changes.SHIFTS,
                            done, self._failed)

    def toggle_break(self) -> None:
        from shiftmate.core.shifts import records as shifts

        clock = clock_of(self.services)
        on_break = self.status is not None and self.status.on_break is not None
        job = (lambda s: shifts.end_break(s, clock)) if on_break else (lambda s: shifts.start_break(s, clock))

        def done(brk) -> None:
            companion = self.context.part("shift_companion")
            if on_break and companion is not None:
                companion.check_short_break(brk)  # a break under a minute asks to be kept

        self.services.write(job, Changes.BREAKS, done, self._failed)

    def pause(self, minutes: int | None) -> None:
        from shiftmate.core.shifts import records as shifts

        clock = clock_of(self.services)
        self.services.write(lambda s: shifts.pause_reminders(s, clock, minutes=minutes), Changes.REMINDERS,
                            None, self._failed)

    def open_breathing(self) -> None:
        from shiftmate.ui.shifts.breathing_dialog import open_breathing

        self.breathing_requested.emit()
        open_breathing(self.window(), self.services)

    def _failed(self, sentence: str) -> None:
        """A problem the worker can fix, said in one sentence on the card itself."""
        self.start_button.setEnabled(True)
        self.error_label.setText(sentence)
        self.error_label.show()
