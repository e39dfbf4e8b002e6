"""Text size: one factor (100–200 %) that scales the application font and every pixel size
the interface sets by hand, live, without rebuilding a screen.

Qt scales what it lays out from the font by itself. What it cannot know about are the few
sizes we pin (the sidebar's width, a chart's height, a dialog's minimum) and the fonts we
make bigger for headings. Pinned sizes are registered with ``scale_size`` / ``on_rescale``,
applied now and re-applied by ``rescale_widgets``; headings get their size from stylesheet
rules (``scale_font``), which follow the text size with the stylesheet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from shiftmate.core.appearance import TEXT_SIZES

FONT_SCALES = (1.05, 1.1, 1.15, 1.2, 1.3, 1.35, 1.6)  # headings and big figures, times the text size
FONT_SCALE_PROPERTY = "textScale"
_SCALE = "shiftmateTextScale"  # QApplication property: the current factor (1.0 … 2.0)
_BASE = "shiftmateBaseFontSize"  # QApplication property: the font size at 100 %
_HOOKS = "_shiftmate_rescale_hooks"  # attribute on a widget's Python wrapper
MIN_POINT_SIZE = 9.0


def text_scale() -> float:
    app = QApplication.instance()
    value = app.property(_SCALE) if app is not None else None
    return float(value) if value else 1.0


def px(value: float) -> int:
    """``value`` pixels at 100 % text, at the current text size."""
    return round(value * text_scale())


def base_point_size() -> float:
    """The application's font size at 100 % (remembered the first time it is needed)."""
    app = QApplication.instance()
    value = app.property(_BASE)
    if not value:
        value = max(QApplication.font().pointSizeF(), MIN_POINT_SIZE)
        app.setProperty(_BASE, value)
    return float(value)


def on_rescale(widget: QWidget, hook: Callable[[QWidget], None]) -> None:
    """Run ``hook(widget)`` now and again whenever the text size changes.

    The hook gets the widget as its argument (instead of closing over it) so the widget and
    its hooks never form a reference cycle.
    """
    hooks = getattr(widget, _HOOKS, None)
    if hooks is None:
        hooks = []
        setattr(widget, _HOOKS, hooks)
    hooks.append(hook)
    hook(widget)


def scale_font(widget: QWidget, factor: float) -> None:
    """Give ``widget`` a font ``factor`` times the text size (headings, big figures).

    The size comes from the application stylesheet (``font_scale_rules``), not from
    ``setFont``: under an application stylesheet Qt puts back, at every re-polish, the font a
    widget had when it was first styled, which would undo a heading's size after a change.
    """
    if factor not in FONT_SCALES:
        raise ValueError(f"add {factor} to FONT_SCALES so the stylesheet has a rule for it")
    widget.setProperty(FONT_SCALE_PROPERTY, f"{factor:g}")
    if widget.testAttribute(Qt.WA_WState_Polished):  # styled already: style it again
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def font_scale_rules(scale: float | None = None) -> str:
    """Stylesheet rules giving each ``scale_font`` factor its size at text scale ``scale``."""
    scale = text_scale() if scale is None else scale
    base = base_point_size()
    return "\n".join(
        f'*[{FONT_SCALE_PROPERTY}="{factor:g}"] {{ font-size: {base * scale * factor:.2f}pt; }}'
        for factor in FONT_SCALES
    )


def scale_size(widget: QWidget, **sizes: int) -> None:
    """Pin sizes given in pixels at 100 %, e.g. ``scale_size(w, setMinimumHeight=240)``."""

    def apply(w: QWidget) -> None:
        for method, value in sizes.items():
            getattr(w, method)(px(value))

    on_rescale(widget, apply)


def set_text_scale(app: QApplication, percent: int) -> None:
    """Scale the application font to ``percent`` % (clamped to 100–200).

    Call ``rescale_widgets()`` afterwards, once the stylesheet for the new size is set.
    """
    percent = min(max(int(percent), TEXT_SIZES[0]), TEXT_SIZES[-1])
    base = base_point_size()
    app.setProperty(_SCALE, percent / 100)
    font = QFont(app.font())
    font.setPointSizeF(base * percent / 100)
    if font != app.font():
        app.setFont(font)


def rescale_widgets() -> None:
    """Re-apply every registered size and font to the widgets that exist now.

    Needed after the text size changes, and after every change of the application's
    stylesheet: re-polishing restores the font a widget had when the stylesheet first
    styled it, undoing a heading's larger font.
    """
    for widget in QApplication.allWidgets():
        for hook in getattr(widget, _HOOKS, ()):
            hook(widget)


def text_percent() -> int:
    return round(text_scale() * 100)


def scale_window(window: QWidget, min_width: int, min_height: int, width: int | None = None,
                 height: int | None = None) -> None:
    """A dialog's minimum (and first) size at this text size, never more than its screen holds.

    An explicit minimum keeps a layout from resizing a shown dialog as its texts change;
    capping it by the screen keeps a dialog at 200 % text usable on a 1280×720 laptop
    (its contents scroll or wrap instead).
    """

    def apply(w: QWidget) -> None:
        screen = w.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None

        def fit(value: int, limit: int) -> int:
            return min(px(value), int(limit * 0.9)) if room is not None else px(value)

        w.setMinimumSize(fit(min_width, room.width() if room else 0), fit(min_height, room.height() if room else 0))
        if width is not None and height is not None:
            w.resize(fit(width, room.width() if room else 0), fit(height, room.height() if room else 0))

    on_rescale(window, apply)
