"""The Settings section "Your own reminders": list, add, edit, remove (with undo), turn on and off.

Each reminder is one row; its check box turns it on or off. Enter or F2 edits the chosen one,
Delete removes it, Ctrl+Z puts it back. The editor (``OwnReminderDialog``) keeps each message
as one row: a built-in idea stays an idea (translated) until its words are changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shiftmate.ui.data.changes import Changes
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.screen import listen, plain_label, scale_size, subscribe
from shiftmate.ui.widgets.write_dialog import WriteDialog

IDEA_ROLE = Qt.UserRole + 1  # a message row's built-in idea key, or None for the worker's words


def when_text(reminder) -> str:
    from PySide6.QtCore import QCoreApplication

    if reminder.kind == "every":
        return QCoreApplication.translate("OwnReminders", "Every %1 min").replace("%1", str(reminder.minutes))
    if reminder.kind == "at":
        return QCoreApplication.translate("OwnReminders", "At %1").replace("%1", reminder.at_time.strftime("%H:%M"))
    return QCoreApplication.translate("OwnReminders", "%1 min before the end").replace("%1", str(reminder.minutes))


def row_text(reminder) -> str:
    from PySide6.QtCore import QCoreApplication

    shown = [m.shown for m in reminder.messages]
    first = shown[0] if shown else ""
    more = len(shown) - 1
    text = QCoreApplication.translate("OwnReminders", "%1: %2").replace("%1", when_text(reminder)).replace("%2", first)
    if more:
        text += " " + QCoreApplication.translate("OwnReminders", "(+%1 more)").replace("%1", str(more))
    return text


class OwnRemindersBox(QGroupBox):
    """Manage the worker's own reminders; they fire through the shift companion like the others."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = services = context.services
        self.setTitle(self.tr("Your own reminders"))
        self.reminders = []
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Every few minutes during a shift, at a time of day, or before the end. "
                                    "Each one goes round its messages."), object_name="emptyBody")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scale_size(self.list, setMinimumHeight=90, setMaximumHeight=260)
        set_accessible(self.list, self.tr("Your own reminders"),
                       self.tr("Space turns the chosen one on or off, Enter edits it, Delete removes it."))
        self.list.itemChanged.connect(self._toggled)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.empty_label = plain_label(self.tr("None yet. Add one, or start from an idea list."),
                                       object_name="emptyBody")
        buttons = FlowLayout()
        self.add_button = QPushButton(self.tr("&Add reminder…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        for button in (self.add_button, self.edit_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        self.note_label = plain_label("", object_name="emptyBody")
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)
        self._add_shortcuts()
        subscribe(self, services, Changes.REMINDERS, lambda _c: self.load())
        listen(self, services.opened, lambda _info: self.load())
        if services.is_open:
            self.load()

    def _add_shortcuts(self) -> None:
        def add(keys, slot, widget) -> None:
            action = QAction(widget)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

        add([QKeySequence(Qt.Key_Delete)], self.remove_selected, self.list)
        add([QKeySequence(Qt.Key_F2)], self.edit_selected, self.list)
        add(QKeySequence.keyBindings(QKeySequence.Undo), self.undo_stack.undo, self)
        add(QKeySequence.keyBindings(QKeySequence.Redo), self.undo_stack.redo, self)

    # -- reading -----------------------------------------------------------------------
    def load(self) -> None:
        def job(store):
            from shiftmate.core.shifts.own_reminders import own_reminders

            return own_reminders(store)

        self.services.run(job, self._show)

    def _show(self, reminders) -> None:
        chosen = self.selected()
        self.reminders = reminders
        self.list.blockSignals(True)
        self.list.clear()
        for reminder in reminders:
            item = QListWidgetItem(row_text(reminder))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if reminder.enabled else Qt.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in reminders]
        if reminders:
            self.list.setCurrentRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self.empty_label.setVisible(not reminders)
        self.list.setVisible(bool(reminders))
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(bool(reminders))

    def selected(self):
        row = self.list.currentRow()
        return self.reminders[row] if 0 <= row < len(self.reminders) else None

    # -- writing -----------------------------------------------------------------------
    def write(self, job, on_done) -> None:
        self.services.write(job, Changes.REMINDERS, on_done, self.note_label.setText)

    def _toggled(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if not 0 <= row < len(self.reminders):
            return
        reminder_id, on = self.reminders[row].id, item.checkState() == Qt.Checked

        def job(store):
            from shiftmate.core.shifts.own_reminders import set_enabled

            return set_enabled(store, reminder_id, on)

        said = self.tr("Turned on.") if on else self.tr("Turned off: it stays here until you turn it on.")
        self.write(job, lambda _r: self.note_label.setText(said))

    def add(self):
        """Open the editor for a new reminder (returned, for tests)."""
        return self._open(None)

    def edit_selected(self):
        reminder = self.selected()
        return self._open(reminder) if reminder is not None else None

    def _open(self, reminder):
        dialog = OwnReminderDialog(self.services, reminder, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self, before, after) -> None:
        if before is None:
            said = self.tr("Added. Press Ctrl+Z to undo.")
            self.undo_stack.push(OwnReminderCommand(self, self.tr("Add reminder"), said, None, after))
        else:
            said = self.tr("Saved. It applies from the next reminder on.")
            self.undo_stack.push(OwnReminderCommand(self, self.tr("Edit reminder"), said, before, after))

    def remove_selected(self) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        said = self.tr("Removed “%1”. Press Ctrl+Z to undo.").replace("%1", when_text(reminder))
        self.undo_stack.push(OwnReminderCommand(self, self.tr("Remove reminder"), said, reminder, None))


class OwnReminderCommand(QUndoCommand):
    """An add, edit or remove of one reminder; undo puts back what was.

    ``before`` None is an add, ``after`` None a remove. An add or edit arrives stored (the
    dialog saved it, to say there what did not fit), so its first redo only says so.
    """

    def __init__(self, box: OwnRemindersBox, text: str, said: str, before, after) -> None:
        super().__init__(text)
        self.box, self.said, self.before, self.after = box, said, before, after
        self._stored = after is not None

    def _apply(self, have, want, note: str, keep) -> None:
        """Make ``want`` so (None: remove ``have``); ``keep(reminder)`` gets what a removal took
        out as the database had it, so its undo puts back that (a check box turned a moment
        before the removal included), not the list's older copy."""
        from shiftmate.core.shifts import own_reminders as own

        if want is None:
            gone_id = have.id
            job = lambda store: own.remove_reminder(store, gone_id)  # noqa: E731
        else:
            job = lambda store: own.restore_reminder(store, want)  # noqa: E731

        def done(reminder) -> None:
            if want is None:
                keep(reminder)
            self.box.note_label.setText(note)

        self.box.write(job, done)

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            self.box.note_label.setText(self.said)
            return
        self._apply(self.before, self.after, self.said, lambda r: setattr(self, "before", r))

    def undo(self) -> None:
        from PySide6.QtCore import QCoreApplication

        back = QCoreApplication.translate("OwnReminders", "Undone.")
        self._apply(self.after, self.before, back, lambda r: setattr(self, "after", r))


class OwnReminderDialog(WriteDialog):
    """When a reminder comes and what it says; stored before ``saved`` (the reminder as it
    was, None when new, and as it is now) is emitted.

    Something that cannot work (too often, no message, a message too long) is said in one
    sentence here, and the dialog stays open.
    """

    KINDS = ("every", "at", "before_end")

    def __init__(self, services, reminder=None, parent=None) -> None:
        super().__init__(services, parent)
        from shiftmate.core.shifts import own_reminders as own

        self.reminder = reminder
        self.setWindowTitle(self.tr("Edit reminder") if reminder else self.tr("New reminder"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox()
        for key, label in zip(self.KINDS, (self.tr("Every few minutes"), self.tr("At a time of day"),
                                           self.tr("Before the shift's end"))):
            self.kind_combo.addItem(label, key)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, own.MAX_BEFORE_END)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(45)
        self.time_edit = QTimeEdit(QTime(14, 0))
        self.time_edit.setDisplayFormat("HH:mm")
        self.minutes_label = plain_label(self.tr("E&very:"), wrap=False)
        self.minutes_label.setBuddy(self.minutes_spin)
        self.time_label = plain_label(self.tr("&At:"), wrap=False)
        self.time_label.setBuddy(self.time_edit)
        kind_label = plain_label(self.tr("&When:"), wrap=False)
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        form.addRow(self.minutes_label, self.minutes_spin)
        form.addRow(self.time_label, self.time_edit)

        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        scale_size(self.messages, setMinimumHeight=110)
        set_accessible(self.messages, self.tr("Messages"),
                       self.tr("It says them in turn. F2 changes the chosen one."))
        self.messages.itemChanged.connect(lambda _item: self.error_label.hide())
        messages_label = plain_label(self.tr("&Messages, said in turn:"), wrap=False)
        messages_label.setBuddy(self.messages)
        self.new_message_button = QPushButton(self.tr("Add a &message"))
        self.new_message_button.clicked.connect(self.add_message)
        self.drop_message_button = QPushButton(self.tr("Remove message"))
        self.drop_message_button.clicked.connect(self.drop_message)
        self.ideas_combo = QComboBox()
        self.ideas_combo.addItem(self.tr("Add ideas from…"), None)
        for name in own.IDEA_LISTS:
            self.ideas_combo.addItem(own.idea_list_title(name), name)
        set_accessible(self.ideas_combo, self.tr("Add ideas from a built-in list"))
        self.ideas_combo.activated.connect(self._add_ideas)
        message_buttons = FlowLayout()
        for widget in (self.new_message_button, self.drop_message_button, self.ideas_combo):
            message_buttons.addWidget(widget)

        self.enabled_check = QCheckBox(self.tr("&On"))
        self.enabled_check.setChecked(True)
        self.quiet_check = QCheckBox(self.tr("&Quiet during a break"))
        self.quiet_check.setChecked(True)
        checks = QHBoxLayout()
        checks.addWidget(self.enabled_check)
        checks.addWidget(self.quiet_check)
        checks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(messages_label)
        layout.addWidget(self.messages, 1)
        layout.addLayout(message_buttons)
        layout.addLayout(checks)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        scale_size(self, setMinimumWidth=440)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        if reminder is not None:
            self.kind_combo.setCurrentIndex(self.KINDS.index(reminder.kind))
            if reminder.kind != "at":
                self.minutes_spin.setValue(reminder.minutes)
            else:
                self.time_edit.setTime(QTime(reminder.at_time.hour, reminder.at_time.minute))
            for message in reminder.messages:
                self._append(message.shown, message.idea if message.text is None else None)
            self.enabled_check.setChecked(reminder.enabled)
            self.quiet_check.setChecked(reminder.quiet_during_break)
        self._kind_chosen()

    # -- the form ----------------------------------------------------------------------
    def _kind_chosen(self, _index: int = 0) -> None:
        kind = self.kind_combo.currentData()
        self.minutes_label.setText(self.tr("E&very:") if kind == "every" else self.tr("&Before the end:"))
        for widget in (self.minutes_label, self.minutes_spin):
            widget.setVisible(kind != "at")
        for widget in (self.time_label, self.time_edit):
            widget.setVisible(kind == "at")

    def _append(self, text: str, idea: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemIsEditable)
        item.setData(IDEA_ROLE, idea)
        self.messages.addItem(item)
        return item

    def add_message(self) -> None:
        item = self._append("", None)
        self.messages.setCurrentItem(item)
        self.messages.editItem(item)

    def drop_message(self) -> None:
        row = self.messages.currentRow()
        if row >= 0:
            self.messages.takeItem(row)

    def _add_ideas(self, index: int) -> None:
        from shiftmate.core.shifts import own_reminders as own

        name = self.ideas_combo.itemData(index)
        self.ideas_combo.setCurrentIndex(0)
        if name is None:
            return
        for message in own.idea_list(name):
            self._append(message.shown, message.idea)
        self.messages.setCurrentRow(self.messages.count() - 1)

    def message_values(self) -> list:
        """The rows as the core stores them: an idea untouched stays an idea, else the words."""
        from shiftmate.core.shifts import own_reminders as own

        values = []
        for row in range(self.messages.count()):
            item = self.messages.item(row)
            idea, text = item.data(IDEA_ROLE), item.text()
            if idea and text == own.Message(idea, None).shown:
                values.append(own.Message(idea, None))
            else:
                values.append(own.Message(None, text))
        return values

    def save(self) -> None:
        from shiftmate.core.shifts import own_reminders as own

        kind = self.kind_combo.currentData()
        values = dict(
            kind=kind,
            minutes=self.minutes_spin.value(),
            at_time=self.time_edit.time().toPython().replace(second=0, microsecond=0) if kind == "at" else None,
            messages=self.message_values(),
            enabled=self.enabled_check.isChecked(),
            quiet_during_break=self.quiet_check.isChecked(),
        )
        reminder_id = self.reminder.id if self.reminder is not None else None
        clock = clock_of(self.services)

        def job(store):
            if reminder_id is None:
                return None, own.add_reminder(store, clock, **values)
            before = own.update_reminder(store, reminder_id, **values)
            return before, own.get_reminder(store, reminder_id)

        self.write(job, Changes.REMINDERS)
