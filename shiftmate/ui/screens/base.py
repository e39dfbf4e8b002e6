"""What every screen shares: a title, and an honest empty state until it has content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from shiftmate.ui.data_service import DataService


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


def scaled_font(widget: QWidget, factor: float):
    font = widget.font()
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    return font


class EmptyState(QWidget):
    """A centred heading and a sentence saying what will be here and how to get it."""

    def __init__(self, heading: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setFixedHeight(56)
        self.icon.setAlignment(Qt.AlignHCenter)
        self.heading = plain_label(heading, object_name="emptyHeading")
        self.heading.setFont(scaled_font(self.heading, 1.35))
        self.heading.setAlignment(Qt.AlignHCenter)
        self.body = plain_label(body, object_name="emptyBody")
        self.body.setAlignment(Qt.AlignHCenter)

        column = QWidget()
        column.setMaximumWidth(520)
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
            icon = QApplication.windowIcon()
            if not icon.isNull():
                self.icon.setPixmap(icon.pixmap(56, 56, QIcon.Disabled))
        super().showEvent(event)


class Screen(QWidget):
    """One page of the main window; subclasses fill ``self.content``."""

    def __init__(self, services: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title_label = plain_label("", object_name="screenTitle", wrap=False)
        self.title_label.setFont(scaled_font(self.title_label, 1.6))
        self.title_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(12)
        outer.addWidget(self.title_label)
        self.content = QVBoxLayout()
        outer.addLayout(self.content, 1)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def show_empty(self, heading: str, body: str) -> EmptyState:
        state = EmptyState(heading, body, self)
        self.content.addWidget(state, 1)
        return state
