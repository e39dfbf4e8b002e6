"""Journal entries as a PDF laid out for print, with Qt's own PDF writer.

The document is built with QTextCursor.insertText only, so whatever a person typed is set
as plain text (never HTML). It is laid out for the PDF writer itself, so 11 pt means 11 pt on
paper, and painted page by page with page numbers; an entry's heading never ends a page
alone. The PDF is rendered into memory and written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from shiftmate.core.journal.entries import JournalEntry
from shiftmate.core.journal.exchange import entry_heading, field_lines, write_atomically

BODY_POINTS = 11


def _ensure_gui_application():
    """Text layout needs a QGuiApplication; the CLI has none, so make an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def write_pdf(entries: list[JournalEntry], path: Path) -> None:
    """Write ``entries`` (oldest first) to ``path`` as a PDF on the locale's paper."""
    write_atomically(Path(path), pdf_bytes(entries))


def pdf_bytes(entries: list[JournalEntry]) -> bytes:
    """``entries`` (oldest first) as the bytes of a PDF on the locale's paper."""
    from PySide6.QtCore import QCoreApplication

    sections = [(entry_heading(entry), entry.text, field_lines(entry)) for entry in entries]
    return sections_pdf_bytes(
        QCoreApplication.translate("JournalPdf", "ShiftMate journal"), sections,
        QCoreApplication.translate("JournalPdf", "No entries."),
    )


def write_share_pdf(entries: list[JournalEntry], included, path: Path) -> None:
    """The summary for a manager (``core.journal.share``) as a PDF, written atomically."""
    write_atomically(Path(path), share_pdf_bytes(entries, included))


def share_pdf_bytes(entries: list[JournalEntry], included) -> bytes:
    """The same summary as ``share_text``, laid out like the journal PDF."""
    from shiftmate.core.journal.share import moment_heading, share_sections, share_title

    sections = [(moment_heading(number, len(entries)), "", lines)
                for number, lines in enumerate(share_sections(entries, included), start=1)]
    return sections_pdf_bytes(share_title(), sections, "")


def sections_pdf_bytes(title_text: str, sections, empty_text: str) -> bytes:
    """A titled PDF of sections: (heading, body text, [(label, value)]), any part may be empty.

    Safe off the GUI thread once a QGuiApplication exists: it uses no widget, only the
    reentrant text document and PDF writer.
    """
    _app = _ensure_gui_application()  # noqa: F841 - must live while we lay out text
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF
    from PySide6.QtGui import QFont, QPainter, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

    from shiftmate.ui.widgets.print_page import INK, draw_page_number, footer_height, pdf_writer

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = pdf_writer(buffer, title_text)
    document = QTextDocument()
    # Laid out for the writer itself: point sizes then mean points on paper. (Laid out for
    # the screen and scaled onto the page, the text came out about 1 pt high.)
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)  # the page has its margins
    body_font = QFont("sans-serif")
    body_font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(body_font)
    cursor = QTextCursor(document)
    title, heading, label, body = (QTextCharFormat() for _ in range(4))
    for fmt in (title, heading, label, body):
        fmt.setForeground(INK)  # dark on white paper, whatever the window's theme
        fmt.setFontPointSize(BODY_POINTS)
    title.setFontPointSize(18)
    title.setFontWeight(QFont.Bold)
    heading.setFontPointSize(13)
    heading.setFontWeight(QFont.Bold)
    label.setFontWeight(QFont.Bold)
    first = QTextBlockFormat()
    first.setBottomMargin(_points(writer, 6))
    spaced = QTextBlockFormat()
    spaced.setTopMargin(_points(writer, 16))
    spaced.setBottomMargin(_points(writer, 4))
    plain = QTextBlockFormat()
    plain.setBottomMargin(_points(writer, 3))

    cursor.setBlockFormat(first)
    cursor.insertText(title_text, title)
    if not sections and empty_text:
        cursor.insertBlock(spaced)
        cursor.insertText(empty_text, body)
    headings = []
    for heading_text, text, lines in sections:
        cursor.insertBlock(spaced)
        fresh = True  # the cursor is on an empty block, ready for the next line
        if heading_text:
            headings.append(cursor.block())
            cursor.insertText(heading_text, heading)
            cursor.insertBlock(plain)
        if text:
            cursor.insertText(text, body)
            fresh = False
        for name, value in lines:
            if not fresh:
                cursor.insertBlock(plain)
            fresh = False
            cursor.insertText(name + ": ", label)  # already in the window's language
            cursor.insertText(value, body)

    page = writer.pageLayout().paintRectPixels(writer.resolution())
    page_height = page.height() - footer_height(writer)
    document.setPageSize(QSizeF(page.width(), page_height))
    _keep_headings_with_text(document, headings, page_height)
    total = document.pageCount()
    painter = QPainter(writer)
    for number in range(total):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * page_height)
        document.drawContents(painter, QRectF(0, number * page_height, page.width(), page_height))
        painter.restore()
        draw_page_number(painter, writer, number + 1, total)
    painter.end()
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def _points(writer, points: float) -> float:
    """Block margins are in the layout's pixels: ``points`` at the writer's resolution."""
    return points * writer.resolution() / 72


def _keep_headings_with_text(document, headings, page_height: float) -> None:
    """Move an entry's heading to the next page when its text starts there."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    layout = document.documentLayout()
    for block in headings:
        text = block.next()
        top = layout.blockBoundingRect(block).top()
        line = text.layout().lineAt(0) if text.layout().lineCount() else None
        text_top = layout.blockBoundingRect(text).top() + (line.y() if line is not None else 0)
        if int(top // page_height) != int(text_top // page_height):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore)
            cursor = QTextCursor(block)
            cursor.setBlockFormat(fmt)
