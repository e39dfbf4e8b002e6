"""Today's checklist run after a restart: the Run tab shows it, the History keeps its colour."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableView

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.storage.store import Store
from shiftmate.ui.checklists.history_view import PARTIAL
from tests.helpers import show_active


def run_today(location, clock, *, finish: bool, answers: int):
    store = Store.open(location)
    try:
        runs = ChecklistRuns(store, clock)
        run_id = runs.start_or_resume("before-shift")
        for item in runs.get(run_id).answerable[:answers]:
            runs.answer(run_id, item.key, "done" if item.kind == "check" else "yes" if item.kind == "yes-no"
                        else "4" if item.kind == "rating" else "a note")
        if finish:
            runs.close(run_id)
    finally:
        store.close()


def open_checklists(qtbot, window):
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    screen = window.screen_widget("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    return screen


def test_a_run_finished_today_shows_as_finished_after_a_restart(qtbot, open_window, clock, location):
    run_today(location, clock, finish=True, answers=3)
    screen = open_checklists(qtbot, open_window(clock=clock))
    view = screen.run_view
    qtbot.waitUntil(lambda: view.run is not None or view.start_button.hasFocus(), timeout=10_000)
    assert view.pages.currentIndex() == 1, "the Run tab says 'Not started today'"
    assert view.status.text() == "Finished, incomplete"
    assert view.progress.value() == 3


def _amber_share(image, rect) -> float:
    amber = 0
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            pixel = image.pixelColor(x, y)
            if max(abs(pixel.red() - PARTIAL.red()), abs(pixel.green() - PARTIAL.green()),
                   abs(pixel.blue() - PARTIAL.blue())) <= 6:
                amber += 1
    return amber / max(rect.width() * rect.height(), 1)


def test_the_selected_day_keeps_its_amber_partial(qtbot, open_window, clock, location):
    run_today(location, clock, finish=False, answers=2)
    screen = open_checklists(qtbot, open_window(clock=clock))
    screen.tabs.setFocus()
    with qtbot.waitSignal(screen.history_view.loaded, timeout=10_000):
        qtbot.keyClick(screen.tabs, Qt.Key_Tab, Qt.ControlModifier)
    calendar = screen.history_view.calendar
    assert calendar.selectedDate() == QDate(2026, 11, 23), "today by the app's clock is selected"
    # The person clicks today, as they would to look at it.
    view = calendar.findChild(QTableView)
    model = view.model()
    cells = [model.index(r, c) for r in range(1, model.rowCount()) for c in range(model.columnCount())]
    today = next(i for i in cells if str(i.data()) == "23")
    rect = view.visualRect(today)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    assert calendar.selectedDate() == QDate(2026, 11, 23)
    image = view.viewport().grab().toImage()
    assert _amber_share(image, rect) > 0.3, "the selection colour hides the amber 'partial'"
    ring = QColor(calendar.palette().color(QPalette.Highlight))
    edge = [image.pixelColor(rect.left() + 1, y) for y in range(rect.top() + 2, rect.bottom() - 2)]
    assert any(max(abs(p.red() - ring.red()), abs(p.green() - ring.green()), abs(p.blue() - ring.blue())) <= 8
               for p in edge), "the selected day is still marked as selected"
