"""The mouse wheel turns a control only once it has focus; otherwise the page behind scrolls.

Qt lets a wheel change a combo box, spin box, date field or slider the pointer merely passes
over, so scrolling down a long form changed (and saved) answers on the way. One event filter
on the application, installed at start-up, covers every window and dialog, also those made
later: such controls get Qt.StrongFocus instead of Qt.WheelFocus (a wheel no longer gives them
focus), and a wheel over one without focus goes to the scroll area behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)
_WHEEL, _POLISH = QEvent.Wheel, QEvent.Polish


def _guarded(obj) -> bool:
    # A scroll bar is what the wheel is for.
    return isinstance(obj, _GUARDED) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """The application's filter: wheel events reach only a focused control (see the module)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()  # first and cheap: this runs for every event of the application
        if kind == _POLISH:
            if _guarded(obj) and obj.focusPolicy() == Qt.WheelFocus:
                obj.setFocusPolicy(Qt.StrongFocus)
            return False
        if kind != _WHEEL or not _guarded(obj) or obj.hasFocus():
            return False
        self._scroll_behind(obj, event)
        event.accept()  # handled: neither the control nor (again) its parents
        return True

    @staticmethod
    def _scroll_behind(control: QWidget, event: QWheelEvent) -> None:
        area = control.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            return  # no page to scroll (a small dialog): the wheel does nothing
        viewport = area.viewport()
        where = viewport.mapFromGlobal(event.globalPosition().toPoint())
        forwarded = QWheelEvent(where, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                                event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                                event.source())
        QApplication.sendEvent(viewport, forwarded)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once; returns it."""
    guard = getattr(app, "_shiftmate_wheel_guard", None)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._shiftmate_wheel_guard = guard
    return guard
