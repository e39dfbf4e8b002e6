"""What a screen reader hears: names and descriptions for controls, and announcements.

Qt gives a button or a check box its visible text as its accessible name, and a field the
text of the label whose buddy it is. Everything else (lists, tables, icon-only buttons,
fields without a label) is named here where it is made, with ``set_accessible()``. ``announce()``
tells assistive technology that something appeared which the worker did not ask for
(a reminder toast), the way a live region does on the web.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def set_accessible(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and a description, for what the name can't say)."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def _buddy_text(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gets for ``widget``, as Qt's accessibility bridge reports it.

    On Linux a combo box reports its current item as its name (its label travels as a
    relation), which would pass for a name while saying nothing about what is chosen; so
    for combo boxes only an accessible name or a label's buddy counts.
    """
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return widget.accessibleName() or _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Name).strip()


class Announcer(QObject):
    """Sends accessibility alerts; ``announced`` lets tests (and logs) see each one."""

    announced = Signal(QObject, str)


announcer = Announcer()


def announce(widget: QWidget, text: str) -> None:
    """Say ``text`` now: it becomes ``widget``'s accessible name and an Alert is sent for it."""
    widget.setAccessibleName(text)  # Qt sends NameChanged for this itself
    event = QAccessibleEvent(widget, QAccessible.Alert)
    QAccessible.updateAccessibility(event)
    announcer.announced.emit(widget, text)


KEYBOARD_ALTERNATIVE = "keyboardAlternative"


def mouse_only(widget: QWidget, keys: str) -> QWidget:
    """Mark a control Tab skips on purpose, naming the keys that do the same from the keyboard.

    The run view's answer buttons are such controls: the list keeps the keyboard, so a tick
    is one key instead of a Tab round trip. Tests check that every control Tab cannot reach
    says how the keyboard gets there.
    """
    widget.setProperty(KEYBOARD_ALTERNATIVE, keys)
    return widget
