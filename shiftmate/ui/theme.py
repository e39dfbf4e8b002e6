"""Light and dark looks that follow the system, or are forced (screenshots, tests).

We set the Fusion style and a complete palette of our own for each scheme, because the
platform theme is not always able to switch (offscreen, some Linux desktops). Widgets
style themselves from palette roles, so one stylesheet serves both schemes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f7d6d"  # a calm teal: readable on white and on the dark window colour
ACCENT_DARK = "#5cc4ad"

_LIGHT = {
    QPalette.Window: "#f5f6f7",
    QPalette.WindowText: "#1d2125",
    QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#eef1f3",
    QPalette.ToolTipBase: "#1d2125",
    QPalette.ToolTipText: "#ffffff",
    QPalette.PlaceholderText: "#6b7279",
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

STYLESHEET = """
#sidebar { background: palette(alternate-base); border: none; outline: 0; }
#sidebarPanel { background: palette(alternate-base); border-right: 1px solid palette(mid); }
#sidebar::item { padding: 9px 14px; margin: 2px 6px; border-radius: 6px; }
#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
#sidebar::item:hover:!selected { background: palette(midlight); }
QListWidget::item { padding: 5px 4px; }
QTreeView::item { padding: 3px 2px; }
#helpPanel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; padding: 8px; }
#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QGroupBox#card { margin-top: 1.6em; padding-top: 6px; }
QGroupBox#card::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
#appTitle { font-weight: 600; padding: 14px 14px 6px 14px; }
#screenTitle { font-weight: 600; }
#emptyHeading { font-weight: 600; }
#emptyBody { color: palette(placeholder-text); }
#problemBanner { background: palette(bright-text); color: white; padding: 10px; border-radius: 6px; }
"""


def system_scheme() -> str:
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def build_palette(scheme: str) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if scheme == "dark" else _LIGHT).items():
        palette.setColor(QPalette.All, role, QColor(colour))
    disabled = QColor("#6b7279" if scheme == "dark" else "#9aa1a8")
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, scheme: str | None = None) -> str:
    """Apply ``scheme`` ("light"/"dark"), or the system's when None; returns the one applied."""
    chosen = scheme or system_scheme()
    if not app.property("shiftmateFusion"):  # make_qapplication chose it at creation
        app.setStyle("Fusion")
        app.setProperty("shiftmateFusion", True)
    app.setPalette(build_palette(chosen))
    app.setStyleSheet(STYLESHEET)
    app.setProperty("shiftmateScheme", chosen)
    return chosen


def follow_system(app: QApplication) -> None:
    """Re-apply the theme whenever the desktop switches between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
