"""The journal in the window, driven like a person: capture, find, reflect, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import JournalEntry, add_entries, get_entry
from shiftmate.core.journal.search import JournalFilter
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from shiftmate.ui.data.changes import Changes
from tests.helpers import show_active


def read_entry(location: DataLocation, entry_id: int) -> JournalEntry:
    """Read straight from the file with a second connection, as another process would."""
    store = Store.open(location)
    try:
        return get_entry(store, entry_id)
    finally:
        store.close()


def seed(location, entries):
    store = Store.open(location)
    try:
        add_entries(store, entries, clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()


def journal_screen(window, qtbot):
    screen = window.show_screen("journal")
    screen.search_delay_ms = 0
    services = window.services
    # Showing the screen also asks whether another connection (seed) wrote: let that settle.
    qtbot.waitUntil(lambda: not services.checking_outside and services.is_idle, timeout=10_000)
    qtbot.waitUntil(lambda: screen.model.total is not None and not screen.model.is_loading, timeout=10_000)
    return screen


def test_capture_by_keyboard_then_find_and_reflect(open_window, qtbot, location):
    window = show_active(qtbot, open_window(clock=FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin")))
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    assert capture is not None and capture.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture.text_edit, timeout=10_000)
    qtbot.keyClicks(capture.text_edit, "Customer wanted a refund for a worn jacket")
    qtbot.keyClick(capture.text_edit, Qt.Key_Tab)
    assert QApplication.focusWidget() is capture.slider
    for _ in range(3):
        qtbot.keyClick(capture.slider, Qt.Key_Right)
    qtbot.keyClick(capture.slider, Qt.Key_Tab)
    qtbot.keyClicks(capture.tags_edit, "refund, rude")
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000) as saved:
        qtbot.keyClick(capture.tags_edit, Qt.Key_Return, Qt.ControlModifier)
    entry_id = saved.args[0]
    assert not capture.isVisible()
    on_disk = read_entry(location, entry_id)
    assert on_disk.text == "Customer wanted a refund for a worn jacket"
    assert on_disk.intensity_before == 8 and on_disk.tags == ("refund", "rude")
    assert on_disk.tz == "Europe/Berlin"

    screen = journal_screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    assert screen.model.index(0, 2).data() == "Customer wanted a refund for a worn jacket"
    assert screen.model.index(0, 4).data() == "8 → ·"
    screen.search_edit.setFocus()
    qtbot.keyClicks(screen.search_edit, "nothing-like-it")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and not screen.model.is_loading, timeout=10_000)
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "refun")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.filter.query == "refun", timeout=10_000)

    screen.table.setFocus()
    screen.table.selectRow(0)
    with qtbot.waitSignal(window.journal.reflection_opened, timeout=10_000) as opened:
        qtbot.keyClick(screen.table, Qt.Key_Return)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    dialog.after_spin.setFocus()
    for _ in range(4):  # "not rated" → 0 → 1 → 2 → 3
        qtbot.keyClick(dialog.after_spin, Qt.Key_Up)
    qtbot.keyClicks(dialog.boxes["went_well"], "I kept calm")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.boxes["went_well"], Qt.Key_Return, Qt.ControlModifier)
    reflected = read_entry(location, entry_id)
    assert (reflected.intensity_before, reflected.intensity_after) == (8, 3)
    assert reflected.went_well == "I kept calm"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.index(0, 4).data() == "8 → 3",
                    timeout=10_000)


def test_an_empty_capture_is_not_saved_and_says_why(window, qtbot):
    window.journal.open_capture()
    capture = window.journal.capture
    qtbot.waitUntil(capture.isActiveWindow, timeout=10_000)
    qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
    assert capture.isVisible() and capture.message.isVisible()
    assert "what happened" in capture.message.text()


def test_capture_offers_a_breathing_reset_after_saving(window, qtbot):
    window.journal.open_capture()
    capture = window.journal.capture
    qtbot.keyClicks(capture.text_edit, "x")
    with qtbot.waitSignal(window.journal.breathing_offered, timeout=10_000) as offered:
        capture.save()
    assert offered.args[0] == capture.saved_id


def test_today_card_opens_the_capture_window(window, qtbot):
    today = window.show_screen("today")
    from shiftmate.ui.journal.today_card import JournalCard

    card = today.findChild(JournalCard)
    assert card is not None and card.isVisible()
    qtbot.mouseClick(card.capture_button, Qt.LeftButton)
    assert window.journal.capture is not None and window.journal.capture.isVisible()


def test_the_list_loads_lazily_page_by_page(open_window, qtbot, location):
    seed(location, [JournalEntry(text=f"entry {n}", occurred_at=f"2026-01-01T00:{n // 60:02d}:{n % 60:02d}+00:00")
                    for n in range(450)])
    window = open_window()
    window.show()
    screen = journal_screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 200, timeout=10_000)
    assert screen.model.total == 450 and screen.model.canFetchMore()
    assert screen.model.index(0, 2).data() == "entry 449"
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 400, timeout=10_000)
    screen.model.fetchMore()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 450 and not screen.model.canFetchMore(), timeout=10_000)
    assert screen.model.index(449, 2).data() == "entry 0"
    assert "450 entries" in screen.count_label.text()


def test_answers_to_an_older_search_are_dropped(window, qtbot, location):
    seed(location, [JournalEntry(text="refund"), JournalEntry(text="refund again"), JournalEntry(text="rude")])
    screen = journal_screen(window, qtbot)
    model = screen.model
    # Two searches before either answer is back (answers land on the GUI thread only between
    # events): the page for "refund" arrives first, with rows, and must not be shown.
    model.set_filter(JournalFilter(query="refund"))
    model.set_filter(JournalFilter(query="rude"))
    qtbot.waitUntil(lambda: window.services.is_idle and not model.is_loading, timeout=10_000)
    assert [model.index(row, 2).data() for row in range(model.rowCount())] == ["rude"]
    assert model.total == 1


def test_filters_combine_with_search(window, qtbot, location):
    seed(location, [
        JournalEntry(text="refund at the till", channel="in_person", intensity_before=8, tags=("till",)),
        JournalEntry(text="refund by phone", channel="phone", intensity_before=3, follow_up=True),
        JournalEntry(text="rude caller", channel="phone", intensity_before=9),
    ])
    screen = journal_screen(window, qtbot)
    window.services.check_outside_changes()  # seeded by another connection
    qtbot.waitUntil(lambda: screen.tag_combo.count() == 2, timeout=10_000)

    def rows():
        qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
        return sorted(screen.model.index(r, 2).data() for r in range(screen.model.rowCount()))

    qtbot.keyClicks(screen.search_edit, "refund")
    screen.channel_combo.setCurrentIndex(screen.channel_combo.findData("phone"))
    assert rows() == ["refund by phone"]
    screen.channel_combo.setCurrentIndex(0)
    screen.min_spin.setValue(5)
    assert rows() == ["refund at the till"]
    screen.min_spin.setValue(0)
    screen.follow_check.setChecked(True)
    assert rows() == ["refund by phone"]
    screen.follow_check.setChecked(False)
    screen.tag_combo.setCurrentIndex(screen.tag_combo.findData("till"))
    assert rows() == ["refund at the till"]


def test_delete_then_ctrl_z_brings_the_entry_back(window, qtbot, location):
    seed(location, [JournalEntry(text="keep me", tags=("a",))])
    screen = journal_screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    entry_id = screen.model.entry_id(0)
    before = read_entry(location, entry_id)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key_Delete)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and not screen.model.is_loading, timeout=10_000)
    with pytest.raises(BadInput, match=f"no journal entry with id {entry_id}"):
        read_entry(location, entry_id)
    qtbot.waitUntil(screen.empty_state.isVisible, timeout=10_000)  # after the count arrives
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    assert read_entry(location, entry_id) == before


def test_closing_a_reflection_keeps_a_draft_and_reopening_brings_it_back(window, qtbot, location):
    seed(location, [JournalEntry(text="draft me")])
    actions = window.journal
    dialog = actions.open_reflection(1)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    qtbot.keyClicks(dialog.boxes["needs_now"], "a walk")
    with qtbot.waitSignal(window.services.changed, timeout=10_000,
                          check_params_cb=lambda changes, _source: bool(changes & Changes.DRAFTS)):
        dialog.close()
    again = actions.open_reflection(1)
    qtbot.waitUntil(lambda: again.entry is not None, timeout=10_000)
    assert again.boxes["needs_now"].toPlainText() == "a walk"
    assert again.notice.isVisible()
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save()
    assert read_entry(location, 1).needs_now == "a walk"
    store = Store.open(location)
    try:
        from shiftmate.core.journal.drafts import list_drafts

        assert list_drafts(store) == []
    finally:
        store.close()


def test_the_draft_timer_keeps_a_draft_while_typing(window, qtbot, location):
    seed(location, [JournalEntry(text="timer")])
    dialog = window.journal.open_reflection(1)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    dialog.draft_timer.setInterval(0)
    with qtbot.waitSignal(dialog.draft_saved, timeout=10_000):
        qtbot.keyClicks(dialog.boxes["self_talk"], "not again")
    store = Store.open(location)
    try:
        from shiftmate.core.journal.drafts import list_drafts

        assert list_drafts(store)[0].fields["self_talk"] == "not again"
    finally:
        store.close()
    dialog.discard()


def test_tags_can_be_renamed_from_the_window(window, qtbot, location):
    seed(location, [JournalEntry(text="a", tags=("refunds",)), JournalEntry(text="b", tags=("refund",))])
    from shiftmate.ui.journal.tags import TagsDialog

    dialog = TagsDialog(window.services, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))  # "refunds"
    dialog.name_edit.setText("refund")
    dialog.rename_selected()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert read_entry(location, 1).tags == ("refund",)


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "pdf"])
def test_export_from_the_journal_screen(window, qtbot, location, tmp_path, fmt):
    seed(location, [JournalEntry(text="export me")])
    screen = journal_screen(window, qtbot)
    target = tmp_path / f"journal.{fmt}"
    screen.export_to(target, fmt)
    qtbot.waitUntil(lambda: target.exists() and "Exported" in screen.count_label.text(), timeout=10_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") if fmt == "pdf" else b"export me" in data
