"""What every screen shares: a title, and an honest empty state until it has content."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from shiftmate.ui.context import WindowContext, as_context
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.scaling import on_rescale, px, scale_font, scale_size

__all__ = ["EmptyState", "Screen", "let_go", "listen", "plain_label", "scale_font", "scale_size", "subscribe",
           "user_label"]

_LISTENING = "_shiftmate_listening"  # on a view: the (signal, slot) pairs it listens to


def listen(owner: QObject, signal, slot) -> None:
    """Connect ``signal`` of something that outlives ``owner`` (the services) to ``slot``.

    The pair is remembered on ``owner`` so that ``let_go`` cuts it before ``owner`` is thrown
    away: a lambda has no receiver object, so Qt would go on calling it after the view is
    deleted (the RuntimeErrors after unlocking).
    """
    signal.connect(slot)
    pairs = getattr(owner, _LISTENING, None)
    if pairs is None:
        pairs = []
        setattr(owner, _LISTENING, pairs)
    pairs.append((signal, slot))


def subscribe(owner: QObject, services: DataService, kinds: Changes, slot) -> None:
    """Call ``slot(changes)`` after each write that changed one of ``kinds`` (only those are passed).

    A change made by ``owner``'s own write (``write(..., source=owner)``) is passed over: it
    already knows. While the screen that holds ``owner`` is not the one shown, a change only
    marks it stale, and ``slot`` runs once, with every kind missed, when the screen is shown
    again: a hidden screen costs nothing. Built on ``listen``, so ``let_go`` cuts it.
    """

    def on_changed(changes: Changes, source) -> None:
        wanted = changes & kinds
        if not wanted or source is owner:
            return
        page = _screen_of(owner)
        if page is not None and page.isHidden():  # a page of the window's stack not shown now
            _StaleUntilShown.of(page).keep(on_changed, lambda missed: _call_alive(owner, slot, missed), wanted)
            return
        slot(wanted)

    listen(owner, services.changed, on_changed)


def _screen_of(owner: QObject) -> "Screen | None":
    widget = owner if isinstance(owner, QWidget) else None
    while widget is not None and not isinstance(widget, Screen):
        widget = widget.parentWidget()
    return widget


def _call_alive(owner: QObject, slot, missed: Changes) -> None:
    if shiboken6.isValid(owner):  # thrown away meanwhile (locking throws every screen away)
        slot(missed)


class _StaleUntilShown(QObject):
    """On a hidden screen: the changes its views missed, handed to them when it is shown."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.missed: dict = {}  # subscription -> (call, Changes), in the order they came
        page.installEventFilter(self)

    @classmethod
    def of(cls, page: QWidget) -> "_StaleUntilShown":
        keeper = page.findChild(cls, options=Qt.FindDirectChildrenOnly)
        return keeper if keeper is not None else cls(page)

    def keep(self, key, call, changes: Changes) -> None:
        _call, before = self.missed.get(key, (call, Changes.NONE))
        self.missed[key] = (call, before | changes)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        # ShowToParent: the stack made this screen current, whether or not the window is on screen.
        if event.type() == QEvent.ShowToParent and self.missed:
            missed, self.missed = self.missed, {}
            for call, changes in missed.values():
                call(changes)
        return False


def let_go(view: QObject) -> None:
    """Disconnect everything ``view`` and its children connected with ``listen``; stop their timers.

    A timer of a view about to be deleted (Settings makes its sections on one) would
    otherwise still build parts that ``listen`` again before the deletion.
    """
    for timer in view.findChildren(QTimer):
        timer.stop()
    for keeper in view.findChildren(_StaleUntilShown):
        keeper.missed = {}
    for obj in [view, *view.findChildren(QObject)]:
        for signal, slot in getattr(obj, _LISTENING, ()):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already gone with its sender
                pass
        if getattr(obj, _LISTENING, None):
            setattr(obj, _LISTENING, [])


def plain_label(text: str = "", *, object_name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows text exactly as typed (never HTML)."""
    label = QLabel()
    label.setTextFormat(Qt.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def user_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A plain-text label for words a person or a pack wrote (never translated, never HTML)."""
    label = plain_label(text, wrap=wrap)
    label.setProperty("userText", True)
    return label


def _set_faint_icon(label: QLabel) -> None:
    icon = QApplication.windowIcon()
    if not icon.isNull():
        side = px(56)
        label.setPixmap(icon.pixmap(side, side, QIcon.Disabled))


def _size_faint_icon(label: QLabel) -> None:
    # The picture itself is drawn on first show (see EmptyState.showEvent); a text size
    # change redraws one that is already there.
    label.setFixedHeight(px(56))
    if not label.pixmap().isNull():
        _set_faint_icon(label)


class EmptyState(QWidget):
    """A centred heading and a sentence saying what will be here and how to get it."""

    def __init__(self, heading: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        on_rescale(self.icon, _size_faint_icon)
        self.icon.setAlignment(Qt.AlignHCenter)
        self.heading = plain_label(heading, object_name="emptyHeading")
        scale_font(self.heading, 1.35)
        self.heading.setAlignment(Qt.AlignHCenter)
        self.body = plain_label(body, object_name="emptyBody")
        self.body.setAlignment(Qt.AlignHCenter)

        column = QWidget()
        scale_size(column, setMaximumWidth=520)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.icon)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.heading)
        column_layout.addSpacing(4)
        column_layout.addWidget(self.body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Drawn when first shown: rendering the SVG loads Qt's SVG support, which a screen
        # whose empty state stays hidden (Today, a journal with entries) never needs.
        if self.icon.pixmap().isNull():
            _set_faint_icon(self.icon)
        super().showEvent(event)


class ScrollPage(QWidget):
    """A scroll area's page that asks for the least height its contents can live with.

    A layout holding wrapping rows answers ``heightForWidth`` with every other part at its
    preferred height (a list's or a chart area's generous size hint); the scroll area would
    then scroll a page that fits. The minimum for the width is the honest answer.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class Screen(QWidget):
    """One page of the main window; subclasses fill ``self.content``.

    Made from the registry with the window's ``WindowContext`` (its services, clock and parts).
    """

    def __init__(self, context: WindowContext | DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = as_context(context)
        self.services = self.context.services
        self.title_label = plain_label("", object_name="screenTitle", wrap=False)
        scale_font(self.title_label, 1.6)
        self.title_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(12)
        outer.addWidget(self.title_label)
        # Below the title the page scrolls when the window is too small for it (large text
        # on a small laptop) instead of squeezing its words until they are cut off. It takes
        # no focus of its own: Tab scrolls it to the control that gets the focus.
        page = ScrollPage()
        self.content = QVBoxLayout(page)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.NoFocus)
        self.page_scroll.setWidget(page)
        outer.addWidget(self.page_scroll, 1)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def show_empty(self, heading: str, body: str) -> EmptyState:
        state = EmptyState(heading, body, self)
        self.content.addWidget(state, 1)
        return state
