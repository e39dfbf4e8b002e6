"""Export as pack…: choose checklists, name the pack, pick a file, write it.

The dialog proposes the id, title and organization of the last export and its next version
(remembered in settings by ``core.packs.export``). The save-file choice is injectable
(``choose_file``) so tests never open a native dialog. Writing runs on the data thread.
When the installed packs hold store information (who to call, lines for "What to say", a
policy), a ticked box takes it into the pack (schema 2); without any, the box stays hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.checklists.words import shown_title
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.packs.export import export_pack_to_file, installed_store_info, next_version, proposed_export
from shiftmate.core.packs.format import ID_PATTERN, MAX_TITLE, slugify
from shiftmate.ui.widgets.screen import plain_label, scale_size


class PackExportDialog(QDialog):
    """Asks which checklists, pack id, title, organization and version; then writes the file."""

    exported = Signal(str)  # the sentence shown after writing

    def __init__(self, services, selected_key: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Export as pack"))
        self.choose_file: Callable[[QWidget, str], str | None] = self._ask_for_file
        self._selected_key = selected_key
        self._id_problem = ""  # the sentence shown for a bad id, cleared once it is put right

        self.checklists = QListWidget()
        scale_size(self.checklists, setMinimumHeight=120)
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(64)
        self.id_edit.setPlaceholderText(self.tr("for example corner-cafe.rules"))
        self.id_edit.editingFinished.connect(self._propose_version)
        self.id_edit.editingFinished.connect(self._check_id)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.organization_edit = QLineEdit()
        self.organization_edit.setMaxLength(MAX_TITLE)
        self.version_spin = QSpinBox()
        self.version_spin.setRange(1, 1_000_000)
        self.lock_check = QCheckBox(self.tr("&Lock the items"))
        self.lock_check.setChecked(True)
        # A check box never wraps its words; the why goes below it, where it can.
        lock_note = plain_label(self.tr("Workers can't change or remove locked items; they can add their own."),
                                object_name="emptyBody")
        self.lock_check.setAccessibleDescription(lock_note.text())
        self.store_info_check = QCheckBox(self.tr("Include the store's contacts, phrases and &policy"))
        self.store_info_check.setChecked(True)
        self.store_info_note = plain_label("", object_name="emptyBody")
        self.store_info_check.hide()
        self.store_info_note.hide()
        self.problem = plain_label("", object_name="emptyBody")

        form = QFormLayout()
        form.addRow(self.tr("&Checklists:"), self.checklists)
        form.addRow(self.tr("Pack &id:"), self.id_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organization:"), self.organization_edit)
        form.addRow(self.tr("&Version:"), self.version_spin)
        form.addRow("", self.lock_check)
        form.addRow("", lock_note)
        form.addRow("", self.store_info_check)
        form.addRow("", self.store_info_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        services.run(lambda store: (ChecklistLibrary(store).list(), proposed_export(store),
                                    installed_store_info(store)), self._loaded, self.problem.setText)

    def _loaded(self, found) -> None:
        checklists, proposal, info = found
        if info.contacts or info.phrases or info.policy:
            parts = [self.tr("%n contacts", "", len(info.contacts)), self.tr("%n phrases", "", len(info.phrases))]
            if info.policy:
                parts.append(self.tr("the policy"))
            self.store_info_note.setText(self.tr("From the installed packs: %1.").replace("%1", ", ".join(parts)))
            self.store_info_check.setAccessibleDescription(self.store_info_note.text())
            self.store_info_check.show()
            self.store_info_note.show()
        for checklist in checklists:
            item = QListWidgetItem(shown_title(checklist.title, checklist.origin_pack))
            item.setData(Qt.UserRole, checklist.key)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if checklist.key == self._selected_key else Qt.Unchecked)
            self.checklists.addItem(item)
        self.id_edit.setText(proposal["id"])
        self.title_edit.setText(proposal["title"])
        self.organization_edit.setText(proposal["organization"])
        self.version_spin.setValue(proposal["version"])

    def _propose_version(self) -> None:
        pack_id = self.id_edit.text().strip()
        if pack_id:
            self.services.run(lambda store: next_version(store, pack_id), self.version_spin.setValue)

    def _check_id(self) -> bool:
        """Say what a pack id must be when the one typed cannot be used; True when it can."""
        pack_id = self.id_edit.text().strip()
        if not pack_id or ID_PATTERN.match(pack_id):
            if self.problem.text() == self._id_problem:
                self.problem.setText("")
            return bool(pack_id)
        self._id_problem = self.tr(
            "The pack id “%1” can only use a-z, 0-9, '.', '_' and '-', starting and ending with a letter "
            "or digit (at most 64 characters), for example corner-cafe.rules."
        ).replace("%1", pack_id)
        self.problem.setText(self._id_problem)
        return False

    def chosen_keys(self) -> list[str]:
        return [self.checklists.item(row).data(Qt.UserRole) for row in range(self.checklists.count())
                if self.checklists.item(row).checkState() == Qt.Checked]

    def _ask_for_file(self, parent: QWidget, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Export as pack"), suggested, self.tr("Checklist packs (*.shiftpack.toml)"))
        return path or None

    def export(self) -> None:
        keys = self.chosen_keys()
        if not keys:
            self.problem.setText(self.tr("Tick at least one checklist to export."))
            return
        pack_id, title = self.id_edit.text().strip(), self.title_edit.text().strip()
        if not pack_id or not title:
            self.problem.setText(self.tr("A pack needs an id and a title."))
            return
        if not self._check_id():  # before the file dialog: a bad id is said here, not after
            self.id_edit.setFocus()
            return
        # In the home folder, as the journal's export: the working folder of a desktop app
        # is wherever it happened to be started from.
        path = self.choose_file(self, str(Path.home() / f"{slugify(pack_id, 'pack')}.shiftpack.toml"))
        if not path:
            return
        if not path.endswith(".shiftpack.toml"):
            path = path.removesuffix(".toml") + ".shiftpack.toml"
        options = dict(pack_id=pack_id, title=title, organization=self.organization_edit.text(),
                       version=self.version_spin.value(), lock=self.lock_check.isChecked(),
                       store_info=not self.store_info_check.isHidden() and self.store_info_check.isChecked())

        def done(pack) -> None:
            self.exported.emit(self.tr("Exported “%1” version %2 to %3.").replace("%1", pack.title)
                               .replace("%2", str(pack.version)).replace("%3", path))
            self.accept()

        self.services.run(lambda store: export_pack_to_file(store, keys, path, **options), done,
                          self.problem.setText)
