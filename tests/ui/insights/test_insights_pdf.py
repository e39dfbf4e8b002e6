"""Insights on paper and with thin data: a readable PDF in either theme, no chart on too little."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui.widgets.accessibility import announcer
from shiftmate.ui.insights.charts import ChartSection
from shiftmate.ui.data.changes import Changes
from tests.ui.pdf_pages import bands, dark_share, open_pdf, page_size_points, page_text, render
from tests.ui.insights.test_insights_screen import fill_demo, one_hard_call, open_insights


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_insights_pdf_is_a_document_for_paper(qtbot, open_window, location, tmp_path, monkeypatch, scheme):
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    fill_demo(location)
    window = open_window(scheme=scheme)
    window.show()
    qtbot.waitExposed(window)
    screen = open_insights(qtbot, window)
    period = screen.status.text()
    buttons_while_drawn = []
    render_card = ChartSection.render

    def spy(section, *args):
        buttons_while_drawn.append(section.toggle.isVisible())
        return render_card(section, *args)

    monkeypatch.setattr(ChartSection, "render", spy)
    said = []
    announcer.announced.connect(lambda _w, text: said.append(text))
    screen.ask_export_path = lambda kind: str(tmp_path / "insights")
    qtbot.mouseClick(screen.export_pdf, Qt.LeftButton)  # written before the click returns
    target = tmp_path / "insights.pdf"
    assert target.exists()

    document = open_pdf(target)
    first = page_text(document, 0)
    assert "ShiftMate Insights" in first and period in first  # a title and the period
    total, cards = document.pageCount(), 0
    for page in range(total):
        assert page_size_points(document, page) == (612, 792)
        assert f"Page {page + 1} of {total}" in page_text(document, page)
        image = render(document, page)
        assert dark_share(image) < 0.05, f"page {page + 1} is not light"  # paper, whatever the theme
        for top, bottom, top_cover, bottom_cover in bands(image):
            if bottom - top > 80:  # a card: whole, its border at top and bottom
                cards += 1
                assert top_cover > 0.8 and bottom_cover > 0.8, (page, top, bottom, top_cover, bottom_cover)
    assert cards == len(screen.sections) == 9, "every section once, none split across pages"
    assert 2 <= total <= 5
    assert len(buttons_while_drawn) == len(screen.sections) and not any(buttons_while_drawn)  # no "Show table" on paper
    assert all(section.toggle.isVisible() for section in screen.sections.values())  # back on screen

    # Confirmed where the person looks and to a screen reader, and still there after a reload.
    assert screen.saved.isVisible() and str(target) in screen.saved.text()
    assert any(str(target) in text for text in said)
    with qtbot.waitSignal(screen.loaded, timeout=20_000):
        screen.services.changed.emit(Changes.JOURNAL, None)
    assert str(target) in screen.saved.text()


def test_thin_data_draws_no_chart_beside_its_not_enough_sentence(qtbot, open_window, location):
    store = Store.open(location)
    for n in range(3):  # three hard moments (a trend of interactions), only one reflected on
        add_entry(store, JournalEntry(text=f"call {n}", channel="phone", intensity_before=7,
                                      intensity_after=4 if n == 0 else None))
    store.close()
    window = open_window()
    window.show()
    screen = open_insights(qtbot, window)
    screen.finish_pending()
    reflection = screen.sections["reflection"]
    assert "few more" in reflection.reading.text()
    assert not reflection.stack.isVisible() and not reflection.toggle.isVisible()
    assert screen.sections["interactions"].stack.isVisible()  # three entries: drawn
    assert screen.sections["heatmap"].stack.isVisible()


def test_one_entry_is_a_sentence_and_no_bars_or_heat_map_cells(qtbot, open_window, location):
    one_hard_call(location)
    window = open_window()
    window.show()
    screen = open_insights(qtbot, window)
    screen.finish_pending()
    for key in ("interactions", "heatmap", "reflection"):
        section = screen.sections[key]
        assert "few more" in section.reading.text().lower() or "a few more" in section.reading.text()
        assert not section.stack.isVisible(), f"{key} draws a chart beside 'not enough data'"
        assert not section.chart_view.isVisible()
