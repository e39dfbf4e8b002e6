"""Search marks in the journal list sit on the words found, also after emoji and in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextLayout
from PySide6.QtWidgets import QApplication

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.journal.search import match_pattern
from shiftmate.core.storage.store import Store


def seed(location, texts):
    store = Store.open(location)
    try:
        add_entries(store, [JournalEntry(text=text) for text in texts], clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()


def type_text(widget, text):
    """Key presses carrying each character, as an Arabic (or any) keyboard layout sends them.

    (QTest.keyClicks maps characters to Latin key codes and aborts on others.)"""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def expected_marks(screen, row, query):
    """Where the found words are drawn in the cell: x ranges from Qt's own text layout."""
    table, delegate = screen.table, screen.highlight
    rect = table.visualRect(screen.model.index(row, 2)).adjusted(4, 0, -4, 0)
    text = screen.model.index(row, 2).data()
    shown = table.fontMetrics().elidedText(text, Qt.ElideRight, rect.width())
    layout = QTextLayout(shown, table.font())
    ranges = []  # QTextLayout counts UTF-16 code units
    for match in match_pattern(query).finditer(shown):
        start = len(shown[:match.start()].encode("utf-16-le")) // 2
        ranges.append((start, start + len(match.group().encode("utf-16-le")) // 2))
    layout.setFormats([_span(a, b, delegate, table) for a, b in ranges])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(rect.width())
    layout.endLayout()
    edges = [sorted((line.cursorToX(a)[0], line.cursorToX(b)[0])) for a, b in ranges]
    return [(rect.left() + a, rect.left() + b) for a, b in edges], rect


def _span(start, end, delegate, table):
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, end - start, delegate.highlight_format(table.palette())
    return span


def marked_columns(image, rect, colour: QColor):
    """x of every pixel column in ``rect`` holding the mark's background colour."""
    xs = set()
    for y in range(rect.top() + 2, rect.bottom() - 1, 2):
        for x in range(rect.left(), rect.right()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) <= 2 and abs(pixel.green() - colour.green()) <= 2
                    and abs(pixel.blue() - colour.blue()) <= 2):
                xs.add(x)
    return sorted(xs)


@pytest.mark.parametrize("text, query", [
    ("😀😀😀😀 wanted a refund at the till", "refund"),
    ("🙏🙏 شكراً، العميل طلب استرداد المبلغ", "استر"),
])
def test_the_search_mark_covers_the_found_word(window, qtbot, location, text, query):
    seed(location, [text])
    screen = window.show_screen("journal")
    screen.search_delay_ms = 0
    window.resize(1200, 600)
    type_text(screen.search_edit, query)
    qtbot.waitUntil(lambda: screen.model.filter.query == query and screen.model.rowCount() == 1
                    and not screen.model.is_loading, timeout=10_000)
    screen.table.setColumnWidth(2, 600)
    image = screen.table.viewport().grab().toImage()
    marks, rect = expected_marks(screen, 0, query)
    low, high = marks[0]
    colour = screen.highlight.highlight_format(screen.table.palette()).background().color()
    xs = marked_columns(image, rect, colour)
    assert xs, "no mark drawn"
    assert abs(xs[0] - low) <= 2 and abs(xs[-1] - high) <= 2, (xs[0], xs[-1], low, high)
