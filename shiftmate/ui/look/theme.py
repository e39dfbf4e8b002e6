"""Light, dark and high-contrast looks: following the system, chosen in Settings, or forced.

We set the Fusion style and a complete palette of our own for each scheme, because the
platform theme is not always able to switch (offscreen, some Linux desktops). Widgets
style themselves from palette roles, so one stylesheet serves every scheme; high contrast
adds borders, because Fusion draws its outlines a shade darker than the window, which on
black is no outline at all. Every text colour meets WCAG AA (4.5:1) against every
background it is drawn on, placeholder and disabled text included: ``TEXT_PAIRS`` lists
them and a test computes each ratio.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

from shiftmate.core.appearance import SCHEMES
from shiftmate.ui.widgets.scaling import font_scale_rules, text_scale

ACCENT = "#2f7d6d"  # a calm teal: readable on white and on the dark window colour
ACCENT_DARK = "#5cc4ad"

_LIGHT = {
    QPalette.Window: "#f5f6f7",
    QPalette.WindowText: "#1d2125",
    QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#eef1f3",
    QPalette.ToolTipBase: "#1d2125",
    QPalette.ToolTipText: "#ffffff",
    QPalette.PlaceholderText: "#5f666d",  # 4.9:1 on the button grey, the darkest background
    QPalette.Text: "#1d2125",
    QPalette.Button: "#e9ecef",
    QPalette.ButtonText: "#1d2125",
    QPalette.BrightText: "#b00020",
    QPalette.Highlight: ACCENT,
    QPalette.HighlightedText: "#ffffff",
    QPalette.Link: "#1f6b5c",
    QPalette.Mid: "#c3c8cd",
    QPalette.Dark: "#9aa1a8",
    QPalette.Light: "#ffffff",
    QPalette.Midlight: "#f0f2f4",
    QPalette.Shadow: "#5c636a",
}

_DARK = {
    QPalette.Window: "#1f2326",
    QPalette.WindowText: "#e8eaed",
    QPalette.Base: "#17191c",
    QPalette.AlternateBase: "#262a2e",
    QPalette.ToolTipBase: "#e8eaed",
    QPalette.ToolTipText: "#17191c",
    QPalette.PlaceholderText: "#9aa0a6",
    QPalette.Text: "#e8eaed",
    QPalette.Button: "#2c3135",
    QPalette.ButtonText: "#e8eaed",
    QPalette.BrightText: "#ff8a80",
    QPalette.Highlight: ACCENT_DARK,
    QPalette.HighlightedText: "#10201c",
    QPalette.Link: "#7fd8c4",
    QPalette.Mid: "#3c4247",
    QPalette.Dark: "#121416",
    QPalette.Light: "#4a5056",
    QPalette.Midlight: "#353a3f",
    QPalette.Shadow: "#000000",
}

# White on black with a yellow highlight, as the desktops' own high-contrast themes do.
_HIGH_CONTRAST = {
    QPalette.Window: "#000000",
    QPalette.WindowText: "#ffffff",
    QPalette.Base: "#000000",
    QPalette.AlternateBase: "#1a1a1a",
    QPalette.ToolTipBase: "#ffffff",
    QPalette.ToolTipText: "#000000",
    QPalette.PlaceholderText: "#d0d0d0",
    QPalette.Text: "#ffffff",
    QPalette.Button: "#000000",
    QPalette.ButtonText: "#ffffff",
    QPalette.BrightText: "#ff6b6b",
    QPalette.Highlight: "#ffff00",
    QPalette.HighlightedText: "#000000",
    QPalette.Link: "#00ffff",
    QPalette.Mid: "#ffffff",
    QPalette.Dark: "#ffffff",
    QPalette.Light: "#ffffff",
    QPalette.Midlight: "#333333",
    QPalette.Shadow: "#ffffff",
}

_PALETTES = {"light": _LIGHT, "dark": _DARK, "high-contrast": _HIGH_CONTRAST}
# Disabled text: still 4.5:1 on every background (it is text someone may need to read),
# but visibly quieter than the normal text.
_DISABLED = {"light": "#636a71", "dark": "#989ea4", "high-contrast": "#adadad"}

# (text role, background role, where the pair is drawn) — every pair a test checks for 4.5:1,
# in the Active and Disabled groups.
TEXT_PAIRS = (
    (QPalette.WindowText, QPalette.Window, "labels on the window"),
    (QPalette.WindowText, QPalette.Base, "labels on cards"),
    (QPalette.WindowText, QPalette.AlternateBase, "the sidebar, the help panel"),
    (QPalette.Text, QPalette.Base, "text fields and lists"),
    (QPalette.Text, QPalette.AlternateBase, "alternate rows"),
    (QPalette.ButtonText, QPalette.Button, "buttons"),
    (QPalette.ButtonText, QPalette.Window, "flat and tool buttons"),
    (QPalette.PlaceholderText, QPalette.Base, "placeholders, notes on cards"),
    (QPalette.PlaceholderText, QPalette.Window, "notes on the window"),
    (QPalette.PlaceholderText, QPalette.AlternateBase, "notes on the sidebar"),
    (QPalette.PlaceholderText, QPalette.Button, "placeholders in combo boxes"),
    (QPalette.HighlightedText, QPalette.Highlight, "the selected row, the current screen"),
    (QPalette.ToolTipText, QPalette.ToolTipBase, "tool tips"),
    (QPalette.Link, QPalette.Base, "links"),
    (QPalette.Link, QPalette.Window, "links on the window"),
    (QPalette.BrightText, QPalette.Base, "required items left open"),
    (QPalette.BrightText, QPalette.Window, "problems said on the window"),
    (QPalette.Base, QPalette.BrightText, "the problem banner"),
)

# The edge of a check box, a radio button or a text field (drawn by ``ui.widgets.outlines``): WCAG
# 1.4.11 asks 3:1 against what is next to it, so a person sees there is something to tick or
# type in. Fusion's own edge is a shade of the window colour (1.1:1 on dark, 2:1 on light).
CONTROL_BORDER = {"light": "#737b83", "dark": "#858c93", "high-contrast": "#ffffff"}

# (what, its colour role or None for CONTROL_BORDER, background role) — every pair a test
# checks for 3:1.
NON_TEXT_PAIRS = (
    ("box and field edges on the window", None, QPalette.Window),
    ("box and field edges on cards and lists", None, QPalette.Base),
    ("box and field edges on the sidebar and help panel", None, QPalette.AlternateBase),
    ("a ticked box, a chosen radio button", QPalette.Highlight, QPalette.Base),
    ("a ticked box on the window", QPalette.Highlight, QPalette.Window),
    ("the tick in a ticked box", QPalette.HighlightedText, QPalette.Highlight),
    ("the focus ring", QPalette.Highlight, QPalette.Window),
    ("the focus ring on cards", QPalette.Highlight, QPalette.Base),
)


def control_border(scheme: str | None = None) -> QColor:
    return QColor(CONTROL_BORDER.get(scheme or current_scheme(), CONTROL_BORDER["light"]))


_STYLESHEET = """
#sidebar {{ background: palette(alternate-base); border: {ring}px solid transparent; outline: 0; }}
#sidebar:focus {{ border: {ring}px solid palette(highlight); border-radius: {r6}px; }}
QAbstractItemView {{ border: 1px solid palette(mid); padding: {pad}px; }}
QAbstractItemView:focus {{ border: {ring}px solid palette(highlight); padding: 0; }}
QHeaderView, QHeaderView:focus {{ border: none; padding: 0; }}
QCalendarWidget QAbstractItemView {{ border: {ring}px solid transparent; padding: 0; }}
QCalendarWidget QAbstractItemView:focus {{ border: {ring}px solid palette(highlight); }}
QScrollArea {{ border: {ring}px solid transparent; }}
QScrollArea:focus {{ border: {ring}px solid palette(highlight); }}
QPlainTextEdit, QTextEdit {{ border: 1px solid palette(mid); padding: {pad}px; }}
QPlainTextEdit:focus, QTextEdit:focus {{ border: {ring}px solid palette(highlight); padding: 0; }}
QScrollArea#pageScroll {{ border: none; }}
#sidebarPanel {{ background: palette(alternate-base); border-right: 1px solid palette(mid); }}
#sidebar::item {{ padding: {p9}px {p14}px; margin: {p2}px {p6}px; border-radius: {r6}px; }}
#sidebar::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
#sidebar::item:hover:!selected {{ background: palette(midlight); }}
QListWidget::item {{ padding: {p5}px {p4}px; }}
QTreeView::item {{ padding: {p3}px {p2}px; }}
#helpPanel {{ background: palette(alternate-base); border: 1px solid palette(mid); border-radius: {r6}px; padding: {p8}px; }}
#card {{ background: palette(base); border: 1px solid palette(mid); border-radius: {r8}px; }}
QGroupBox#card {{ margin-top: 1.6em; padding-top: {p6}px; }}
QGroupBox#card::title {{ subcontrol-origin: margin; left: {p10}px; padding: 0 {p4}px; }}
#appTitle {{ font-weight: 600; padding: {p14}px {p14}px {p6}px {p14}px; }}
#screenTitle {{ font-weight: 600; }}
#emptyHeading {{ font-weight: 600; }}
#emptyBody {{ color: palette(placeholder-text); }}
#problemBanner {{ background: palette(bright-text); color: palette(base); padding: {p10}px; border-radius: {r6}px; }}
"""

# Fusion outlines everything in a shade darker than the window: on black that is nothing.
_HIGH_CONTRAST_EXTRA = """
QPushButton, QToolButton {{ background: palette(button); color: palette(button-text);
    border: {b2}px solid palette(button-text); border-radius: {r4}px; padding: {p4}px {p10}px; }}
QPushButton:focus, QToolButton:focus {{ border: {ring}px solid palette(highlight); }}
QPushButton:checked, QToolButton:checked {{ background: palette(highlight); color: palette(highlighted-text); }}
QPushButton:disabled, QToolButton:disabled {{ border-style: dashed; }}
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QScrollArea#bordered {{
    border: {b1}px solid palette(window-text); }}
QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QAbstractItemView:focus {{
    border: {ring}px solid palette(highlight); }}
QHeaderView, QHeaderView:focus {{ border: none; }}
QAbstractSpinBox QLineEdit, QAbstractSpinBox QLineEdit:focus, QComboBox QLineEdit, QComboBox QLineEdit:focus {{
    border: none; }}
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{ width: {p14}px; height: {p14}px;
    border: {b2}px solid palette(window-text); background: palette(base); }}
QRadioButton::indicator {{ border-radius: {p8}px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QAbstractItemView::indicator:checked {{
    background: palette(highlight); border-color: palette(window-text); }}
QCheckBox:focus, QRadioButton:focus {{ outline: {ring}px solid palette(highlight); }}
QGroupBox {{ border: 1px solid palette(window-text); border-radius: {r6}px; margin-top: 1.6em; padding-top: {p6}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {p10}px; padding: 0 {p4}px; }}
QTabBar::tab {{ border: {b1}px solid palette(window-text); padding: {p4}px {p12}px; margin-right: {p2}px; }}
QTabBar::tab:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
QTabBar::tab:focus {{ border: {ring}px solid palette(highlight); }}
QHeaderView::section {{ background: palette(base); color: palette(text); border: 1px solid palette(window-text);
    padding: {p2}px {p4}px; }}
QProgressBar {{ border: {b1}px solid palette(window-text); text-align: center; }}
QProgressBar::chunk {{ background: #1a6b1a; }}
QSlider::groove:horizontal {{ border: {b1}px solid palette(window-text); height: {p6}px; }}
QSlider::handle:horizontal {{ background: palette(window-text); border: {b2}px solid palette(window-text);
    width: {p14}px; margin: -{p6}px 0; border-radius: {r4}px; }}
QSlider:focus::handle:horizontal {{ background: palette(highlight); }}
QAbstractSpinBox {{ padding-right: {p16}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: {p16}px;
    background: palette(base); border-left: 1px solid palette(window-text); }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({arrow_up}); width: {p8}px; height: {p8}px; }}
QAbstractSpinBox::down-arrow {{ image: url({arrow_down}); width: {p8}px; height: {p8}px; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: top right;
    width: {p16}px; border-left: 1px solid palette(window-text); }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ image: url({arrow_down}); width: {p8}px; height: {p8}px; }}
QScrollBar {{ background: palette(base); border: 1px solid palette(window-text); }}
QScrollBar::handle {{ background: #b0b0b0; min-height: {p24}px; min-width: {p24}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
#sidebar::item {{ border: 1px solid palette(window-text); }}
#reminderToast {{ border: {ring}px solid palette(highlight); }}
"""


def stylesheet(scheme: str, scale: float | None = None) -> str:
    """The application stylesheet for ``scheme``, its pixel sizes at text scale ``scale``."""
    scale = text_scale() if scale is None else scale
    sizes = {f"p{n}": round(n * scale) for n in (2, 3, 4, 5, 6, 8, 9, 10, 12, 14, 16, 24)}
    sizes.update({f"r{n}": round(n * scale) for n in (4, 6, 8)})
    ring = max(2, round(2 * scale))
    sizes.update(b1=max(1, round(scale)), b2=max(2, round(2 * scale)), ring=ring, pad=ring - 1)
    text = _STYLESHEET
    if scheme == "high-contrast":
        text += _HIGH_CONTRAST_EXTRA
        from shiftmate.core.system.resources import resource_path

        for name in ("up", "down"):  # a styled spin box draws no arrows of its own
            sizes[f"arrow_{name}"] = resource_path("icons", f"arrow-{name}-white.svg").as_posix()
    return text.format(**sizes) + font_scale_rules(scale) + "\n"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1.0 … 21.0."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: QColor, *candidates: QColor) -> QColor:
    """Whichever of ``candidates`` reads best on ``background``."""
    return max(candidates, key=lambda colour: contrast_ratio(colour, background))


class FocusRingStyle(QProxyStyle):
    """Fusion, with a ring in the highlight colour around the button that has the focus.

    Fusion marks a focused push button the way it marks the default button, so on a dialog's
    default button the focus could not be seen at all. One-line fields show their focus in
    Fusion; lists, scroll areas and multi-line text boxes (which Fusion frames the same
    focused or not) through the stylesheet.
    """

    _INDICATORS = (QStyle.PE_IndicatorCheckBox, QStyle.PE_IndicatorItemViewItemCheck, QStyle.PE_IndicatorRadioButton)
    _INDICATOR_METRICS = (QStyle.PM_IndicatorWidth, QStyle.PM_IndicatorHeight,
                          QStyle.PM_ExclusiveIndicatorWidth, QStyle.PM_ExclusiveIndicatorHeight)

    def polish(self, target):  # Qt's overloads: a widget, the application or a palette
        result = super().polish(target)
        if isinstance(target, QWidget):
            from shiftmate.ui.widgets.wheel_guard import guard_wheel

            guard_wheel(target)  # a wheel changes a control only once it has focus
        return result

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        # Boxes, radio buttons and field edges that can be seen (see ui.widgets.outlines).
        from shiftmate.ui.widgets import outlines

        if element in self._INDICATORS:
            outlines.draw_indicator(element, option, painter, control_border())
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PE_PanelLineEdit and getattr(option, "lineWidth", 0) > 0:
            outlines.draw_field_edge(option, painter, control_border())

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt's name
        if metric in self._INDICATOR_METRICS:  # a box grows with its label's text
            from shiftmate.ui.widgets.outlines import indicator_size

            return indicator_size()
        return super().pixelMetric(metric, option, widget)

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        super().drawControl(element, option, painter, widget)
        if not option.state & QStyle.State_HasFocus:
            return
        if element == QStyle.CE_PushButton:
            self._ring(option, painter)
        elif element in (QStyle.CE_CheckBox, QStyle.CE_RadioButton):
            # Fusion shows these only once Tab was pressed in the window; a dialog that
            # opens with a check box focused would otherwise show no focus at all.
            sub = QStyle.SE_CheckBoxClickRect if element == QStyle.CE_CheckBox else QStyle.SE_RadioButtonClickRect
            self._ring(option, painter, self.subElementRect(sub, option, widget))

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.CC_SpinBox and option.frame or control == QStyle.CC_ComboBox and option.editable:
            from shiftmate.ui.widgets.outlines import draw_field_edge

            draw_field_edge(option, painter, control_border())
        if control == QStyle.CC_ToolButton and option.state & QStyle.State_HasFocus:
            self._ring(option, painter)

    @staticmethod
    def _ring(option, painter, rect=None) -> None:
        width = max(2, round(2 * text_scale()))
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.Highlight), width))
        painter.setBrush(Qt.NoBrush)
        inset = width / 2
        area = (rect if rect is not None else option.rect).toRectF()
        painter.drawRoundedRect(area.adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.restore()


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def build_palette(scheme: str) -> QPalette:
    palette = QPalette()
    for role, colour in _PALETTES.get(scheme, _LIGHT).items():
        palette.setColor(QPalette.All, role, QColor(colour))
    disabled = QColor(_DISABLED.get(scheme, _DISABLED["light"]))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.PlaceholderText):
        palette.setColor(QPalette.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, scheme: str | None = None) -> str:
    """Apply ``scheme`` (one of SCHEMES), or the system's when None; returns the one applied."""
    chosen = scheme if scheme in SCHEMES else system_scheme()
    # Each of these re-polishes every widget, so only what changed is set again.
    if app.property("shiftmateScheme") is None:
        app.setStyle(FocusRingStyle("Fusion"))
    if app.property("shiftmateScheme") != chosen:
        app.setPalette(build_palette(chosen))
    sheet = stylesheet(chosen)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    app.setProperty("shiftmateScheme", chosen)
    return chosen


def current_scheme(app: QApplication | None = None) -> str:
    app = app or QApplication.instance()
    return app.property("shiftmateScheme") or "light"


def follow_system(app: QApplication, wanted=lambda: None) -> None:
    """Re-apply the theme whenever the desktop switches between light and dark.

    ``wanted()`` returns the scheme chosen in Settings, or None to follow the system; only
    then does a switch of the desktop change anything.
    """

    def switched(_scheme) -> None:
        if wanted() is None:
            apply_theme(app)

    QGuiApplication.styleHints().colorSchemeChanged.connect(switched)
