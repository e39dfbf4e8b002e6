"""The Checklists screen: pick a checklist, run it, see its history, or edit it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.checklist_words import shown_title
from shiftmate.core.checklists import ChecklistLibrary
from shiftmate.core.packs import MAX_TITLE
from shiftmate.ui.checklists.editor import DataCommand, EditorView
from shiftmate.ui.checklists.history_view import HistoryView
from shiftmate.ui.checklists.run_view import RunView
from shiftmate.ui.screens.base import Screen, plain_label

RUN_TAB, HISTORY_TAB, EDIT_TAB = range(3)


class ChecklistList(QListWidget):
    """The list of checklists: Delete deletes (with undo), F2 renames."""

    delete_requested = Signal()
    rename_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
        elif event.key() == Qt.Key_F2 and not event.modifiers():
            self.rename_requested.emit()
        else:
            super().keyPressEvent(event)


class ChecklistsScreen(Screen):
    """Lists the worker's checklists beside a Run / History / Edit view of the chosen one."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Checklists"))
        self.undo_stack = QUndoStack(self)
        self._pending_select: str | None = None
        self._pending_start = False

        self.list = ChecklistList()
        self.list.setMinimumWidth(200)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        new_button = QPushButton(self.tr("&New…"))
        new_button.clicked.connect(self.create_checklist)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("Undo %1 (Ctrl+Z)").replace("%1", text)))
        self.message = plain_label("", object_name="emptyBody")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(new_button)
        row1.addWidget(self.duplicate_button)
        row2.addWidget(self.delete_button)
        row2.addWidget(self.undo_button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)
        left_layout.addLayout(self._pack_buttons())
        left_layout.addWidget(self.message)

        self.run_view = RunView(services)
        self.history_view = HistoryView(services)
        self.editor = EditorView(services, self.undo_stack)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.run_view, self.tr("&Run"))
        self.tabs.addTab(self.history_view, self.tr("&History"))
        self.tabs.addTab(self.editor, self.tr("&Edit"))
        self.tabs.currentChanged.connect(lambda _i: self._show_current())

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 700])
        left.setMaximumWidth(340)
        splitter.setChildrenCollapsible(False)
        self.content.addWidget(self.pack_notice)
        self.content.addWidget(splitter, 1)

        for problem in (self.run_view.problem, self.editor.problem):
            problem.connect(self.message.setText)
        self.editor.changed.connect(self.refresh_list)
        self.run_view.run_changed.connect(lambda _run: None)
        self.list.delete_requested.connect(self.delete_current)
        self.list.rename_requested.connect(self.rename_current)

        services.changed.connect(self._on_data_changed)
        services.opened.connect(lambda _info: self.refresh_list())
        if services.is_open:
            self.refresh_list()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Undo/redo reach here from any child that did not use the key itself (a text
        # field keeps its own Ctrl+Z), which is exactly the scope we want.
        if event.matches(QKeySequence.Undo):
            self.undo_stack.undo()
        elif event.matches(QKeySequence.Redo):
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    # -- the list -------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def refresh_list(self, select: str | None = None) -> None:
        wanted = select or self._pending_select or self.current_key()
        self.services.run(lambda store: ChecklistLibrary(store).list(),
                          lambda checklists: self._fill_list(checklists, wanted))

    def _fill_list(self, checklists, wanted: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = 0
        for row, checklist in enumerate(checklists):
            title = shown_title(checklist.title, checklist.origin_pack)
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, checklist.key)
            item.setToolTip(title)
            self.list.addItem(item)
            if checklist.key == wanted:
                chosen = row
        self.list.blockSignals(False)
        has_any = bool(checklists)
        self.tabs.setEnabled(has_any)
        self.duplicate_button.setEnabled(has_any)
        self.delete_button.setEnabled(has_any)
        if not has_any:
            self.message.setText(self.tr("No checklists. Press New… to make one."))
            return
        self.list.setCurrentRow(chosen)  # from no current item, so this shows it once

    def _show_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        title = self.list.currentItem().text()
        start = self._pending_start and key == self._pending_select
        self._pending_select, self._pending_start = None, False
        tab = self.tabs.currentIndex()
        if tab == RUN_TAB:
            if start or key != self.run_view.checklist_key or self.run_view.run is None:
                self.run_view.show_checklist(key, title, start=start)
        elif tab == HISTORY_TAB:
            self.history_view.show_checklist(key)
        else:
            if self.editor.checklist is None or self.editor.checklist.key != key:
                self.editor.show_checklist(key)

    def _on_data_changed(self, topic: str) -> None:
        if topic == "checklists" and self.tabs.currentIndex() == HISTORY_TAB:
            self.history_view.refresh()
        if topic == "packs":  # a pack arrived, changed or left: its checklists did too
            self.editor.checklist = None
            self.refresh_list()

    # -- packs ----------------------------------------------------------------------
    def _pack_buttons(self) -> QHBoxLayout:
        from shiftmate.ui.pack_actions import PackActions

        self.packs = PackActions.of(self.services)
        self.import_pack_button = QPushButton(self.tr("&Import pack…"))
        self.import_pack_button.clicked.connect(lambda: self.packs.import_chosen(self))
        self.export_pack_button = QPushButton(self.tr("E&xport as pack…"))
        self.export_pack_button.clicked.connect(self.export_pack)
        self.packs.message.connect(self.message.setText)
        self.packs.notices_changed.connect(self._show_pack_notices)
        self.pack_notice = plain_label("", object_name="problemBanner")
        self.pack_notice.hide()
        self._show_pack_notices()
        row = QHBoxLayout()
        row.addWidget(self.import_pack_button)
        row.addWidget(self.export_pack_button)
        return row

    def _show_pack_notices(self) -> None:
        self.pack_notice.setText("\n".join(self.packs.notices))
        self.pack_notice.setVisible(bool(self.packs.notices))

    def export_pack(self):
        """Open Export as pack… for the current checklist (others can be ticked too)."""
        from shiftmate.ui.pack_export_dialog import PackExportDialog

        dialog = PackExportDialog(self.services, self.current_key(), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.exported.connect(self.message.setText)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    # -- screenshots ------------------------------------------------------------------
    def screenshot_states(self):
        """Extra views for `shiftmate screenshot`; they only read, never write."""
        def latest_run() -> None:
            self.tabs.setCurrentIndex(RUN_TAB)
            self.run_view.show_latest(self.current_key() or "before-shift")

        return [
            ("checklists-run", latest_run),
            ("checklists-history", lambda: self.tabs.setCurrentIndex(HISTORY_TAB)),
            ("checklists-editor", lambda: self.tabs.setCurrentIndex(EDIT_TAB)),
        ]

    # -- starting from elsewhere ------------------------------------------------------
    def start_for(self, when: str) -> None:
        """Open and start (or resume) the first checklist meant for ``when``."""
        def found(key: str | None) -> None:
            if key is None:
                self.message.setText(self.tr("There is no checklist for this moment yet; make one with New…"))
                return
            self._pending_select, self._pending_start = key, True
            self.tabs.setCurrentIndex(RUN_TAB)
            self.refresh_list(key)

        self.services.run(lambda store: ChecklistLibrary(store).key_for_when(when), found)

    # -- checklist actions ------------------------------------------------------------
    def create_checklist(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New checklist"), self.tr("Title:"),
                                         QLineEdit.Normal, "")
        if not ok or not title.strip():
            return
        title = title.strip()[:MAX_TITLE]

        def done(key: str) -> None:
            self.tabs.setCurrentIndex(EDIT_TAB)
            self.refresh_list(key)

        self.services.run(lambda store: ChecklistLibrary(store).create(title), done, self.message.setText)

    def duplicate_current(self) -> None:
        key = self.current_key()
        if key:
            self.services.run(lambda store: ChecklistLibrary(store).duplicate(key),
                              lambda new_key: self.refresh_list(new_key), self.message.setText)

    def rename_current(self) -> None:
        self.tabs.setCurrentIndex(EDIT_TAB)
        self.editor.title_edit.setFocus()
        self.editor.title_edit.selectAll()

    def delete_current(self) -> None:
        key = self.current_key()
        if not key:
            return
        title = self.list.currentItem().text()
        self.undo_stack.push(DataCommand(
            self.tr("delete “%1”").replace("%1", title), self.services,
            lambda store: ChecklistLibrary(store).delete(key),
            lambda store: ChecklistLibrary(store).restore(key),
            self.refresh_list,
        ))
        self.message.setText(self.tr("Deleted “%1”. Press Ctrl+Z to undo.").replace("%1", title))
