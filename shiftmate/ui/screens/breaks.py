"""The Breaks screen: today's breaks against what is due, the break log, and reminder rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from shiftmate.core import break_rules
from shiftmate.core.clock import local_time
from shiftmate.core.reminder_rules import MAX_MESSAGE_LENGTH, MIN_INTERVAL, reminder_rules, update_rule
from shiftmate.core.shift_status import shift_status
from shiftmate.core.shifts import recent_breaks
from shiftmate.ui.accessibility import set_accessible
from shiftmate.ui.screens.base import Screen, listen, plain_label, scale_size
from shiftmate.ui.language import local_date_text
from shiftmate.ui.shift_card import duration_text, hm
from shiftmate.ui.timers import clock_of

LOG_LIMIT = 200


class BreaksScreen(Screen):
    """Shows break deadlines, the break log and the editable reminder rules."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Breaks"))
        self.rules = []

        # -- today -----------------------------------------------------------------------
        today_box = QGroupBox(self.tr("This shift: breaks against what is due"), self)
        today = QVBoxLayout(today_box)
        self.preset_label = plain_label("", object_name="presetLabel")
        self.disclaimer_label = plain_label("", object_name="emptyBody")
        self.due_label = plain_label("")
        self.taken_label = plain_label("")
        row = QHBoxLayout()
        self.break_button = QPushButton(self.tr("On &break"))
        self.break_button.clicked.connect(self.toggle_break)
        row.addWidget(self.break_button)
        row.addStretch(1)
        for widget in (self.preset_label, self.disclaimer_label, self.due_label, self.taken_label):
            today.addWidget(widget)
        today.addLayout(row)

        # -- the log ---------------------------------------------------------------------
        log_box = QGroupBox(self.tr("Break log"), self)
        log = QVBoxLayout(log_box)
        self.log_model = QStandardItemModel(0, 4, self)
        self.log_model.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("From"), self.tr("To"), self.tr("Length")]
        )
        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.log_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        set_accessible(self.log_view, self.tr("Break log"), self.tr("Your breaks, newest first."))
        self.log_view.verticalHeader().hide()
        self.log_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.log_empty = plain_label(
            self.tr("No breaks logged yet. Press On break when you step away, and Back when you return."),
            object_name="emptyBody",
        )
        log.addWidget(self.log_empty)
        log.addWidget(self.log_view, 1)

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
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(rules_box, 2)
        self.content.addLayout(columns, 1)

        listen(self, services.changed, self._on_changed)
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    # -- reading -----------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in ("shifts", "breaks", "settings", "clock"):
            self.refresh_status()
        if topic in ("breaks", "shifts"):
            self.refresh_log()

    def refresh(self) -> None:
        self.refresh_status()
        self.refresh_log()
        self.services.run(reminder_rules, self._show_rules)

    def refresh_status(self) -> None:
        clock = clock_of(self.services)
        self.services.run(lambda s: shift_status(s, clock), self._show_status)

    def refresh_log(self) -> None:
        clock = clock_of(self.services)

        def job(store):
            # Local times are worked out here, on the data thread: 200 rows of zone
            # conversions are a noticeable stall on the GUI thread.
            now = clock.now()
            return [(local_date_text(local_time(b.started_at, b.tz).date(), "ddd dd MMM"), hm(b.started_at, b.tz),
                     hm(b.ended_at, b.tz) if b.ended_at else None, b.length(now))
                    for b in recent_breaks(store, LOG_LIMIT)]

        self.services.run(job, self._show_log)

    def _show_status(self, status) -> None:
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
        self.break_button.setEnabled(status.in_shift)
        self.break_button.setText(self.tr("&Back from break") if self.on_break else self.tr("On &break"))

    def _show_log(self, breaks) -> None:
        # Filled while no view watches it, then shown: one relayout instead of one per row.
        self.log_view.setModel(None)
        self.log_model.removeRows(0, self.log_model.rowCount())
        now = self.tr("now")
        for row, (day, start, end, length) in enumerate(breaks):
            for column, text in enumerate((day, start, end or now, duration_text(length))):
                self.log_model.setItem(row, column, QStandardItem(text))
        self.log_view.setModel(self.log_model)
        self.log_empty.setVisible(not breaks)
        self.log_view.setVisible(bool(breaks))

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
        self.minutes_spin.setMinimum(MIN_INTERVAL if rule.kind == "every" else 0)
        self.minutes_spin.setValue(rule.minutes)

    # -- writing -----------------------------------------------------------------------
    def save_rule(self) -> None:
        row = self.rule_list.currentRow()
        if not 0 <= row < len(self.rules):
            return
        key = self.rules[row].key
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
            self.services.notify("reminders")
            self.services.run(reminder_rules, shown)

        self.services.run(lambda s: update_rule(s, key, **values), done, self.rule_note.setText)

    def toggle_break(self) -> None:
        window = self.window()
        companion = getattr(window, "shift_companion", None)
        if companion is not None:
            companion.set_on_break(not getattr(self, "on_break", False))
