"""Share with my manager: a short factual summary, previewed, with the worker choosing fields.

The facts are ticked to begin with; feelings, what I told myself and every other inner
field start unticked and go in only when ticked. What the preview shows is exactly what the
PDF, the text file and the clipboard get. The PDF is laid out on the data thread (a text
document and a PDF writer, no widget), so the window never waits for it. After the talk,
"what we agreed for next time" can be kept on the entry from here too.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.journal.entries import JournalEntry, get_entry
from shiftmate.core.journal.share import SHARE_FIELDS, check_shareable, share_text
from shiftmate.core.errors import BadInput
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label, scale_size


class ShareDialog(QDialog):
    """The preview of the summary for a manager, a tick box per field, and the ways out."""

    loaded = Signal()
    written = Signal(str)  # the path of the file written
    agreement_kept = Signal(int)  # the entry whose "what we agreed" was stored

    def __init__(self, services: DataService, entry_ids: list[int], parent=None,
                 entries: list[JournalEntry] | None = None) -> None:
        """``entries``: the entries as a form holds them (the reflection window); else read by id."""
        super().__init__(parent)
        self.services = services
        self.entries: list[JournalEntry] = []
        self.setWindowTitle(self.tr("Share with my manager"))
        scale_window(self, 560, 520, 640, 640)

        intro = plain_label(self.tr(
            "A short, factual summary to give your manager. Nothing leaves this computer unless you save "
            "or copy it. Feelings and what you told yourself stay out unless you tick them."
        ), object_name="emptyBody")
        self.checks: dict[str, QCheckBox] = {}
        facts = QGroupBox(self.tr("The facts"))
        inner = QGroupBox(self.tr("Only if you choose"))
        facts_flow, inner_flow = FlowLayout(facts), FlowLayout(inner)
        for name, label, on in SHARE_FIELDS:
            check = QCheckBox(_label(label))
            check.setChecked(on)
            check.setObjectName(f"share_{name}")
            check.toggled.connect(self.refresh)
            self.checks[name] = check
            (facts_flow if on else inner_flow).addWidget(check)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        set_accessible(self.preview, self.tr("Preview of the summary"),
                       self.tr("Exactly what the PDF, the text file or the copy will hold."))
        # After the talk, what was agreed goes back on the entry (one entry, read from disk).
        self.agreement = QWidget()
        agreement = QVBoxLayout(self.agreement)
        agreement.setContentsMargins(0, 0, 0, 0)
        self.agreed_edit = QPlainTextEdit()
        self.agreed_edit.setTabChangesFocus(True)
        self.agreed_edit.setPlaceholderText(self.tr("After you talked: what you will both do next time."))
        set_accessible(self.agreed_edit, self.tr("What we agreed for next time"))
        scale_size(self.agreed_edit, setMinimumHeight=48, setMaximumHeight=96)
        self.keep_agreement_button = QPushButton(self.tr("Keep it on the entry"))
        self.keep_agreement_button.clicked.connect(self.keep_agreement)
        agreement.addWidget(plain_label(self.tr("What we agreed for next time")))
        agreement.addWidget(self.agreed_edit)
        agreement.addWidget(self.keep_agreement_button, 0, Qt.AlignRight)
        self.agreement.hide()
        self.from_disk = entries is None
        self.message = plain_label(object_name="emptyBody")
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.pdf_button = self.buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ActionRole)
        self.text_button = self.buttons.addButton(self.tr("Save as text…"), QDialogButtonBox.ActionRole)
        self.copy_button = self.buttons.addButton(self.tr("Copy"), QDialogButtonBox.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        self.pdf_button.clicked.connect(lambda: self._choose("pdf"))
        self.text_button.clicked.connect(lambda: self._choose("txt"))
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        # Everything above the buttons scrolls: at large text the tick boxes wrap onto many lines.
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(facts)
        column.addWidget(inner)
        column.addWidget(self.preview, 1)
        column.addWidget(self.agreement)
        scale_size(self.preview, setMinimumHeight=160)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_ready(False)
        if entries is not None:
            self._on_loaded(list(entries))
        else:
            ids = list(entry_ids)
            self.services.run(lambda store: [get_entry(store, i) for i in ids], self._on_loaded, self._say)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.pdf_button, self.text_button, self.copy_button):
            button.setEnabled(ready)

    def _on_loaded(self, entries: list[JournalEntry]) -> None:
        try:
            check_shareable(entries)
        except BadInput:
            self._say(self.tr("Only entries marked \"A manager should know\" can be shared. "
                              "Tick it in the entry's reflection first."))
            self.loaded.emit()
            return
        self.entries = entries
        self._set_ready(True)
        if self.from_disk and len(entries) == 1:
            self.agreed_edit.setPlainText(entries[0].agreed_next_time)
            self.agreement.show()
        self.refresh()
        self.checks["when"].setFocus(Qt.OtherFocusReason)
        self.loaded.emit()

    def included(self) -> frozenset[str]:
        return frozenset(name for name, check in self.checks.items() if check.isChecked())

    def refresh(self, *_args) -> None:
        if self.entries:
            self.preview.setPlainText(share_text(self.entries, self.included()))

    def text(self) -> str:
        return share_text(self.entries, self.included())

    def keep_agreement(self) -> None:
        """Store what was agreed on the entry; the preview then shows it."""
        from shiftmate.core.journal.share import record_agreement
        from shiftmate.ui.data.changes import Changes
        from shiftmate.ui.data.timers import clock_of

        entry_id, text, clock = self.entries[0].id, self.agreed_edit.toPlainText(), clock_of(self.services)
        self.services.write(lambda store: record_agreement(store, clock, entry_id, text), Changes.JOURNAL,
                            self._agreement_kept, self._say)

    def _agreement_kept(self, entry: JournalEntry) -> None:
        if not shiboken6.isValid(self):
            return
        self.entries = [entry]
        self.refresh()
        self._say(self.tr("Kept on the entry."))
        self.agreement_kept.emit(entry.id)

    # -- the ways out ---------------------------------------------------------------
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self._say(self.tr("Copied. Paste it into an email or a message to your manager."))

    def _choose(self, fmt: str) -> None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "txt": self.tr("Text (*.txt)")}
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), str(Path.home() / f"for-my-manager.{fmt}"), filters[fmt]
        )
        if path:
            self.save_to(Path(path), fmt)

    def save_to(self, path: Path, fmt: str) -> None:
        """Write the summary as ``fmt`` ("pdf" or "txt"), off the GUI thread."""
        entries, included, target = list(self.entries), self.included(), str(path)

        def job(_store):
            if fmt == "pdf":
                from shiftmate.ui.journal.pdf import write_share_pdf

                write_share_pdf(entries, included, Path(target))
            else:
                from shiftmate.core.journal.exchange import write_atomically

                write_atomically(Path(target), share_text(entries, included).encode("utf-8"))
            return target

        self.services.run(job, self._on_written, self._say)

    def _on_written(self, path: str) -> None:
        self._say(self.tr("Saved to %1").replace("%1", path))
        self.written.emit(path)

    def _say(self, sentence: str) -> None:
        if shiboken6.isValid(self):
            self.message.setText(sentence)
            self.message.show()


def _label(source: str) -> str:
    from shiftmate.core.i18n import translate

    return translate("JournalShare", source)
