"""The Insights screen on demo data: periods switch by keyboard, tables match the charts."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from shiftmate.core.demo import fill_demo_data
from shiftmate.core.storage.store import Store


def fill_demo(location, days=70):
    store = Store.open(location)
    try:
        fill_demo_data(store, days=days, seed=3)
    finally:
        store.close()


def one_hard_call(location):
    """The journal holds one entry: too little for a trend or a chart."""
    from shiftmate.core.journal.entries import JournalEntry, add_entry

    store = Store.open(location)
    try:
        add_entry(store, JournalEntry(text="one hard call", channel="phone", intensity_before=7, intensity_after=4))
    finally:
        store.close()


def open_insights(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    screen = window.screen_widget("insights")
    if screen.insights is None:
        with qtbot.waitSignal(screen.loaded, timeout=20_000):
            window.show_screen("insights")
    else:
        window.show_screen("insights")
    return screen


def assert_tables_match_charts(screen):
    checked = 0
    for key, section in screen.sections.items():
        if section.kind == "heat" or section.data.empty:
            continue
        categories, headers = section.data.categories, section.data.headers
        drawn = section.chart_values()
        assert set(drawn) == {name for name, _v in section.data.series}
        table = section.table_values()
        in_table = set()
        for row in table:
            index = categories.index(row[0])
            in_table.add(index)
            for name, points in drawn.items():
                cell = row[headers.index(name)]
                if cell == "—":
                    assert index not in points or points[index] == 0, (key, name, row)
                else:
                    assert abs(points[index] - float(cell)) < 0.051, (key, name, row, points[index])
                checked += 1
        # A week the table leaves out has no figure in the chart either (or a true zero).
        for name, points in drawn.items():
            for index, value in points.items():
                if index not in in_table:
                    assert value == 0, (key, name, categories[index])
    assert checked > 20


def test_insights_on_demo_data_switch_periods_and_tables_match_charts(qtbot, open_window, location):
    fill_demo(location)
    window = open_window()
    window.show()
    qtbot.waitExposed(window)
    screen = open_insights(qtbot, window)
    assert screen.period == "4w" and len(screen.sections["shifts"].data.categories) == 4
    assert_tables_match_charts(screen)
    assert screen.sections["reflection"].reading.text().startswith("Reflecting")

    screen.period_box.setFocus()
    with qtbot.waitSignal(screen.loaded, timeout=20_000) as blocker:
        qtbot.keyClick(screen.period_box, Qt.Key_Down)
    assert blocker.args == ["3m"]
    assert len(screen.sections["shifts"].data.categories) == 13
    assert_tables_match_charts(screen)
    with qtbot.waitSignal(screen.loaded, timeout=20_000) as blocker:
        qtbot.keyClick(screen.period_box, Qt.Key_Down)
    assert blocker.args == ["12m"]
    assert len(screen.sections["shifts"].data.categories) == 52
    assert_tables_match_charts(screen)

    # The table toggle, by keyboard.
    section = screen.sections["shifts"]
    section.toggle.setFocus()
    qtbot.keyClick(section.toggle, Qt.Key_Space)
    assert section.stack.currentWidget() is section.table
    assert section.toggle.text() == "Show chart"
    # Ten weeks of demo data: 52 week slots, but only the weeks with shifts in the table.
    assert 8 <= section.model.rowCount() <= 11


def test_an_empty_folder_shows_honest_sentences_and_no_charts(qtbot, window):
    screen = open_insights(qtbot, window)
    assert screen.empty_state.isVisible() and not screen.scroll.isVisible()
    assert not screen.export_png.isEnabled()
    for section in screen.sections.values():
        assert section.stack.isHidden() and section.reading.text()
    assert screen.sections["interactions"].reading.text() == "Log a few more entries to see a trend."


def test_thin_data_gets_its_own_sentence_not_a_trend(qtbot, open_window, location):
    one_hard_call(location)
    window = open_window()
    window.show()
    screen = open_insights(qtbot, window)
    assert screen.scroll.isVisible() and not screen.empty_state.isVisible()
    assert screen.sections["interactions"].reading.text() == "Log a few more entries to see a trend."
    assert "few more" in screen.sections["reflection"].reading.text()
    assert screen.sections["heatmap"].model.rowCount() == 1


def test_export_writes_png_and_pdf_where_the_person_chose(qtbot, open_window, location, tmp_path):
    fill_demo(location, days=14)
    window = open_window()
    window.show()
    screen = open_insights(qtbot, window)
    screen.ask_export_path = lambda kind: str(tmp_path / f"mine-{kind}")
    png = screen.export("png")
    pdf = screen.export("pdf")
    assert png == tmp_path / "mine-png.png" and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert str(pdf) in screen.saved.text()
    screen.ask_export_path = lambda kind: ""  # cancelled: nothing written, nothing said
    assert screen.export("png") is None


def test_qt_charts_loads_only_with_the_insights_screen():
    code = (
        "import sys; import shiftmate.cli.main; assert not [m for m in sys.modules if 'PySide6' in m]; "
        "import shiftmate.ui.shell.main_window; assert 'PySide6.QtCharts' not in sys.modules; "
        "import shiftmate.ui.insights.screen; assert 'PySide6.QtCharts' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_weekly_summary_card_on_today_on_the_first_shift_of_a_week(qtbot, open_window, location):
    from shiftmate.core.clock import FakeClock
    from shiftmate.core.journal.entries import JournalEntry, add_entry
    from shiftmate.ui.insights.today_card import WeeklySummaryCard

    clock = FakeClock("2026-03-30T09:00", "Europe/Berlin")  # a Monday
    store = Store.open(location)
    store.db.execute("INSERT INTO shifts (started_at, ended_at, tz, day_rating) VALUES "
                     "('2026-03-24T07:00:00+00:00', '2026-03-24T15:30:00+00:00', 'Europe/Berlin', 4)")
    add_entry(store, JournalEntry(text="shouted at", occurred_at="2026-03-25T10:00:00+00:00", tz="Europe/Berlin",
                                  intensity_before=8, intensity_after=3), clock=clock)
    store.db.execute("INSERT INTO shifts (started_at, tz) VALUES ('2026-03-30T07:00:00+00:00', 'Europe/Berlin')")
    store.close()
    window = open_window(clock=clock)
    today = window.screen_widget("today")
    card = today.findChild(WeeklySummaryCard)
    qtbot.waitUntil(lambda: [label.text() for label in card.lines][0] != "", timeout=10_000)
    window.show()
    assert card.isVisible()
    assert [label.text() for label in card.lines] == [
        "Shifts worked: 1 (8.5 hours).",
        "Hard moments logged: 1; reflecting took intensity from 8.0 to 3.0.",
        "Breaks taken: 0.",
    ]
    # That shift ends and a second one starts on Tuesday: not the first of the week any more.
    store = Store.open(location)
    store.db.execute("UPDATE shifts SET ended_at = '2026-03-30T15:00:00+00:00' WHERE ended_at IS NULL")
    store.db.execute("INSERT INTO shifts (started_at, tz) VALUES ('2026-03-31T07:00:00+00:00', 'Europe/Berlin')")
    store.close()
    clock.set(clock.now().replace(day=31))
    with qtbot.waitSignal(card.refreshed, timeout=10_000) as blocker:
        window.services.check_outside_changes()  # written by another connection
    assert blocker.args == [False] and not card.isVisible()


def test_good_moments_per_week_have_their_own_chart_and_table(qtbot, open_window, location):
    from shiftmate.core.clock import FakeClock
    from shiftmate.core.journal.entries import JournalEntry, add_entries

    clock = FakeClock("2026-11-25T12:00", "Europe/London")
    store = Store.open(location)
    try:
        add_entries(store, [
            JournalEntry(text="Thanked by name", occurred_at="2026-11-24T10:00", kind="good"),
            JournalEntry(text="Praised by the manager", occurred_at="2026-11-23T10:00", kind="good"),
            JournalEntry(text="Caller shouted", occurred_at="2026-11-23T11:00", intensity_before=6),
        ], clock=clock)
    finally:
        store.close()
    window = open_window(clock=clock)
    window.show()
    qtbot.waitExposed(window)
    screen = open_insights(qtbot, window)
    screen.finish_pending()
    section = screen.sections["good_moments"]
    assert section.data.headers == ["Week", "Good moments"]
    assert [row[1] for row in section.data.rows] == [2]
    assert section.data.series[0][1][-1] == 2  # this week's bar
    assert section.reading.text() == "Good moments noted: 2; none of them counts among the difficult interactions."
    assert screen.sections["interactions"].data.rows[-1][1:] == [1]  # the hard one alone
