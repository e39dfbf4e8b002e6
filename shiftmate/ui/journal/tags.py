"""Renaming and merging tags: give a tag the name of another and the two become one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QListView, QPushButton, QVBoxLayout

from shiftmate.core.journal.entries import list_tags, rename_tag
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label
from shiftmate.ui.data.changes import Changes


class TagsDialog(QDialog):
    """Lists tags with how often they are used; renames or merges the selected one."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Tags"))
        # Explicit, so the layout never sets one after showing.
        scale_window(self, 340, 300, 380, 420)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.NoEditTriggers)
        set_accessible(self.view, self.tr("Your tags"))
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("New name (an existing tag's name merges the two)"))
        set_accessible(self.name_edit, self.tr("New name for the chosen tag"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.name_edit.returnPressed.connect(self.rename_selected)
        self.message = plain_label(object_name="emptyBody")
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.rename_button)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.services.run(list_tags, self._show)

    def _show(self, tags) -> None:
        self.model.clear()
        for tag in tags:
            item = QStandardItem(self.tr("%1 (%n entries)", "", tag.entries).replace("%1", tag.name))
            item.setData(tag.name, Qt.UserRole)
            self.model.appendRow(item)
        if not tags:
            self.message.setText(self.tr("No tags yet. Add tags when you note or reflect on a moment."))

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.name_edit.setText(current.data(Qt.UserRole))

    def rename_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        old, new = index.data(Qt.UserRole), self.name_edit.text()

        def done(count: int) -> None:
            self.message.setText(self.tr("Renamed; %n entries updated.", "", count))
            self.reload()

        self.services.write(lambda store: rename_tag(store, old, new), Changes.JOURNAL, done, self.message.setText)
