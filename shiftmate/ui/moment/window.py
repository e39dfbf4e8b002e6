"""The "What to say" card: a small, calm window that stays on top, one step at a time.

It is handed a ready ``Card`` (``core.moment.card``) and never reads the database itself, so it
shows at once; ``MomentActions`` keeps the card read ahead and hands over a new one after a
change (``show_card``). Keys: Right/PageDown and Left/PageUp move between the steps, 1 to 8
jump, Esc closes. Each line is plain text (a line with ``<b>`` shows as typed). The current
step is announced to screen readers whenever it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shiftmate.ui.widgets.accessibility import announce, set_accessible
from shiftmate.ui.widgets.scaling import px, scale_font
from shiftmate.ui.widgets.screen import plain_label, user_label
from shiftmate.ui.widgets.tooltips import plain_tip

CARD_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Right, Page Down"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Next step")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Left, Page Up"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Previous step")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "1 to 8"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Go to that step")),
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Esc"), QT_TRANSLATE_NOOP("ShortcutsSheet", "Close the card")),
)
MAX_LINES = 4 + 40  # built-in, the store's and the worker's own; more are cut off (never expected)


class StepDot(QPushButton):
    """One step in the row of steps: its number; its title in the tooltip and accessible name."""

    def __init__(self, number: int, parent=None) -> None:
        super().__init__(str(number), parent)
        self.setCheckable(True)
        self.setAutoExclusive(False)
        self.setObjectName("stepDot")
        self.setFocusPolicy(Qt.NoFocus)  # the number keys do what a click does
        self.setFixedWidth(px(34))


class CardWindow(QWidget):
    """The card's window; ``show_card(card)`` fills it, ``step_index`` is the step shown."""

    step_changed = Signal(int)
    painted = Signal()  # after each paint (the benchmark waits for the first)
    edit_asked = Signal()
    closed = Signal()
    large_text_toggled = Signal(bool)

    def __init__(self, card, parent=None, *, large_text: bool = False) -> None:
        super().__init__(parent, Qt.Tool | Qt.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("What to say"))
        self.setObjectName("whatToSay")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.card = card
        self.step_index = 0

        # The step shown stands out in every theme: the theme's own highlight colour.
        self.setStyleSheet("QPushButton#stepDot:checked { font-weight: bold; "
                           "border: 2px solid palette(highlight); }")
        self.dots = [StepDot(n + 1) for n in range(len(card.steps))]
        dots = QHBoxLayout()
        dots.setSpacing(px(4))
        for index, dot in enumerate(self.dots):
            dot.clicked.connect(lambda _checked=False, i=index: self.go_to(i))
            dots.addWidget(dot)
        dots.addStretch(1)
        self.position = plain_label(object_name="emptyBody", wrap=False)
        self.title = plain_label(object_name="cardHeading")
        self.title.setFocusPolicy(Qt.StrongFocus)  # where a screen reader starts reading the step
        self.lines_box = QWidget()
        self.lines_layout = QVBoxLayout(self.lines_box)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.lines_layout.setSpacing(px(8))
        self.line_labels: list[QLabel] = []
        self.extra = user_label()  # who to call, where the line is (a manager's pack)
        self.extra.setObjectName("cardExtra")

        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Previous step (Left, Page Up)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next →"))
        self.next_button.setToolTip(self.tr("Next step (Right, Page Down)"))
        self.next_button.clicked.connect(self.next)
        self.large_box = QCheckBox(self.tr("&Large text"))
        self.large_box.setChecked(large_text)
        self.large_box.toggled.connect(self._on_large_text)
        self.edit_button = QPushButton(self.tr("&Edit my lines…"))
        self.edit_button.clicked.connect(self.edit_asked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Esc"))
        self.close_button.clicked.connect(self.close)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addWidget(self.next_button)
        moves.addStretch(1)
        moves.addWidget(self.position)
        tools = QHBoxLayout()
        tools.addWidget(self.large_box)
        tools.addStretch(1)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.close_button)
        rule = QFrame()
        rule.setFrameShape(QFrame.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(px(16), px(12), px(16), px(12))
        layout.setSpacing(px(10))
        layout.addLayout(dots)
        layout.addWidget(self.title)
        layout.addWidget(self.lines_box)
        layout.addWidget(self.extra)
        layout.addStretch(1)
        layout.addLayout(moves)
        layout.addWidget(rule)
        layout.addLayout(tools)
        self.setTabOrder(self.title, self.next_button)
        self.setTabOrder(self.next_button, self.back_button)
        self.setTabOrder(self.back_button, self.large_box)
        self.setTabOrder(self.large_box, self.edit_button)
        self.setTabOrder(self.edit_button, self.close_button)
        self._add_keys()
        self._apply_text_size()
        self.setMinimumWidth(px(360))
        self.resize(px(440), px(360))
        self._show_step()

    # -- keys ------------------------------------------------------------------------
    def _add_keys(self) -> None:
        def key(keys, slot) -> None:
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        key((Qt.Key_Right, Qt.Key_PageDown), self.next)
        key((Qt.Key_Left, Qt.Key_PageUp), self.back)
        key((Qt.Key_Escape,), self.close)
        for n in range(len(self.card.steps)):
            key((Qt.Key_1 + n,), lambda _checked=False, i=n: self.go_to(i))

    # -- steps -----------------------------------------------------------------------
    def show_card(self, card) -> None:
        """Show ``card`` (read again after a change), staying on the same step."""
        self.card = card
        self._show_step(announce_it=False)

    def next(self) -> None:
        self.go_to(self.step_index + 1)

    def back(self) -> None:
        self.go_to(self.step_index - 1)

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.card.steps) - 1))
        changed = index != self.step_index
        self.step_index = index
        self._show_step(announce_it=True)
        if changed:
            self.step_changed.emit(index)

    def current_step(self):
        return self.card.steps[self.step_index]

    def shown_lines(self) -> list[str]:
        return [label.text() for label in self.line_labels if not label.isHidden()]

    def _show_step(self, announce_it: bool = False) -> None:
        step = self.current_step()
        count = len(self.card.steps)
        for index, dot in enumerate(self.dots):
            dot.setChecked(index == self.step_index)
            title = self.card.steps[index].title
            dot.setToolTip(plain_tip(f"{index + 1}. {title}"))
            set_accessible(dot, self.tr("Step %1: %2").replace("%1", str(index + 1)).replace("%2", title))
        where = self.tr("Step %1 of %2").replace("%1", str(self.step_index + 1)).replace("%2", str(count))
        self.position.setText(where)
        self.title.setText(step.title)
        lines = step.lines[:MAX_LINES]
        while len(self.line_labels) < len(lines):
            label = user_label()
            label.setObjectName("cardLine")
            self.lines_layout.addWidget(label)
            self.line_labels.append(label)
        for label, line in zip(self.line_labels, lines):
            label.setText(line.text)
            label.show()
        for label in self.line_labels[len(lines):]:
            label.hide()
        extra = self._extra_text(step.key)
        if not lines:
            extra = "\n".join(filter(None, [self.tr("You hid every line of this step. Edit my lines… brings them back."), extra]))
        self.extra.setText(extra)
        self.extra.setHidden(not self.extra.text())
        self.back_button.setEnabled(self.step_index > 0)
        self.next_button.setEnabled(self.step_index < count - 1)
        self._apply_text_size()
        spoken = f"{where}: {step.title}. " + " ".join(line.text for line in lines)
        self.title.setAccessibleName(f"{where}: {step.title}")
        # Focus starts on the title: a screen reader then reads the step's lines after its name.
        self.title.setAccessibleDescription(" ".join(line.text for line in lines) or self.extra.text())
        self.lines_box.setAccessibleName(spoken)
        if announce_it:
            announce(self.title, f"{where}: {step.title}")

    def _extra_text(self, step_key: str) -> str:
        """The store's words from managers' packs: who to call (get help), where the line is (boundary)."""
        out: list[str] = []
        if step_key == "help" and self.card.contacts:
            out.append(self.tr("Who to call"))
            for contact in self.card.contacts:
                out.append(f"• {contact.name}: {contact.how}")
                if contact.when:
                    out.append("   " + self.tr("When: %1").replace("%1", contact.when))
        if step_key == "boundary" and self.card.policy:
            out.append(self.tr("Where the line is"))
            for policy in self.card.policy:
                out.append(f"• {policy.line}")
                if policy.exceptions:
                    out.append("   " + self.tr("You may make these exceptions:"))
                    out.extend(f"   – {text}" for text in policy.exceptions)
        return "\n".join(out)

    # -- large text ------------------------------------------------------------------
    def _on_large_text(self, on: bool) -> None:
        self._apply_text_size()
        self.large_text_toggled.emit(on)

    def _apply_text_size(self) -> None:
        large = self.large_box.isChecked()
        scale_font(self.title, 1.6 if large else 1.35)
        for label in self.line_labels:
            scale_font(label, 1.6 if large else 1.2)
        scale_font(self.extra, 1.35 if large else 1.05)

    # -- events ----------------------------------------------------------------------
    def event(self, event) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Paint:
            self.painted.emit()
        return result

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The same keys as the shortcuts, for a key that reaches the card while it is not the
        # active window (a screen reader's own key routing).
        moves = {Qt.Key_Right: self.next, Qt.Key_PageDown: self.next, Qt.Key_Left: self.back,
                 Qt.Key_PageUp: self.back, Qt.Key_Escape: self.close}
        if event.key() in moves and not event.modifiers():
            moves[event.key()]()
        elif Qt.Key_1 <= event.key() < Qt.Key_1 + len(self.card.steps) and not event.modifiers():
            self.go_to(event.key() - Qt.Key_1)
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if not event.spontaneous():
            self.closed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.title.setFocus(Qt.OtherFocusReason)
