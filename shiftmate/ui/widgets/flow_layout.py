"""A row of controls that wraps onto the next line when the window is too narrow for it.

Button bars and filter rows are one line at normal text size; at 200 % on a small laptop
they would be squeezed until their words were cut. In a ``FlowLayout`` they wrap instead,
like words in a paragraph. (Qt ships this only as an example; this is that example, with
hidden widgets skipped and a stretch that pushes the following items to the right edge.)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Lays items out left to right, wrapping to a new line when one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's bookkeeping -------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one line."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest single item: anything wider wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- arranging ---------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PM_LayoutHorizontalSpacing) if style is not None else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 24)).expandedTo(item.minimumSize())
            if lines[-1] and x + gap + hint.width() > area.width():
                lines.append([])
                x = 0
            x += (gap if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        y = area.y()
        for number, line in enumerate(lines):
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            if move:
                self._place_line(line, area, y, height, gap)
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()

    @staticmethod
    def _place_line(line, area: QRect, y: int, height: int, gap: int) -> None:
        """Items left to right; an expanding item takes the room that is left on its line."""
        used = sum(hint.width() for _item, hint in line) + gap * (len(line) - 1)
        spare = max(area.width() - used, 0)
        growers = [item for item, _hint in line if item.expandingDirections() & Qt.Horizontal]
        extra = spare // len(growers) if growers else 0
        x = area.x()
        for item, hint in line:
            width = hint.width() + (extra if item in growers else 0)
            item_height = height if item.expandingDirections() & Qt.Vertical else min(hint.height(), height)
            top = y + (height - item_height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
            x += width + gap


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field as one piece, so a wrapping row never separates them."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    label.setBuddy(field)
    pair.setSizePolicy(field.sizePolicy().horizontalPolicy(), QSizePolicy.Fixed)
    return pair
