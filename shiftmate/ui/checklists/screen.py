"""The Checklists screen: pick a checklist, run it, see its history, or edit it."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
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

from shiftmate.core.checklists.words import shown_title
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.packs.format import MAX_TITLE
from shiftmate.ui.checklists.editor import DataCommand, EditorView
from shiftmate.ui.checklists.history_view import HistoryView
from shiftmate.ui.checklists.run_view import RunView
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.screen import Screen, listen, plain_label, scale_size, subscribe
from shiftmate.ui.widgets.tooltips import plain_tip
from shiftmate.ui.data.changes import Changes

RUN_TAB, HISTORY_TAB, EDIT_TAB = range(3)
# What ChecklistList and ChecklistsScreen.keyPressEvent answer to, for the shortcuts sheet.
LIST_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete the checklist")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "F2"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Rename the checklist")),
    ((QKeySequence.Undo, QKeySequence.Redo), QT_TRANSLATE_NOOP("ShortcutsSheet", "Undo, redo a delete or a change")),
)


def _undo_tip(button: QPushButton, text: str) -> None:
    # The stack also says "nothing to undo" while the screen is being destroyed, when the
    # button may already be gone.
    if shiboken6.isValid(button):
        button.setToolTip(plain_tip(QCoreApplication.translate("ChecklistsScreen", "Undo %1 (Ctrl+Z)").replace("%1", text)))


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

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        services = self.services
        self.set_title(self.tr("Checklists"))
        self.undo_stack = QUndoStack(self)
        self._pending_select: str | None = None
        self._pending_start = False
        self._moment: tuple[str, list] | None = None  # (when, checklists for it) of the last start_for

        self.list = ChecklistList()
        self.list.setWordWrap(True)  # long titles wrap instead of running off the edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setResizeMode(ChecklistList.Adjust)
        scale_size(self.list, setMinimumWidth=150)
        set_accessible(self.list, self.tr("Your checklists"),
                       self.tr("Delete deletes the chosen checklist, F2 renames it."))
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
        self.undo_stack.undoTextChanged.connect(partial(_undo_tip, self.undo_button))
        self.message = plain_label("", object_name="emptyBody")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        buttons = FlowLayout()  # as many on a line as fit, at any text size
        for button in (new_button, self.duplicate_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        self._pack_buttons(buttons)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)

        self.run_view = RunView(services)
        # History and Edit are made when first shown (or asked for): together they took
        # about a third of the time to open this screen.
        self._history_view: HistoryView | None = None
        self._editor: EditorView | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.run_view, self.tr("&Run"))
        self.tabs.addTab(QWidget(), self.tr("&History"))
        self.tabs.addTab(QWidget(), self.tr("&Edit"))
        self.tabs.currentChanged.connect(lambda _i: self._show_current())
        set_accessible(self.tabs.tabBar(), self.tr("Run, history or edit"),
                       self.tr("Left and right arrows switch between the chosen checklist's run, history and editor."))

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 700])
        scale_size(left, setMaximumWidth=300)
        splitter.setChildrenCollapsible(False)
        # The other checklists for the moment a shift started or ended, offered beside the run.
        self.moment_panel = QWidget()
        self.moment_row = FlowLayout(self.moment_panel)
        self.moment_row.setContentsMargins(0, 0, 0, 0)
        self.moment_offer = plain_label("", wrap=False)
        self.moment_row.addWidget(self.moment_offer)
        self.moment_buttons: list[QPushButton] = []
        self.moment_panel.hide()
        self.content.addWidget(self.pack_notice)
        self.content.addWidget(self.moment_panel)
        self.content.addWidget(splitter, 1)

        self.run_view.problem.connect(self.message.setText)
        self.run_view.run_changed.connect(lambda _run: None)
        self.list.delete_requested.connect(self.delete_current)
        self.list.rename_requested.connect(self.rename_current)

        subscribe(self, services, Changes.CHECKLISTS | Changes.PACKS, self._on_data_changed)
        listen(self, services.opened, lambda _info: self.refresh_list())
        if services.is_open:
            self.refresh_list()

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            self._history_view = HistoryView(self.services)
            self._replace_tab(HISTORY_TAB, self._history_view)
        return self._history_view

    @property
    def editor(self) -> EditorView:
        if self._editor is None:
            self._editor = EditorView(self.services, self.undo_stack)
            self._editor.problem.connect(self.message.setText)
            self._editor.changed.connect(self.refresh_list)
            self._replace_tab(EDIT_TAB, self._editor)
        return self._editor

    def _replace_tab(self, index: int, view: QWidget) -> None:
        current, placeholder = self.tabs.currentIndex(), self.tabs.widget(index)
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

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
            item.setToolTip(plain_tip(title))
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
        if wanted is not None and wanted == self._pending_select:
            self._pending_select, self._pending_start = None, False  # gone meanwhile: start nothing

    def _show_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        title = self.list.currentItem().text()
        start = self._pending_start and key == self._pending_select
        if start:  # a tab switch on the way to the wanted checklist must not use it up
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

    def _on_data_changed(self, changes: Changes) -> None:
        if changes & Changes.CHECKLISTS and self.tabs.currentIndex() == HISTORY_TAB:
            self.history_view.refresh()
        if changes & Changes.PACKS:  # a pack arrived, changed or left: its checklists did too
            if self._editor is not None:
                self._editor.checklist = None
            self.refresh_list()

    # -- packs ----------------------------------------------------------------------
    def _pack_buttons(self, row) -> None:
        self.packs = self.context.part("packs")
        self.import_pack_button = QPushButton(self.tr("&Import pack…"))
        self.import_pack_button.clicked.connect(lambda: self.packs.import_chosen(self))
        self.export_pack_button = QPushButton(self.tr("E&xport as pack…"))
        self.export_pack_button.clicked.connect(self.export_pack)
        self.packs.message.connect(self.message.setText)
        self.packs.notices_changed.connect(self._show_pack_notices)
        self.pack_notice = plain_label("", object_name="problemBanner")
        self.pack_notice.hide()
        self._show_pack_notices()
        row.addWidget(self.import_pack_button)
        row.addWidget(self.export_pack_button)

    def _show_pack_notices(self) -> None:
        self.pack_notice.setText("\n".join(self.packs.notices))
        self.pack_notice.setVisible(bool(self.packs.notices))

    def export_pack(self):
        """Open Export as pack… for the current checklist (others can be ticked too)."""
        from shiftmate.ui.packs.export_dialog import PackExportDialog

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
        """Start (or resume) the first checklist meant for ``when`` and offer the others.

        The store's pack list comes first; the built-in and the worker's own lists for the
        same moment are offered beside the run, one click each.
        """
        def found(choices) -> None:
            if not choices:
                self._show_moment_offer(when, [])
                self.message.setText(self.tr("There is no checklist for this moment yet; make one with New…"))
                return
            self._moment = (when, choices)
            self.start_checklist(choices[0][0])

        self.services.run(lambda store: ChecklistLibrary(store).for_when(when), found)

    def start_checklist(self, key: str) -> None:
        """Select ``key`` and start (or resume) today's run of it."""
        self._pending_select, self._pending_start = key, True
        self.tabs.setCurrentIndex(RUN_TAB)
        self.refresh_list(key)
        if self._moment is not None:
            when, choices = self._moment
            self._show_moment_offer(when, [c for c in choices if c[0] != key])

    def _show_moment_offer(self, when: str, others) -> None:
        """One button for each other checklist meant for this moment."""
        for button in self.moment_buttons:
            self.moment_row.removeWidget(button)
            button.deleteLater()
        self.moment_buttons = []
        heading = {
            "before-shift": self.tr("Also for before your shift:"),
            "after-shift": self.tr("Also for after your shift:"),
        }.get(when, self.tr("Also for this moment:"))
        self.moment_offer.setText(heading)
        for key, title, origin_pack in others:
            # A pack's title is plain text: an & in it is a letter, not a keyboard shortcut.
            shown = shown_title(title, origin_pack).replace("&", "&&")
            button = QPushButton(self.tr("Start “%1”").replace("%1", shown))
            button.clicked.connect(partial(self.start_checklist, key))
            self.moment_row.addWidget(button)
            self.moment_buttons.append(button)
        self.moment_panel.setVisible(bool(others))

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
            self.refresh_list, self.message.setText,
        ))
        self.message.setText(self.tr("Deleted “%1”. Press Ctrl+Z to undo.").replace("%1", title))
