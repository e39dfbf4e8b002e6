"""Journal entries as a PDF laid out for print, with Qt's own PDF writer.

The document is built with QTextCursor.insertText only, so whatever a person typed is set
as plain text (never HTML). The PDF is rendered into memory and written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from shiftmate.core.journal import JournalEntry
from shiftmate.core.journal_io import entry_heading, field_lines, write_atomically


def _ensure_gui_application():
    """Text layout needs a QGuiApplication; the CLI has none, so make an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def write_pdf(entries: list[JournalEntry], path: Path) -> None:
    """Write ``entries`` (oldest first) to ``path`` as an A4 PDF."""
    _app = _ensure_gui_application()  # noqa: F841 - must live while we lay out text
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("JournalPdf", "ShiftMate journal"))
    writer.setCreator("ShiftMate")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(18, 18, 18, 18), QPageLayout.Millimeter)
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("sans-serif", 10))
    cursor = QTextCursor(document)
    title, heading, label, body = (QTextCharFormat() for _ in range(4))
    title.setFontPointSize(18)
    title.setFontWeight(QFont.Bold)
    heading.setFontPointSize(13)
    heading.setFontWeight(QFont.Bold)
    label.setFontWeight(QFont.Bold)
    body.setFontPointSize(10)
    spaced = QTextBlockFormat()
    spaced.setTopMargin(14)
    plain = QTextBlockFormat()

    cursor.insertText(QCoreApplication.translate("JournalPdf", "ShiftMate journal"), title)
    if not entries:
        cursor.insertBlock(spaced)
        cursor.insertText(QCoreApplication.translate("JournalPdf", "No entries."), body)
    for entry in entries:
        cursor.insertBlock(spaced)
        cursor.insertText(entry_heading(entry), heading)
        cursor.insertBlock(plain)
        cursor.insertText(entry.text, body)
        for name, value in field_lines(entry):
            cursor.insertBlock(plain)
            cursor.insertText(name + ": ", label)  # already in the window's language
            cursor.insertText(value, body)
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    write_atomically(Path(path), bytes(data.data()))
