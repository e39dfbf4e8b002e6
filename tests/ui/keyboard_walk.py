"""Walking a window by Tab, as a keyboard-only worker does, and what a screen reader hears.

``tab_walk`` presses Tab from a starting widget until focus comes back to it, and fails on
a focus trap (a widget that keeps Tab, or a loop that never returns). ``tab_stops`` lists
what the mouse can reach that Tab should reach too, so a walk can prove nothing is left out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QWidget,
)

from shiftmate.ui.widgets.accessibility import KEYBOARD_ALTERNATIVE, spoken_name
from tests.helpers import inside_one_of

MAX_STOPS = 250
MAX_STEPS_IN_ONE_WIDGET = 4  # a date field moves day → month → year before leaving


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}({widget.objectName() or spoken_name(widget) or widget.accessibleName()!r})"


def owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a spin box's line edit, a tab widget's bar)."""
    while widget.parentWidget() is not None and widget.parentWidget().focusProxy() is widget:
        widget = widget.parentWidget()
    return widget


def heard_name(widget: QWidget) -> str:
    """The accessible name of the focused widget, or of the control it is part of."""
    return spoken_name(widget) or spoken_name(owner(widget))


def focus_on(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow(), timeout=10_000)
    widget.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=10_000)


def tab_walk(qtbot, start: QWidget, *, on_stop=None) -> list[QWidget]:
    """Press Tab from ``start`` until focus is back on it; return the widgets visited in order.

    ``on_stop(widget)`` runs at each new stop while it has the focus (tests grab it there).
    """
    focus_on(qtbot, start)
    order = [start]
    if on_stop is not None:
        on_stop(start)
    same = 0
    for _ in range(MAX_STOPS):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"Tab from {describe(current)} left no widget with the focus"
        if now is start:
            return order
        if now is current:
            same += 1
            assert same <= MAX_STEPS_IN_ONE_WIDGET, f"Tab is trapped in {describe(now)}"
            continue
        same = 0
        assert now not in order, (
            f"Tab loops back to {describe(now)} without returning to {describe(start)}: "
            + " → ".join(describe(w) for w in order)
        )
        order.append(now)
        if on_stop is not None:
            on_stop(now)
    raise AssertionError(f"Tab never came back to {describe(start)} after {MAX_STOPS} stops")


_QT_PARTS = (QCalendarWidget, QLineEdit, QAbstractSpinBox, QComboBox, QScrollBar, QTabBar)


def _inside_qt_part(widget: QWidget) -> bool:
    return inside_one_of(widget, _QT_PARTS)


def _one_of_a_group(widget: QWidget, reached: set[int]) -> bool:
    """A radio button whose group was reached (arrow keys move within a group)."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group().buttons() if widget.group() else widget.parentWidget().findChildren(QRadioButton)
    return any(id(other) in reached for other in group)


def tab_stops(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets under ``root`` that take focus by Tab (proxies resolved)."""
    stops = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None or not (widget.focusPolicy() & Qt.TabFocus) == Qt.TabFocus:
            continue
        stops.append(widget)
    return stops


def mouse_only_buttons_without_keys(root: QWidget, reached: set[int]) -> list[QWidget]:
    """Buttons a mouse can press but Tab skips, that don't say which key does the same.

    Radio buttons are one tab stop per group, as everywhere in Qt: the arrow keys move
    between them, so a group counts as reached when one of its buttons is.
    """
    missing = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or _inside_qt_part(button):
            continue
        if id(button) in reached:
            continue
        if isinstance(button, QRadioButton):
            group = button.group().buttons() if button.group() else [
                b for b in button.parentWidget().findChildren(QRadioButton) if b.autoExclusive()]
            if any(id(other) in reached for other in group):
                continue
        elif (button.focusPolicy() & Qt.TabFocus) == Qt.TabFocus or button.focusProxy() is not None:
            continue
        if not button.property(KEYBOARD_ALTERNATIVE):
            missing.append(button)
    return missing


def check_walk(qtbot, start: QWidget, root: QWidget | None = None, *, check_focus_ring=True) -> list[QWidget]:
    """Walk by Tab from ``start``; every stop named, every tab stop under ``root`` reached.

    With ``check_focus_ring``, each stop must also look different with and without the focus
    (the focus is visible), judged from grabs of the widget.
    """
    root = root or start.window()
    focused_images: dict[int, QImage] = {}

    def grab(widget: QWidget) -> None:
        if check_focus_ring:
            focused_images[id(widget)] = widget.grab().toImage()

    order = tab_walk(qtbot, start, on_stop=grab)
    unnamed = [describe(w) for w in order if not heard_name(w)]
    assert unnamed == [], f"focusable widgets without an accessible name: {unnamed}"
    reached = set(map(id, order)) | {id(owner(w)) for w in order}
    missed = [describe(w) for w in tab_stops(root) if id(w) not in reached and not _one_of_a_group(w, reached)]
    assert missed == [], f"visible controls Tab never reaches: {missed}"
    silent = [describe(b) for b in mouse_only_buttons_without_keys(root, reached)]
    assert silent == [], f"buttons Tab skips that name no keyboard alternative: {silent}"
    if check_focus_ring:
        # Now focus is back on start: every other stop can be grabbed without it, and start
        # once the focus has moved on.
        invisible = []
        for widget in order[1:]:
            if changed_pixels(focused_images[id(widget)], widget.grab().toImage()) < 12:
                invisible.append(describe(widget))
        if len(order) > 1:
            focus_on(qtbot, order[1])
            if changed_pixels(focused_images[id(start)], start.grab().toImage()) < 12:
                invisible.append(describe(start))
        assert invisible == [], f"no visible focus on: {invisible}"
    return order


def changed_pixels(a: QImage, b: QImage) -> int:
    """How many pixels differ noticeably between two grabs of the same widget."""
    if a.size() != b.size():
        return a.width() * a.height()
    a, b = a.convertToFormat(QImage.Format_RGB32), b.convertToFormat(QImage.Format_RGB32)
    a_bytes, b_bytes = bytes(a.constBits()), bytes(b.constBits())  # copies, while a and b live
    count = 0
    pixels = zip(a_bytes[0::4], a_bytes[1::4], a_bytes[2::4], b_bytes[0::4], b_bytes[1::4], b_bytes[2::4])
    for b1, g1, r1, b2, g2, r2 in pixels:
        if abs(b1 - b2) + abs(g1 - g2) + abs(r1 - r2) > 60:
            count += 1
    return count
