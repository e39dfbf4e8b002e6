"""The Breaks screen: today's breaks against what is due, the break log, and reminder rules."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from shiftmate.core.shifts import break_rules
from shiftmate.core.clock import local_time
from shiftmate.core.shifts.reminder_rules import MAX_MESSAGE_LENGTH, MIN_INTERVAL, reminder_rules, update_rule
from shiftmate.core.shifts.status import shift_status
from shiftmate.core.shifts.records import recent_breaks
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.shifts.break_log_actions import BreakLogCommand, span_text
from shiftmate.ui.widgets.scaling import px
from shiftmate.ui.widgets.screen import Screen, listen, plain_label, scale_font, scale_size, subscribe
from shiftmate.ui.look.language import local_date_text
from shiftmate.ui.shifts.today_card import duration_text, hm
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.data.changes import Changes

LOG_LIMIT = 200
# What the break log answers to, for the shortcuts sheet.
BREAK_LOG_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Enter, F2"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Correct the chosen break")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete the chosen break")),
    ((QKeySequence.Undo, QKeySequence.Redo), QT_TRANSLATE_NOOP("ShortcutsSheet", "Undo, redo a correction or a delete")),
)


class BreaksScreen(Screen):
    """Shows break deadlines, the break log and the editable reminder rules."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        services = self.services
        self._following = False  # shows the companion's status reads (after the first answer)
        self.set_title(self.tr("Breaks"))
        self.rules = []
        self._minutes_warned = False  # the note says why the typed interval is too short

        # -- today -----------------------------------------------------------------------
        today_box = QGroupBox(self.tr("This shift: breaks against what is due"), self)
        today = QVBoxLayout(today_box)
        self.preset_label = plain_label("", object_name="presetLabel")
        self.disclaimer_label = plain_label("", object_name="emptyBody")
        self.due_label = plain_label("")
        self.taken_label = plain_label("")
        from shiftmate.ui.shifts.break_clock import BreakClock

        self.break_clock_label = plain_label("", object_name="breakClock")
        scale_font(self.break_clock_label, 1.2)
        self.break_clock = BreakClock(self.break_clock_label, services)
        row = QHBoxLayout()
        self.break_button = QPushButton(self.tr("On &break"))
        self.break_button.clicked.connect(self.toggle_break)
        row.addWidget(self.break_button)
        row.addStretch(1)
        self.planned_label = plain_label("", object_name="plannedShifts")  # the next shifts from the roster
        self.planned_label.hide()
        for widget in (self.preset_label, self.disclaimer_label, self.break_clock_label, self.due_label,
                       self.taken_label, self.planned_label):
            today.addWidget(widget)
        today.addLayout(row)

        # -- the log ---------------------------------------------------------------------
        log_box = QGroupBox(self.tr("Break log"), self)
        log = QVBoxLayout(log_box)
        self.log_model = QStandardItemModel(0, 5, self)
        self.log_model.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("From"), self.tr("To"), self.tr("Length"), self.tr("Kind")]
        )
        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.log_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        set_accessible(self.log_view, self.tr("Break log"),
                       self.tr("Your breaks, newest first. Enter corrects the chosen break, Delete deletes it."))
        self.log_view.verticalHeader().hide()
        self.log_view.setToolTip(self.tr("Enter corrects the chosen break, Delete deletes it (Ctrl+Z brings it back)."))
        self.log_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.log_empty = plain_label(
            self.tr("No breaks logged yet. Press On break when you step away, and Back when you return."),
            object_name="emptyBody",
        )
        self.log_breaks = []  # the Break behind each row of the log
        self.undo_stack = QUndoStack(self)
        self.edit_break_button = QPushButton(self.tr("&Edit break…"))
        self.edit_break_button.clicked.connect(self.edit_selected_break)
        self.delete_break_button = QPushButton(self.tr("&Delete break"))
        self.delete_break_button.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        self.delete_break_button.clicked.connect(self.delete_selected_break)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.log_view.doubleClicked.connect(lambda _index: self.edit_selected_break())
        self.log_note = plain_label("", object_name="emptyBody")
        log_buttons = QHBoxLayout()
        for button in (self.edit_break_button, self.delete_break_button, self.undo_button):
            log_buttons.addWidget(button)
        log_buttons.addStretch(1)
        log.addWidget(self.log_empty)
        log.addWidget(self.log_view, 1)
        log.addLayout(log_buttons)
        log.addWidget(self.log_note)
        self._add_log_shortcuts()

        # -- rules -----------------------------------------------------------------------
        rules_box = QGroupBox(self.tr("Reminders"), self)
        rules = QVBoxLayout(rules_box)
        self.rule_list = QListWidget()
        scale_size(self.rule_list, setMaximumHeight=190)
        set_accessible(self.rule_list, self.tr("Reminder rules"), self.tr("Choose one to change it below."))
        self.rule_list.setWordWrap(True)
        self.rule_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.rule_list.currentRowChanged.connect(self._show_rule)
        self.rule_list.currentRowChanged.connect(lambda _row: self.rule_note.setText(""))
        form = QFormLayout()
        self.enabled_check = QCheckBox(self.tr("&Remind me"))
        self.message_edit = QLineEdit()
        self.message_edit.setMaxLength(MAX_MESSAGE_LENGTH)
        set_accessible(self.message_edit, self.tr("Reminder message"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 16 * 60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        # Any number can be typed: one below the minimum is explained, never quietly replaced
        # (a spin box with a minimum put the old value back when the field lost focus).
        self.minutes_spin.valueChanged.connect(self._check_minutes)
        self.minutes_label = plain_label(self.tr("Every:"), wrap=False)
        self.minutes_label.setBuddy(self.minutes_spin)  # the spin box is named by this label
        self.quiet_check = QCheckBox(self.tr("&Quiet during a break"))
        self.save_button = QPushButton(self.tr("&Save reminder"))
        self.save_button.clicked.connect(self.save_rule)
        self.rule_note = plain_label("", object_name="emptyBody")
        form.addRow(self.enabled_check)
        form.addRow(self.tr("Message:"), self.message_edit)
        form.addRow(self.minutes_label, self.minutes_spin)
        form.addRow(self.quiet_check)
        form.addRow(self.save_button)
        form.addRow(self.rule_note)
        rules.addWidget(self.rule_list)
        rules.addLayout(form)
        rules.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(today_box)
        left.addWidget(log_box, 1)
        self._left, self.rules_box = left, rules_box
        self.columns = QBoxLayout(QBoxLayout.LeftToRight)
        self.columns.addLayout(left, 3)
        self.columns.addWidget(rules_box, 2)
        self.content.addLayout(self.columns, 1)

        subscribe(self, services, Changes.SHIFTS | Changes.BREAKS, self._on_changed)
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    # -- two columns, or one when they do not fit (large text on a small window) ---------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:  # a new text size: the columns' minimums change
            QTimer.singleShot(0, self, self.fit_columns)  # not once the screen is gone

    def fit_columns(self) -> None:
        """Reminders beside the shift and log while both fit, else below them.

        Side by side they need both minimum widths; squeezed further the page scrolled
        sideways and cut the Reminders panel off.
        """
        needed = (self._left.minimumSize().width() + self.columns.spacing()
                  + self.rules_box.minimumSizeHint().width())
        wanted = QBoxLayout.LeftToRight if needed <= self.page_scroll.viewport().width() else QBoxLayout.TopToBottom
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)
            # In one column the page scrolls: the lists keep a few rows instead of shrinking to one.
            stacked = wanted == QBoxLayout.TopToBottom
            self.log_view.setMinimumHeight(px(150) if stacked else 0)
            self.rule_list.setMinimumHeight(px(110) if stacked else 0)

    # -- reading -----------------------------------------------------------------------
    def _on_changed(self, _changes: Changes) -> None:
        # The status follows the shift companion, which reads it again after these changes
        # (and on every tick); the log and the planned shifts are this screen's own to read.
        self.refresh_log()
        self.refresh_planned()

    def refresh(self) -> None:
        self.refresh_status()
        self.refresh_log()
        self.refresh_planned()
        self.services.run(reminder_rules, self._show_rules)

    def refresh_status(self) -> None:
        clock = clock_of(self.services)
        self.services.run(lambda s: shift_status(s, clock), self._show_status)

    def refresh_log(self) -> None:
        clock = clock_of(self.services)

        def job(store):
            # Local times are worked out here, on the data thread: 200 rows of zone
            # conversions are a noticeable stall on the GUI thread.
            from shiftmate.core.shifts.break_log import kind_name

            now = clock.now()
            return [(local_date_text(local_time(b.started_at, b.tz).date(), "ddd dd MMM"), hm(b.started_at, b.tz),
                     hm(b.ended_at, b.tz) if b.ended_at else None, b.length(now), b, kind_name(b.kind))
                    for b in recent_breaks(store, LOG_LIMIT)]

        self.services.run(job, self._show_log)

    def refresh_planned(self) -> None:
        clock = clock_of(self.services)

        def job(store):
            from shiftmate.core.shifts.roster import upcoming_shifts

            return upcoming_shifts(store, clock.now(), 3)

        self.services.run(job, self._show_planned)

    def _show_planned(self, planned) -> None:
        from shiftmate.ui.shifts.today_card import planned_text

        self.planned_label.setText("\n".join(
            [self.tr("Next planned shifts:")] + [planned_text(p, with_date=True) for p in planned]))
        self.planned_label.setVisible(bool(planned))

    def _show_status(self, status) -> None:
        if not self._following:
            from shiftmate.ui.shifts.companion import follow_status

            self._following = follow_status(self, self._show_status)
        preset = break_rules.PRESETS.get(status.preset)
        if status.preset == break_rules.CUSTOM:
            self.preset_label.setText(self.tr("Break deadlines: your own rules (Custom)"))
            self.disclaimer_label.setText(self.tr("Reminders, not legal advice."))
        elif preset is None or not preset.requirements:
            self.preset_label.setText(self.tr("No break deadlines chosen. Pick your region's rules in Settings."))
            self.disclaimer_label.setText("")
        else:
            self.preset_label.setText(self.tr("Break deadlines: %1").replace("%1", break_rules.shown(preset.title)))
            self.disclaimer_label.setText(
                self.tr("Reminders, not legal advice. Source: %1").replace("%1", break_rules.shown(preset.source))
            )
        self.disclaimer_label.setVisible(bool(self.disclaimer_label.text()))
        shift = status.shift
        if shift is None:
            self.due_label.setText(self.tr("No shift yet. Start one on Today."))
            self.taken_label.setText("")
        else:
            lines = []
            for d in status.deadlines:
                state = {
                    "met": self.tr("met"),
                    "on break": self.tr("on break now"),
                    "missed": self.tr("missed"),
                    "due": self.tr("due"),
                }[d.state(status.now)]
                lines.append(
                    self.tr("%1 (at least %2 min) starting by %3: %4, %5 min taken")
                    .replace("%1", break_rules.shown(d.requirement.label))
                    .replace("%2", str(d.requirement.required))
                    .replace("%3", hm(d.deadline_at, shift.tz))
                    .replace("%4", state)
                    .replace("%5", str(round(d.taken_minutes)))
                )
            self.due_label.setText("\n".join(lines) or self.tr("No break deadline applies to this shift."))
            taken = [
                self.tr("%1–%2 (%3)")
                .replace("%1", hm(b.started_at, b.tz))
                .replace("%2", hm(b.ended_at, b.tz) if b.ended_at else self.tr("now"))
                .replace("%3", duration_text(b.length(status.now)))
                for b in status.breaks
            ]
            self.taken_label.setText(
                self.tr("Breaks this shift: %1").replace("%1", ", ".join(taken))
                if taken else self.tr("No break taken this shift yet.")
            )
        self.on_break = status.on_break is not None
        self.break_clock.follow(status)
        self.break_button.setEnabled(status.in_shift)
        self.break_button.setText(self.tr("&Back from break") if self.on_break else self.tr("On &break"))

    def _show_log(self, breaks) -> None:
        # Filled while no view watches it, then shown: one relayout instead of one per row.
        chosen = self.selected_break()
        self.log_view.setModel(None)
        self.log_model.removeRows(0, self.log_model.rowCount())
        now = self.tr("now")
        self.log_breaks = [row[4] for row in breaks]
        for row, (day, start, end, length, _brk, kind) in enumerate(breaks):
            for column, text in enumerate((day, start, end or now, duration_text(length), kind)):
                self.log_model.setItem(row, column, QStandardItem(text))
        self.log_view.setModel(self.log_model)
        self.log_empty.setVisible(not breaks)
        self.log_view.setVisible(bool(breaks))
        ids = [b.id for b in self.log_breaks]
        if breaks:  # the same break stays chosen across a refresh, else the newest
            row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
            self.log_view.setCurrentIndex(self.log_model.index(row, 0))
        for button in (self.edit_break_button, self.delete_break_button):
            button.setEnabled(bool(breaks))

    def _show_rules(self, rules) -> None:
        current = self.rule_list.currentRow()
        self.rules = rules
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for rule in rules:
            item = QListWidgetItem(self._rule_title(rule))
            self.rule_list.addItem(item)
        self.rule_list.blockSignals(False)
        self.rule_list.setCurrentRow(max(current, 0) if rules else -1)
        self._show_rule(self.rule_list.currentRow())

    def _rule_title(self, rule) -> str:
        minutes = str(rule.minutes)
        title = {
            "every": self.tr("Every %1 min: %2"),
            "after_start": self.tr("%1 min after the start: %2"),
            "before_end": self.tr("%1 min before the end: %2"),
            "after_hard_moment": self.tr("After a hard moment: %2"),
        }[rule.kind].replace("%1", minutes).replace("%2", rule.message)
        return title if rule.enabled else self.tr("(off) %1").replace("%1", title)

    def _show_rule(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        self.enabled_check.setChecked(rule.enabled)
        self.message_edit.setText(rule.message)
        self.message_edit.setCursorPosition(0)
        self.quiet_check.setChecked(rule.quiet_during_break)
        self.minutes_label.setText(
            {
                "every": self.tr("Every:"),
                "after_start": self.tr("After the start:"),
                "before_end": self.tr("Before the end:"),
                "after_hard_moment": self.tr("Delay:"),
            }[rule.kind]
        )
        self.minutes_spin.setValue(rule.minutes)

    # -- writing -----------------------------------------------------------------------
    def save_rule(self) -> None:
        row = self.rule_list.currentRow()
        if not 0 <= row < len(self.rules):
            return
        key = self.rules[row].key
        if self._check_minutes():
            return
        values = dict(
            enabled=self.enabled_check.isChecked(),
            message=self.message_edit.text(),
            minutes=self.minutes_spin.value(),
            quiet_during_break=self.quiet_check.isChecked(),
        )

        def shown(rules) -> None:
            self._show_rules(rules)
            self.rule_note.setText(self.tr("Saved. It applies from the next reminder on."))

        def done(_rule) -> None:
            self.services.run(reminder_rules, shown)

        self.services.write(lambda s: update_rule(s, key, **values), Changes.REMINDERS, done, self.rule_note.setText)

    # -- correcting the log ------------------------------------------------------------
    def _add_log_shortcuts(self) -> None:
        def add(keys, slot, widget=self) -> None:
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

        add(QKeySequence.keyBindings(QKeySequence.Undo), self.undo_stack.undo)
        add(QKeySequence.keyBindings(QKeySequence.Redo), self.undo_stack.redo)
        add([QKeySequence(Qt.Key_Delete)], self.delete_selected_break, self.log_view)
        add([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter), QKeySequence(Qt.Key_F2)],
            self.edit_selected_break, self.log_view)

    def selected_break(self):
        index = self.log_view.currentIndex() if self.log_view.model() is not None else None
        if index is None or not index.isValid() or not 0 <= index.row() < len(self.log_breaks):
            return None
        return self.log_breaks[index.row()]

    def edit_selected_break(self):
        """Open the correction dialog for the chosen break (returned, for tests)."""
        brk = self.selected_break()
        if brk is None:
            return None
        from shiftmate.ui.shifts.break_log_actions import BreakEditDialog

        dialog = BreakEditDialog(self.services, brk, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._break_corrected)
        dialog.open()
        self.edit_dialog = dialog
        return dialog

    def _break_corrected(self, before, after) -> None:
        said = self.tr("Break corrected to %1. Press Ctrl+Z to undo.").replace("%1", span_text(after))
        self.undo_stack.push(BreakLogCommand(self, self.tr("Correct break"), said, before, after))

    def delete_selected_break(self) -> None:
        brk = self.selected_break()
        if brk is None:
            return
        said = self.tr("Deleted the break %1. Press Ctrl+Z to undo.").replace("%1", span_text(brk))
        self.undo_stack.push(BreakLogCommand(self, self.tr("Delete break"), said, brk))

    def _too_often(self) -> str:
        """Why the interval typed cannot be saved, or "" when it can."""
        row = self.rule_list.currentRow()
        if not 0 <= row < len(self.rules) or self.rules[row].kind != "every":
            return ""
        minutes = self.minutes_spin.value()
        if minutes >= MIN_INTERVAL:
            return ""
        return (self.tr("A repeating reminder needs at least %1 minutes between reminders; %2 is too few to save.")
                .replace("%1", str(MIN_INTERVAL)).replace("%2", str(minutes)))

    def _check_minutes(self, _value: int | None = None) -> bool:
        """Say why an interval below the minimum will not be saved; True when it is one."""
        reason = self._too_often()
        if reason:
            self.rule_note.setText(reason)
        elif self._minutes_warned:
            self.rule_note.setText("")
        self._minutes_warned = bool(reason)
        return bool(reason)

    def toggle_break(self) -> None:
        companion = self.context.part("shift_companion")
        if companion is not None:
            companion.set_on_break(not getattr(self, "on_break", False))
