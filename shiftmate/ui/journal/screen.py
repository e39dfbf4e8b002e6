"""The Journal screen: read back, search as you type, filter, reflect, delete with Undo, export.

Search runs on the data thread after a short pause in typing (``search_delay_ms``; tests set
it to 0 or call ``apply_search``); the lazy model drops answers to older searches.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QWidget,
)

from shiftmate.core.journal.entries import CHANNELS, channel_label, delete_entry, entry_count, list_tags, restore_entry
from shiftmate.core.journal.search import COUNT_CAP, JournalFilter
from shiftmate.ui.journal.actions import JournalActions
from shiftmate.ui.journal.model import HighlightDelegate, JournalListModel
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout, labelled
from shiftmate.ui.widgets.scaling import on_rescale, px
from shiftmate.ui.widgets.screen import Screen, listen, plain_label, scale_size, subscribe
from shiftmate.ui.data.changes import Changes

SEARCH_DELAY_MS = 150
# The keys of JournalScreen._add_shortcuts and the table, for the shortcuts sheet.
JOURNAL_KEYS = (
    (QKeySequence.Find, QT_TRANSLATE_NOOP("ShortcutsSheet", "Search your journal")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Enter"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Reflect on the chosen entry")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete the chosen entry")),
    ((QKeySequence.Undo, QKeySequence.Redo), QT_TRANSLATE_NOOP("ShortcutsSheet", "Undo, redo a delete")),
)
_EARLIEST = QDate(2000, 1, 1)


class DeleteEntryCommand(QUndoCommand):
    """Deleting an entry; undo puts it back exactly as it was."""

    def __init__(self, screen: "JournalScreen", entry_id: int) -> None:
        super().__init__(QCoreApplication.translate("JournalScreen", "Delete entry"))
        self.screen = screen
        self.entry_id = entry_id
        self.deleted = None
        self._undo_waiting = False  # Ctrl+Z came before the delete's answer

    def redo(self) -> None:
        def remember(entry) -> None:
            self.deleted = entry
            if self._undo_waiting:
                self._undo_waiting = False
                self._restore(entry)

        entry_id = self.entry_id
        self._undo_waiting = False
        self.deleted = None
        self.screen.services.write(lambda store: delete_entry(store, entry_id), Changes.JOURNAL, remember)

    def undo(self) -> None:
        # The deleted entry arrives with the delete's answer; a quick Ctrl+Z waits for it
        # rather than letting a job read this command on the data thread.
        if self.deleted is None:
            self._undo_waiting = True
            return
        self._restore(self.deleted)

    def _restore(self, entry) -> None:
        services = self.screen.services
        services.write(lambda store: restore_entry(store, entry), Changes.JOURNAL)


class DateFilterEdit(QDateEdit):
    """A date filter whose "any day" lets Tab through.

    QDateTimeEdit swallows Tab while it shows its special value text, which traps a keyboard
    user in the field; here Tab leaves it, as it does every other field.
    """

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and self.date() == self.minimumDate():
            forward = event.key() == Qt.Key_Tab and not event.modifiers() & Qt.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)


def _fit_row_height(table: QTableView) -> None:
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + px(12))


class EntryColumns(QObject):
    """Sizes the journal table's columns for the text size, and makes room for what happened.

    When, channel, tags and intensity are as wide as what they hold; "What happened" gets
    the rest. Where that would leave it fewer than ``MIN_TEXT_CHARS`` characters (large text
    on a small screen), channel and then tags step aside; both are still in each row's tool
    tip, the filters and the reflection window.
    """

    MIN_TEXT_CHARS = 28
    OPTIONAL = (1, 3)  # channel, tags: hidden first to last

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)
        on_rescale(table, lambda _t: self.fit())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, metrics, pad = self.table, self.table.fontMetrics(), px(18)
        channels = [channel_label(key) for key in CHANNELS]
        widths = {
            0: metrics.horizontalAdvance("2026-12-31 23:59") + pad,
            1: max(metrics.horizontalAdvance(c) for c in channels) + pad,
            3: px(120),
            4: metrics.horizontalAdvance("10 → 10") + pad,
        }
        room = table.viewport().width() - metrics.averageCharWidth() * self.MIN_TEXT_CHARS
        hidden = set()
        for column in self.OPTIONAL:
            if sum(w for c, w in widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column, width in widths.items():
            table.setColumnHidden(column, column in hidden)
            if column not in hidden:
                table.setColumnWidth(column, width)


class JournalScreen(Screen):
    """Reads back and searches the worker's journal entries."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        services = self.services
        self.set_title(self.tr("Journal"))
        self.actions: JournalActions = self.context.part("journal")  # shared with Ctrl+N and the tray
        self.search_delay_ms = SEARCH_DELAY_MS
        self.undo_stack = QUndoStack(self)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search everything you wrote (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        set_accessible(self.search_edit, self.tr("Search your journal"),
                       self.tr("Finds words as you type, also the start of a word. Ctrl+F comes back here."))
        self.new_button = QPushButton(self.tr("Note a hard moment…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(lambda: self.actions.open_capture())
        self.new_good_button = QPushButton(self.tr("Note a good moment…"))
        self.new_good_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_good_button.clicked.connect(self.actions.open_good_capture)
        self.reflect_button = QPushButton(self.tr("Reflect"))
        self.reflect_button.setToolTip(self.tr("Enter"))
        self.reflect_button.clicked.connect(self.open_selected)
        self.short_button = QPushButton(self.tr("Short reflection…"))
        self.short_button.setToolTip(self.tr("Four questions for a break; the full form is one click away"))
        self.short_button.clicked.connect(self.open_selected_short)
        self.share_button = QPushButton(self.tr("Share with my manager…"))
        self.share_button.setToolTip(self.tr("For an entry marked \"A manager should know\": a short summary you preview"))
        self.share_button.clicked.connect(self.share_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete key; Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.tags_button = QPushButton(self.tr("Tags…"))
        self.tags_button.clicked.connect(self.manage_tags)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.choose_export)
        # Rows that wrap at large text sizes instead of cutting words off.
        top = FlowLayout()
        scale_size(self.search_edit, setMinimumWidth=220)
        self.search_edit.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        top.addWidget(self.search_edit)
        for button in (self.new_button, self.new_good_button, self.reflect_button, self.short_button,
                       self.share_button, self.delete_button, self.tags_button, self.export_button):
            top.addWidget(button)

        self.since_edit, self.until_edit = self._date_filter(), self._date_filter()
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        self.tag_combo.setMinimumContentsLength(10)
        set_accessible(self.tag_combo, self.tr("Only entries with this tag"))
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("Any channel"), "")
        for key in CHANNELS:
            self.channel_combo.addItem(channel_label(key), key)
        set_accessible(self.channel_combo, self.tr("Only entries from this channel"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Hard and good moments"), "")
        self.kind_combo.addItem(self.tr("Hard moments"), "hard")
        self.kind_combo.addItem(self.tr("Good moments"), "good")
        set_accessible(self.kind_combo, self.tr("Only hard or only good moments"))
        self.follow_check = QCheckBox(self.tr("Open follow-ups"))
        self.min_spin = QSpinBox()
        self.min_spin.setRange(0, 10)
        self.min_spin.setSpecialValueText(self.tr("any"))
        filters = FlowLayout()
        for text, widget in ((self.tr("From"), self.since_edit), (self.tr("To"), self.until_edit),
                             (self.tr("Intensity at least"), self.min_spin)):
            filters.addWidget(labelled(plain_label(text, wrap=False), widget))
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.channel_combo)
        filters.addWidget(self.follow_check)

        self.model = JournalListModel(services, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.highlight = HighlightDelegate(self.model, self.table)
        for column in (2, 3):  # the columns a search can match
            self.table.setItemDelegateForColumn(column, self.highlight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        set_accessible(self.table, self.tr("Journal entries"),
                       self.tr("Newest first. Enter reflects on the entry, Delete deletes it (Ctrl+Z brings it back)."))
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        on_rescale(self.table, _fit_row_height)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.columns = EntryColumns(self.table)
        self.table.activated.connect(lambda index: self.actions.open_reflection(self.model.entry_id(index.row())))
        # The entry's own menu (right-click, or the Menu key): the ways to reflect on it and share it.
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._entry_menu)
        self.count_label = plain_label(object_name="emptyBody", wrap=False)

        self.content.addLayout(top)
        self.content.addLayout(filters)
        self.content.addWidget(self.count_label)
        self.content.addWidget(self.table, 1)
        self.empty_state = self.show_empty(
            self.tr("Your journal is empty"),
            self.tr(
                "A private place to put down difficult customer moments and reflect on them later. Press Ctrl+N (or Note a hard moment) to write the first one. Everything stays on this computer."
            ),
        )
        self._set_empty(True)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._schedule_search)
        for signal in (self.since_edit.dateChanged, self.until_edit.dateChanged, self.tag_combo.currentIndexChanged,
                       self.channel_combo.currentIndexChanged, self.kind_combo.currentIndexChanged,
                       self.follow_check.toggled, self.min_spin.valueChanged):
            signal.connect(self.apply_search)
        self.model.counted.connect(self._on_counted)
        self._add_shortcuts()
        subscribe(self, services, Changes.JOURNAL, self._on_data_changed)
        listen(self, services.opened, self._on_opened)
        if services.info is not None:
            self.reload()

    def _date_filter(self) -> QDateEdit:
        edit = DateFilterEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_EARLIEST)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_EARLIEST)
        return edit

    def _add_shortcuts(self) -> None:
        def add(keys, slot, widget=self) -> None:
            action = QAction(self)
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

        add(QKeySequence.keyBindings(QKeySequence.Find), self._focus_search)
        add(QKeySequence.keyBindings(QKeySequence.Undo), self.undo_stack.undo)
        add(QKeySequence.keyBindings(QKeySequence.Redo), self.undo_stack.redo)
        add([QKeySequence(Qt.Key_Delete)], self.delete_selected, self.table)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- search and filters ---------------------------------------------------------
    def _schedule_search(self) -> None:
        if self.search_delay_ms <= 0:
            self.apply_search()
        else:
            self.search_timer.start(self.search_delay_ms)

    def current_filter(self) -> JournalFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == _EARLIEST else dt.date(value.year(), value.month(), value.day())

        return JournalFilter(
            query=self.search_edit.text(), since=day(self.since_edit), until=day(self.until_edit),
            tag=self.tag_combo.currentData() or "", channel=self.channel_combo.currentData() or "",
            open_follow_ups=self.follow_check.isChecked(), min_intensity=self.min_spin.value() or None,
            zone=self.actions.clock.zone_name(), kind=self.kind_combo.currentData() or "",
        )

    def apply_search(self) -> None:
        self.search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter or not self.model.rowCount():
            self.model.set_filter(flt)

    def _on_opened(self, _info: dict) -> None:
        self.reload()

    def reload(self) -> None:
        """Re-read the list (after a write) and the tag choices."""
        self.model.filter = self.current_filter()
        self.model.refresh()
        self.services.run(lambda store: (entry_count(store), list_tags(store)), self._on_facts, lambda _s: None)

    def _on_data_changed(self, _changes: Changes) -> None:
        self.reload()

    def _on_facts(self, facts) -> None:
        total, tags = facts
        self._set_empty(total == 0)
        chosen = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag_combo.addItem(tag.name, tag.name)  # the person's own words, shown as typed
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(chosen)))
        self.tag_combo.blockSignals(False)
        if chosen and self.tag_combo.currentData() != chosen:
            self.apply_search()

    def _set_empty(self, empty: bool) -> None:
        if empty and self.table.hasFocus():
            # Keep focus inside the screen so Ctrl+Z still reaches its undo.
            self.new_button.setFocus()
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)
        self.count_label.setVisible(not empty)

    def _on_counted(self, total: int) -> None:
        if self.model.filter.is_empty:
            text = self.tr("%n entries", "", total)
        elif total > COUNT_CAP:
            text = self.tr("More than %n entries match", "", COUNT_CAP)
        else:
            text = self.tr("%n entries match", "", total)
        self.count_label.setText(text)

    # -- acting on the selected entry -----------------------------------------------
    def selected_entry_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.entry_id(rows[0].row())
        current = self.table.currentIndex()
        return self.model.entry_id(current.row()) if current.isValid() else None

    def open_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is not None:
            self.actions.open_reflection(entry_id)

    def entry_menu(self):
        """The menu of the chosen entry (a QMenu, not yet shown)."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.table)
        menu.addAction(self.tr("Reflect"), self.open_selected)
        menu.addAction(self.tr("Short reflection…"), self.open_selected_short)
        menu.addAction(self.tr("Share with my manager…"), self.share_selected)
        return menu

    def _entry_menu(self, point) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
            menu = self.entry_menu()
            menu.setAttribute(Qt.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(point))

    def open_selected_short(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is not None:
            self.actions.open_short_reflection(entry_id)

    def share_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is not None:
            self.actions.open_share([entry_id])

    def delete_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is not None:
            self.undo_stack.push(DeleteEntryCommand(self, entry_id))

    def manage_tags(self) -> None:
        from shiftmate.ui.journal.tags import TagsDialog

        TagsDialog(self.services, self).open()

    # -- export ---------------------------------------------------------------------
    def choose_export(self) -> None:
        filters = {
            self.tr("Markdown (*.md)"): "md", self.tr("JSON (*.json)"): "json",
            self.tr("CSV (*.csv)"): "csv", self.tr("PDF (*.pdf)"): "pdf",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export journal"), str(Path.home() / "shiftmate-journal.md"), ";;".join(filters)
        )
        if path:
            self.export_to(Path(path), filters.get(chosen) or Path(path).suffix.lstrip(".") or "md")

    def export_to(self, path: Path, fmt: str) -> None:
        """Export what the date and tag filters select; PDF is laid out on the GUI thread."""
        from shiftmate.core.journal.exchange import ExportSelection, entries_for_export, export_journal

        flt = self.current_filter()
        selection = ExportSelection(since=flt.since, until=flt.until, tag=flt.tag, zone=flt.zone)

        def done(count: int) -> None:
            self.count_label.setText(self.tr("Exported %n entries to %1", "", count).replace("%1", str(path)))

        if fmt == "pdf":
            from shiftmate.ui.journal.pdf import write_pdf

            def pdf(entries) -> None:
                write_pdf(entries, path)
                done(len(entries))

            self.services.run(lambda store: entries_for_export(store, selection), pdf)
        else:
            self.services.run(lambda store: export_journal(store, path, fmt, selection), done)
