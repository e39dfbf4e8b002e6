"""Icons drawn from the single-colour SVGs in ``resources/icons`` in the theme's own colours.

An emoji is an empty box on a system without an emoji font, and a picture in fixed colours
disappears on one of the themes. These SVGs are drawn in black (``INK``); at paint time the
black becomes the palette's text colour (highlighted text on a selected row, the disabled
colour when disabled), so an icon follows a change of theme or text size with no refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from shiftmate.core.system.resources import resource_path

INK = "#000000"  # the colour the icon files are drawn in
_SOURCES: dict[str, str] = {}


def _source(name: str) -> str:
    if name not in _SOURCES:
        _SOURCES[name] = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    return _SOURCES[name]


def ink_colour(mode: QIcon.Mode, palette: QPalette | None = None):
    """The colour an icon is drawn in for ``mode``, from the application's palette."""
    palette = palette or QApplication.palette()
    if mode == QIcon.Selected:
        return palette.color(QPalette.Active, QPalette.HighlightedText)
    if mode == QIcon.Disabled:
        return palette.color(QPalette.Disabled, QPalette.WindowText)
    return palette.color(QPalette.Active, QPalette.WindowText)


class ThemedSvgEngine(QIconEngine):
    """Renders one icon file at any size in the colour of the current palette."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cache: dict[tuple[int, int, str], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size() * painter.device().devicePixelRatioF(), mode, state))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        from PySide6.QtSvg import QSvgRenderer  # loaded when an icon is first drawn

        colour = ink_colour(mode).name()
        key = (size.width(), size.height(), colour)
        if key not in self._cache:
            svg = _source(self.name).replace(INK, colour)
            image = QImage(size, QImage.Format_ARGB32_Premultiplied)
            image.fill(Qt.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.Antialiasing)
            QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter)
            painter.end()
            self._cache[key] = QPixmap.fromImage(image)
        return self._cache[key]

    def clone(self) -> "ThemedSvgEngine":
        copy = ThemedSvgEngine(self.name)
        _ENGINES.append(copy)  # Qt owns it; the Python half that paints must live as long
        return copy


_ICONS: dict[str, QIcon] = {}
_ENGINES: list[ThemedSvgEngine] = []


def themed_icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as an icon in the theme's text colour."""
    if name not in _ICONS:
        engine = ThemedSvgEngine(name)
        _ENGINES.append(engine)
        _ICONS[name] = QIcon(engine)
    return _ICONS[name]


def lock_icon() -> QIcon:
    """The mark beside what a manager's pack locked."""
    return themed_icon("lock")


class IconMark(QWidget):
    """A themed icon beside a sentence, as big as a line of text at any text size."""

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = icon
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        side = self.fontMetrics().height()
        return QSize(side, side)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        mode = QIcon.Normal if self.isEnabled() else QIcon.Disabled
        self.icon.paint(painter, self.rect(), Qt.AlignCenter, mode)


def fit_icons_to_text(view) -> None:
    """Icons in ``view`` as tall as its text, at every text size (Qt's default stays 16 px)."""
    from shiftmate.ui.widgets.scaling import on_rescale, px

    on_rescale(view, lambda v: v.setIconSize(QSize(px(16), px(16))))
