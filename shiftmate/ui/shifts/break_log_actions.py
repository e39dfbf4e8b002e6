"""Correcting the break log: the dialog for one break's times, and the undoable changes.

Times are shown and typed in the zone the break was taken in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QFormLayout, QTimeEdit, QVBoxLayout

from shiftmate.core.clock import local_time
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.look.language import local_date_text
from shiftmate.ui.widgets.screen import scale_size
from shiftmate.ui.shifts.today_card import hm
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.widgets.write_dialog import WriteDialog


def _qtime(moment, zone: str) -> QTime:
    local = local_time(moment, zone)
    return QTime(local.hour, local.minute)


def span_text(brk) -> str:
    """"Mon 30 Nov, 10:00–10:30": the log spans many days, so the day is named."""
    end = hm(brk.ended_at, brk.tz) if brk.ended_at else QCoreApplication.translate("BreaksScreen", "now")
    day = local_date_text(local_time(brk.started_at, brk.tz).date(), "ddd dd MMM")
    return f"{day}, {hm(brk.started_at, brk.tz)}–{end}"


class BreakLogCommand(QUndoCommand):
    """A correction or delete in the break log; undo puts the break back exactly as it was.

    ``before`` is the break as it was. A correction arrives already stored (its dialog saved
    it, to say there what did not fit), so its first redo only remembers that. ``said`` is
    the note shown on ``screen`` (the Breaks screen: its services and log note) once the
    change is on disk.
    """

    def __init__(self, screen, text: str, said: str, before, after=None) -> None:
        super().__init__(text)
        self.screen, self.said, self.before, self.after = screen, said, before, after
        self._stored = after is not None

    def _landed(self, note: str) -> None:
        self.screen.log_note.setText(note)

    def redo(self) -> None:
        from shiftmate.core.shifts import break_log

        before, after = self.before, self.after
        if self._stored:
            self._stored = False
            self._landed(self.said)
            return
        if after is None:
            job = lambda store: break_log.delete_break(store, before.id)  # noqa: E731
        else:
            job = lambda store: break_log.restore_break(store, after)  # noqa: E731
        self.screen.services.write(job, Changes.BREAKS, lambda _b: self._landed(self.said),
                                   self.screen.log_note.setText)

    def undo(self) -> None:
        from shiftmate.core.shifts import break_log

        before = self.before
        back = QCoreApplication.translate("BreaksScreen", "The break %1 is back as it was.").replace("%1", span_text(before))
        # One data thread, so the change has finished before this restore runs.
        self.screen.services.write(lambda store: break_log.restore_break(store, before), Changes.BREAKS,
                                   lambda _b: self._landed(back), self.screen.log_note.setText)


class BreakEditDialog(WriteDialog):
    """Kind, From and To of one break; the change is stored before ``saved`` (the break as it
    was, as it is now) is emitted.

    A correction that does not fit (outside the shift, overlapping another break, later
    than now) is said in one sentence here and the dialog stays open.
    """

    def __init__(self, services, brk, parent=None) -> None:
        super().__init__(services, parent)
        self.brk = brk
        self.setWindowTitle(self.tr("Correct a break"))
        form = QFormLayout()
        self.from_edit = QTimeEdit(_qtime(brk.started_at, brk.tz))
        self.from_edit.setDisplayFormat("HH:mm")
        set_accessible(self.from_edit, self.tr("Break started at"))
        self.to_edit = QTimeEdit(_qtime(brk.ended_at, brk.tz) if brk.ended_at else QTime(0, 0))
        self.to_edit.setDisplayFormat("HH:mm")
        set_accessible(self.to_edit, self.tr("Break ended at"),
                       "" if brk.ended_at else self.tr("You are on this break now; press Back to end it."))
        self.to_edit.setEnabled(brk.ended_at is not None)
        from shiftmate.core.shifts.break_log import BREAK_KINDS, kind_name

        self.kind_combo = QComboBox()
        for key in BREAK_KINDS:
            self.kind_combo.addItem(kind_name(key), key)
        if self.kind_combo.findData(brk.kind) < 0:  # a kind this version does not name
            self.kind_combo.addItem(kind_name(brk.kind), brk.kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(brk.kind))
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        scale_size(self, setMinimumWidth=380)  # room for a sentence on what did not fit

    def save(self) -> None:
        from shiftmate.core.shifts import break_log

        brk, clock = self.brk, clock_of(self.services)
        start = self.from_edit.time().toPython()
        end = self.to_edit.time().toPython() if brk.ended_at is not None else None
        kind = self.kind_combo.currentData()

        def job(store):
            started_at, ended_at = break_log.times_from_clock(brk, start, end)
            before = break_log.edit_break(store, clock, brk.id, started_at=started_at, ended_at=ended_at,
                                          kind=kind)
            return before, break_log.get_break(store, brk.id)

        self.write(job, Changes.BREAKS)
