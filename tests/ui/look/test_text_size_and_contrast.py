"""Text size (Settings ▸ Appearance) and colours: layouts hold at 200 % on the window's first
size (1100×720) and on a 1280×720 laptop, and every palette's text meets WCAG AA contrast,
its boxes and field edges 3:1.

The layout check is the one a person does by eye, made exact: no label is smaller than the
text it holds (a one-line label at least as wide as its text, a wrapping label as tall as
its lines at its width), no button or progress bar narrower than its words, no check box
smaller than its text, and no page scrolls sideways.

It once ran at 1280×720 only, where every page fitted, while the window opens at 1100×720
and there Breaks and Settings scrolled sideways; and it never read a progress bar's words
or a check box's size. Hence both sizes and those checks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTableView,
)

from shiftmate.ui.shell.main_window import DEFAULT_SIZE
from shiftmate.ui.look.theme import (
    NON_TEXT_PAIRS,
    SCHEMES,
    TEXT_PAIRS,
    build_palette,
    contrast_ratio,
    control_border,
    stylesheet,
)
from tests.helpers import inside_one_of
from tests.ui.insights.test_insights_screen import fill_demo

WINDOW = QSize(1280, 720)
SIZES = {"first start 1100x720": DEFAULT_SIZE, "laptop 1280x720": WINDOW}
ELIDES = "elidesText"  # a label that shortens its text on purpose sets this property


def _inside_calendar(widget) -> bool:
    return inside_one_of(widget, (QCalendarWidget,))


def _shown(widget) -> bool:
    """Visible, and not scrolled wholly out of a scroll area's view (then it isn't painted)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def clipped_labels(root) -> list[str]:
    """Labels whose text does not fit in them, and buttons narrower than their words."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.property(ELIDES) or _inside_calendar(label):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                found.append(f"{label.text()[:50]!r}: {label.height()} px high, needs {needed}")
        else:
            hint = label.sizeHint()
            if label.width() < hint.width() or label.height() < label.minimumSizeHint().height():
                found.append(f"{label.text()[:50]!r}: {label.width()}×{label.height()}, needs {hint.width()}×{hint.height()}")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or _inside_calendar(button):
            continue
        if button.width() < button.minimumSizeHint().width() or button.height() < button.minimumSizeHint().height():
            found.append(f"button {button.text()!r}: {button.width()}×{button.height()}, "
                         f"needs {button.minimumSizeHint().width()}×{button.minimumSizeHint().height()}")
    for bar in root.findChildren(QProgressBar):
        if bar.isVisible() and bar.isTextVisible() and bar.text():
            needed = bar.fontMetrics().horizontalAdvance(bar.text()) + 8
            if bar.width() < needed:
                found.append(f"progress bar {bar.text()!r}: {bar.width()} px wide, its words need {needed}")
    for box in root.findChildren(QCheckBox):  # the box grows with its words
        if box.isVisible():
            option = QStyleOptionButton()
            option.initFrom(box)
            side = box.style().subElementRect(QStyle.SE_CheckBoxIndicator, option, box).height()
            if side < 0.6 * box.fontMetrics().height():
                found.append(f"check box {box.text()!r}: its box is {side} px for text {box.fontMetrics().height()} px high")
    for calendar in root.findChildren(QCalendarWidget):  # no scroll bar: every week must show
        view = calendar.findChild(QTableView)
        if calendar.isVisible() and view.verticalHeader().length() > view.viewport().height():
            found.append(f"calendar: weeks need {view.verticalHeader().length()} px, get {view.viewport().height()}")
    return found


def sideways_scrolling(root) -> list[str]:
    """Pages (scroll areas that are not lists or tables) that scroll sideways."""
    return [
        f"{area.objectName() or area.accessibleName() or type(area).__name__} by {area.horizontalScrollBar().maximum()} px"
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    ]


def settle(window) -> None:
    assert window.services.wait_idle()
    for _ in range(3):
        QApplication.processEvents()


def screen_states(window):
    """Every screen, and the views within screens that the screenshots show."""
    for key in window.screen_keys():
        screen = window.show_screen(key)
        yield key, screen
        for name, prepare in getattr(screen, "screenshot_states", lambda: [])():
            prepare()
            yield name, screen


@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
@pytest.mark.parametrize("percent", [100, 200])
def test_every_screen_holds_its_text_at_its_first_size_and_1280x720(open_window, qtbot, location, percent, size):
    fill_demo(location)
    window = open_window()
    window.context.appearance.set_text_size(percent)
    window.resize(SIZES[size])
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == SIZES[size], f"the window's minimum size is larger than {size}"
    problems = {}
    for name, screen in screen_states(window):
        settle(window)
        getattr(screen, "finish_pending", lambda: None)()
        settle(window)
        found = clipped_labels(window) + sideways_scrolling(window)
        if found:
            problems[name] = found
    assert problems == {}


def test_text_size_applies_live_and_is_remembered(open_window, qtbot, location):
    window = open_window()
    window.show()
    qtbot.waitExposed(window)
    settings = window.show_screen("settings")
    title = settings.title_label
    body_size = QApplication.font().pointSizeF()
    title_size = title.font().pointSizeF()
    sidebar_width = window.sidebar.width()
    combo = settings.appearance_box.text_size_combo
    combo.setFocus()
    for _ in range(4):  # 100 → 200 % with the keyboard
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == 200
    assert QApplication.font().pointSizeF() == pytest.approx(2 * body_size)
    assert title.font().pointSizeF() == pytest.approx(2 * title_size)
    assert window.sidebar.width() > 1.5 * sidebar_width
    window.close()

    again = open_window()  # the next start reads it back
    assert QApplication.font().pointSizeF() == pytest.approx(2 * body_size)
    assert again.show_screen("settings").appearance_box.text_size_combo.currentData() == 200


def test_high_contrast_is_chosen_in_settings_and_remembered(open_window, qtbot):
    window = open_window(None)  # no scheme forced: the saved choice decides, as at a real start
    window.show()
    settings = window.show_screen("settings")
    combo = settings.appearance_box.theme_combo
    combo.setCurrentIndex(combo.findData("high-contrast"))
    palette = QApplication.palette()
    assert palette.color(QPalette.Window).name() == "#000000"
    assert palette.color(QPalette.WindowText).name() == "#ffffff"
    assert "QPushButton" in QApplication.instance().styleSheet()  # its borders
    window.close()
    open_window(None)
    assert QApplication.instance().property("shiftmateScheme") == "high-contrast"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_text_colour_meets_wcag_aa_on_its_background(scheme):
    palette = build_palette(scheme)
    failing = []
    ratios = []
    for group in (QPalette.Active, QPalette.Inactive, QPalette.Disabled):
        for text, background, where in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            ratios.append(ratio)
            if ratio < 4.5:
                failing.append(f"{group.name} {text.name} on {background.name} ({where}): {ratio:.2f}:1")
    assert failing == []
    if scheme == "high-contrast":
        assert min(ratios) >= 7.0  # AAA for every pair: what "high contrast" promises


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_control_edge_and_mark_meets_wcag_non_text_contrast(scheme):
    """WCAG 1.4.11: what shows there is a box to tick or a field to type in, 3:1 against its
    background (the pairs of theme.NON_TEXT_PAIRS; the drawing is checked on screen below)."""
    palette = build_palette(scheme)
    failing = []
    for where, role, background in NON_TEXT_PAIRS:
        colour = control_border(scheme) if role is None else palette.color(QPalette.Active, role)
        ratio = contrast_ratio(colour, palette.color(QPalette.Active, background))
        if ratio < 3.0:
            failing.append(f"{where}: {ratio:.2f}:1")
    assert failing == []


def strongest_contrast(image, rect, background: QColor) -> float:
    """The highest contrast of any pixel in ``rect`` against ``background``: the edge of a
    box drawn there, or 1.0 when nothing is."""
    best = 1.0
    for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width())):
        for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())):
            best = max(best, contrast_ratio(QColor(image.pixel(x, y)), background))
    return best


@pytest.mark.parametrize("scheme", SCHEMES)
def test_unticked_boxes_and_field_edges_are_seen_on_screen(open_window, qtbot, scheme):
    """The boxes as drawn: "Open follow-ups" and the search field on the Journal, an unticked
    item of a run. On the dark theme Fusion drew them at about 1.1:1."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    window = open_window(scheme)
    window.resize(WINDOW)
    window.show()
    qtbot.waitExposed(window)
    palette = QApplication.palette()
    journal = window.show_screen("journal")
    journal.table.setFocus()  # no focus ring on what is measured
    settle(window)
    check = journal.follow_check
    option = QStyleOptionButton()
    option.initFrom(check)
    box = check.style().subElementRect(QStyle.SE_CheckBoxIndicator, option, check)
    seen = {"Open follow-ups": strongest_contrast(check.grab().toImage(), box, palette.color(QPalette.Window))}
    field = journal.search_edit
    edge = field.rect().adjusted(0, 0, 0, -(field.height() - 2))  # its top edge, 2 px
    seen["search field"] = strongest_contrast(field.grab().toImage(), edge, palette.color(QPalette.Window))

    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    qtbot.waitUntil(screen.run_view.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(screen.run_view.run_changed, timeout=10_000):
        qtbot.mouseClick(screen.run_view.start_button, Qt.LeftButton)
    view = screen.run_view.list
    model = screen.run_view.model
    row = next(r for r in range(1, model.rowCount()) if model.item(r, 0).data(Qt.CheckStateRole) == Qt.Unchecked
               and r != view.currentIndex().row())
    settle(window)
    rect = view.visualRect(model.index(row, 0))
    left = rect.adjusted(0, 0, -(rect.width() - 2 * rect.height()), 0)  # the box comes first
    seen["an unticked item"] = strongest_contrast(view.viewport().grab().toImage(), left, palette.color(QPalette.Base))
    assert {name: round(ratio, 2) for name, ratio in seen.items() if ratio < 3.0} == {}


def test_the_high_contrast_stylesheet_draws_borders_a_black_window_would_hide():
    sheet = stylesheet("high-contrast", 1.0)
    for selector in ("QPushButton", "QLineEdit", "QCheckBox::indicator", "QTabBar::tab", "QScrollBar"):
        assert selector in sheet
    assert "QPushButton" not in stylesheet("light", 1.0).split("QAbstractItemView")[0]


def test_contrast_ratio_matches_wcag_examples():
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)



def test_dialogs_hold_their_text_at_200_percent(open_window, qtbot, location):
    """Each dialog at 200 %, no bigger than the screen allows: nothing cut off inside."""
    from shiftmate.core.journal.entries import JournalEntry, add_entry
    from shiftmate.core.storage.store import Store
    from shiftmate.ui.shifts.breathing_dialog import BreathingDialog
    from shiftmate.ui.journal.tags import TagsDialog
    from shiftmate.ui.packs.export_dialog import PackExportDialog
    from shiftmate.ui.privacy.settings_section import PassphraseDialog
    from shiftmate.ui.shell.shortcuts_sheet import ShortcutsSheet

    store = Store.open(location)
    entry_id = add_entry(store, JournalEntry(text="A long queue and a short temper.", tags=("queue",)))
    store.close()
    window = open_window()
    window.context.appearance.set_text_size(200)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry().size()
    window.journal.open_capture()
    dialogs = {
        "capture": window.journal.capture,
        "reflection": window.journal.open_reflection(entry_id),
        "tags": TagsDialog(window.services, window),
        "breathing": BreathingDialog(window.services, window),
        "pack export": PackExportDialog(window.services, "before-shift", window),
        "passphrase": PassphraseDialog("Protect", current=True, new=True, warning="There is no recovery.",
                                       offer_removal=True, parent=window),
        "shortcuts": ShortcutsSheet(window),
    }
    problems = {}
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(window)
        assert dialog.width() <= room.width() and dialog.height() <= room.height(), name
        found = clipped_labels(dialog) + sideways_scrolling(dialog)
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}


def test_a_checklist_run_follows_a_change_of_colours(window, qtbot):
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    qtbot.waitUntil(screen.run_view.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(screen.run_view.run_changed, timeout=10_000):
        qtbot.mouseClick(screen.run_view.start_button, Qt.LeftButton)
    model = screen.run_view.model
    window.context.appearance.set_theme_choice("high-contrast")
    heading = model.item(0, 0)
    required = next(model.item(r, 1) for r in range(model.rowCount()) if model.item(r, 1).text() == "Required")
    assert heading.foreground().color().name() == "#ffffff"
    assert required.foreground().color().name() == "#ff6b6b"
    assert contrast_ratio(required.foreground().color(), QApplication.palette().color(QPalette.Base)) >= 4.5


def test_the_history_calendar_days_are_readable():
    from shiftmate.ui.checklists.history_view import COMPLETE, COMPLETE_TEXT, PARTIAL, PARTIAL_TEXT

    assert contrast_ratio(COMPLETE_TEXT, COMPLETE) >= 4.5
    assert contrast_ratio(PARTIAL_TEXT, PARTIAL) >= 4.5


def test_screenshots_at_200_percent_in_high_contrast(qapp, location, tmp_path):
    from PySide6.QtGui import QImage

    from shiftmate.screenshot import render_screenshots

    files = render_screenshots(location, tmp_path / "hc", theme="high-contrast", size=(1280, 720), text_size=200)
    today = QImage(str(next(f for f in files if f.name == "today.png")))
    assert (today.width(), today.height()) == (1280, 720)
    assert QColor(today.pixel(1270, 710)).name() == "#000000"  # the window, black
    # Nothing remembered: the data folder's own choices are untouched.
    window_state = location.ui_state.read_text() if location.ui_state.exists() else ""
    assert "text_size" not in window_state and "high-contrast" not in window_state


def test_the_screenshot_command_takes_a_text_size_and_refuses_others(location, tmp_path):
    from tests.helpers import run_cli

    bad = run_cli("--data-dir", str(location.root), "screenshot", str(tmp_path / "x"), "--text-size", "130")
    assert bad.returncode == 2 and "130" in bad.stderr and "\n" == bad.stderr[-1] and bad.stderr.count("\n") <= 3


def test_a_runs_progress_and_status_show_whole_at_200_percent_on_the_first_window_size(window, qtbot):
    """"4 of 16 answered" was cut off: the bar gave way to "Finished, incomplete" beside it."""
    from PySide6.QtWidgets import QMessageBox

    window.context.appearance.set_text_size(200)
    window.resize(DEFAULT_SIZE)
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    qtbot.waitUntil(screen.run_view.start_button.isVisible, timeout=10_000)
    view = screen.run_view
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        qtbot.mouseClick(view.start_button, Qt.LeftButton)
    qtbot.keyClick(view.list, Qt.Key_Return, Qt.ControlModifier)  # finish, with required items open
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        view.confirm_box.button(QMessageBox.Yes).click()
    settle(window)
    assert view.progress.text() == "0 of 17 answered" and view.status.text() == "Finished, incomplete"
    assert clipped_labels(view) == []
