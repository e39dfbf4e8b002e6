"""The keyboard shortcuts sheet (F1 or Ctrl+/): every key ShiftMate answers to, in one list.

The "Anywhere" part is read from the window's own actions when the sheet opens, so a
shortcut added to the window appears here by itself. Keys that a list or a dialog handles
itself are declared beside the code that handles them (``run_view.RUN_KEYS`` and friends)
and gathered here. Their words are marked for translation in the "ShortcutsSheet" context
(key names differ between keyboards and languages); standard keys (Undo, Find) are given
as ``QKeySequence.StandardKey`` and shown as this system binds them. Tests check the
screens' own actions against these tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.tooltips import plain_tip

CONTEXT = "ShortcutsSheet"

# Keys every form answers to (Qt's own), said once so nobody has to guess.
FORM_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Tab, Shift+Tab"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "Move to the next or previous control")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Space"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "Press the button or tick the box that has focus")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Alt+underlined letter"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "Press that button or go to that field")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Close a window or dialog")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def keys_text(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.NativeText) for s in action.shortcuts())


def action_text(action: QAction) -> str:
    """An action's menu text without its mnemonic ampersand and trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def declared_keys(keys) -> str:
    """A key table's keys as shown: words (translated), or standard keys as this system binds them."""
    if isinstance(keys, str):
        return _tr(keys)
    standard = keys if isinstance(keys, tuple) else (keys,)
    return ", ".join(QKeySequence.keyBindings(k)[0].toString(QKeySequence.NativeText)
                     for k in standard if QKeySequence.keyBindings(k))


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of ``window`` that has a shortcut, in order."""
    rows = []
    for action in window.actions():
        if action.shortcuts() and action.text():
            rows.append((keys_text(action), action_text(action)))
    return rows


def area_sections() -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Keys handled by one list or dialog, declared beside the code that handles them."""
    from shiftmate.ui.checklists.editor import EDITOR_KEYS
    from shiftmate.ui.checklists.run_view import RUN_KEYS
    from shiftmate.ui.journal.capture import CAPTURE_KEYS
    from shiftmate.ui.journal.reflect import REFLECTION_KEYS
    from shiftmate.ui.shifts.screen import BREAK_LOG_KEYS
    from shiftmate.ui.checklists.screen import LIST_KEYS
    from shiftmate.ui.insights.screen import INSIGHTS_KEYS
    from shiftmate.ui.journal.screen import JOURNAL_KEYS
    from shiftmate.ui.moment.editor import EDITOR_KEYS as LINES_EDITOR_KEYS
    from shiftmate.ui.moment.window import CARD_KEYS

    return [
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "In a checklist run"), RUN_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "In the list of checklists"), LIST_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "In the checklist editor"), EDITOR_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "On the Journal screen"), JOURNAL_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "On the Insights screen"), INSIGHTS_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "In the break log"), BREAK_LOG_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "Noting a hard moment"), CAPTURE_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "Reflecting"), REFLECTION_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "On the What to say card"), CARD_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "Editing the card's lines"), LINES_EDITOR_KEYS),
        (QT_TRANSLATE_NOOP("ShortcutsSheet", "In every window"), FORM_KEYS),
    ]


class ShortcutsSheet(QDialog):
    """A list of shortcuts by where they work; Esc or Close closes it."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        set_accessible(self.tree, self.tr("Keyboard shortcuts"),
                       self.tr("Grouped by where they work. Up and down arrows read one shortcut at a time."))
        self._add_section(self.tr("Anywhere in ShiftMate"), window_shortcuts(window))
        for title, rows in area_sections():
            self._add_section(_tr(title), [(declared_keys(keys), _tr(what)) for keys, what in rows])
        self.tree.expandAll()
        self.tree.setCurrentItem(self.tree.topLevelItem(0).child(0))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        scale_window(self, 520, 420, 600, 560)
        self.tree.setFocus()

    def _add_section(self, title: str, rows) -> None:
        section = QTreeWidgetItem([title, ""])
        section.setFirstColumnSpanned(True)
        section.setFlags(Qt.ItemIsEnabled)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        self.tree.addTopLevelItem(section)
        for keys, what in rows:
            item = QTreeWidgetItem([keys, what])
            item.setToolTip(1, plain_tip(what))
            section.addChild(item)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, what) for every line (for tests)."""
        out = []
        for s in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(s)
            for c in range(section.childCount()):
                child = section.child(c)
                out.append((section.text(0), child.text(0), child.text(1)))
        return out


class ShortcutsSheetAction(QObject):
    """F1 and Ctrl+/ open the sheet, one at a time; the window's part "shortcuts"."""

    def __init__(self, context) -> None:
        window = context.window
        super().__init__(window)
        self.window = window
        self.sheet: ShortcutsSheet | None = None  # the open one
        self.action = QAction(QCoreApplication.translate(CONTEXT, "Keyboard shortcuts"), window)
        self.action.setShortcuts([QKeySequence(Qt.Key_F1), QKeySequence("Ctrl+/")])
        self.action.setShortcutContext(Qt.ApplicationShortcut)
        self.action.triggered.connect(self.show_sheet)
        window.addAction(self.action)

    def show_sheet(self) -> None:
        if self.sheet is not None and self.sheet.isVisible():
            self.sheet.activateWindow()
            return
        sheet = ShortcutsSheet(self.window)
        sheet.setAttribute(Qt.WA_DeleteOnClose)
        sheet.destroyed.connect(self._forget_sheet)
        self.sheet = sheet
        sheet.show()
        sheet.activateWindow()

    def _forget_sheet(self, *_args) -> None:
        self.sheet = None
