"""Settings ▸ Packs: the installed packs (title, organization, version, source, checklists),
Import pack…, Remove (after confirming), and notices about machine-wide packs skipped at start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from shiftmate.core.checklists.words import shown_title
from shiftmate.core.packs.install import BUILTIN, PRELOADED, installed_packs, remove_pack
from shiftmate.ui.packs.actions import PackActions
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.screen import listen, plain_label, scale_size, subscribe
from shiftmate.ui.widgets.tooltips import plain_tip
from shiftmate.ui.data.changes import Changes


class PackSettingsBox(QGroupBox):
    """Lists installed packs and removes one after the worker confirms."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(self.tr("Packs"), parent)
        self.services = services = context.services
        self.packs: PackActions = context.part("packs")
        self.confirm_box: QMessageBox | None = None

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Pack"), self.tr("Organization"), self.tr("Version"),
                                   self.tr("Source"), self.tr("Checklists")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        scale_size(self.tree, setMinimumHeight=110)
        set_accessible(self.tree, self.tr("Installed packs"))
        self.tree.currentItemChanged.connect(lambda *_: self._sync_buttons())
        self.empty = plain_label(self.tr("No packs installed. A manager's pack arrives with Import pack… "
                                         "or from the machine-wide packs folder."), object_name="emptyBody")
        self.notice = plain_label("", object_name="problemBanner")
        self.message = plain_label("", object_name="emptyBody")
        self.import_button = QPushButton(self.tr("&Import pack…"))
        self.import_button.clicked.connect(lambda: self.packs.import_chosen(self))
        self.remove_button = QPushButton(self.tr("&Remove pack…"))
        self.remove_button.clicked.connect(self.ask_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.packs.notices_changed.connect(self._show_notices)
        self.packs.message.connect(self.message.setText)
        self._show_notices()
        subscribe(self, services, Changes.PACKS, lambda _changes: self.refresh())
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()
        self._sync_buttons()

    def _source_label(self, kind: str) -> str:
        return {BUILTIN: self.tr("built in"), PRELOADED: self.tr("preloaded")}.get(kind, self.tr("imported"))

    def refresh(self) -> None:
        self.services.run(installed_packs, self._fill)

    def _fill(self, packs) -> None:
        self.tree.clear()
        for pack in packs:
            titles = [shown_title(title, pack.id) for title in pack.checklists]
            row = QTreeWidgetItem([shown_title(pack.title, pack.id), pack.organization, str(pack.version),
                                   self._source_label(pack.source_kind), ", ".join(titles)])
            row.setData(0, Qt.UserRole, pack.id)
            row.setToolTip(0, plain_tip(pack.id))
            row.setToolTip(4, plain_tip("\n".join(titles)))
            self.tree.addTopLevelItem(row)
        self.tree.resizeColumnToContents(0)
        self.tree.setVisible(bool(packs))
        self.empty.setVisible(not packs)
        self._sync_buttons()

    def _show_notices(self) -> None:
        self.notice.setText("\n".join(self.packs.notices))
        self.notice.setVisible(bool(self.packs.notices))

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(self.tree.currentItem() is not None)

    def ask_remove(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        pack_id, title = current.data(0, Qt.UserRole), current.text(0)
        box = QMessageBox(QMessageBox.Warning, self.tr("Remove pack"), "", QMessageBox.NoButton, self)
        box.setTextFormat(Qt.PlainText)
        box.setText(self.tr("Remove “%1” and its checklists?").replace("%1", title))
        box.setInformativeText(self.tr("Their history stays. A newer version of the pack can bring them back."))
        remove = box.addButton(self.tr("&Remove"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.setAttribute(Qt.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is remove:
                self.services.write(lambda store: remove_pack(store, pack_id), Changes.PACKS | Changes.CHECKLISTS,
                                    self._removed, self.message.setText)

        box.finished.connect(finished)
        self.confirm_box = box
        box.open()

    def _removed(self, pack) -> None:
        self.message.setText(self.tr("Removed “%1”; the history of its checklists stays.").replace("%1", pack.title))
