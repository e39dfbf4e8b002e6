"""The journal as a PDF, read back page by page as a person would see it on paper."""

from __future__ import annotations

import statistics

import pytest

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.store import Store
from tests.helpers import run_cli
from tests.ui.pdf_pages import ink, open_pdf, page_size_points, page_text, render

A4, LETTER = (595, 842), (612, 792)
LONG = "The customer wanted a refund without the receipt and raised their voice at the till. " * 12


def seed(location, count=14, text=LONG):
    store = Store.open(location)
    try:
        add_entries(store, [JournalEntry(text=f"Entry {n}. {text}", intensity_before=7, intensity_after=3,
                                         channel="in_person", tags=("refund",)) for n in range(count)],
                    clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()


def assert_readable_pages(path, paper):
    """Every page: the paper asked for, body text of 10 pt or more across the page width
    inside margins, dark on white, and its page number."""
    document = open_pdf(path)
    total = document.pageCount()
    assert total >= 2, "the entries need more than one page"
    for page in range(total):
        assert page_size_points(document, page) == paper
        marks = ink(render(document, page))
        width = paper[0]
        assert marks.background == 255
        assert marks.left >= 36 and marks.right <= width - 36, (page, marks.left, marks.right)  # margins
        assert marks.right - marks.left >= 0.75 * width, (page, marks.left, marks.right)
        assert statistics.median(marks.line_heights) >= 10, (page, marks.line_heights)
        assert f"Page {page + 1} of {total}" in page_text(document, page)
    return document


def test_journal_pdf_from_the_command_line_is_readable_on_letter_paper(data_dir, location, tmp_path):
    seed(location)
    target = tmp_path / "journal.pdf"
    result = run_cli("--data-dir", str(data_dir), "journal", "export", "--format", "pdf", "-o", str(target),
                     env={"LC_ALL": "", "LC_PAPER": "en_US.UTF-8"})
    assert result.returncode == 0, result.stderr
    document = assert_readable_pages(target, LETTER)
    text = "".join(page_text(document, page) for page in range(document.pageCount()))
    assert text.count("2026-03-10 09:00 (UTC)") == 14  # a heading per entry
    assert "Entry 13." in text


def test_journal_pdf_from_the_dark_window_is_dark_on_white_a4(open_window, qtbot, location, tmp_path,
                                                             monkeypatch):
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    seed(location)
    window = open_window(scheme="dark")
    window.show()
    screen = window.show_screen("journal")
    qtbot.waitUntil(lambda: screen.model.total is not None and not screen.model.is_loading, timeout=10_000)
    target = tmp_path / "journal.pdf"
    screen.export_to(target, "pdf")
    qtbot.waitUntil(lambda: "Exported" in screen.count_label.text(), timeout=10_000)
    assert_readable_pages(target, A4)


def test_one_long_entry_flows_over_pages_and_no_heading_ends_a_page(location, tmp_path, monkeypatch,
                                                                    qapp):
    from shiftmate.core.journal.exchange import ExportSelection, entries_for_export
    from shiftmate.ui.journal.pdf import write_pdf

    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    seed(location, count=1, text=LONG * 8)
    seed(location, count=9, text=LONG[:700])
    store = Store.open(location)
    try:
        entries = entries_for_export(store, ExportSelection(zone="UTC"))
    finally:
        store.close()
    target = tmp_path / "journal.pdf"
    write_pdf(entries, target)
    document = assert_readable_pages(target, A4)
    assert document.pageCount() >= 4
    for page in range(document.pageCount()):
        lines = [line for line in page_text(document, page).splitlines() if line.strip()]
        assert "(UTC)" not in lines[-2], (page, lines[-2])  # the line above the page number


@pytest.mark.parametrize("value, paper", [("en_US.UTF-8", LETTER), ("es_MX.UTF-8", LETTER),
                                          ("es_ES.UTF-8", A4), ("de_DE", A4)])
def test_paper_follows_the_locale(monkeypatch, qapp, value, paper):
    from PySide6.QtGui import QPageSize

    from shiftmate.ui.widgets.print_page import page_size

    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_PAPER", value)
    size = page_size().sizePoints()
    assert (size.width(), size.height()) == paper
    assert isinstance(page_size(), QPageSize)
