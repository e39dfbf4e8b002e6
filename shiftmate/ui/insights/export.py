"""Insights as a PNG image or a PDF document, drawn by Qt's own writers.

The PNG is the page rendered at twice its on-screen size. The PDF is a document for paper: a
title and the period, then each section's card, light whatever the window's theme and
without its buttons, scaled to the page width and never split across pages (a card that does
not fit below the last one starts the next page). Files are written atomically.
"""

from __future__ import annotations

from pathlib import Path

from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from shiftmate.core.errors import BadInput
from shiftmate.core.journal.exchange import write_atomically

SCALE = 2


def _render(widget: QWidget) -> QImage:
    image = QImage(widget.size() * SCALE, QImage.Format_ARGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    return image


def export_widget(widget: QWidget, path: Path) -> None:
    """Write ``widget`` to ``path`` as a PNG image; BadInput when the file can't be written."""
    image = _render(widget)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise BadInput(f"Cannot make the PNG image for {path}.")
    buffer.close()
    try:
        write_atomically(Path(path), bytes(data.data()))
    except OSError as exc:
        raise BadInput(f"Cannot write {path}: {exc.strerror or exc}.") from None


GAP_POINTS = 10  # between two cards on paper


@contextmanager
def _printable(sections):
    """The sections as paper shows them: the light theme, no buttons; put back afterwards.

    The whole window takes the light theme for the moment of rendering: the style sheet
    resolves its colours from the application's palette, so a light palette on the sections
    alone is undone at their next polish. Only the style's own polish requests are handled
    in between (no input, no data answers), and nothing is painted on screen meanwhile.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from shiftmate.ui.look.theme import apply_theme, current_scheme

    def switch(to: str) -> None:
        apply_theme(app, to)
        QCoreApplication.sendPostedEvents(None, QEvent.PolishRequest)
        # The light and dark style sheets are the same text, so Qt re-polishes nothing that
        # was polished before: the sections get their colours from the new palette here.
        for section in sections:
            for widget in [section, *section.findChildren(QWidget)]:
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    app = QApplication.instance()
    scheme = current_scheme(app)
    buttons = [(section.toggle, section.toggle.isVisibleTo(section)) for section in sections]
    themed = scheme != "light"
    if themed:
        switch("light")
    for section in sections:
        section.toggle.hide()
        if themed:
            section.refill()  # the chart takes the light theme too
    # Qt Charts lays out its axes' labels on a posted request: now, or they keep old colours.
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    try:
        yield
    finally:
        if themed:
            switch(scheme)
        for toggle, shown in buttons:
            toggle.setVisible(shown)
        if themed:
            for section in sections:
                section.refill()


def _card_image(section: QWidget) -> QImage:
    section.ensurePolished()
    image = QImage(section.size() * SCALE, QImage.Format_ARGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(Qt.white)
    painter = QPainter(image)
    section.render(painter, QPoint(0, 0))
    painter.end()
    return image


def export_sections_pdf(sections: list[QWidget], path: Path, *, title: str, period: str) -> None:
    """Write the Insights ``sections`` to ``path`` as a PDF; BadInput when it can't be written."""
    from shiftmate.ui.widgets.print_page import INK, draw_page_number, footer_height, pdf_writer

    with _printable(sections):
        cards = [_card_image(section) for section in sections if not section.isHidden()]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = pdf_writer(buffer, f"{title} — {period}")
    dots = writer.resolution() / 72  # writer pixels per point
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    bottom = page.height() - footer_height(writer)
    title_font, period_font = QFont("sans-serif"), QFont("sans-serif")
    title_font.setPointSizeF(18)
    title_font.setBold(True)
    period_font.setPointSizeF(11)
    title_rect = QRectF(0, 0, page.width(), 18 * 1.5 * dots)
    period_rect = QRectF(0, title_rect.bottom(), page.width(), 11 * 1.5 * dots)
    heading_height = period_rect.bottom() + GAP_POINTS * dots

    # Where each card goes: (page, rectangle in writer pixels), worked out before drawing so
    # every page can say how many there are.
    placed, page_number, top = [], 0, heading_height
    for card in cards:
        width, height = card.width() / SCALE, card.height() / SCALE  # on-screen pixels
        # As on screen at 96 dpi (0.75 pt a pixel): two cards a page, text about 10 pt;
        # narrower where a large text size made the card wider than the page.
        scale = min(page.width() / width, 0.75 * dots)
        scale = min(scale, bottom / height)  # a very tall card shrinks to one page
        drawn_w, drawn_h = width * scale, height * scale
        if top + drawn_h > bottom and top > 0:
            page_number, top = page_number + 1, 0.0
        placed.append((page_number, QRectF((page.width() - drawn_w) / 2, top, drawn_w, drawn_h), card))
        top += drawn_h + GAP_POINTS * dots
    total = page_number + 1

    painter = QPainter(writer)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    painter.setPen(INK)
    painter.setFont(title_font)
    painter.drawText(title_rect, int(Qt.AlignLeft | Qt.AlignTop), title)
    painter.setFont(period_font)
    painter.drawText(period_rect, int(Qt.AlignLeft | Qt.AlignTop), period)
    current = 0
    for number, rect, card in placed:
        while current < number:
            draw_page_number(painter, writer, current + 1, total)
            writer.newPage()
            current += 1
        painter.drawImage(rect, card)
    draw_page_number(painter, writer, current + 1, total)
    painter.end()
    del writer  # finishes the PDF into the buffer
    buffer.close()
    try:
        write_atomically(Path(path), bytes(data.data()))
    except OSError as exc:
        raise BadInput(f"Cannot write {path}: {exc.strerror or exc}.") from None
