"""The mouse wheel turns a control only once it has focus; otherwise the page behind scrolls.

Qt lets a wheel change a combo box, spin box, date field or slider the pointer merely passes
over, so scrolling down a long form changed (and saved) answers on the way. The app's style
(ui.look.theme.FocusRingStyle) hands every widget it polishes to ``guard_wheel``, so every window
and dialog is covered, also those made later: such controls get Qt.StrongFocus instead of
Qt.WheelFocus (a wheel no longer gives them focus), and a wheel over one without focus goes to
the scroll area behind it.

The filter sits on those controls only. An event filter on the whole application did the
same, but every event of every widget then crossed into Python: building the window and
first opening Settings took ~60 ms longer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

_GUARDED = ("QAbstractSpinBox", "QComboBox", "QAbstractSlider")


def _guarded(widget) -> bool:
    # By class name (QObject.inherits, in C++): no Python class of Qt's needs loading for it.
    # A scroll bar is what the wheel is for.
    return any(widget.inherits(name) for name in _GUARDED) and not widget.inherits("QScrollBar")


class WheelGuard(QObject):
    """The guarded controls' filter: a wheel reaches one only while it has focus."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Wheel or obj.hasFocus():
            return False
        self._scroll_behind(obj, event)
        event.accept()  # handled: neither the control nor (again) its parents
        return True

    @staticmethod
    def _scroll_behind(control, event) -> None:
        from PySide6.QtGui import QWheelEvent
        from PySide6.QtWidgets import QApplication

        area = control.parentWidget()
        while area is not None and not area.inherits("QAbstractScrollArea"):
            area = area.parentWidget()
        if area is None:
            return  # no page to scroll (a small dialog): the wheel does nothing
        viewport = area.viewport()
        where = viewport.mapFromGlobal(event.globalPosition().toPoint())
        forwarded = QWheelEvent(where, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                                event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                                event.source())
        QApplication.sendEvent(viewport, forwarded)


_guard: WheelGuard | None = None


def guard_wheel(widget) -> None:
    """Guard ``widget`` if it is a control a wheel would change (the style calls this)."""
    global _guard
    if not _guarded(widget):
        return
    if _guard is None:
        from PySide6.QtWidgets import QApplication

        _guard = WheelGuard(QApplication.instance())
    if widget.focusPolicy() == Qt.WheelFocus:
        widget.setFocusPolicy(Qt.StrongFocus)
    widget.installEventFilter(_guard)  # installing it again only moves it to the front
