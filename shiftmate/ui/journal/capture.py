"""The capture window: a hard moment put down in seconds, by keyboard alone.

One text box, an intensity slider (arrow keys), optional tags, Ctrl+Enter to save. The
window closes only once the entry is on disk; then it offers (never forces) a breathing
reset through ``breathing_offered``, which the breaks feature connects to.

Nothing typed is lost: the form is kept as a draft every few seconds (``draft_timer``), so
after a crash the next start opens the capture again with the text and a notice. Esc, Cancel
or the window's X on a form with words in it ask first: keep writing, keep a draft, or
discard. Saving writes the entry and removes the draft in one transaction.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QVBoxLayout,
)

from shiftmate.core.clock import Clock
from shiftmate.core.journal.entries import JournalEntry, add_entry, local_when, split_tags
from shiftmate.core.journal.drafts import CAPTURE_DRAFT_KEY, discard_draft, load_draft, save_draft
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label, scale_size

DEFAULT_INTENSITY = 5
# Short: a capture is a few seconds of typing, and each draft is one small row.
DRAFT_INTERVAL_MS = 2000
DRAFT_TOPIC = "journal-draft"  # as the reflection's: a draft is on disk
# For the shortcuts sheet: the capture window's own keys.
CAPTURE_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Open it from anywhere")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Left, Right"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Change the intensity")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+Enter"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Save")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Cancel (asks before discarding words)")),
)


class CaptureWindow(QDialog):
    """A small window for noting a hard moment right after it happened."""

    saved = Signal(int)  # the new entry's id, once it is on disk
    breathing_offered = Signal(int)  # hook for the breaks feature: offer a one-minute reset
    loaded = Signal()  # a kept draft (if any) has been read and put back
    draft_saved = Signal()  # the form is on disk as a draft

    def __init__(self, services: DataService, clock: Clock, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.saved_id: int | None = None
        self.draft_loaded = False
        self.confirm_box: QMessageBox | None = None
        self._dirty = False
        self._has_draft = False  # a draft may be on disk (kept, or read back)
        self._finished = False  # saved or discarded: no more drafts
        self._saving = False
        self._leaving = False  # closing on purpose, a draft kept: no question
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
        self.notice = plain_label(object_name="draftNotice")
        self.notice.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save (Ctrl+Enter)"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(what)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(intensity)
        layout.addLayout(slider_row)
        layout.addWidget(tags)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.text_edit.setFocus()

        for changed in (self.text_edit.textChanged, self.slider.valueChanged, self.tags_edit.textChanged):
            changed.connect(self._changed)
        # Drafts: kept every few seconds while typing; tests set the interval or call save_draft_now().
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft_now)
        self.services.run(lambda store: load_draft(store, CAPTURE_DRAFT_KEY), self._on_draft_loaded,
                          self._on_draft_unreadable)

    def entry(self) -> JournalEntry:
        return JournalEntry(
            text=self.text_edit.toPlainText(),
            intensity_before=self.slider.value(),
            tags=split_tags(self.tags_edit.text()),
        )

    def has_words(self) -> bool:
        """True when closing would throw away something the person typed."""
        return bool(self.text_edit.toPlainText().strip() or self.tags_edit.text().strip())

    # -- drafts ---------------------------------------------------------------------
    def _on_draft_loaded(self, draft) -> None:
        if draft is not None and not self._finished:
            self._has_draft = True
            fields = draft.fields
            typed = self.text_edit.toPlainText()  # words typed before the draft came back stay
            kept = str(fields.get("text", ""))
            self.text_edit.setPlainText(kept + "\n" + typed if typed.strip() else kept)
            self.text_edit.moveCursor(QTextCursor.End)
            if isinstance(fields.get("intensity_before"), int):
                self.slider.setValue(fields["intensity_before"])
            if not self.tags_edit.text().strip():
                self.tags_edit.setText(", ".join(fields.get("tags") or ()))
            when = local_when(draft.saved_at, self.clock.zone_name()).strftime("%Y-%m-%d %H:%M")
            self.notice.setText(
                self.tr("We kept what you were writing on %1; it is back below. Save it when you are ready.")
                .replace("%1", when)
            )
            self.notice.show()
            self._dirty = bool(typed.strip())
        self._on_draft_unreadable()

    def _on_draft_unreadable(self, _sentence: str = "") -> None:
        self.draft_loaded = True
        if not self._finished:
            self.draft_timer.start()
        self.loaded.emit()

    def _changed(self, *_args) -> None:
        if not self._finished:
            self._dirty = True

    def save_draft_now(self) -> None:
        """Keep the form on disk as a draft, if it changed since the last time.

        A form emptied again removes its draft, so the next start opens nothing.
        """
        if not self._dirty or self._finished or self._saving or not self.draft_loaded:
            return
        self._dirty = False
        services = self.services
        if not self.has_words():
            if self._has_draft:
                self._has_draft = False
                services.run(lambda store: discard_draft(store, CAPTURE_DRAFT_KEY))
            return
        entry, clock = self.entry(), self.clock
        fields = {"text": entry.text, "intensity_before": entry.intensity_before, "tags": list(entry.tags)}
        self._has_draft = True

        def kept(_draft) -> None:
            # The window may be gone by now (closing keeps a draft): tell the service too.
            if shiboken6.isValid(self):
                self.draft_saved.emit()
            services.notify(DRAFT_TOPIC)

        services.run(lambda store: save_draft(store, CAPTURE_DRAFT_KEY, None, fields, clock=clock), kept,
                     owner=services)  # answered also after the window closed

    def close_keeping_draft(self) -> None:
        """Close without asking, the words kept as a draft (locking, quitting, "Keep a draft")."""
        if not self._finished:
            self._dirty = True
            self.save_draft_now()
        self._leaving = True
        self.draft_timer.stop()
        self.close()

    def reject(self) -> None:
        """Esc, Cancel and the window's X: ask first when there are words to lose."""
        if self._finished or self._leaving or self._saving or not self.has_words():
            if not self._finished and not self._leaving:
                self._dirty = True  # an emptied form: its draft goes
                self.save_draft_now()
                self._finished = True
            self.draft_timer.stop()
            super().reject()
            return
        self.ask_before_discarding()

    def ask_before_discarding(self) -> None:
        """Keep writing (the default, also Esc), keep a draft, or discard; never blocks."""
        if self.confirm_box is not None:
            self.confirm_box.activateWindow()
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Discard this note?"),
                          self.tr("What you wrote about this moment is not saved yet."), QMessageBox.NoButton, self)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText(self.tr("Keep writing, keep it as a draft for later, or discard it."))
        writing = box.addButton(self.tr("Keep writing"), QMessageBox.RejectRole)
        draft = box.addButton(self.tr("Keep a draft"), QMessageBox.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.DestructiveRole)
        box.setDefaultButton(writing)
        box.setEscapeButton(writing)
        self.keep_writing_button, self.keep_draft_button, self.discard_button = writing, draft, discard

        def answered(_result) -> None:
            clicked = box.clickedButton()
            self.confirm_box = None
            box.deleteLater()
            if clicked is discard:
                self.discard()
            elif clicked is draft:
                self.close_keeping_draft()
            else:
                self.text_edit.setFocus()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def discard(self) -> None:
        """Throw the words away, with the draft; the person said so."""
        self._finished = True
        self.draft_timer.stop()
        self.services.run(lambda store: discard_draft(store, CAPTURE_DRAFT_KEY))
        super().reject()

    # -- saving ---------------------------------------------------------------------
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
        self._saving = True  # no draft may be queued behind the save: it would outlive the entry
        self.services.run(lambda store: add_entry(store, entry, clock=clock, draft_key=CAPTURE_DRAFT_KEY),
                          self._on_saved, self._on_failed)

    def _on_saved(self, entry_id: int) -> None:
        self.saved_id = entry_id
        self._finished = True
        self.draft_timer.stop()
        self.services.notify("journal")
        self.saved.emit(entry_id)
        self.accept()
        self.breathing_offered.emit(entry_id)

    def _on_failed(self, sentence: str) -> None:
        self._saving = False
        self._dirty = True
        self.save_button.setEnabled(True)
        self._say(sentence)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
