"""Running a checklist: sections, a progress bar, and answers saved the moment they are given.

Fully keyboard operable: arrows move, Space toggles, digits 1-5 rate, Y/N/A answer yes/no
items, Enter opens a note, Delete clears, ? shows why an item matters, Ctrl+Enter finishes.
A row shows an answer only after the data thread has written it.

Under the item "I know who to call" (any item with the id ``who-to-call``) the installed
packs' contacts and policy are shown as plain rows of their own (``ROLE_INFO_FOR``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.checklists.words import shown_run
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.checklists.runs import MAX_NOTE, ChecklistRun, ChecklistRuns, RunItem
from shiftmate.ui.mission.run_banner import MissionBanner
from shiftmate.ui.widgets.accessibility import mouse_only, set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout
from shiftmate.ui.widgets.icons import fit_icons_to_text, lock_icon
from shiftmate.ui.widgets.wrap import WrappingDelegate
from shiftmate.ui.widgets.scaling import px
from shiftmate.ui.widgets.screen import plain_label, scale_font, scale_size, subscribe, user_label
from shiftmate.ui.widgets.tooltips import plain_tip
from shiftmate.ui.data.changes import Changes

ROLE_KEY = Qt.UserRole + 1
ROLE_KIND = Qt.UserRole + 2
ROLE_INFO_FOR = Qt.UserRole + 4  # on a row of pack information: the key of the item it is shown under
YES_NO_CYCLE = [None, "yes", "no", "n/a"]
# What RunList.keyPressEvent answers to, for the shortcuts sheet (keep the two together).
RUN_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Up, Down"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Move between items")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Space"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "Tick or untick; cycles yes, no, not applicable")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Y, N, A"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Yes, no, not applicable")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "1 to 5"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Give a rating")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Enter"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Write the note (on a note item)")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Delete"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Clear the answer")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "?, F1"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Why this item matters")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+Enter"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Finish the checklist")),
)


def answer_text(item: RunItem) -> str:
    """How an answer reads in the list (user notes are returned as typed)."""
    if item.kind == "instruction":
        return ""
    if item.answer is None:
        return QCoreApplication.translate("RunView", "Required") if item.required else ""
    if item.kind == "check":
        return QCoreApplication.translate("RunView", "Done")
    if item.kind == "yes-no":
        return {
            "yes": QCoreApplication.translate("RunView", "Yes"),
            "no": QCoreApplication.translate("RunView", "No"),
            "n/a": QCoreApplication.translate("RunView", "Not applicable"),
        }[item.answer]
    if item.kind == "rating":
        value = int(item.answer)
        return "●" * value + "○" * (5 - value) + f"  {value}/5"
    return item.answer.replace("\n", " ")


WHO_TO_CALL_ITEM = "who-to-call"  # the item the store's contacts are shown under (README: packs)


def _indent() -> QIcon:
    blank = QPixmap(64, 64)
    blank.fill(Qt.transparent)
    return QIcon(blank)


def _store_help(store) -> tuple:
    """On the data thread: the installed packs' contacts and policies."""
    from shiftmate.core.packs.store_info import pack_contacts, pack_policies

    return tuple(pack_contacts(store.db)), tuple(pack_policies(store.db))


class TextProgressBar(QProgressBar):
    """A progress bar never narrower than the words on it ("4 of 16 answered").

    Qt's hint is a fixed few characters wide, so at 200 % text the words were cut off
    instead of the status moving under the bar.
    """

    def _with_text(self, hint: QSize) -> QSize:
        needed = self.fontMetrics().horizontalAdvance(self.text()) + px(24)
        return QSize(max(hint.width(), needed), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._with_text(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._with_text(super().minimumSizeHint())

    def setFormat(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setFormat(text)
        self.updateGeometry()


class RunList(QTreeView):
    """The items of a run; turns keys into answer requests and never edits in place."""

    answer_requested = Signal(str, object)  # item key, value (None clears)
    note_requested = Signal(str)
    help_toggled = Signal()
    finish_requested = Signal()  # Ctrl+Enter

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        # Long items wrap instead of being cut off with "…" (large text, narrow windows).
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(WrappingDelegate(self, 0))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setAlternatingRowColors(False)
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._on_double_clicked)

    def current_item(self) -> tuple[str, str] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        key = first.data(ROLE_KEY)
        return (key, first.data(ROLE_KIND)) if key else None

    def current_answer(self):
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(Qt.UserRole + 3) if index.isValid() else None

    def _step(self, direction: int) -> None:
        model = self.model()
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        row += direction
        while 0 <= row < model.rowCount():
            index = model.index(row, 0)
            if index.data(ROLE_KEY):
                self.setCurrentIndex(index)
                return
            row += direction

    def event(self, event) -> bool:
        # F1 is the window's shortcuts sheet everywhere else; here it explains the item.
        if event.type() == QEvent.ShortcutOverride and event.key() == Qt.Key_F1 and not event.modifiers():
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key, text = event.key(), event.text().lower()
        if key in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.finish_requested.emit()
            return
        if key in (Qt.Key_Down, Qt.Key_Up) and not event.modifiers():
            self._step(1 if key == Qt.Key_Down else -1)
            return
        if text == "?" or key == Qt.Key_F1:
            self.help_toggled.emit()
            return
        current = self.current_item()
        if current is None:
            super().keyPressEvent(event)
            return
        item_key, kind = current
        answer = self.current_answer()
        if key == Qt.Key_Space:
            if kind == "check":
                self.answer_requested.emit(item_key, None if answer else "done")
            elif kind == "yes-no":
                following = YES_NO_CYCLE[(YES_NO_CYCLE.index(answer) + 1) % len(YES_NO_CYCLE)]
                self.answer_requested.emit(item_key, following)
            elif kind == "note":
                self.note_requested.emit(item_key)
            return
        if kind == "rating" and text in {"1", "2", "3", "4", "5"}:
            self.answer_requested.emit(item_key, text)
            return
        if kind == "yes-no" and text in {"y", "n", "a"}:
            self.answer_requested.emit(item_key, {"y": "yes", "n": "no", "a": "n/a"}[text])
            return
        if key in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier:
            if kind == "note":
                self.note_requested.emit(item_key)
            else:
                self._step(1)
            return
        if key in (Qt.Key_Delete, Qt.Key_Backspace) and kind != "instruction":
            self.answer_requested.emit(item_key, None)
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        if first.data(ROLE_KIND) == "check" and index.column() == 0:
            self.answer_requested.emit(first.data(ROLE_KEY), None if first.data(Qt.UserRole + 3) else "done")

    def _on_double_clicked(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        if first.data(ROLE_KIND) == "note":
            self.note_requested.emit(first.data(ROLE_KEY))


class NoteDialog(QDialog):
    """A short note, typed as plain text."""

    def __init__(self, prompt: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(MAX_NOTE)
        scale_size(self.edit, setMinimumWidth=420)
        set_accessible(self.edit, self.tr("Note"), prompt)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(user_label(prompt))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)


class AnswerBar(QWidget):
    """Buttons for the current item, so everything the keyboard does a mouse can do too."""

    answer_requested = Signal(str, object)
    note_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._key: str | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hint = plain_label("", object_name="emptyBody", wrap=True)
        self._buttons: list[QPushButton] = []

    def show_for(self, key: str | None, kind: str | None, answer) -> None:
        self._key = key
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        while self._layout.count():
            self._layout.takeAt(0)
        hints = {
            "check": self.tr("Space or click ticks it."),
            "yes-no": self.tr("Y, N or A answers; Space cycles."),
            "rating": self.tr("Press 1 to 5."),
            "note": self.tr("Enter opens the note."),
            "instruction": self.tr("Nothing to answer: just read it."),
        }
        choices = {
            "check": [(self.tr("Done"), "done", "Space"), (self.tr("Clear"), None, "Delete")],
            "yes-no": [(self.tr("Yes"), "yes", "Y"), (self.tr("No"), "no", "N"), (self.tr("N/A"), "n/a", "A")],
            "rating": [(str(n), str(n), str(n)) for n in range(1, 6)],
        }.get(kind or "", [])
        for label, value, key in choices:
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setChecked(value is not None and value == answer)
            button.setFocusPolicy(Qt.NoFocus)  # the list keeps the keyboard
            mouse_only(button, key)
            button.clicked.connect(lambda _c=False, v=value: self._key and self.answer_requested.emit(self._key, v))
            self._layout.addWidget(button)
            self._buttons.append(button)
        if kind == "note":
            button = QPushButton(self.tr("Write note…"), self)
            button.setFocusPolicy(Qt.NoFocus)
            mouse_only(button, "Enter")
            button.clicked.connect(lambda: self._key and self.note_requested.emit(self._key))
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.hint.setText(hints.get(kind or "", ""))
        self._layout.addWidget(self.hint, 1)


class RunView(QWidget):
    """Shows one checklist's run for today, or a button to start it."""

    run_changed = Signal(object)  # the ChecklistRun after every save
    problem = Signal(str)

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.checklist_key: str | None = None
        self.run: ChecklistRun | None = None

        self.pages = QStackedWidget(self)
        # Page 0: nothing started today.
        start_page = QWidget()
        start_layout = QVBoxLayout(start_page)
        self.start_title = user_label("")
        scale_font(self.start_title, 1.3)
        self.start_hint = plain_label(
            self.tr("Not started today. Answers are saved as you give them; you can stop and come back any time."),
            object_name="emptyBody",
        )
        self.start_button = QPushButton(self.tr("&Start checklist"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        start_layout.addStretch(1)
        # Centred by stretches, not by layout alignment: a wrapping label placed with an
        # alignment flag gets one line's height and its other lines are cut off.
        for label in (self.start_title, self.start_hint):
            label.setAlignment(Qt.AlignHCenter)
            scale_size(label, setMaximumWidth=460)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(label, 100)
            row.addStretch(1)
            start_layout.addLayout(row)
        start_layout.addSpacing(10)
        start_layout.addWidget(self.start_button, 0, Qt.AlignHCenter)
        start_layout.addStretch(2)
        # Page 1: the run.
        run_page = QWidget()
        layout = QVBoxLayout(run_page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = FlowLayout()  # the status goes under the progress bar when both don't fit
        self.progress = TextProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.status = plain_label("", wrap=False)
        top.addWidget(self.progress)
        top.addWidget(self.status)
        self.list = RunList()
        fit_icons_to_text(self.list)  # the lock beside a pack's items
        set_accessible(self.list, self.tr("Checklist items"),
                       self.tr("Up and down move between items. Space ticks, Y N A answer yes or no, 1 to 5 rate, "
                               "Enter writes a note, Delete clears, question mark explains, Ctrl+Enter finishes."))
        self.model = QStandardItemModel(0, 2, self)
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._sync_bar())
        self.list.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.answer_bar = AnswerBar()
        # After my shift starts with one of the worker's own good moments (ui.journal.recall).
        from shiftmate.ui.journal.recall import AfterShiftGoodMoment

        self.good_moment = AfterShiftGoodMoment(services)
        self.help_label = user_label("")
        self.help_label.setObjectName("helpPanel")
        self.help_label.hide()
        bottom = QHBoxLayout()
        self.help_button = QPushButton(self.tr("Why? (?)"))
        self.help_button.setCheckable(True)
        self.help_button.setFocusPolicy(Qt.NoFocus)
        mouse_only(self.help_button, "?")
        self.help_button.toggled.connect(self._show_help)
        self.finish_button = QPushButton(self.tr("Finish (Ctrl+Enter)"))
        self.finish_button.setFocusPolicy(Qt.NoFocus)
        mouse_only(self.finish_button, "Ctrl+Enter")
        self.finish_button.clicked.connect(self.finish)
        bottom.addWidget(self.help_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        layout.addWidget(self.good_moment)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.answer_bar)
        layout.addWidget(self.help_label)
        layout.addLayout(bottom)

        self.pages.addWidget(start_page)
        self.pages.addWidget(run_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.mission = MissionBanner(services, self)  # shown above Before my shift only
        outer.addWidget(self.mission)
        outer.addWidget(self.pages)

        self.list.answer_requested.connect(self.answer)
        self.list.note_requested.connect(self.edit_note)
        self.list.help_toggled.connect(self.help_button.toggle)
        self.list.finish_requested.connect(self.finish)
        self.answer_bar.answer_requested.connect(self.answer)
        self.answer_bar.note_requested.connect(self.edit_note)
        # A pack that arrives or leaves changes who to call under "I know who to call".
        subscribe(self, services, Changes.PACKS, lambda _changes: self._reload())

    def _reload(self) -> None:
        if self.run is not None and self.checklist_key:
            self.show_checklist(self.checklist_key, self.start_title.text())

    # -- loading --------------------------------------------------------------------
    def show_checklist(self, key: str, title: str, *, start: bool = False) -> None:
        """Show today's run of ``key`` if there is one (or start it when ``start``)."""
        self.checklist_key = key
        self.run = None
        self.start_title.setText(title)
        self.mission.show_for(key)
        clock = self.services.clock

        def job(store):
            runs = ChecklistRuns(store, clock)
            # Not starting: today's run as it stands, finished ones too, so a run finished
            # before a restart reads "Finished", never "Not started today".
            run_id = runs.start_or_resume(key) if start else runs.today_run_id(key)
            locks = ChecklistLibrary(store).locked_items(key)
            return (runs.get(run_id) if run_id is not None else None), locks, _store_help(store)

        self.services.run(job, lambda found, k=key: self._loaded(k, *found), self.problem.emit)

    def show_latest(self, key: str) -> None:
        """Show the most recent run of ``key``, finished or not (read only; for screenshots)."""
        self.checklist_key = key
        self.mission.show_for(key)
        clock = self.services.clock

        def job(store):
            runs = ChecklistRuns(store, clock)
            run_id = runs.latest_run_id(key)
            locks = ChecklistLibrary(store).locked_items(key)
            return (runs.get(run_id) if run_id is not None else None), locks, _store_help(store)

        self.services.run(job, lambda found: self._loaded(key, *found), self.problem.emit)

    def start(self) -> None:
        if self.checklist_key:
            self.show_checklist(self.checklist_key, self.start_title.text(), start=True)

    def _loaded(self, key: str, run: ChecklistRun | None, locks=(frozenset(), ""), store_help=((), ())) -> None:
        if key != self.checklist_key:
            return  # the worker picked another checklist meanwhile
        self._locks = locks  # (keys of items a manager's pack locked, its organization)
        self._store_help = store_help  # (the installed packs' contacts, their policies)
        if run is None:
            self.pages.setCurrentIndex(0)
            self.start_button.setFocus()  # Space or Enter starts it
            return
        self._populate(run)
        self.good_moment.follow(key)
        self.pages.setCurrentIndex(1)
        self.list.setFocus()
        if not self.list.currentIndex().isValid():
            self.list._step(1)
        self.run_changed.emit(run)  # now with the cursor on the first item

    def _populate(self, run: ChecklistRun) -> None:
        run = shown_run(run)
        self.run = run
        self.model.removeRows(0, self.model.rowCount())
        section = None
        header_font = QFont(self.font())
        header_font.setBold(True)
        text_colour = QBrush(self.palette().color(QPalette.WindowText))
        for item in run.items:
            if item.section_title != section:
                section = item.section_title
                header = QStandardItem(section)
                header.setFlags(Qt.NoItemFlags)
                header.setFont(header_font)
                header.setForeground(text_colour)
                spacer = QStandardItem("")
                spacer.setFlags(Qt.NoItemFlags)
                self.model.appendRow([header, spacer])
            locked_keys, organization = getattr(self, "_locks", (frozenset(), ""))
            locked = item.key in locked_keys
            text = QStandardItem(item.text)
            text.setData(item.key, ROLE_KEY)
            text.setData(item.kind, ROLE_KIND)
            tip = item.help or item.text
            if locked:
                by = (self.tr("Locked by %1").replace("%1", organization) if organization
                      else self.tr("Locked by your manager's pack"))
                tip = f"{by}\n{tip}"
                text.setIcon(lock_icon())
                text.setAccessibleDescription(by)
            info = self.store_help_lines() if item.key == WHO_TO_CALL_ITEM else []
            if info:  # a screen reader hears on the item what the rows under it show
                tip = "\n".join([tip, *info])
                text.setAccessibleDescription("\n".join(filter(None, [text.accessibleDescription(), *info])))
            text.setToolTip(plain_tip(tip))
            if item.kind == "instruction":
                italic = QFont(self.font())
                italic.setItalic(True)
                text.setFont(italic)
            answer = QStandardItem("")
            answer.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.model.appendRow([text, answer])
            for line in info:
                # Not selectable, so the arrows step over it (like a section heading).
                row = QStandardItem(line)
                row.setIcon(_indent())  # a blank icon's width indents every wrapped line, not only the first
                row.setFlags(Qt.NoItemFlags)
                row.setForeground(text_colour)
                row.setData(item.key, ROLE_INFO_FOR)
                spacer = QStandardItem("")
                spacer.setFlags(Qt.NoItemFlags)
                self.model.appendRow([row, spacer])
        self._apply(run, announce=False)

    def store_help_lines(self) -> list[str]:
        """The installed packs' contacts and policy, one plain line each (none without a pack)."""
        contacts, policies = getattr(self, "_store_help", ((), ()))
        lines = []
        for contact in contacts:
            line = self.tr("Call %1: %2").replace("%1", contact.name).replace("%2", contact.how)
            if contact.when:
                line += " " + self.tr("(when %1)").replace("%1", contact.when)
            lines.append(line)
        for policy in policies:
            lines.append(self.tr("Store policy: %1").replace("%1", policy.line))
            lines += ["  • " + self.tr("Allowed: %1").replace("%1", exception) for exception in policy.exceptions]
        return lines

    def row_of(self, key: str) -> int | None:
        """The model row that shows the item ``key``, if it is shown."""
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ROLE_KEY) == key:
                return row
        return None

    def _apply(self, run: ChecklistRun, *, announce: bool = True) -> None:
        """Show ``run``'s saved answers, progress and status."""
        run = shown_run(run)
        self.run = run
        for item in run.items:
            row = self.row_of(item.key)
            if row is None:
                continue
            first, second = self.model.item(row, 0), self.model.item(row, 1)
            first.setData(item.answer, Qt.UserRole + 3)
            if item.kind == "check":
                first.setData(Qt.Checked if item.answer else Qt.Unchecked, Qt.CheckStateRole)
            second.setText(answer_text(item))
            if item.answer is None and item.required:
                second.setForeground(QBrush(self.palette().color(QPalette.BrightText)))
            else:
                second.setData(None, Qt.ForegroundRole)  # the palette's own text colour
        answerable = len(run.answerable)
        self.progress.setRange(0, max(answerable, 1))
        self.progress.setValue(run.answered_count)
        self.progress.setFormat(self.tr("%1 of %2 answered").replace("%1", str(run.answered_count)).replace("%2", str(answerable)))
        if run.closed_at and not run.complete:
            status = self.tr("Finished, incomplete")
        elif run.closed_at:
            status = self.tr("Finished")
        elif run.complete:
            status = self.tr("Complete")
        elif run.required_open:
            status = self.tr("%n required open", "", len(run.required_open))
        else:
            status = ""
        self.status.setText(status)
        self._sync_bar()
        if announce:
            self.run_changed.emit(run)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # Section headings and "Required" carry colours of their own: follow a theme change.
        if event.type() == QEvent.PaletteChange and self.run is not None:
            text_colour = QBrush(self.palette().color(QPalette.WindowText))
            for row in range(self.model.rowCount()):
                if not self.model.item(row, 0).data(ROLE_KEY):
                    self.model.item(row, 0).setForeground(text_colour)
            self._apply(self.run, announce=False)

    def _sync_bar(self) -> None:
        current = self.list.current_item()
        key, kind = current if current else (None, None)
        self.answer_bar.show_for(key, kind, self.list.current_answer())
        if self.help_button.isChecked():
            self._show_help(True)

    def _show_help(self, on: bool) -> None:
        current = self.list.current_item()
        item = next((i for i in self.run.items if current and i.key == current[0]), None) if self.run else None
        if on and item:
            self.help_label.setText(item.help or self.tr("No explanation for this item."))
        self.help_label.setVisible(on and item is not None)

    # -- answering ------------------------------------------------------------------
    def answer(self, item_key: str, value) -> None:
        run = self.run
        if run is None:
            return
        clock = self.services.clock

        def job(store):
            runs = ChecklistRuns(store, clock)
            runs.answer(run.id, item_key, value)
            return runs.get(run.id)

        def done(updated: ChecklistRun) -> None:
            if self.run is not None and updated.id == self.run.id:
                self._apply(updated)

        self.services.write(job, Changes.CHECKLISTS, done, self.problem.emit)

    def edit_note(self, item_key: str) -> None:
        """Open the note editor without blocking; the answer is saved when it is accepted."""
        if self.run is None:
            return
        item = next(i for i in self.run.items if i.key == item_key)
        dialog = NoteDialog(item.text, item.answer or "", self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.answer(item_key, dialog.edit.text()))
        dialog.finished.connect(lambda _r: self._back_from_dialog())
        self.note_dialog = dialog
        dialog.open()

    def _back_from_dialog(self) -> None:
        self.activateWindow()  # some window managers leave no window active after a dialog
        self.list.setFocus()

    def finish(self) -> None:
        """Close today's run; with required items open, ask first (without blocking)."""
        run = self.run
        if run is None or run.closed_at:
            return
        if not run.required_open:
            self._close_run(run.id)
            return
        box = QMessageBox(
            QMessageBox.Question, self.tr("Finish checklist"),
            self.tr("%n required items are still open. Finish anyway? The day will show as incomplete.",
                    "", len(run.required_open)),
            QMessageBox.Yes | QMessageBox.No, self)
        box.setDefaultButton(QMessageBox.No)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda result: result == QMessageBox.Yes and self._close_run(run.id))
        self.confirm_box = box
        box.open()

    def _close_run(self, run_id: int) -> None:
        clock = self.services.clock

        def done(closed: ChecklistRun) -> None:
            if self.run is not None and closed.id == self.run.id:
                self._apply(closed)

        self.services.write(lambda store: ChecklistRuns(store, clock).close(run_id), Changes.CHECKLISTS, done,
                            self.problem.emit)
