"""The guided reflection on one entry: Gibbs' cycle and a thought record, in plain words.

Nothing but "what happened" is required. While the person types, the form is kept as a
draft every few seconds (``draft_timer``) and when the window closes; after a crash the
draft comes back with a notice. Saving writes the entry and removes the draft together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.clock import Clock, to_iso
from shiftmate.core.journal.entries import (
    ABOUT_CHOICES,
    CHANNELS,
    FEELINGS,
    JournalEntry,
    about_label,
    channel_label,
    feeling_label,
    get_entry,
    local_when,
    normalise_tags,
    split_tags,
    update_entry,
)
from shiftmate.core.journal.drafts import discard_draft, load_draft, reflection_draft_key, save_draft
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label, scale_size
from shiftmate.ui.data.changes import Changes

DRAFT_INTERVAL_MS = 3000
# For the shortcuts sheet: the reflection window's own keys.
REFLECTION_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+Enter, Ctrl+S"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Save the reflection")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Close, keeping a draft")),
)
_TEXT_BOXES = ("text", "self_talk", "perspective", "went_well", "do_differently", "in_control", "not_in_control",
               "balanced_thought", "what_i_did", "ask_of_manager", "agreed_next_time", "needs_now")


class ReflectionDialog(QDialog):
    """Reflect on one journal entry, at the person's own pace."""

    loaded = Signal()
    saved = Signal(int)
    draft_saved = Signal()

    share_requested = Signal(object)  # the entry as the form holds it, for "Share with my manager…"

    def __init__(self, services: DataService, entry_id: int, clock: Clock, parent=None,
                 carried: dict | None = None) -> None:
        """``carried``: answers brought from the short reflection, put over the entry once read."""
        super().__init__(parent)
        self.services = services
        self.entry_id = entry_id
        self.carried = dict(carried or {})
        self.clock = clock
        self.draft_key = reflection_draft_key(entry_id)
        self.entry: JournalEntry | None = None
        self._dirty = False
        self._finished = False
        self.setWindowTitle(self.tr("Reflect on a hard moment"))
        # Explicit, so the layout never sets one after showing.
        scale_window(self, 520, 480, 640, 720)

        self.notice = plain_label(object_name="draftNotice")
        self.notice.hide()
        self.message = plain_label(object_name="emptyBody")
        self.message.hide()
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # long questions go above their field
        self.boxes: dict[str, QPlainTextEdit] = {}

        def box(name: str, hint: str = "", height: int = 64) -> QPlainTextEdit:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            scale_size(edit, setMinimumHeight=height, setMaximumHeight=max(height, 140))
            edit.textChanged.connect(self._changed)
            self.boxes[name] = edit
            return edit

        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel_combo = QComboBox()
        for key in ("",) + CHANNELS:
            self.channel_combo.addItem(channel_label(key), key)
        form.addRow(self.tr("When"), self.when_edit)
        form.addRow(self.tr("Where"), self.channel_combo)
        form.addRow(self.tr("What happened?"), box("text", self.tr("Just the facts, as you remember them."), 90))

        feelings = QWidget()
        column = QVBoxLayout(feelings)
        column.setContentsMargins(0, 0, 0, 0)
        grid = FlowLayout()  # as many feelings on a line as fit
        column.addLayout(grid)
        self.feeling_boxes: dict[str, QCheckBox] = {}
        for name in FEELINGS:
            check = QCheckBox(feeling_label(name))
            check.toggled.connect(self._changed)
            self.feeling_boxes[name] = check
            grid.addWidget(check)
        self.other_feelings = QLineEdit()
        self.other_feelings.setPlaceholderText(self.tr("Other feelings, in your own words"))
        set_accessible(self.other_feelings, self.tr("Other feelings"))
        self.other_feelings.textChanged.connect(self._changed)
        column.addWidget(self.other_feelings)
        form.addRow(self.tr("How did it feel?"), feelings)

        self.before_spin = self._intensity_spin()
        form.addRow(self.tr("Intensity then (0–10)"), self.before_spin)
        form.addRow(self.tr("What did I tell myself?"), box("self_talk", self.tr("The thought that hit hardest in the moment.")))
        self.about_combo = QComboBox()
        for key in ABOUT_CHOICES:
            self.about_combo.addItem(about_label(key), key)
        self.about_combo.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Was it about me, or the situation?"), self.about_combo)
        form.addRow(self.tr("What might they have been dealing with?"),
                    box("perspective", self.tr("A long day, worry, pain, a mix-up before they reached you…")))
        form.addRow(self.tr("What went well?"), box("went_well", self.tr("Even something small counts.")))
        form.addRow(self.tr("What would I do differently?"), box("do_differently", self.tr("Next time, I could…")))
        form.addRow(self.tr("What was in my control?"), box("in_control", self.tr("My words, my tone, asking for help…")))
        form.addRow(self.tr("What was not?"), box("not_in_control", self.tr("Their mood, the policy, the queue…")))
        form.addRow(self.tr("A fairer way to see it"),
                    box("balanced_thought", self.tr("Looking at all of it, a kinder and truer thought would be…")))

        self.manager_check = QCheckBox(self.tr("A manager should know about this"))
        self.follow_check = QCheckBox(self.tr("Follow up on"))
        self.follow_date = QDateEdit()
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy-MM-dd")
        set_accessible(self.follow_date, self.tr("Follow up on this day"))
        self.follow_done = QCheckBox(self.tr("Done"))
        self.follow_check.toggled.connect(self._sync_follow_up)
        follow = FlowLayout()
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date)
        follow.addWidget(self.follow_done)
        form.addRow(self.tr("Telling someone"), self.manager_check)
        # For the manager's summary: rows shown once "a manager should know" is ticked.
        self.share_button = QPushButton(self.tr("Share with my manager…"))
        self.share_button.setToolTip(self.tr("Preview a short factual summary and choose what goes in it"))
        self.share_button.clicked.connect(lambda: self.share_requested.emit(self.current_entry()))
        first_manager_row = form.rowCount()
        form.addRow(self.tr("What I did"), box("what_i_did", self.tr("What you said and did, in order."), 48))
        form.addRow(self.tr("What I'd like from my manager"),
                    box("ask_of_manager", self.tr("Backing on the policy, a word with the customer…"), 48))
        form.addRow(self.tr("What we agreed for next time"),
                    box("agreed_next_time", self.tr("After you talked: what you will both do next time."), 48))
        form.addRow("", self.share_button)
        self._manager_rows = range(first_manager_row, form.rowCount())
        self._form = form
        self.manager_check.toggled.connect(self._show_manager_rows)
        self._show_manager_rows(False)
        form.addRow("", follow)
        form.addRow(self.tr("What do I need now?"), box("needs_now", self.tr("Water, a walk, a word with someone…"), 48))
        self.after_spin = self._intensity_spin()
        form.addRow(self.tr("Intensity now (0–10)"), self.after_spin)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.tags_edit.textChanged.connect(self._changed)
        form.addRow(self.tr("Tags"), self.tags_edit)
        for widget in (self.when_edit, self.follow_date):
            widget.dateTimeChanged.connect(self._changed)
        for widget in (self.channel_combo,):
            widget.currentIndexChanged.connect(self._changed)
        for widget in (self.manager_check, self.follow_check, self.follow_done):
            widget.toggled.connect(self._changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        set_accessible(scroll, self.tr("Reflection questions"), self.tr("Every question is optional except what happened."))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save reflection"), QDialogButtonBox.AcceptRole)
        self.discard_button = self.buttons.addButton(self.tr("Discard changes"), QDialogButtonBox.DestructiveRole)
        self.close_button = self.buttons.addButton(self.tr("Close (keeps a draft)"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self.discard)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setEnabled(False)  # until the entry has been read

        # Drafts: kept every few seconds while typing; tests set the interval or call save_draft_now().
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft_now)
        self._load()

    def _intensity_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 10)
        spin.setSpecialValueText(self.tr("not rated"))
        spin.setValue(-1)
        spin.valueChanged.connect(self._changed)
        return spin

    def _show_manager_rows(self, on: bool) -> None:
        for row in self._manager_rows:
            self._form.setRowVisible(row, on)

    def manager_rows_shown(self) -> bool:
        return self.share_button.isVisibleTo(self)

    def _sync_follow_up(self, on: bool) -> None:
        self.follow_date.setEnabled(on)
        self.follow_done.setEnabled(on)

    # -- loading --------------------------------------------------------------------
    def _load(self) -> None:
        entry_id, key = self.entry_id, self.draft_key
        self.services.run(
            lambda store: (get_entry(store, entry_id), load_draft(store, key)), self._on_loaded, self._say
        )

    def _on_loaded(self, result) -> None:
        entry, draft = result
        self.entry = entry
        self.set_fields(entry)
        if self.carried:  # the short reflection's answers, newer than any draft
            draft = None
            self.set_fields(dataclasses.replace(entry, **self._entry_values(self.carried)))
        if draft is not None:
            self.set_fields(dataclasses.replace(entry, **self._entry_values(draft.fields)))
            when = local_when(draft.saved_at, entry.tz).strftime("%Y-%m-%d %H:%M")
            self.notice.setText(
                self.tr("We kept what you were writing on %1; it is back below. Save it when you are ready, or discard it.").replace("%1", when)
            )
            self.notice.show()
        self._dirty = draft is not None or bool(self.carried)
        self.setEnabled(True)
        # The first question, the cursor after its words: the form is read from the top (a
        # screen reader too), and When and Where are one Shift+Tab away.
        first = self.boxes["text"]
        first.moveCursor(QTextCursor.End)
        first.setFocus()
        self.draft_timer.start()
        self.loaded.emit()

    @staticmethod
    def _entry_values(fields: dict) -> dict:
        allowed = {f.name for f in dataclasses.fields(JournalEntry)} - {"id", "uid", "created_at", "updated_at", "reflected_at"}
        values = {k: v for k, v in fields.items() if k in allowed}
        for name in ("feelings", "tags"):
            if name in values:
                values[name] = tuple(values[name])
        return values

    # -- the form <-> an entry ------------------------------------------------------
    def set_fields(self, entry: JournalEntry) -> None:
        local = local_when(entry)
        self.when_edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(entry.channel)))
        for name, edit in self.boxes.items():
            edit.setPlainText(getattr(entry, name))
        known = [f for f in entry.feelings if f in self.feeling_boxes]
        for name, check in self.feeling_boxes.items():
            check.setChecked(name in known)
        others = [f for f in entry.feelings if f not in self.feeling_boxes]
        note = ", ".join(others + ([entry.feelings_note] if entry.feelings_note else []))
        self.other_feelings.setText(note)
        self.before_spin.setValue(-1 if entry.intensity_before is None else entry.intensity_before)
        self.after_spin.setValue(-1 if entry.intensity_after is None else entry.intensity_after)
        self.about_combo.setCurrentIndex(max(0, self.about_combo.findData(entry.about)))
        self.manager_check.setChecked(entry.manager_should_know)
        self._show_manager_rows(entry.manager_should_know)
        self.follow_check.setChecked(entry.follow_up)
        follow_on = dt.date.fromisoformat(entry.follow_up_on) if entry.follow_up_on else local.date()
        self.follow_date.setDate(QDate(follow_on.year, follow_on.month, follow_on.day))
        self.follow_done.setChecked(entry.follow_up_done)
        self._sync_follow_up(entry.follow_up)
        self.tags_edit.setText(", ".join(entry.tags))

    def current_entry(self) -> JournalEntry:
        assert self.entry is not None
        moment = self.when_edit.dateTime()
        date, time = moment.date(), moment.time()
        local = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(),
                            tzinfo=ZoneInfo(self.entry.tz))
        follow = self.follow_date.date()
        before, after = self.before_spin.value(), self.after_spin.value()
        return dataclasses.replace(
            self.entry,
            occurred_at=to_iso(local) if local_when(self.entry).replace(second=0) != local else self.entry.occurred_at,
            channel=self.channel_combo.currentData(),
            feelings=tuple(name for name, check in self.feeling_boxes.items() if check.isChecked()),
            feelings_note=self.other_feelings.text().strip(),
            intensity_before=None if before < 0 else before,
            intensity_after=None if after < 0 else after,
            about=self.about_combo.currentData(),
            manager_should_know=self.manager_check.isChecked(),
            follow_up=self.follow_check.isChecked(),
            follow_up_on=f"{follow.year():04d}-{follow.month():02d}-{follow.day():02d}" if self.follow_check.isChecked() else None,
            follow_up_done=self.follow_done.isChecked() and self.follow_check.isChecked(),
            tags=normalise_tags(split_tags(self.tags_edit.text())),
            **{name: edit.toPlainText() for name, edit in self.boxes.items()},
        )

    def fields(self) -> dict:
        """The form as a JSON-ready dict, for the draft."""
        data = self.current_entry().as_dict()
        return {k: v for k, v in data.items() if k not in ("id", "uid", "created_at", "updated_at", "reflected_at")}

    # -- drafts ---------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if self.entry is not None:
            self._dirty = True

    def save_draft_now(self) -> None:
        """Keep the form as a draft on disk, if anything changed since the last time."""
        if not self._dirty or self.entry is None or self._finished:
            return
        self._dirty = False
        key, entry_id, fields, clock = self.draft_key, self.entry_id, self.fields(), self.clock
        services = self.services

        def kept(_draft) -> None:
            # The window may be gone by now (closing keeps a draft); the change is said anyway.
            if shiboken6.isValid(self):
                self.draft_saved.emit()

        services.write(lambda store: save_draft(store, key, entry_id, fields, clock=clock), Changes.DRAFTS, kept)

    def done(self, result: int) -> None:
        """Every way out (Close, Esc, the window's X) keeps a draft, unless saved or discarded."""
        self.draft_timer.stop()
        if not self._finished:
            self.save_draft_now()
        super().done(result)

    # -- save and discard -----------------------------------------------------------
    def save(self) -> None:
        if self.entry is None or not self.save_button.isEnabled():
            return
        entry = self.current_entry()
        if not entry.text.strip():
            self._say(self.tr("Keep at least a few words about what happened."))
            return
        self.save_button.setEnabled(False)
        key, clock = self.draft_key, self.clock
        self.services.write(lambda store: update_entry(store, entry, clock=clock, draft_key=key),
                            Changes.JOURNAL | Changes.DRAFTS, self._on_saved, self._on_failed)

    def _on_saved(self, entry: JournalEntry) -> None:
        self._finished = True
        self.draft_timer.stop()
        self.saved.emit(entry.id)
        self.accept()

    def _on_failed(self, sentence: str) -> None:
        self.save_button.setEnabled(True)
        self._say(sentence)

    def discard(self) -> None:
        """Forget the draft and the changes since the last save."""
        self._finished = True
        self.draft_timer.stop()
        key = self.draft_key
        self.services.run(lambda store: discard_draft(store, key))
        self.accept()

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
