"""The checklist editor: sections and items, their kind, whether required, and why they matter.

Every change is saved as it is made. Items and sections are reordered by dragging or with
Alt+Up/Alt+Down; removing one can be undone (Ctrl+Z). Items a manager's pack locked are
shown but cannot be changed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.checklists.words import shown_checklist
from shiftmate.core.checklists.library import Checklist, ChecklistLibrary
from shiftmate.core.packs.format import KINDS, MAX_HELP, MAX_TEXT, MAX_TITLE, WHENS
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.icons import IconMark, fit_icons_to_text, lock_icon
from shiftmate.ui.widgets.wrap import WrappingDelegate
from shiftmate.ui.widgets.screen import plain_label, scale_size
from shiftmate.ui.widgets.tooltips import plain_tip

ROLE_ID = Qt.UserRole + 1
ROLE_IS_SECTION = Qt.UserRole + 2
# What EditorTree.keyPressEvent answers to, for the shortcuts sheet.
EDITOR_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Insert"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Add an item")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Remove the item or section")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Alt+Up, Alt+Down"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Move it up or down")),
)


def kind_label(kind: str) -> str:
    return {
        "check": QCoreApplication.translate("Editor", "Tick box"),
        "yes-no": QCoreApplication.translate("Editor", "Yes / no / n/a"),
        "rating": QCoreApplication.translate("Editor", "Rating 1–5"),
        "note": QCoreApplication.translate("Editor", "Short note"),
        "instruction": QCoreApplication.translate("Editor", "Instruction (nothing to answer)"),
    }[kind]


def when_label(when: str) -> str:
    return {
        "before-shift": QCoreApplication.translate("Editor", "Before a shift"),
        "after-shift": QCoreApplication.translate("Editor", "After a shift"),
        "any-time": QCoreApplication.translate("Editor", "Any time"),
    }[when]


class DataCommand(QUndoCommand):
    """An undoable change whose do and undo both run on the data thread.

    A change that is refused is said by ``on_error`` where it was asked for (the screen's
    message line), not in the window's banner, which would carry it to every other screen.
    """

    def __init__(self, text: str, services, do, undo, after, on_error=None) -> None:
        super().__init__(text)
        self.services, self._do, self._undo, self._after = services, do, undo, after
        self._on_error = on_error

    def redo(self) -> None:
        self.services.run(self._do, lambda _r: self._after(), self._failed)

    def undo(self) -> None:
        self.services.run(self._undo, lambda _r: self._after(), self._failed)

    def _failed(self, sentence: str) -> None:
        if self._on_error is not None:
            self._on_error(sentence)
        else:
            self.services.failed.emit(sentence)
        self._after()  # shows what the database holds, whatever was refused


def _holds_locked(section) -> bool:
    """A section with a pack's locked items in it can be neither renamed nor removed."""
    return any(item.locked for item in section.items)


class EditorTree(QTreeWidget):
    """Sections with their items; drags may reorder but never nest sections or orphan items."""

    moved = Signal(int, bool, int, int)  # id, is_section, target section id (items), index
    move_requested = Signal(int)  # -1 up, +1 down (Alt+Up / Alt+Down)
    remove_requested = Signal()  # Delete
    add_item_requested = Signal()  # Insert

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key_Up, Qt.Key_Down) and mods == Qt.AltModifier:
            self.move_requested.emit(-1 if key == Qt.Key_Up else 1)
        elif key == Qt.Key_Delete and not mods:
            self.remove_requested.emit()
        elif key == Qt.Key_Insert and not mods:
            self.add_item_requested.emit()
        else:
            super().keyPressEvent(event)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Item"), self.tr("Kind")])
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDefaultDropAction(Qt.MoveAction)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.Interactive)
        # Long items wrap; the kind column never takes more than a third of the width.
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(WrappingDelegate(self, 0))
        fit_icons_to_text(self)  # the lock beside a pack's items

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_kind_column()

    def fit_kind_column(self) -> None:
        self.setColumnWidth(1, min(self.sizeHintForColumn(1), self.viewport().width() // 3))

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is None or target is None:
            event.ignore()
            return
        is_section = bool(dragged.data(0, ROLE_IS_SECTION))
        position = self.dropIndicatorPosition()
        target_is_section = bool(target.data(0, ROLE_IS_SECTION))
        if is_section:
            section = target if target_is_section else target.parent()
            index = self.indexOfTopLevelItem(section)
            if position == QAbstractItemView.BelowItem and target_is_section:
                index += 1
            self.moved.emit(dragged.data(0, ROLE_ID), True, 0, index)
        else:
            if target_is_section and position == QAbstractItemView.OnItem:
                section, index = target, target.childCount()
            elif target_is_section:
                section, index = target, 0
            else:
                section = target.parent()
                index = section.indexOfChild(target) + (1 if position == QAbstractItemView.BelowItem else 0)
                if dragged.parent() is section and section.indexOfChild(dragged) < index:
                    index -= 1
            self.moved.emit(dragged.data(0, ROLE_ID), False, section.data(0, ROLE_ID), index)
        event.setDropAction(Qt.IgnoreAction)  # the tree is rebuilt from the database
        event.accept()


class EditorView(QWidget):
    """Edits one checklist; every change goes to the database and the tree is rebuilt from it."""

    problem = Signal(str)
    changed = Signal()

    def __init__(self, services, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.checklist: Checklist | None = None
        self._loading = False
        self._reloading = False
        self._focus_text_on_load = False  # after adding, type the new name straight away

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.editingFinished.connect(self._rename)
        self.when_combo = QComboBox()
        for when in WHENS:
            self.when_combo.addItem(when_label(when), when)
        self.when_combo.currentIndexChanged.connect(self._set_when)
        head = QFormLayout()
        head.addRow(self.tr("&Title:"), self.title_edit)
        head.addRow(self.tr("&Used:"), self.when_combo)

        self.tree = EditorTree()
        set_accessible(self.tree, self.tr("Sections and items"),
                       self.tr("Insert adds an item, Delete removes, Alt+Up and Alt+Down move, Ctrl+Z undoes."))
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.tree.moved.connect(self._moved)

        buttons = FlowLayout()  # wraps at large text sizes
        self.add_section_button = QPushButton(self.tr("Add &section"))
        self.add_item_button = QPushButton(self.tr("Add &item"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.add_section_button, self.add_item_button, self.remove_button,
                       self.up_button, self.down_button):
            buttons.addWidget(button)
        self.tree.move_requested.connect(self.move_selected)
        self.tree.remove_requested.connect(self.remove_selected)
        self.tree.add_item_requested.connect(self.add_item)

        self.form_box = QGroupBox(self.tr("Selected"))
        form = QFormLayout(self.form_box)
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(MAX_TEXT)
        self.text_edit.editingFinished.connect(self._save_text)
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._save_item(kind=self.kind_combo.currentData()))
        self.required_check = QCheckBox(self.tr("Required for the run to count as complete"))
        self.required_check.toggled.connect(lambda on: self._save_item(required=on))
        self.help_edit = QPlainTextEdit()
        self.help_edit.setPlaceholderText(self.tr("Why this matters, in a sentence or two (optional)"))
        self.help_edit.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        scale_size(self.help_edit, setMaximumHeight=90)
        self.help_edit.installEventFilter(self)
        self.locked_note = plain_label("", object_name="emptyBody")
        self.locked_mark = IconMark(lock_icon())
        locked_row = QHBoxLayout()
        locked_row.setContentsMargins(0, 0, 0, 0)
        locked_row.addWidget(self.locked_mark, 0, Qt.AlignTop)
        locked_row.addWidget(self.locked_note, 1)
        form.addRow(self.tr("Te&xt:"), self.text_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow("", self.required_check)
        form.addRow(self.tr("&Why:"), self.help_edit)
        form.addRow(locked_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box)
        self._show_selected()

    # -- loading --------------------------------------------------------------------
    def show_checklist(self, key: str, select: tuple[bool, int] | None = None) -> None:
        self.services.run(lambda store: ChecklistLibrary(store).get(key),
                          lambda checklist: self._loaded(checklist, select), self.problem.emit)

    def reload(self, select: tuple[bool, int] | None = None) -> None:
        """Rebuild from the database after a change; ``changed`` follows once it is shown."""
        self._reloading = True
        if self.checklist is not None:
            if select is None:
                select = self._selected_ref()
            self.show_checklist(self.checklist.key, select)
        else:
            self.changed.emit()

    def _selected_ref(self) -> tuple[bool, int] | None:
        item = self.tree.currentItem()
        return (bool(item.data(0, ROLE_IS_SECTION)), item.data(0, ROLE_ID)) if item else None

    def _loaded(self, checklist: Checklist, select) -> None:
        checklist = shown_checklist(checklist)  # built-in words in the window's language
        self._loading = True
        self.checklist = checklist
        self.title_edit.setText(checklist.title)
        self.when_combo.setCurrentIndex(WHENS.index(checklist.when))
        self.tree.clear()
        chosen = None
        for section in checklist.sections:
            s_item = QTreeWidgetItem([section.title, ""])
            s_item.setData(0, ROLE_ID, section.id)
            s_item.setData(0, ROLE_IS_SECTION, True)
            font = s_item.font(0)
            font.setBold(True)
            s_item.setFont(0, font)
            s_item.setFlags(s_item.flags() & ~Qt.ItemIsDropEnabled | Qt.ItemIsDropEnabled)
            self.tree.addTopLevelItem(s_item)
            if select == (True, section.id):
                chosen = s_item
            for item in section.items:
                label = item.text + ("  *" if item.required else "")
                i_item = QTreeWidgetItem([label, kind_label(item.kind)])
                i_item.setData(0, ROLE_ID, item.id)
                i_item.setData(0, ROLE_IS_SECTION, False)
                i_item.setFlags(i_item.flags() & ~Qt.ItemIsDropEnabled)
                if item.locked:
                    i_item.setFlags(i_item.flags() & ~Qt.ItemIsDragEnabled)
                    i_item.setToolTip(0, plain_tip(self._locked_sentence(checklist)))
                    i_item.setIcon(0, lock_icon())
                s_item.addChild(i_item)
                if select == (False, item.id):
                    chosen = i_item
        self.tree.expandAll()
        self.tree.fit_kind_column()
        self.tree.setCurrentItem(chosen or self.tree.topLevelItem(0))
        self._loading = False
        self._show_selected()
        if self._focus_text_on_load:
            self._focus_text_on_load = False
            self.text_edit.setFocus()
            self.text_edit.selectAll()
        if self._reloading:
            self._reloading = False
            self.changed.emit()

    def _find(self, is_section: bool, ident: int):
        for s in range(self.tree.topLevelItemCount()):
            section = self.checklist.sections[s]
            if is_section and section.id == ident:
                return section
            for item in section.items:
                if not is_section and item.id == ident:
                    return item
        return None

    def _show_selected(self) -> None:
        self._loading, was_loading = True, self._loading
        ref = self._selected_ref()
        target = self._find(*ref) if ref and self.checklist else None
        is_item = ref is not None and not ref[0]
        locked = bool(target is not None and (target.locked if is_item else _holds_locked(target)))
        self.form_box.setTitle(self.tr("Item") if is_item else self.tr("Section"))
        self.text_edit.setText(target.text if is_item and target else (target.title if target else ""))
        self.kind_combo.setVisible(is_item)
        self.required_check.setVisible(is_item)
        self.help_edit.setVisible(is_item)
        form = self.form_box.layout()
        for widget in (self.kind_combo, self.required_check, self.help_edit):
            label = form.labelForField(widget)
            if label is not None:
                label.setVisible(is_item)
        if is_item and target is not None:
            self.kind_combo.setCurrentIndex(KINDS.index(target.kind))
            self.required_check.setChecked(target.required)
            self.required_check.setEnabled(target.kind != "instruction" and not locked)
            self.help_edit.setPlainText(target.help)
        for widget in (self.text_edit, self.kind_combo, self.help_edit):
            widget.setEnabled(target is not None and not locked)
        note = self._locked_sentence(self.checklist) if is_item else self._locked_section_sentence(self.checklist)
        self.locked_note.setText(note if locked else "")
        self.locked_note.setVisible(locked)
        self.locked_mark.setVisible(locked)
        self.remove_button.setEnabled(target is not None and not locked)
        self._loading = was_loading

    def _locked_section_sentence(self, checklist: Checklist) -> str:
        if checklist is not None and checklist.organization:
            return self.tr("Locked by %1: this section holds items from their pack, so it stays.").replace(
                "%1", checklist.organization)
        return self.tr("This section holds items from your manager's pack, so it stays.")

    def _locked_sentence(self, checklist: Checklist) -> str:
        if checklist is not None and checklist.organization:
            return self.tr("Locked by %1: this item comes from their pack.").replace("%1", checklist.organization)
        return self.tr("This item comes from your manager's pack and is locked.")

    # -- changes --------------------------------------------------------------------
    def _run(self, job, select=None) -> None:
        self.services.run(job, lambda _r: self.reload(select), self._failed)

    def _failed(self, sentence: str) -> None:
        self.problem.emit(sentence)
        self.reload()

    def _rename(self) -> None:
        if self._loading or self.checklist is None or self.title_edit.text().strip() == self.checklist.title:
            return
        key, title = self.checklist.key, self.title_edit.text()
        self._run(lambda store: ChecklistLibrary(store).rename(key, title))

    def _set_when(self) -> None:
        if self._loading or self.checklist is None:
            return
        key, when = self.checklist.key, self.when_combo.currentData()
        self._run(lambda store: ChecklistLibrary(store).set_when(key, when))

    def _save_text(self) -> None:
        ref = self._selected_ref()
        if self._loading or ref is None:
            return
        text = self.text_edit.text()
        target = self._find(*ref)
        if target is None or text.strip() == (target.title if ref[0] else target.text):
            return
        if ref[0]:
            self._run(lambda store: ChecklistLibrary(store).rename_section(ref[1], text))
        else:
            self._save_item(text=text)

    def _save_item(self, **changes) -> None:
        ref = self._selected_ref()
        if self._loading or ref is None or ref[0]:
            return
        self._run(lambda store: ChecklistLibrary(store).update_item(ref[1], **changes))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.help_edit and event.type() == QEvent.FocusOut:
            ref = self._selected_ref()
            target = self._find(*ref) if ref and self.checklist else None
            text = self.help_edit.toPlainText()[:MAX_HELP]
            if ref and not ref[0] and target is not None and text.strip() != target.help:
                self._save_item(help=text)
        return super().eventFilter(obj, event)

    def add_section(self) -> None:
        if self.checklist is None:
            return
        key, title = self.checklist.key, self.tr("New section")

        def job(store):
            return ChecklistLibrary(store).add_section(key, title)

        self.services.run(job, lambda section_id: self._added((True, section_id)), self._failed)

    def add_item(self) -> None:
        if self.checklist is None or not self.checklist.sections:
            return
        ref = self._selected_ref()
        if ref is None:
            section_id, index = self.checklist.sections[-1].id, None
        elif ref[0]:
            section_id, index = ref[1], None
        else:
            section = next(s for s in self.checklist.sections if any(i.id == ref[1] for i in s.items))
            section_id = section.id
            index = [i.id for i in section.items].index(ref[1]) + 1
        text = self.tr("New item")

        def job(store):
            return ChecklistLibrary(store).add_item(section_id, text, index=index)

        self.services.run(job, lambda item_id: self._added((False, item_id)), self._failed)

    def _added(self, ref) -> None:
        self._focus_text_on_load = True
        self.reload(ref)

    def remove_selected(self) -> None:
        ref = self._selected_ref()
        if ref is None or self.checklist is None:
            return
        is_section, ident = ref
        target = self._find(is_section, ident)
        if target is None:
            return
        if target.locked if not is_section else _holds_locked(target):  # Delete reaches here too
            self.problem.emit(self.locked_note.text())
            return
        name = target.title if is_section else target.text
        if is_section:
            command = DataCommand(
                self.tr("remove section “%1”").replace("%1", name), self.services,
                lambda store: ChecklistLibrary(store).remove_section(ident),
                lambda store: ChecklistLibrary(store).restore_section(ident),
                lambda: self.reload(), self.problem.emit,
            )
        else:
            command = DataCommand(
                self.tr("remove item “%1”").replace("%1", name), self.services,
                lambda store: ChecklistLibrary(store).remove_item(ident),
                lambda store: ChecklistLibrary(store).restore_item(ident),
                lambda: self.reload(), self.problem.emit,
            )
        self.undo_stack.push(command)

    def move_selected(self, step: int) -> None:
        ref = self._selected_ref()
        if ref is None or self.checklist is None:
            return
        is_section, ident = ref
        if is_section:
            ids = [s.id for s in self.checklist.sections]
            index = ids.index(ident) + step
            if 0 <= index < len(ids):
                self._moved(ident, True, 0, index)
            return
        section = next(s for s in self.checklist.sections if any(i.id == ident for i in s.items))
        ids = [i.id for i in section.items]
        index = ids.index(ident) + step
        if 0 <= index < len(ids):
            self._moved(ident, False, section.id, index)

    def _moved(self, ident: int, is_section: bool, section_id: int, index: int) -> None:
        if is_section:
            self._run(lambda store: ChecklistLibrary(store).move_section(ident, index), (True, ident))
        else:
            self._run(lambda store: ChecklistLibrary(store).move_item(ident, section_id, index), (False, ident))
