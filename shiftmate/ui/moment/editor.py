"""Edit my lines: the card's lines step by step, to rewrite, hide, add, delete and restore.

Lists every line of a step, hidden ones too (marked), with where it comes from. The worker's
changes are writes (``Changes.MOMENT``), so the card read ahead follows them; hide, delete,
edit and restore can be undone (Ctrl+Z, or the Undo button), as in the checklists. A line from
a manager's pack is listed but changes only with its pack.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from shiftmate.ui.data.changes import Changes
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import let_go, listen, plain_label

EDITOR_KEYS = (
    ((QKeySequence.Undo, QKeySequence.Redo), QT_TRANSLATE_NOOP("ShortcutsSheet", "Undo, redo a change to a line")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Hide or delete the line")),
)


def _read(store):
    from shiftmate.core.moment.card import read_whole_card

    return read_whole_card(store, include_hidden=True)


def _change(name: str, line_id: str, args: tuple, store):
    from shiftmate.core.moment import lines

    return getattr(lines, name)(store, line_id, *args)


def _put_back(kept, store):
    from shiftmate.core.moment.lines import put_back

    put_back(store, kept)


def _add(step: str, text: str, store):
    from shiftmate.core.moment.lines import add_line

    return add_line(store, step, text)


class LineChange(QUndoCommand):
    """One change to a line, done and undone on the data thread.

    Doing it keeps the line as it was (``Kept``); undoing puts exactly that back. An added line
    is undone by deleting it.
    """

    def __init__(self, text: str, editor: "LinesEditor", do) -> None:
        super().__init__(text)
        self.editor, self._do = editor, do
        self._kept = None  # the line as it was (a Kept), or the id of a line this added

    def redo(self) -> None:
        self.editor.write(self._do, self._did)

    def _did(self, kept) -> None:
        self._kept = kept

    def undo(self) -> None:
        kept = self._kept
        if isinstance(kept, str):  # an added line: undo deletes it
            self.editor.write(partial(_change, "delete_line", kept, ()))
        elif kept is not None:
            self.editor.write(partial(_put_back, kept))


class LinesEditor(QDialog):
    """The card's lines by step; the text box below rewrites the chosen line or adds a new one."""

    def __init__(self, services, step_index: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit my lines"))
        self.services = services
        self.card = None
        self.undo_stack = QUndoStack(self)

        self.steps = QListWidget()
        set_accessible(self.steps, self.tr("Steps"), self.tr("Choose a step to see its lines."))
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        set_accessible(self.lines, self.tr("Lines of this step"),
                       self.tr("Hidden lines are marked. Delete hides or deletes the chosen line."))
        self.text = QLineEdit()
        self.text.setMaxLength(400)  # the core refuses past its own limit, with a sentence
        self.text.setPlaceholderText(self.tr("A line in your own words"))
        text_label = QLabel(self.tr("&Line:"))
        text_label.setBuddy(self.text)
        self.message = plain_label(object_name="emptyBody")
        self.add_button = QPushButton(self.tr("&Add as a new line"))
        self.save_button = QPushButton(self.tr("&Save change"))
        self.hide_button = QPushButton(self.tr("&Hide"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Back to the line as it came with ShiftMate"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.add_line)
        self.save_button.clicked.connect(self.save_line)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button.clicked.connect(self.delete_line)
        self.restore_button.clicked.connect(self.restore_line)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.close_button.clicked.connect(self.close)
        self.steps.currentRowChanged.connect(lambda _row: self._fill_lines())
        self.lines.currentRowChanged.connect(lambda _row: self._line_chosen())

        lists = QHBoxLayout()
        lists.addWidget(self.steps, 1)
        lists.addWidget(self.lines, 3)
        entry = QHBoxLayout()
        entry.addWidget(text_label)
        entry.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.hide_button, self.delete_button,
                       self.restore_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        scale_window(self, 640, 380, 760, 460)
        self._wanted_step = step_index
        listen(self, services.changed, self._on_changed)
        self.finished.connect(lambda _result: let_go(self))  # no refresh reaches a closed editor
        self.refresh()

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.services.run(_read, self._show, self.message.setText)

    def _on_changed(self, changes, _source) -> None:
        if changes & (Changes.MOMENT | Changes.PACKS):
            self.refresh()

    def _show(self, card) -> None:
        self.card = card
        step_row = self.steps.currentRow() if self.steps.count() else self._wanted_step
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(card.steps, 1):
            self.steps.addItem(f"{number}. {step.title}")
        self.steps.setCurrentRow(max(0, step_row))
        self.steps.blockSignals(False)
        self._fill_lines()

    def _fill_lines(self) -> None:
        if self.card is None or self.steps.currentRow() < 0:
            return
        chosen = self.current_line()
        keep_id = chosen.id if chosen is not None else None
        self.lines.blockSignals(True)
        self.lines.clear()
        for line in self.card.steps[self.steps.currentRow()].lines:
            item = QListWidgetItem(self._line_text(line))  # list items are plain text
            item.setData(Qt.UserRole, line.id)
            self.lines.addItem(item)
            if line.id == keep_id:
                self.lines.setCurrentItem(item)
        self.lines.blockSignals(False)
        self._line_chosen(fill=chosen is None or self.current_line() is None or keep_id != self.current_line().id)

    def _line_text(self, line) -> str:
        source = {"built-in": self.tr("built-in"), "mine": self.tr("mine")}.get(line.source, line.source)
        marks = [source]
        if line.edited:
            marks.append(self.tr("edited"))
        if line.hidden:
            marks.append(self.tr("hidden"))
        return f"{line.text}   ({', '.join(marks)})"

    def current_step_key(self) -> str:
        return self.card.steps[self.steps.currentRow()].key

    def current_line(self):
        row = self.lines.currentRow()
        if self.card is None or row < 0 or self.steps.currentRow() < 0:
            return None
        lines = self.card.steps[self.steps.currentRow()].lines
        return lines[row] if row < len(lines) else None

    def _line_chosen(self, fill: bool = True) -> None:
        line = self.current_line()
        if fill:
            self.text.setText(line.text if line is not None else "")
        mine_or_builtin = line is not None and not line.id.startswith("pack:")
        self.save_button.setEnabled(mine_or_builtin)
        self.hide_button.setEnabled(mine_or_builtin)
        self.hide_button.setText(self.tr("S&how") if line is not None and line.hidden else self.tr("&Hide"))
        self.delete_button.setEnabled(line is not None and line.id.startswith("mine:"))
        self.restore_button.setEnabled(line is not None and line.id.startswith("builtin:")
                                       and (line.edited or line.hidden))

    # -- writing -------------------------------------------------------------------------
    def write(self, job, on_done=None) -> None:
        self.services.write(job, Changes.MOMENT, on_done, self.message.setText)

    def _push(self, text: str, do, said: str) -> None:
        self.message.setText(said)
        self.undo_stack.push(LineChange(text, self, do))

    def add_line(self) -> None:
        from shiftmate.core.errors import BadInput
        from shiftmate.core.moment.lines import clean_line

        try:
            text = clean_line(self.text.text())
        except BadInput as exc:  # said here at once, nothing written
            self.message.setText(exc.sentence)
            return
        self._push(self.tr("add a line"), partial(_add, self.current_step_key(), text),
                   self.tr("Added your line."))
        self.text.clear()

    def save_line(self) -> None:
        from shiftmate.core.errors import BadInput
        from shiftmate.core.moment.lines import clean_line

        line = self.current_line()
        if line is None:
            return
        try:
            text = clean_line(self.text.text())
        except BadInput as exc:
            self.message.setText(exc.sentence)
            return
        self._push(self.tr("change a line"), partial(_change, "edit_line", line.id, (text,)),
                   self.tr("Saved. Press Ctrl+Z to undo."))

    def toggle_hidden(self) -> None:
        line = self.current_line()
        if line is None or line.id.startswith("pack:"):
            return
        said = self.tr("Shown on the card again.") if line.hidden else self.tr("Hidden from the card. Press Ctrl+Z to undo.")
        self._push(self.tr("hide a line"), partial(_change, "set_hidden", line.id, (not line.hidden,)), said)

    def delete_line(self) -> None:
        line = self.current_line()
        if line is None:
            return
        if not line.id.startswith("mine:"):  # a built-in line is hidden instead (Restore brings it back)
            if not line.hidden:
                self.toggle_hidden()
            return
        self._push(self.tr("delete a line"), partial(_change, "delete_line", line.id, ()),
                   self.tr("Deleted your line. Press Ctrl+Z to undo."))

    def restore_line(self) -> None:
        line = self.current_line()
        if line is None or not line.id.startswith("builtin:"):
            return
        self._push(self.tr("restore a line"), partial(_change, "restore_line", line.id, ()),
                   self.tr("Back as it came with ShiftMate. Press Ctrl+Z to undo."))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.Undo) and not self.text.hasFocus():
            self.undo_stack.undo()
        elif event.matches(QKeySequence.Redo) and not self.text.hasFocus():
            self.undo_stack.redo()
        elif event.key() == Qt.Key_Delete and self.lines.hasFocus():
            self.delete_line()
        else:
            super().keyPressEvent(event)
