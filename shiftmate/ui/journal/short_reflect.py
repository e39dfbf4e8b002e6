"""The short reflection, for a break: four questions, the full form one click away.

About me or the situation? What was in my control? What do I need now? Intensity now?
They are the full reflection's own fields, so "Full reflection…" carries the answers into
the full form (which then keeps them as its draft) and nothing is typed twice. Closing with
answers unsaved keeps them as the entry's reflection draft too.
"""

from __future__ import annotations

import dataclasses

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from shiftmate.core.clock import Clock
from shiftmate.core.journal.drafts import reflection_draft_key, save_draft
from shiftmate.core.journal.entries import ABOUT_CHOICES, JournalEntry, about_label, get_entry, update_entry
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label, scale_font, scale_size, user_label

# The fields this form answers (and carries into the full one).
SHORT_FIELDS = ("about", "in_control", "needs_now", "intensity_after")


class ShortReflectionDialog(QDialog):
    """Four questions about one entry; Save, or go on in the full reflection."""

    loaded = Signal()
    saved = Signal(int)
    full_requested = Signal(int, dict)  # entry id, the answers so far

    def __init__(self, services: DataService, entry_id: int, clock: Clock, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.entry_id = entry_id
        self.clock = clock
        self.entry: JournalEntry | None = None
        self._dirty = False
        self._finished = False
        self.setWindowTitle(self.tr("A short reflection"))
        scale_window(self, 440, 380, 480, 460)

        intro = plain_label(self.tr("Four questions for a break. Every one is optional."), object_name="emptyBody")
        self.what = user_label("")
        scale_font(self.what, 1.05)
        set_accessible(self.what, self.tr("What happened"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.about_combo = QComboBox()
        for key in ABOUT_CHOICES:
            self.about_combo.addItem(about_label(key), key)
        self.about_combo.currentIndexChanged.connect(self._changed)
        self.control_edit = self._box(self.tr("My words, my tone, asking for help…"))
        self.needs_edit = self._box(self.tr("Water, a walk, a word with someone…"))
        self.after_spin = QSpinBox()
        self.after_spin.setRange(-1, 10)
        self.after_spin.setSpecialValueText(self.tr("not rated"))
        self.after_spin.setValue(-1)
        self.after_spin.valueChanged.connect(self._changed)
        form.addRow(self.tr("Was it about me, or the situation?"), self.about_combo)
        form.addRow(self.tr("What was in my control?"), self.control_edit)
        form.addRow(self.tr("What do I need now?"), self.needs_edit)
        form.addRow(self.tr("Intensity now (0–10)"), self.after_spin)

        self.message = plain_label(object_name="emptyBody")
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.full_button = self.buttons.addButton(self.tr("Full reflection…"), QDialogButtonBox.ActionRole)
        self.full_button.setToolTip(self.tr("Go on with every question; your answers come along"))
        self.close_button = self.buttons.addButton(self.tr("Close (keeps a draft)"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.full_button.clicked.connect(self.go_full)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setEnabled(False)  # until the entry has been read
        entry_id = self.entry_id
        self.services.run(lambda store: get_entry(store, entry_id), self._on_loaded, self._say)

    def _box(self, hint: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        scale_size(edit, setMinimumHeight=48, setMaximumHeight=96)
        edit.textChanged.connect(self._changed)
        return edit

    def _changed(self, *_args) -> None:
        if self.entry is not None:
            self._dirty = True

    def _on_loaded(self, entry: JournalEntry) -> None:
        self.entry = entry
        self.what.setText(entry.first_line)
        self.about_combo.setCurrentIndex(max(0, self.about_combo.findData(entry.about)))
        self.control_edit.setPlainText(entry.in_control)
        self.needs_edit.setPlainText(entry.needs_now)
        self.after_spin.setValue(-1 if entry.intensity_after is None else entry.intensity_after)
        self._dirty = False
        self.setEnabled(True)
        self.about_combo.setFocus(Qt.OtherFocusReason)
        self.loaded.emit()

    def answers(self) -> dict:
        """The four answers, as the entry's fields."""
        after = self.after_spin.value()
        return {
            "about": self.about_combo.currentData(),
            "in_control": self.control_edit.toPlainText(),
            "needs_now": self.needs_edit.toPlainText(),
            "intensity_after": None if after < 0 else after,
        }

    def save(self) -> None:
        if self.entry is None or not self.save_button.isEnabled():
            return
        entry, clock = dataclasses.replace(self.entry, **self.answers()), self.clock
        key = reflection_draft_key(self.entry_id)
        self.save_button.setEnabled(False)
        self.services.write(lambda store: update_entry(store, entry, clock=clock, draft_key=key),
                            Changes.JOURNAL | Changes.DRAFTS, self._on_saved, self._on_failed)

    def _on_saved(self, entry: JournalEntry) -> None:
        self._finished = True
        self.saved.emit(entry.id)
        self.accept()

    def _on_failed(self, sentence: str) -> None:
        self.save_button.setEnabled(True)
        self._say(sentence)

    def go_full(self) -> None:
        """Open the full reflection with these answers in it; this window closes."""
        if self.entry is None:
            return
        self._finished = True  # the full form holds the answers now (and keeps its own draft)
        self.full_requested.emit(self.entry_id, self.answers())
        self.accept()

    def save_draft_now(self) -> None:
        """Keep unsaved answers as the entry's reflection draft (closing, locking, quitting)."""
        if self._finished or not self._dirty or self.entry is None:
            return
        self._dirty = False
        entry = dataclasses.replace(self.entry, **self.answers())
        fields = {k: v for k, v in entry.as_dict().items()
                  if k not in ("id", "uid", "created_at", "updated_at", "reflected_at")}
        key, entry_id, clock = reflection_draft_key(self.entry_id), self.entry_id, self.clock
        self.services.write(lambda store: save_draft(store, key, entry_id, fields, clock=clock), Changes.DRAFTS)

    def done(self, result: int) -> None:
        """Closing with answers unsaved keeps them as the entry's reflection draft."""
        self.save_draft_now()
        self._finished = True
        super().done(result)

    def _say(self, sentence: str) -> None:
        if shiboken6.isValid(self):
            self.message.setText(sentence)
            self.message.show()
