"""Insights as a PNG image or a PDF document, drawn by Qt's own writers.

The page is rendered at twice its on-screen size for a crisp image; the PDF scales the same
rendering onto A4 pages, splitting a tall page across several. Files are written atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from shiftmate.core.errors import BadInput
from shiftmate.core.journal_io import write_atomically

SCALE = 2


def _render(widget: QWidget) -> QImage:
    image = QImage(widget.size() * SCALE, QImage.Format_ARGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    return image


def export_widget(widget: QWidget, path: Path, kind: str, *, title: str = "") -> None:
    """Write ``widget`` to ``path`` as "png" or "pdf"; BadInput when the file can't be written."""
    image = _render(widget)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if kind == "png":
        if not image.save(buffer, "PNG"):
            raise BadInput(f"Cannot make the PNG image for {path}.")
    else:
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("ShiftMate")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter))
        painter = QPainter(writer)
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        source_w = image.width()
        scale = page.width() / source_w
        slice_h = int(page.height() / scale)
        top = 0
        while top < image.height():
            if top:
                writer.newPage()
            part = image.copy(QRect(0, top, source_w, min(slice_h, image.height() - top)))
            part.setDevicePixelRatio(1)
            painter.drawImage(QRect(0, 0, page.width(), int(part.height() * scale)), part)
            top += slice_h
        painter.end()
        del writer
    buffer.close()
    try:
        write_atomically(Path(path), bytes(data.data()))
    except OSError as exc:
        raise BadInput(f"Cannot write {path}: {exc.strerror or exc}.") from None
