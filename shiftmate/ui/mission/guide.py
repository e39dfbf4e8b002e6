"""The gentle guide to writing a service mission: three prompts that make a first draft.

A value (chosen from a few examples, or typed), why it matters to me, how it shows at work:
"Put it together" composes them into a statement the worker then edits freely before saving.
Opened without blocking (``open()``); the statement is saved on the data thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from shiftmate.core.mission.statement import MAX_LENGTH, VALUES
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_size
from shiftmate.ui.widgets.screen import plain_label


def compose(value: str, why: str, how: str) -> str:
    """The three answers as one statement, in the window's language; empty parts are left out."""
    value, why, how = (" ".join(part.split()).rstrip(".") for part in (value, why, how))
    parts = []
    if value and why:
        parts.append(QCoreApplication.translate("MissionGuide", "I work with %1, because %2.")
                     .replace("%1", value.lower()).replace("%2", why))
    elif value:
        parts.append(QCoreApplication.translate("MissionGuide", "I work with %1.").replace("%1", value.lower()))
    elif why:
        parts.append(QCoreApplication.translate("MissionGuide", "I do this work because %1.").replace("%1", why))
    if how:
        parts.append(QCoreApplication.translate("MissionGuide", "At work it shows when %1.").replace("%1", how))
    return " ".join(parts)


def save_job(text: str):
    """The write of a mission: a plain function of the store (no widget in it)."""
    def job(store):
        from shiftmate.core.mission.statement import write_mission

        return write_mission(store, text)

    return job


class MissionGuide(QDialog):
    """Three prompts and the statement they compose; Save keeps the statement."""

    saved = Signal(str)

    def __init__(self, services, current: str = "", parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("My service mission"))
        intro = plain_label(self.tr(
            "A sentence or two on why you do this work and what you want customers to feel. "
            "Answer the three prompts for a first draft, then make it your own."))
        self.value = QComboBox()
        self.value.setEditable(True)
        self.value.addItems([QCoreApplication.translate("Mission", v) for v in VALUES])
        self.value.setCurrentIndex(-1)
        self.value.lineEdit().setPlaceholderText(self.tr("Choose one, or type your own"))
        set_accessible(self.value, self.tr("A value I choose"))
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("e.g. everyone deserves to leave a little happier"))
        set_accessible(self.why, self.tr("Why it matters to me"))
        self.how = QLineEdit()
        self.how.setPlaceholderText(self.tr("e.g. I greet each person as if they were a regular"))
        set_accessible(self.how, self.tr("How it shows at work"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.addRow(self.tr("A &value I choose:"), self.value)
        form.addRow(self.tr("&Why it matters to me:"), self.why)
        form.addRow(self.tr("&How it shows at work:"), self.how)
        self.compose_button = QPushButton(self.tr("&Put it together"))
        self.compose_button.setAutoDefault(False)
        self.compose_button.clicked.connect(self.put_together)
        self.statement = QPlainTextEdit(current)
        self.statement.setTabChangesFocus(True)
        scale_size(self.statement, setMinimumHeight=90, setMinimumWidth=460)
        set_accessible(self.statement, self.tr("My mission"),
                       self.tr("Edit freely; up to %1 characters.").replace("%1", str(MAX_LENGTH)))
        self.problem = plain_label("", object_name="problemText")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.compose_button, 0, Qt.AlignLeft)
        layout.addWidget(plain_label(self.tr("My mission (edit it freely):")))
        layout.addWidget(self.statement)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.value.setFocus()

    def put_together(self) -> None:
        self.statement.setPlainText(compose(self.value.currentText(), self.why.text(), self.how.text()))
        self.statement.setFocus()

    def save(self) -> None:
        text = self.statement.toPlainText()
        if not text.strip():
            self._show_problem(self.tr("Write a sentence or two first, or press Put it together."))
            return
        if len(" ".join(text.split())) > MAX_LENGTH:
            self._show_problem(self.tr("Keep it to %1 characters or fewer.").replace("%1", str(MAX_LENGTH)))
            return

        def done(saved: str) -> None:
            self.saved.emit(saved)
            self.accept()

        self.services.write(save_job(text), Changes.SETTINGS, done, self._show_problem)

    def _show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
