"""The window's ways to take in a pack: Import pack…, a file dropped on the window, and the
machine-wide folder loaded at start. All of them end in ``core.packs.install.import_pack``.

Reading a file and writing the database happen on the data thread. Before importing from a
file the worker sees the pack's title, organization, version, checklists and the store
information it brings (who to call, lines for the "What to say" card, the policy; as plain
text) and confirms; the preview is a non-blocking QMessageBox so tests and the event loop
keep running. The file choice is injectable (``choose_file``) so tests never open a
native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from shiftmate.ui.data.changes import Changes, Wrote
from shiftmate.ui.data.service import DataService

if TYPE_CHECKING:  # the core's pack modules load on the data thread, after the first paint
    from PySide6.QtWidgets import QMessageBox  # (and the dialogs when first shown)
    from shiftmate.core.packs.install import ImportResult, PreloadReport
    from shiftmate.core.packs.format import Pack


def is_pack_file(path: str) -> bool:
    from shiftmate.core.packs.install import PACK_SUFFIX

    return path.lower().endswith(PACK_SUFFIX)


def _pack_changes(results) -> Changes:
    """On the data thread: a pack installed or updated changed the packs and their checklists."""
    from shiftmate.core.packs.install import INSTALLED, UPDATED

    if any(r.action in (INSTALLED, UPDATED) for r in results):
        return Changes.PACKS | Changes.CHECKLISTS
    return Changes.NONE


def _watch_paths(folders: list[Path], files: list[Path]) -> list[str]:
    """What to watch for ``folders``: each folder and its packs, or for a folder not made yet
    (a rollout creates it), the nearest folder above it that exists."""
    paths = {str(path) for path in files}
    for folder in folders:
        existing = folder
        while not existing.is_dir() and existing.parent != existing:
            existing = existing.parent
        if existing.is_dir():
            paths.add(str(existing))
    return sorted(paths)


class PackActions(QObject):
    """Imports packs and keeps the notices of the start-up preload; the window's part "packs"."""

    message = Signal(str)  # one sentence after an import (or why nothing happened)
    notices_changed = Signal()
    preview_opened = Signal(object)  # the QMessageBox, for tests and screenshots

    def __init__(self, context) -> None:
        services: DataService = context.services
        super().__init__(context.window or context)
        self.services = services
        self.notices: list[str] = []
        self.preloaded = False
        self.preview: QMessageBox | None = None
        self.site_dirs: list[Path] | None = None  # None: the machine-wide folders
        self.choose_file: Callable[[QWidget | None], str | None] = self._ask_for_file
        self.watcher = None  # a QFileSystemWatcher on the machine-wide folders, after the first load
        self.settle_ms = 500
        if context.window is not None:  # preload the machine-wide packs once open; accept drops
            services.opened.connect(lambda _info: self.preload())
            context.window.setAcceptDrops(True)

    # -- the machine-wide folder ------------------------------------------------------
    def preload(self) -> None:
        """Load the machine-wide folder now, on the data thread, and follow it from then on."""
        dirs = self.site_dirs

        def job(store):
            from shiftmate.core.packs.install import preload_site_packs, site_pack_dirs, site_pack_files

            folders = site_pack_dirs() if dirs is None else dirs
            report = preload_site_packs(store, folders)
            return Wrote((report, _watch_paths(folders, site_pack_files(folders))), _pack_changes(report.results))

        self.services.write(job, Changes.NONE, self._preloaded)

    def _preloaded(self, outcome: tuple[PreloadReport, list[str]]) -> None:
        report, watch = outcome
        self._follow(watch)
        self.preloaded = True
        self.notices = [self.tr("A pack in the machine-wide folder was skipped: %1").replace("%1", p)
                        for p in report.problems]
        self.notices_changed.emit()

    def _follow(self, paths: list[str]) -> None:
        """Watch the folders (and their packs) so a rollout needs no restart.

        A fleet tool (Group Policy, Intune, Jamf, Ansible, a copy to a share) drops a new or
        updated pack in the folder while the app runs. Changes are gathered until the folder
        has been quiet for ``settle_ms`` (a copy arrives in pieces), then the folder is loaded
        again on the data thread, as at start: a new version updates, a broken file gives the
        usual notice, an unchanged one changes nothing.
        """
        from PySide6.QtCore import QFileSystemWatcher

        from shiftmate.ui.data.timers import make_timer

        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self._settle = make_timer(self, self.settle_ms)  # (re)started by each change
            self._settle.timeout.connect(self._settled)
            self.watcher.directoryChanged.connect(lambda _path: self._settle.start(self.settle_ms))
            self.watcher.fileChanged.connect(lambda _path: self._settle.start(self.settle_ms))
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        wanted = set(paths)
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _settled(self) -> None:
        self._settle.stop()  # once per quiet spell, not every settle_ms
        self.preload()

    # -- from a file --------------------------------------------------------------------
    def _ask_for_file(self, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Import pack"), "", self.tr("Checklist packs (*.shiftpack.toml)"))
        return path or None

    def import_chosen(self, parent: QWidget | None = None) -> None:
        path = self.choose_file(parent)
        if path:
            self.import_file(path, parent)

    def import_file(self, path: str | Path, parent: QWidget | None = None) -> None:
        """Read ``path`` off the GUI thread, show what it holds, import once confirmed."""

        def job(_store):
            from shiftmate.core.packs.format import load_pack

            return load_pack(Path(path))

        self.services.run(job,
                          lambda pack: self._show_preview(pack, parent), self.message.emit)

    def _show_preview(self, pack: Pack, parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Question, self.tr("Import pack"), "", QMessageBox.NoButton, parent)
        box.setTextFormat(Qt.PlainText)  # the pack's words are data, never markup
        lines = [self.tr("Import “%1”?").replace("%1", pack.title), ""]
        if pack.organization:
            lines.append(self.tr("From: %1").replace("%1", pack.organization))
        lines.append(self.tr("Version: %1").replace("%1", str(pack.version)))
        lines.append(self.tr("Checklists:"))
        for checklist in pack.checklists:  # (lupdate reads no words inside an f-string)
            items = self.tr("%n items", "", checklist.item_count)
            lines.append(f"  • {checklist.title} ({items})")
        lines += self._store_info_lines(pack)
        box.setText("\n".join(lines))
        box.setInformativeText(self.tr("Locked items can't be changed; you can add your own beside them."))
        import_button = box.addButton(self.tr("&Import"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(import_button)
        box.setAttribute(Qt.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            self.preview = None
            if box.clickedButton() is import_button:
                from shiftmate.core.packs.install import import_pack

                def job(store):
                    result = import_pack(store, pack)
                    return Wrote(result, _pack_changes([result]))

                self.services.write(job, Changes.NONE, self._imported, self.message.emit)

        box.finished.connect(finished)
        self.preview = box
        box.open()
        self.preview_opened.emit(box)

    PREVIEW_PHRASES = 5  # a pack may bring 200 lines; the preview shows the first few

    def _store_info_lines(self, pack: Pack) -> list[str]:
        """The preview's lines for a schema 2 pack's contacts, phrases and policy."""
        lines = []
        if pack.contacts:
            lines.append(self.tr("Who to call:"))
            for contact in pack.contacts:
                line = f"  • {contact.name}: {contact.how}"
                if contact.when:
                    line += " " + self.tr("(when: %1)").replace("%1", contact.when)
                lines.append(line)
        if pack.phrases:
            lines.append(self.tr("Lines for “What to say”:"))
            lines += [f"  • {phrase.text}" for phrase in pack.phrases[:self.PREVIEW_PHRASES]]
            hidden = len(pack.phrases) - self.PREVIEW_PHRASES
            if hidden > 0:
                lines.append("  " + self.tr("…and %1 more").replace("%1", str(hidden)))
        if pack.policy:
            lines.append(self.tr("Store policy: %1").replace("%1", pack.policy.line))
            for exception in pack.policy.exceptions:
                lines.append("  • " + self.tr("Allowed: %1").replace("%1", exception))
        return lines

    def _imported(self, result: ImportResult) -> None:
        self.message.emit(self.describe(result))

    def describe(self, result: ImportResult) -> str:
        """The result as one translated sentence for the window."""
        from shiftmate.core.packs.install import INSTALLED, KEPT_PRELOADED, UPDATED

        if result.action == INSTALLED:
            text = self.tr("Imported “%1”, version %2.")
        elif result.action == UPDATED:
            text = self.tr("Updated “%1” to version %2.")
        elif result.action == KEPT_PRELOADED:
            text = self.tr("“%1” is provided for this whole computer; the copy you chose changes nothing.")
        elif result.previous_version is not None and result.previous_version > result.version:
            text = self.tr("A newer version of “%1” is already installed; version %2 changes nothing.")
        else:
            text = self.tr("“%1” version %2 is already installed; nothing changed.")
        return text.replace("%1", result.title).replace("%2", str(result.version))

    # -- dropped on the window ------------------------------------------------------------
    @staticmethod
    def dropped_pack_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and is_pack_file(url.toLocalFile())]
