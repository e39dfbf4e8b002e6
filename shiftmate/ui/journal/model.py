"""The Journal list as a lazy Qt model: pages of rows fetched on the data thread as you scroll.

The GUI thread never waits for a query: ``fetchMore`` queues the next page through
DataService and returns at once; rows are inserted when the page arrives. Every change of
search or filter starts a new generation, and pages from an older generation are dropped,
so a slow answer to "ref" can never overwrite the answer to "refund".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from shiftmate.core.journal.entries import channel_label, local_when
from shiftmate.core.journal.search import COUNT_CAP, PAGE_SIZE, EntryRow, JournalFilter, count_entries, list_page, match_pattern
from shiftmate.ui.data.service import DataService
from shiftmate.ui.look.theme import readable_on
from shiftmate.ui.widgets.tooltips import plain_tip

ENTRY_ID_ROLE = Qt.UserRole + 1
# data() runs for every role of every visible cell on each repaint (hundreds of calls while
# typing a search): compare plain ints, and format a row's texts once.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_CENTERED = Qt.AlignmentFlag.AlignCenter.value
_ENTRY_ID = int(ENTRY_ID_ROLE)
_HORIZONTAL = Qt.Orientation.Horizontal


class JournalListModel(QAbstractTableModel):
    """Rows of the journal, newest first, for the current search and filters."""

    page_loaded = Signal(int)  # rows in the page that just arrived
    counted = Signal(int)  # how many entries match, once counted on the data thread
    COLUMNS = (
        QT_TRANSLATE_NOOP("JournalListModel", "When"), QT_TRANSLATE_NOOP("JournalListModel", "Channel"),
        QT_TRANSLATE_NOOP("JournalListModel", "What happened"), QT_TRANSLATE_NOOP("JournalListModel", "Tags"),
        QT_TRANSLATE_NOOP("JournalListModel", "Intensity"),
    )

    def __init__(self, services: DataService, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.services = services
        self.page_size = page_size
        self.filter = JournalFilter()
        self._rows: list[EntryRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's column texts, once shown
        self._generation = 0
        self._pending = False
        self._exhausted = True  # nothing to fetch until the first filter is set
        self.total: int | None = None

    # -- what is shown --------------------------------------------------------------
    def set_filter(self, flt: JournalFilter) -> None:
        """Show entries matching ``flt`` from the top; answers to older filters are dropped."""
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._texts = []
        self._pending = False
        self._exhausted = False
        self.total = None
        self.endResetModel()
        self._request_page()
        generation, flt = self._generation, self.filter
        self.services.run(
            lambda store: count_entries(store, flt, cap=None if flt.is_empty else COUNT_CAP),
            lambda total: self._on_count(generation, total),
        )

    def entry_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, entry_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == entry_id:
                return number
        return None

    @property
    def is_loading(self) -> bool:
        return self._pending

    # -- lazy fetching --------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._exhausted and not self._pending

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt's name
        if not parent.isValid():
            self._request_page()

    def _request_page(self) -> None:
        if self._pending or self._exhausted:
            return
        self._pending = True
        generation, flt, limit = self._generation, self.filter, self.page_size
        after = self._rows[-1].sort_key if self._rows else None
        self.services.run(
            lambda store: list_page(store, flt, after=after, limit=limit),
            lambda rows: self._on_page(generation, rows),
            lambda sentence: self._on_failed(generation, sentence),
        )

    def _on_page(self, generation: int, rows: list[EntryRow]) -> None:
        if generation != self._generation:
            return  # an answer to a search the person has already changed
        self._pending = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend([None] * len(rows))
            self.endInsertRows()
        self.page_loaded.emit(len(rows))

    def _on_failed(self, generation: int, sentence: str) -> None:
        if generation == self._generation:
            self._pending = False
            self._exhausted = True
            self.services.failed.emit(sentence)

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    # -- Qt model -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802 - Qt's name
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index, role=_DISPLAY):
        if role == _DISPLAY or role == _TOOLTIP:
            if not index.isValid():
                return None
            number = index.row()
            texts = self._texts[number]
            if texts is None:
                row = self._rows[number]
                texts = self._texts[number] = tuple(self._text(row, column) for column in range(len(self.COLUMNS)))
            return texts[index.column()] if role == _DISPLAY else plain_tip(texts[index.column()])
        if role == _ENTRY_ID:
            return self._rows[index.row()].id if index.isValid() else None
        if role == _ALIGNMENT and index.column() == 4:
            return _CENTERED
        return None

    def _text(self, row: EntryRow, column: int) -> str:
        if column == 0:
            return local_when(row.occurred_at, row.tz).strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return channel_label(row.channel) if row.channel else ""
        if column == 2:
            # Said in words (a screen reader reads it, and it needs no colour to be seen).
            return self.tr("★ Good moment: %1").replace("%1", row.first_line) if row.kind == "good" else row.first_line
        if column == 3:
            return ", ".join(row.tags)
        if row.kind == "good" and row.intensity_before is None and row.intensity_after is None:
            return ""  # a good moment has no intensity of distress
        before = "·" if row.intensity_before is None else str(row.intensity_before)
        after = "·" if row.intensity_after is None else str(row.intensity_after)
        return f"{before} → {after}"


def _utf16_spans(text: str, matches) -> list[tuple[int, int]]:
    """(start, end) of each match in UTF-16 code units, the positions QTextLayout counts in.

    Python counts code points: after an emoji (two UTF-16 units) every mark would otherwise
    land one unit early per emoji before it.
    """
    spans = [(m.start(), m.end()) for m in matches]
    if not spans or max(text) <= "\uffff":
        return spans
    units, total = [0], 0  # units[i]: UTF-16 length of text[:i]
    for char in text:
        total += 2 if char > "\uffff" else 1
        units.append(total)
    return [(units[start], units[end]) for start, end in spans]


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's plain text with the searched words marked; never parses markup.

    Set only on the columns that can match (what happened, tags), so the other cells are
    painted without a call into Python.
    """

    def __init__(self, model: JournalListModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self._query: str | None = None
        self._pattern = None
        self._format_key = None
        self._format = QTextCharFormat()

    def _pattern_for(self, query: str):
        if query != self._query:
            self._query, self._pattern = query, match_pattern(query)
        return self._pattern

    def highlight_format(self, palette: QPalette) -> QTextCharFormat:
        """How a found word is marked on ``palette`` (made once per palette)."""
        key = (palette.cacheKey(), palette.resolveMask())
        if key != self._format_key:
            fmt = QTextCharFormat()
            marked = palette.color(QPalette.Highlight).lighter(150)
            fmt.setBackground(marked)
            # The more readable of the two text colours on the marking (dark on a light tint).
            fmt.setForeground(readable_on(marked, palette.color(QPalette.Text),
                                          palette.color(QPalette.HighlightedText)))
            fmt.setFontWeight(700)
            self._format_key, self._format = key, fmt
        return self._format

    def paint(self, painter, option, index) -> None:
        pattern = self._pattern_for(self.model.filter.query)
        if pattern is None or index.column() not in (2, 3):
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle  # its many enums load with the first highlighted cell

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        shown = opt.fontMetrics.elidedText(text, Qt.ElideRight, rect.width())
        layout = QTextLayout(shown, opt.font)
        highlight = self.highlight_format(opt.palette)
        formats = []
        for start, end in _utf16_spans(shown, pattern.finditer(shown)):
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, highlight
            formats.append(span)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        selected = bool(opt.state & QStyle.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
