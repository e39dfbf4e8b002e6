"""Every user-facing string goes through Qt's translator; screenshots render every screen."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QCalendarWidget, QGroupBox, QLabel

from shiftmate import APP_NAME, __version__
from shiftmate.screenshot import render_screenshots
from tests.helpers import inside_one_of


class MarkingTranslator(QTranslator):
    """Wraps every string it is asked for in ⟦ ⟧, so untranslated ones stand out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def inside_qt_widget(widget) -> bool:
    """Parts of Qt's own composite widgets (a calendar's month buttons) are Qt's to translate."""
    return inside_one_of(widget, (QCalendarWidget,))


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
                if not label.property("userText") and not inside_qt_widget(label):
                    texts.append(label.text())  # userText: words a person or a pack wrote
            for button in screen.findChildren(QAbstractButton):
                if not inside_qt_widget(button):
                    texts.append(button.text())
            for box in screen.findChildren(QGroupBox):
                texts.append(box.title())
    finally:
        QApplication.removeTranslator(translator)
    not_words = {"", str(location.root), str(location.database), __version__, APP_NAME}
    untranslated = [
        t for t in texts if t not in not_words and not t.startswith("⟦") and not t.isdigit()
    ]
    assert untranslated == []


def test_screenshot_writes_one_non_blank_png_per_screen(qapp, location, tmp_path):
    for theme in ("light", "dark"):
        out = tmp_path / theme
        files = render_screenshots(location, out, theme=theme, size=(900, 600))
        names = [f.name for f in files]
        for key in ("today", "checklists", "journal", "breaks", "insights", "settings"):
            assert f"{key}.png" in names
        assert {"checklists-run.png", "checklists-history.png", "checklists-editor.png"} <= set(names)
        assert {"breathing.png", "what-to-say.png"} <= set(names)
        for file in files:
            image = QImage(str(file))
            if file.name in ("breathing.png", "what-to-say.png"):  # a dialog, at its own size
                assert image.width() >= 400
                continue
            assert (image.width(), image.height()) == (900, 600)
            colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
            assert len(colours) > 5, f"{file} looks blank"


def test_screenshots_show_no_reminder_and_record_none(qapp, location, tmp_path):
    """A reminder due while the pictures are taken is neither drawn over them nor stored."""
    import datetime as dt
    import sqlite3

    from shiftmate.core.clock import FakeClock, SystemClock
    from shiftmate.core.shifts.records import start_shift
    from shiftmate.core.storage.store import Store

    store = Store.open(location)
    started = SystemClock().now() - dt.timedelta(hours=3)  # water (every 60 min) is long due
    start_shift(store, FakeClock(started.isoformat(), "UTC"))
    store.close()

    render_screenshots(location, tmp_path / "out", size=(900, 600))

    with sqlite3.connect(location.database) as db:
        assert db.execute("SELECT count(*) FROM reminder_events").fetchone() == (0,)
    toasts = [w for w in QApplication.allWidgets() if type(w).__name__ == "ReminderToast" and w.isVisible()]
    assert toasts == []
