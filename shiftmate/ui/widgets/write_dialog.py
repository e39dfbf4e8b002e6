"""A dialog whose Save stores one change on the data thread and stays open when it cannot.

The change is stored before ``saved(before, after)`` is emitted and the dialog closes; a
change that does not fit comes back as one sentence above the buttons, and the dialog stays
open with Save usable again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from shiftmate.ui.widgets.screen import plain_label


class WriteDialog(QDialog):
    """Gives ``error_label`` and Save/Cancel ``buttons`` (placed by the subclass), and ``write``."""

    saved = Signal(object, object)  # what it was (None when new), what it is now

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.error_label = plain_label("", object_name="problemBanner")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:  # the subclass builds its job from the form and calls write()
        raise NotImplementedError

    def write(self, job, changes) -> None:
        """Run ``job(store)`` (it returns ``(before, after)``) as a write announcing ``changes``."""
        self.buttons.setEnabled(False)
        self.services.write(job, changes, self._saved, self._failed)

    def _saved(self, answer) -> None:
        before, after = answer
        self.saved.emit(before, after)
        self.accept()

    def _failed(self, sentence: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(sentence)
        self.error_label.show()
        self.adjustSize()  # the wrapped sentence gets its height
