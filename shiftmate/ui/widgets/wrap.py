"""Row heights for item views whose text wraps, so long items are read whole, not cut short."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from shiftmate.ui.widgets.scaling import px


class WrappingDelegate(QStyledItemDelegate):
    """Measures ``column``'s text at the column's width (QTreeView asks without saying it).

    The view needs ``setWordWrap(True)`` and ``setUniformRowHeights(False)``; other columns
    are measured as usual, so a column sized to its contents keeps its one line.
    """

    def __init__(self, view: QAbstractItemView, column: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        if isinstance(view, QTreeView):
            view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        if index.column() != self.column:
            return super().sizeHint(option, index)
        width = self.view.columnWidth(self.column)
        if isinstance(self.view, QTreeView):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        width -= px(10)  # the stylesheet's item padding, which the measurement does not see
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        return super().sizeHint(opt, index)
