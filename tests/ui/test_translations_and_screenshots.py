"""Every user-facing string goes through Qt's translator; screenshots render every screen."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from shiftmate import APP_NAME, __version__
from shiftmate.ui.screenshot import render_screenshots


class MarkingTranslator(QTranslator):
    """Wraps every string it is asked for in ⟦ ⟧, so untranslated ones stand out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def test_every_visible_string_is_translatable(qtbot, open_window, location):
    translator = MarkingTranslator()
    QApplication.installTranslator(translator)
    try:
        window = open_window()
        window.show()
        texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        for key in window.screen_keys():
            screen = window.show_screen(key)
            for label in screen.findChildren(QLabel):
                texts.append(label.text())
            for button in screen.findChildren(QAbstractButton):
                texts.append(button.text())
            for box in screen.findChildren(QGroupBox):
                texts.append(box.title())
    finally:
        QApplication.removeTranslator(translator)
    not_words = {"", str(location.root), str(location.database), __version__, APP_NAME}
    untranslated = [t for t in texts if t not in not_words and not t.startswith("⟦")]
    assert untranslated == []


def test_screenshot_writes_one_non_blank_png_per_screen(qapp, location, tmp_path):
    for theme in ("light", "dark"):
        out = tmp_path / theme
        files = render_screenshots(location, out, theme=theme, size=(900, 600))
        assert [f.name for f in files][:6] == [
            "today.png", "checklists.png", "journal.png", "breaks.png", "insights.png", "settings.png"
        ]
        assert "breathing.png" in [f.name for f in files]
        for file in files:
            image = QImage(str(file))
            if file.name == "breathing.png":  # a dialog, at its own size
                assert image.width() >= 400
                continue
            assert (image.width(), image.height()) == (900, 600)
            colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
            assert len(colours) > 5, f"{file} looks blank"
