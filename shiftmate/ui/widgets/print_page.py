"""Paper for the PDF exports: A4 or US Letter by the person's locale, margins, page numbers.

The journal and Insights PDFs are read on paper or on a screen at page size, so both use
the same page: the paper size the locale prints on (LC_PAPER on Unix, else the system's
region), 18 mm margins, and "Page 2 of 5" at the foot of every page.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

MARGIN_MM = 18
# Where paper comes in US Letter (the Americas that follow the US standard, and the
# Philippines); everywhere else prints on A4.
_LETTER = {
    QLocale.UnitedStates, QLocale.Canada, QLocale.Mexico, QLocale.Chile, QLocale.Colombia,
    QLocale.Venezuela, QLocale.CostaRica, QLocale.Guatemala, QLocale.DominicanRepublic,
    QLocale.Panama, QLocale.PuertoRico, QLocale.ElSalvador, QLocale.Nicaragua, QLocale.Belize,
    QLocale.Philippines,
}
INK = QColor(20, 20, 20)  # on paper whatever the window's theme: light text would vanish


def paper_territory() -> QLocale.Country:
    """The region whose paper the exports use: the POSIX paper category, else the system's."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split(".")[0].split("@")[0]
            if code not in ("C", "POSIX"):
                return QLocale(code).territory()
            break
    return QLocale.system().territory()


def page_size() -> QPageSize:
    """US Letter where the locale prints on it, else A4."""
    return QPageSize(QPageSize.Letter if paper_territory() in _LETTER else QPageSize.A4)


def pdf_writer(device, title: str) -> QPdfWriter:
    """A PDF writer on ``device`` with the locale's paper and the common margins."""
    writer = QPdfWriter(device)
    writer.setResolution(300)  # points convert exactly; enough for the charts' images
    writer.setTitle(title)
    writer.setCreator("ShiftMate")
    writer.setPageLayout(QPageLayout(page_size(), QPageLayout.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Millimeter))
    return writer


def footer_height(writer: QPdfWriter) -> float:
    """Room kept free at the foot of the printable area for the page number, in pixels."""
    return writer.resolution() * 0.35  # about 9 mm


def draw_page_number(painter: QPainter, writer: QPdfWriter, number: int, total: int) -> None:
    """ "Page 2 of 5", centred at the foot of the printable area."""
    body = writer.pageLayout().paintRectPixels(writer.resolution())
    painter.save()
    font = QFont("sans-serif")
    font.setPointSizeF(9)
    painter.setFont(font)
    painter.setPen(INK)
    text = (QCoreApplication.translate("PrintPage", "Page %1 of %2")
            .replace("%1", str(number)).replace("%2", str(total)))
    height = footer_height(writer)
    painter.drawText(QRectF(0, body.height() - height, body.width(), height),
                     int(Qt.AlignHCenter | Qt.AlignBottom), text)
    painter.restore()
