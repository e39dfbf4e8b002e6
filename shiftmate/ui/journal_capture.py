"""The capture window: a hard moment put down in seconds, by keyboard alone.

One text box, an intensity slider (arrow keys), optional tags, Ctrl+Enter to save. The
window closes only once the entry is on disk; then it offers (never forces) a breathing
reset through ``breathing_offered``, which the breaks feature connects to.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QVBoxLayout,
)

from shiftmate.core.clock import Clock
from shiftmate.core.journal import JournalEntry, add_entry, split_tags
from shiftmate.ui.data_service import DataService
from shiftmate.ui.scaling import scale_window
from shiftmate.ui.screens.base import plain_label, scale_size

DEFAULT_INTENSITY = 5
# For the shortcuts sheet: the capture window's own keys.
CAPTURE_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Open it from anywhere")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Left, Right"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Change the intensity")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+Enter"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Save")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Cancel")),
)


class CaptureWindow(QDialog):
    """A small window for noting a hard moment right after it happened."""

    saved = Signal(int)  # the new entry's id, once it is on disk
    breathing_offered = Signal(int)  # hook for the breaks feature: offer a one-minute reset

    def __init__(self, services: DataService, clock: Clock, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Note a hard moment"))
        # An explicit minimum size: offscreen Qt warns when a layout sets one on show.
        scale_window(self, 440, 340)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("What happened? A few words are enough."))
        self.text_edit.setTabChangesFocus(True)
        scale_size(self.text_edit, setMinimumHeight=110)
        what = QLabel(self.tr("What happened?"))
        what.setBuddy(self.text_edit)

        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setValue(DEFAULT_INTENSITY)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setTickInterval(1)
        self.intensity_value = plain_label(str(DEFAULT_INTENSITY), wrap=False)
        scale_size(self.intensity_value, setMinimumWidth=24)
        self.slider.valueChanged.connect(lambda v: self.intensity_value.setText(str(v)))
        intensity = QLabel(self.tr("How intense is it right now? (0 calm – 10 overwhelming)"))
        intensity.setBuddy(self.slider)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self.intensity_value)

        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Optional, separated by commas"))
        tags = QLabel(self.tr("Tags"))
        tags.setBuddy(self.tags_edit)

        self.message = plain_label(object_name="emptyBody")
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(intensity)
        layout.addLayout(slider_row)
        layout.addWidget(tags)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.text_edit.setFocus()

    def entry(self) -> JournalEntry:
        return JournalEntry(
            text=self.text_edit.toPlainText(),
            intensity_before=self.slider.value(),
            tags=split_tags(self.tags_edit.text()),
        )

    def save(self) -> None:
        """Write the entry on the data thread; close once it is on disk."""
        if not self.save_button.isEnabled():
            return
        if not self.text_edit.toPlainText().strip():
            self._say(self.tr("Write a few words about what happened, then save."))
            self.text_edit.setFocus()
            return
        entry, clock = self.entry(), self.clock
        self.save_button.setEnabled(False)
        self.services.run(lambda store: add_entry(store, entry, clock=clock), self._on_saved, self._on_failed)

    def _on_saved(self, entry_id: int) -> None:
        self.saved_id = entry_id
        self.services.notify("journal")
        self.saved.emit(entry_id)
        self.accept()
        self.breathing_offered.emit(entry_id)

    def _on_failed(self, sentence: str) -> None:
        self.save_button.setEnabled(True)
        self._say(sentence)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
