"""Correct one break in the log: when it started and ended, in the zone it was taken in."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QTimeEdit, QVBoxLayout

from shiftmate.core.clock import local_time
from shiftmate.ui.accessibility import set_accessible
from shiftmate.ui.screens.base import plain_label, scale_size
from shiftmate.ui.timers import clock_of


def _qtime(moment, zone: str) -> QTime:
    local = local_time(moment, zone)
    return QTime(local.hour, local.minute)


class BreakEditDialog(QDialog):
    """From and To of one break; the change is stored before ``saved`` is emitted.

    A correction that does not fit (outside the shift, overlapping another break, later
    than now) is said in one sentence here and the dialog stays open.
    """

    saved = Signal(object, object)  # the break as it was, the break as it is now

    def __init__(self, services, brk, parent=None) -> None:
        super().__init__(parent)
        self.services = services
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
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        self.error_label = plain_label("", object_name="problemBanner")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        scale_size(self, setMinimumWidth=380)  # room for a sentence on what did not fit

    def save(self) -> None:
        from shiftmate.core import break_log

        brk, clock = self.brk, clock_of(self.services)
        start = self.from_edit.time().toPython()
        end = self.to_edit.time().toPython() if brk.ended_at is not None else None

        def job(store):
            started_at, ended_at = break_log.times_from_clock(brk, start, end)
            before = break_log.edit_break(store, clock, brk.id, started_at=started_at, ended_at=ended_at)
            return before, break_log.get_break(store, brk.id)

        self.buttons.setEnabled(False)
        self.services.run(job, self._saved, self._failed)

    def _saved(self, answer) -> None:
        before, after = answer
        self.saved.emit(before, after)
        self.accept()

    def _failed(self, sentence: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(sentence)
        self.error_label.show()
        self.adjustSize()  # the wrapped sentence gets its height
