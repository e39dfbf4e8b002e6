"""Settings section "Start-up": the "Start ShiftMate when I log in" switch."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout

from shiftmate.core.system.autostart import Autostart, autostart_for_this_system
from shiftmate.core.errors import ShiftMateError
from shiftmate.ui.widgets.screen import plain_label


class AutostartBox(QGroupBox):
    """A check box that adds or removes ShiftMate's per-user log-in entry.

    Writing one small file (or registry value) does not grow with the data, so it runs
    right here on the GUI thread; the box always shows what is on disk afterwards.
    """

    def __init__(self, context=None, parent=None, autostart: Autostart | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Start-up"))
        # The entry starts ShiftMate on the folder this window shows (a folder of the person's
        # own is carried to the log-in, which has no --data-dir or SHIFTMATE_DATA_DIR).
        data_root = context.services.location.root if context is not None else None
        self.autostart = autostart or autostart_for_this_system(data_root=data_root)
        layout = QVBoxLayout(self)
        self.check = QCheckBox(self.tr("&Start ShiftMate when I log in"), self)
        self.check.setChecked(self._enabled_now())
        self.check.toggled.connect(self._on_toggled)
        layout.addWidget(self.check)
        self.problem_label = plain_label(object_name="problemText")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

    def _enabled_now(self) -> bool:
        try:
            return self.autostart.is_enabled()
        except OSError:
            return False

    def _on_toggled(self, wanted: bool) -> None:
        try:
            if wanted:
                self.autostart.enable()
            else:
                self.autostart.disable()
        except ShiftMateError as exc:
            self.problem_label.setText(exc.sentence)
            self.problem_label.show()
        else:
            self.problem_label.hide()
        actual = self._enabled_now()
        if actual != self.check.isChecked():
            self.check.blockSignals(True)
            self.check.setChecked(actual)
            self.check.blockSignals(False)
