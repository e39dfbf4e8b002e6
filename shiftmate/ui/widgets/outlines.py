"""Check boxes, radio buttons and the edges of text fields, drawn to be seen (WCAG 1.4.11).

Fusion draws these in a shade of the window colour: on the dark theme an unticked box, a
radio button and a field's edge are all but invisible (about 1.1:1), on the light one 2:1.
``draw_indicator`` and ``draw_field_edge`` draw them in the theme's control border colour,
at least 3:1 against every background they sit on (``theme.NON_TEXT_PAIRS``), and at the
text size's scale, so a box grows with its label. High contrast styles these in its
stylesheet and never reaches here.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle

from shiftmate.ui.widgets.scaling import px, text_scale

INDICATOR = 14  # px at 100 % text, as Fusion's own


def _line_width() -> float:
    return max(1.0, round(text_scale()))


def draw_indicator(kind, option, painter: QPainter, border: QColor) -> None:
    """A check box (``kind`` PE_IndicatorCheckBox or …ItemViewItemCheck) or a radio button."""
    palette, state = option.palette, option.state
    enabled = bool(state & QStyle.State_Enabled)
    selected = bool(state & QStyle.State_Selected) and kind == QStyle.PE_IndicatorItemViewItemCheck
    on = bool(state & QStyle.State_On)
    partly = bool(state & QStyle.State_NoChange)
    group = QPalette.Active if enabled else QPalette.Disabled
    mark_fill = palette.color(group, QPalette.Highlight)
    mark = palette.color(group, QPalette.HighlightedText)
    edge = border if enabled else palette.color(QPalette.Disabled, QPalette.Mid)
    if selected:  # on the highlight colour itself: swap, or a ticked box would vanish
        mark_fill, mark, edge = mark, mark_fill, palette.color(group, QPalette.HighlightedText)
    if not enabled:
        mark_fill = palette.color(QPalette.Disabled, QPalette.Mid)
        mark = palette.color(QPalette.Disabled, QPalette.WindowText)
    width = _line_width()
    side = min(option.rect.width(), option.rect.height())
    box = QRectF(option.rect.x() + (option.rect.width() - side) / 2,
                 option.rect.y() + (option.rect.height() - side) / 2, side, side)
    box = box.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    filled = on or partly
    painter.setPen(QPen(mark_fill if filled else edge, width))
    painter.setBrush(mark_fill if filled else palette.color(group, QPalette.Base))
    if kind == QStyle.PE_IndicatorRadioButton:
        painter.drawEllipse(box)
        if on:
            painter.setPen(Qt.NoPen)
            painter.setBrush(mark)
            dot = side * 0.36
            painter.drawEllipse(box.center(), dot / 2, dot / 2)
    else:
        radius = max(2.0, 2 * text_scale())
        painter.drawRoundedRect(box, radius, radius)
        pen = QPen(mark, max(1.5, 1.8 * text_scale()), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        x, y, s = box.x(), box.y(), box.width()
        if partly:
            painter.drawLine(QPointF(x + s * 0.25, y + s / 2), QPointF(x + s * 0.75, y + s / 2))
        elif on:
            painter.drawPolyline(QPolygonF([QPointF(x + s * 0.22, y + s * 0.52), QPointF(x + s * 0.42, y + s * 0.72),
                                            QPointF(x + s * 0.78, y + s * 0.30)]))
    painter.restore()


def draw_field_edge(option, painter: QPainter, border: QColor) -> None:
    """The edge of a text field, spin box or combo box, over Fusion's faint one.

    A focused field keeps Fusion's edge in the highlight colour, which already stands out.
    """
    if option.state & QStyle.State_HasFocus or not option.state & QStyle.State_Enabled:
        return
    width = _line_width()
    rect = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QPen(border, width))
    painter.setBrush(Qt.NoBrush)
    painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


def indicator_size() -> int:
    return px(INDICATOR)
