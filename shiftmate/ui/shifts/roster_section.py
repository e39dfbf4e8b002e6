"""The Settings section for the roster: import an .ics or CSV file, see the upcoming planned
shifts, remove one (with undo), and choose how long before a shift its reminder comes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from shiftmate.core.shifts.roster import REMIND_BEFORE
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.shifts.today_card import planned_text
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.screen import listen, plain_label, scale_size, subscribe

SHOWN = 20  # upcoming planned shifts listed


def _upcoming(clock):
    def job(store):
        from shiftmate.core.shifts.roster import upcoming_shifts

        return upcoming_shifts(store, clock.now(), SHOWN), store.read(REMIND_BEFORE)

    return job


class RosterSettingsBox(QGroupBox):
    """Import the roster and look after its planned shifts."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = services = context.services
        self.setTitle(self.tr("Roster"))
        self.planned = []
        self.removed = None  # the planned shift the Undo button brings back
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.about_label = plain_label(
            self.tr("Import your planned shifts: an .ics file exported from your rostering app or calendar, "
                    "or a CSV with the columns date, start, end, role. Importing again updates them."),
            object_name="emptyBody",
        )
        self.import_button = QPushButton(self.tr("&Import .ics or .csv…"))
        self.import_button.clicked.connect(self.import_file)
        self.list = QListWidget()
        set_accessible(self.list, self.tr("Upcoming planned shifts"))
        scale_size(self.list, setMaximumHeight=160)
        self.empty_label = plain_label(self.tr("No planned shifts yet."), object_name="emptyBody")
        self.remove_button = QPushButton(self.tr("&Remove shift"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_remove)
        buttons = FlowLayout()  # wraps at large text sizes
        for button in (self.import_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        self.remind_spin = QSpinBox()
        self.remind_spin.setRange(0, 240)
        self.remind_spin.setSingleStep(5)
        self.remind_spin.setSuffix(self.tr(" min before"))
        self.remind_spin.setSpecialValueText(self.tr("Off"))
        self.remind_spin.setValue(REMIND_BEFORE.default)
        self.remind_spin.editingFinished.connect(self.save_reminder)
        self.note_label = plain_label("", object_name="emptyBody")
        self.note_label.hide()
        form.addRow(self.about_label)
        form.addRow(buttons)
        form.addRow(self.empty_label)
        form.addRow(self.list)
        form.addRow(self.tr("Before-shift reminder:"), self.remind_spin)
        form.addRow(self.note_label)
        subscribe(self, services, Changes.SHIFTS, lambda _changes: self.refresh())
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        clock = clock_of(self.services)
        self.services.run(_upcoming(clock), self._show)

    def _show(self, answer) -> None:
        planned, minutes = answer
        self.planned = planned
        current = self.list.currentRow()
        self.list.clear()
        for shift in planned:
            self.list.addItem(QListWidgetItem(planned_text(shift, with_date=True)))
        if planned:
            self.list.setCurrentRow(min(max(current, 0), len(planned) - 1))
        self.list.setVisible(bool(planned))
        self.empty_label.setVisible(not planned)
        self.remove_button.setEnabled(bool(planned))
        if not self.remind_spin.hasFocus():
            self.remind_spin.setValue(minutes)

    # -- writing -----------------------------------------------------------------------
    def choose_file(self) -> str:
        """Ask for the roster file (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import your roster"), "", self.tr("Rosters (*.ics *.csv);;All files (*)"))
        return path

    def import_file(self) -> None:
        path = self.choose_file()
        if not path:
            return
        clock = clock_of(self.services)

        def job(store):
            from shiftmate.core.shifts.roster_import import import_roster

            return import_roster(store, clock, path)

        self.services.write(job, Changes.SHIFTS, self._imported, self._say)

    def _imported(self, result) -> None:
        skipped = sum(result.skipped.values())
        text = (self.tr("Imported %1: %2 added, %3 updated, %4 removed.")
                .replace("%1", result.source).replace("%2", str(result.added))
                .replace("%3", str(result.updated)).replace("%4", str(result.removed)))
        if skipped:
            words = {  # the core's reasons (roster_ics, roster_csv), in the window's language
                "all-day": self.tr("%1 all-day"),
                "cancelled": self.tr("%1 cancelled"),
                "no end time": self.tr("%1 without an end time"),
                "longer than 24 hours": self.tr("%1 longer than 24 hours"),
                "outside the dates imported": self.tr("%1 outside the dates imported"),
            }
            reasons = ", ".join(words.get(reason, "%1 " + reason).replace("%1", str(count))
                                for reason, count in sorted(result.skipped.items()))
            text += " " + self.tr("Skipped: %1.").replace("%1", reasons)
        self._say(text)

    def _say(self, sentence: str) -> None:
        self.note_label.setText(sentence)
        self.note_label.show()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.planned):
            return
        planned_id = self.planned[row].id

        def job(store):
            from shiftmate.core.shifts.roster import remove_planned

            return remove_planned(store, planned_id)

        def done(removed) -> None:
            self.removed = removed
            self.undo_button.setEnabled(True)
            self._say(self.tr("Removed %1. Undo brings it back.").replace("%1", planned_text(removed, with_date=True)))

        self.services.write(job, Changes.SHIFTS, done, self._say)

    def undo_remove(self) -> None:
        removed, self.removed = self.removed, None
        self.undo_button.setEnabled(False)
        if removed is None:
            return

        def job(store):
            from shiftmate.core.shifts.roster import restore_planned

            return restore_planned(store, removed)

        self.services.write(job, Changes.SHIFTS,
                            lambda p: self._say(self.tr("Back: %1.").replace("%1", planned_text(p, with_date=True))), self._say)

    def save_reminder(self) -> None:
        minutes = self.remind_spin.value()
        self.services.write(lambda s: s.write(REMIND_BEFORE, minutes), Changes.SETTINGS,
                            lambda _r: self._say(self.tr("Saved.")), self._say)
