"""The capture window: a hard (or a good) moment put down in seconds, by keyboard alone.

One text box, an intensity slider (arrow keys), optional tags, Ctrl+Enter to save. The
window closes only once the entry is on disk; then it offers (never forces) a breathing
reset through ``breathing_offered``, which the breaks feature connects to.

"Hard moment / Good moment" at the top (Alt+H, Alt+G, or the arrow keys there; Ctrl+Shift+N
opens the window on "Good moment"): a good moment (a thank-you, praise, a win) asks only what
fits it — what happened, who it was with, how it felt — with no intensity of distress, no
tags and no breathing offer afterwards.

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
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.clock import Clock
from shiftmate.core.journal.entries import JournalEntry, add_entry, local_when, split_tags
from shiftmate.core.journal.drafts import CAPTURE_DRAFT_KEY, discard_draft, load_draft, save_draft
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label, scale_size
from shiftmate.ui.data.changes import Changes

DEFAULT_INTENSITY = 5
# Short: a capture is a few seconds of typing, and each draft is one small row.
DRAFT_INTERVAL_MS = 2000
# For the shortcuts sheet: the capture window's own keys.
CAPTURE_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Open it from anywhere")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+Shift+N"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "Open it for a good moment, from anywhere")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Alt+H, Alt+G"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "A hard moment or a good moment")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Left, Right"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Change the intensity")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+Enter"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Save")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Cancel (asks before discarding words)")),
)


class CaptureWindow(QDialog):
    """A small window for noting a hard (or a good) moment right after it happened."""

    saved = Signal(int)  # the new entry's id, once it is on disk
    # After a hard moment: one of the worker's past good moments (a GoodMoment), read by the
    # save's own job, so noting a moment costs no extra query; None when there is none yet.
    recalled = Signal(object)
    breathing_offered = Signal(int)  # hook for the breaks feature: offer a one-minute reset
    loaded = Signal()  # a kept draft (if any) has been read and put back
    draft_saved = Signal()  # the form is on disk as a draft

    def __init__(self, services: DataService, clock: Clock, parent=None, *, kind: str = "hard") -> None:
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

        # The kind first, so it is read first; the cursor still starts in the text box.
        self.hard_choice = QRadioButton(self.tr("&Hard moment"))
        self.good_choice = QRadioButton(self.tr("&Good moment"))
        self.hard_choice.setToolTip(self.tr("A difficult customer or situation (Alt+H)"))
        self.good_choice.setToolTip(self.tr("A thank-you, praise or a win (Alt+G)"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.hard_choice)
        self.kind_group.addButton(self.good_choice)
        kinds = QWidget()
        set_accessible(kinds, self.tr("What kind of moment"))
        kind_row = QHBoxLayout(kinds)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.hard_choice)
        kind_row.addWidget(self.good_choice)
        kind_row.addStretch(1)

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        scale_size(self.text_edit, setMinimumHeight=110)
        what = QLabel(self.tr("What happened?"))
        what.setBuddy(self.text_edit)

        # A good moment's own questions, in place of intensity and tags.
        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText(self.tr("Optional: a regular, a colleague, a family…"))
        self.who_label = QLabel(self.tr("Who was it?"))
        self.who_label.setBuddy(self.who_edit)
        self.felt_edit = QLineEdit()
        self.felt_edit.setPlaceholderText(self.tr("Optional: proud, relieved, warm…"))
        self.felt_label = QLabel(self.tr("How did it feel?"))
        self.felt_label.setBuddy(self.felt_edit)

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
        # Shown for a hard moment only.
        self._hard_only = (intensity, self.slider, self.intensity_value, tags, self.tags_edit)
        self._good_only = (self.who_label, self.who_edit, self.felt_label, self.felt_edit)

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
        layout.addWidget(kinds)
        layout.addWidget(what)
        layout.addWidget(self.text_edit, 1)
        for widget in self._good_only:
            layout.addWidget(widget)
        layout.addWidget(intensity)
        layout.addLayout(slider_row)
        layout.addWidget(tags)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.good_choice if kind == "good" else self.hard_choice).setChecked(True)
        self._show_kind()
        self.good_choice.toggled.connect(lambda _on: self._show_kind())
        self.text_edit.setFocus()

        for changed in (self.text_edit.textChanged, self.slider.valueChanged, self.tags_edit.textChanged,
                        self.who_edit.textChanged, self.felt_edit.textChanged, self.good_choice.toggled):
            changed.connect(self._changed)
        # Drafts: kept every few seconds while typing; tests set the interval or call save_draft_now().
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft_now)
        self.services.run(lambda store: load_draft(store, CAPTURE_DRAFT_KEY), self._on_draft_loaded,
                          self._on_draft_unreadable)

    @property
    def kind(self) -> str:
        return "good" if self.good_choice.isChecked() else "hard"

    def set_kind(self, kind: str) -> None:
        (self.good_choice if kind == "good" else self.hard_choice).setChecked(True)

    def _show_kind(self) -> None:
        good = self.kind == "good"
        for widget in self._hard_only:
            widget.setVisible(not good)
        for widget in self._good_only:
            widget.setVisible(good)
        if good:
            self.setWindowTitle(self.tr("Note a good moment"))
            self.text_edit.setPlaceholderText(self.tr("What happened? A thank-you, praise, a win: a few words are enough."))
        else:
            self.setWindowTitle(self.tr("Note a hard moment"))
            self.text_edit.setPlaceholderText(self.tr("What happened? A few words are enough."))

    def entry(self) -> JournalEntry:
        if self.kind == "good":
            return JournalEntry(text=self.text_edit.toPlainText(), kind="good",
                                who=self.who_edit.text().strip(), feelings_note=self.felt_edit.text().strip())
        return JournalEntry(
            text=self.text_edit.toPlainText(),
            intensity_before=self.slider.value(),
            tags=split_tags(self.tags_edit.text()),
        )

    def has_words(self) -> bool:
        """True when closing would throw away something the person typed."""
        return bool(self.text_edit.toPlainText().strip() or self.tags_edit.text().strip()
                    or self.who_edit.text().strip() or self.felt_edit.text().strip())

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
            if fields.get("kind") == "good" and not typed.strip():
                self.set_kind("good")
            if not self.who_edit.text().strip():
                self.who_edit.setText(str(fields.get("who") or ""))
            if not self.felt_edit.text().strip():
                self.felt_edit.setText(str(fields.get("felt") or ""))
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
        if entry.kind == "good":
            fields.update(kind="good", who=entry.who, felt=entry.feelings_note)
        self._has_draft = True

        def kept(_draft) -> None:
            # The window may be gone by now (closing keeps a draft); the change is said anyway.
            if shiboken6.isValid(self):
                self.draft_saved.emit()

        services.write(lambda store: save_draft(store, CAPTURE_DRAFT_KEY, None, fields, clock=clock),
                       Changes.DRAFTS, kept)

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

        def job(store):
            from shiftmate.core.journal.recall import recall_good_moment

            entry_id = add_entry(store, entry, clock=clock, draft_key=CAPTURE_DRAFT_KEY)
            return entry_id, (recall_good_moment(store, clock, "after_capture") if entry.kind == "hard" else None)

        self.services.write(job, Changes.JOURNAL | Changes.DRAFTS, self._on_saved, self._on_failed)

    def _on_saved(self, saved) -> None:
        entry_id, moment = saved
        self.saved_id = entry_id
        self._finished = True
        self.draft_timer.stop()
        self.saved.emit(entry_id)
        self.accept()
        if self.kind == "hard":  # a good moment needs no calming down
            self.breathing_offered.emit(entry_id)
            if moment is not None:
                self.recalled.emit(moment)

    def _on_failed(self, sentence: str) -> None:
        self._saving = False
        self._dirty = True
        self.save_button.setEnabled(True)
        self._say(sentence)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
