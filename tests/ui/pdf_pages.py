"""Reading exported PDFs back as a person sees them: pages rendered to images, ink measured.

QPdfDocument (Qt's own PDF renderer) draws each page, so the tests need nothing outside the
venv. Measurements are in points: pages are rendered at 72 pixels per inch times ``SCALE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

SCALE = 2  # pixels per point
_DARK = re.compile(rb"[\x00-\x9f]")  # grey levels darker than about 60 %


@dataclass
class Ink:
    """Where a rendered page has dark marks, in points."""

    left: float
    right: float
    line_heights: list[float]  # height of each band of rows holding ink, top to bottom
    background: int  # the grey level of the page's corner


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_, path
    return document


def page_size_points(document: QPdfDocument, page: int = 0) -> tuple[int, int]:
    size = document.pagePointSize(page)
    return round(size.width()), round(size.height())


def page_text(document: QPdfDocument, page: int) -> str:
    return document.getAllText(page).text()


def render(document: QPdfDocument, page: int) -> QImage:
    size = document.pagePointSize(page)
    drawn = document.render(page, QSize(round(size.width() * SCALE), round(size.height() * SCALE)))
    paper = QImage(drawn.size(), QImage.Format_RGB32)  # the render is transparent where blank
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return paper.convertToFormat(QImage.Format_Grayscale8)


def ink(image: QImage) -> Ink:
    """Dark marks of a grey page image: their left and right edges and their line bands."""
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    left, right, bands, band_start = width, -1, [], None
    for y in range(height):
        row = data[y * stride:y * stride + width]
        first = _DARK.search(row)
        if first:
            left = min(left, first.start())
            last = width - 1 - _DARK.search(row[::-1]).start()
            right = max(right, last)
            if band_start is None:
                band_start = y
        elif band_start is not None:
            bands.append((y - band_start) / SCALE)
            band_start = None
    return Ink(left / SCALE, right / SCALE, bands, data[0])


def bands(image: QImage, *, threshold: int = 245, gap: int = 3) -> list[tuple[float, float, float, float]]:
    """Runs of rows holding marks, separated by ``gap`` blank rows or more.

    Each is (top, bottom, how much of its widest row its first row covers, and its last row),
    in points: a card drawn whole starts and ends with its own border across its width.
    """
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    blank = bytes(range(threshold, 256))

    def coverage(y: int) -> int:
        row = data[y * stride:y * stride + width]
        return width - len(row.translate(None, bytes(range(threshold))))  # marks in the row

    found, start, last = [], None, None
    for y in range(height):
        row = data[y * stride:y * stride + width]
        marked = bool(row.translate(None, blank))
        if marked:
            if start is None:
                start = y
            last = y
        elif start is not None and y - last > gap:
            found.append((start, last))
            start = None
    if start is not None:
        found.append((start, last))
    out = []
    for top, bottom in found:
        widest = max(coverage(y) for y in range(top, bottom + 1)) or 1
        out.append((top / SCALE, bottom / SCALE, coverage(top) / widest, coverage(bottom) / widest))
    return out


def dark_share(image: QImage, level: int = 90) -> float:
    """The share of a page's pixels darker than ``level``."""
    data = bytes(image.constBits())
    return len(data.translate(None, bytes(range(level, 256)))) / max(len(data), 1)
