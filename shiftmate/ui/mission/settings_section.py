"""Settings ▸ My mission and Settings ▸ Tips.

My mission: the statement, edited in place (Save, Clear), or rewritten with the guide.
Tips: "Show a tip for each shift", every tip (built-in ones in the window's language until
edited; hidden ones marked), and for the chosen one Save, Hide/Show, Restore ShiftMate's words
(built-in) or Remove (the worker's own); "Add as a new tip" adds the text in the field.
Every write goes through the data thread and the lists follow ``Changes.SETTINGS``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from shiftmate.core.mission.statement import MAX_LENGTH
from shiftmate.core.mission.tips import MAX_TIP
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.mission.guide import save_job
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_size
from shiftmate.ui.widgets.screen import listen, plain_label, subscribe

ROLE_ID = Qt.UserRole + 1


def _read_mission(store):
    from shiftmate.core.mission.statement import read_mission

    return read_mission(store)


def _clear_mission(store):
    from shiftmate.core.mission.statement import clear_mission

    clear_mission(store)


class MissionSettingsBox(QGroupBox):
    """The mission, edited in place or with the guide."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(self.tr("My mission"), parent)
        self.services = services = context.services
        self.guide = None
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("Why I do this work, and what I want customers to feel."))
        scale_size(self.edit, setMinimumHeight=70)
        set_accessible(self.edit, self.tr("My mission"),
                       self.tr("Shown on Today and at the top of Before my shift; up to %1 characters.")
                       .replace("%1", str(MAX_LENGTH)))
        self.save_button = QPushButton(self.tr("&Save mission"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"))
        set_accessible(self.clear_button, self.tr("Clear my mission"))
        self.clear_button.clicked.connect(self.clear)
        self.guide_button = QPushButton(self.tr("Write with the &guide…"))
        self.guide_button.clicked.connect(self.open_guide)
        self.message = plain_label("", object_name="emptyBody")
        buttons = QHBoxLayout()
        for button in (self.save_button, self.clear_button, self.guide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("A sentence or two on why you do this work. It is shown on Today "
                                             "before a shift and at the top of Before my shift."),
                                     object_name="emptyBody"))
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        subscribe(self, services, Changes.SETTINGS, lambda _changes: self.refresh())
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    def refresh(self) -> None:
        self.services.run(_read_mission, self._fill)

    def _fill(self, text: str) -> None:
        if text != " ".join(self.edit.toPlainText().split()):
            self.edit.setPlainText(text)

    def save(self) -> None:
        self.services.write(save_job(self.edit.toPlainText()), Changes.SETTINGS,
                            lambda saved: self._saved(saved, self.tr("Mission saved.")), self.message.setText)

    def clear(self) -> None:
        self.services.write(_clear_mission, Changes.SETTINGS,
                            lambda _none: self._saved("", self.tr("Mission cleared.")), self.message.setText)

    def _saved(self, text: str, sentence: str) -> None:
        self.edit.setPlainText(text)
        self.message.setText(sentence)

    def open_guide(self) -> None:
        from shiftmate.ui.mission.guide import MissionGuide

        self.guide = MissionGuide(self.services, self.edit.toPlainText(), self.window())
        self.guide.saved.connect(lambda saved: self._saved(saved, self.tr("Mission saved.")))
        self.guide.open()


# -- tips: jobs are plain functions of the store and plain values ----------------------------
def _tips_state(store):
    from shiftmate.core.mission.tips import TIPS_ON, all_tips

    return store.read(TIPS_ON), all_tips(store)


def _set_on(on: bool):
    def job(store):
        from shiftmate.core.mission.tips import TIPS_ON

        store.write(TIPS_ON, on)

    return job


def _tip_job(action: str, tip_id: str | None, text: str = "", hidden: bool = False):
    def job(store):
        from shiftmate.core.mission import tips

        if action == "add":
            return tips.add_tip(store, text)
        if action == "edit":
            tips.edit_tip(store, tip_id, text)
        elif action == "hide":
            tips.set_hidden(store, tip_id, hidden)
        elif action == "reset":
            tips.reset_tip(store, tip_id)
        elif action == "remove":
            tips.remove_tip(store, tip_id)
        return tip_id

    return job


class TipsSettingsBox(QGroupBox):
    """Tips on or off; every tip, with edit, hide, restore, remove and add."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(self.tr("Tips"), parent)
        self.services = services = context.services
        self.tips = []
        self.on = QCheckBox(self.tr("Show a &tip for each shift on Today"))
        self.on.setChecked(True)
        self.on.toggled.connect(self._toggled)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setWordWrap(True)
        # Long tips wrap to the list's width (at 200 % too) instead of running under a scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.Adjust)
        scale_size(self.list, setMinimumHeight=140)
        set_accessible(self.list, self.tr("Tips"))
        self.list.currentItemChanged.connect(lambda *_: self._sync())
        self.field = QLineEdit()
        self.field.setMaxLength(MAX_TIP)
        self.field.setPlaceholderText(self.tr("Choose a tip to edit it, or type a new one"))
        set_accessible(self.field, self.tr("Tip text"))
        self.save_button = QPushButton(self.tr("Save &changes"))
        self.save_button.clicked.connect(lambda: self._do("edit", text=self.field.text()))
        self.add_button = QPushButton(self.tr("&Add as a new tip"))
        self.add_button.clicked.connect(lambda: self._do("add", text=self.field.text()))
        self.hide_button = QPushButton(self.tr("&Hide"))
        self.hide_button.clicked.connect(lambda: self._do("hide", hidden=not self._current().hidden))
        self.reset_button = QPushButton(self.tr("Restore ShiftMate's words"))
        self.reset_button.clicked.connect(lambda: self._do("reset"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        set_accessible(self.remove_button, self.tr("Remove my tip"))
        self.remove_button.clicked.connect(lambda: self._do("remove"))
        self.message = plain_label("", object_name="emptyBody")
        # Two plain rows, not a flow layout: in a group box on the scrolling Settings page a flow
        # layout's height for width came out short at 200 %, and other sections' labels were cut.
        edit_row, keep_row = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in ((edit_row, (self.save_button, self.add_button)),
                                 (keep_row, (self.hide_button, self.reset_button, self.remove_button))):
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.on)
        layout.addWidget(self.list)
        layout.addWidget(self.field)
        layout.addLayout(edit_row)
        layout.addLayout(keep_row)
        layout.addWidget(self.message)
        subscribe(self, services, Changes.SETTINGS, lambda _changes: self.refresh())
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()
        self._sync()

    def refresh(self, select: str | None = None) -> None:
        chosen = select or (self._current().id if self._current() else None)
        self.services.run(_tips_state, lambda state: self._fill(*state, chosen))

    def _fill(self, on: bool, tips, chosen: str | None) -> None:
        # A refresh asked for before the worker chose a tip answers after it: keep what is
        # chosen now, and what they are typing, unless this refresh names the tip to show.
        before = self._current()
        before_id = before.id if before is not None else None
        named = chosen is not None
        chosen = chosen if named else before_id
        self.on.blockSignals(True)
        self.on.setChecked(on)
        self.on.blockSignals(False)
        self.tips = tips
        self.list.blockSignals(True)
        self.list.clear()
        for tip in tips:
            marks = []
            if tip.source == "mine":
                marks.append(self.tr("mine"))
            elif tip.edited:
                marks.append(self.tr("edited"))
            if tip.hidden:
                marks.append(self.tr("hidden"))
            label = tip.text + (f"  ({', '.join(marks)})" if marks else "")
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, tip.id)
            self.list.addItem(item)
            if tip.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._sync(update_field=named or chosen != before_id)

    def _current(self):
        item = self.list.currentItem()
        tip_id = item.data(ROLE_ID) if item else None
        return next((tip for tip in self.tips if tip.id == tip_id), None)

    def _sync(self, update_field: bool = True) -> None:
        tip = self._current()
        if tip is not None and update_field:
            self.field.setText(tip.text)
        self.save_button.setEnabled(tip is not None)
        self.hide_button.setEnabled(tip is not None)
        self.hide_button.setText(self.tr("S&how") if tip is not None and tip.hidden else self.tr("&Hide"))
        self.reset_button.setVisible(tip is not None and tip.source == "built-in")
        self.reset_button.setEnabled(tip is not None and tip.edited)
        self.remove_button.setVisible(tip is not None and tip.source == "mine")

    def _toggled(self, on: bool) -> None:
        self.services.write(_set_on(on), Changes.SETTINGS, lambda _none: self._sync(), self.message.setText,
                            source=self)

    def _do(self, action: str, *, text: str = "", hidden: bool = False) -> None:
        tip = self._current()
        if action != "add" and tip is None:
            return
        tip_id = tip.id if tip is not None else None
        sentences = {
            "add": self.tr("Tip added."), "edit": self.tr("Tip saved."),
            "hide": self.tr("Tip hidden.") if hidden else self.tr("Tip shown again."),
            "reset": self.tr("ShiftMate's words are back."), "remove": self.tr("Tip removed."),
        }

        def done(result) -> None:
            self.message.setText(sentences[action])
            self.refresh(select=result if action != "remove" else None)

        self.services.write(_tip_job(action, tip_id, text, hidden), Changes.SETTINGS, done,
                            self.message.setText, source=self)  # done refreshes, with the new choice
