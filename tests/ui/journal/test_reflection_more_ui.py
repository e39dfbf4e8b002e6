"""The kinder reflection, the short one, Today's waiting count, follow-up reminders on their day
and Share with my manager, driven as a person does (keys and clicks) on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.store import Store
from shiftmate.ui.data.changes import Changes
from tests.helpers import show_active
from tests.ui.journal.test_journal_ui import journal_screen, read_entry

NOW = "2026-11-23T12:30:00"


@pytest.fixture
def clock(fake_timers):
    return FakeClock(NOW, zone="Europe/London")


def seed(location, *entries, at=NOW):
    store = Store.open(location)
    try:
        add_entries(store, entries, clock=FakeClock(at, zone="Europe/London"))
    finally:
        store.close()


def test_the_full_reflection_asks_for_perspective_and_a_fairer_thought(open_window, qtbot, location, clock):
    seed(location, JournalEntry(text="He threw the receipt at me"))
    window = show_active(qtbot, open_window(clock=clock))
    dialog = window.journal.open_reflection(1)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    assert not dialog.manager_rows_shown()
    qtbot.keyClicks(dialog.boxes["perspective"], "Maybe his card was declined twice")
    qtbot.keyClicks(dialog.boxes["balanced_thought"], "I stayed polite; that was my part")
    qtbot.mouseClick(dialog.manager_check, Qt.LeftButton)
    assert dialog.manager_rows_shown()
    qtbot.keyClicks(dialog.boxes["what_i_did"], "Called the lead")
    qtbot.keyClicks(dialog.boxes["agreed_next_time"], "Lead comes at once")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.boxes["agreed_next_time"], Qt.Key_Return, Qt.ControlModifier)
    entry = read_entry(location, 1)
    assert entry.perspective == "Maybe his card was declined twice"
    assert entry.balanced_thought == "I stayed polite; that was my part"
    assert entry.manager_should_know and entry.what_i_did == "Called the lead"
    assert entry.agreed_next_time == "Lead comes at once" and entry.reflected_at is not None


def test_today_counts_the_moments_waiting_and_reflect_now_opens_the_short_form(open_window, qtbot, location, clock):
    seed(location, JournalEntry(text="older one", occurred_at="2026-11-23T11:00"), JournalEntry(text="the newest one"))
    window = show_active(qtbot, open_window(clock=clock))
    card = window.show_screen("today").journal_card
    qtbot.waitUntil(lambda: card.waiting == 2, timeout=10_000)
    assert card.reflect_button.isVisible() and card.waiting_label.text() == "2 moments wait for a reflection"
    with qtbot.waitSignal(window.journal.short_reflection_opened, timeout=10_000) as opened:
        qtbot.mouseClick(card.reflect_button, Qt.LeftButton)
    short = opened.args[0]
    qtbot.waitUntil(lambda: short.entry is not None, timeout=10_000)
    assert short.entry.text == "the newest one" and short.what.text() == "the newest one"
    # Four questions, by keyboard: the choice, two answers, the intensity now.
    assert short.about_combo.hasFocus()
    short.about_combo.setCurrentIndex(short.about_combo.findData("situation"))
    qtbot.keyClick(short.about_combo, Qt.Key_Tab)
    qtbot.keyClicks(short.control_edit, "my tone")
    qtbot.keyClick(short.control_edit, Qt.Key_Tab)
    qtbot.keyClicks(short.needs_edit, "water")
    qtbot.keyClick(short.needs_edit, Qt.Key_Tab)
    for _ in range(4):
        qtbot.keyClick(short.after_spin, Qt.Key_Up)
    with qtbot.waitSignal(short.saved, timeout=10_000):
        qtbot.keyClick(short.after_spin, Qt.Key_Return, Qt.ControlModifier)
    entry = read_entry(location, 2)
    assert (entry.about, entry.in_control, entry.needs_now, entry.intensity_after) == ("situation", "my tone", "water", 3)
    qtbot.waitUntil(lambda: card.waiting == 1, timeout=10_000)


def test_the_short_answers_carry_into_the_full_form(open_window, qtbot, location, clock):
    seed(location, JournalEntry(text="loud one"))
    window = show_active(qtbot, open_window(clock=clock))
    screen = journal_screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    screen.table.selectRow(0)
    menu = screen.entry_menu()
    assert [a.text() for a in menu.actions()] == ["Reflect", "Short reflection…", "Share with my manager…"]
    with qtbot.waitSignal(window.journal.short_reflection_opened, timeout=10_000) as opened:
        qtbot.mouseClick(screen.short_button, Qt.LeftButton)
    short = opened.args[0]
    qtbot.waitUntil(lambda: short.entry is not None, timeout=10_000)
    qtbot.keyClicks(short.needs_edit, "a walk outside")
    with qtbot.waitSignal(window.journal.reflection_opened, timeout=10_000) as full_opened:
        qtbot.mouseClick(short.full_button, Qt.LeftButton)
    full = full_opened.args[0]
    qtbot.waitUntil(lambda: full.entry is not None, timeout=10_000)
    assert 1 not in window.journal.short_reflections  # the short window closed (and is gone)
    assert full.boxes["needs_now"].toPlainText() == "a walk outside"
    assert read_entry(location, 1).needs_now == ""  # carried, not yet saved
    with qtbot.waitSignal(full.saved, timeout=10_000):
        qtbot.mouseClick(full.save_button, Qt.LeftButton)
    assert read_entry(location, 1).needs_now == "a walk outside"


def test_share_leaves_feelings_out_until_ticked_and_writes_what_it_previews(
        open_window, qtbot, location, clock, tmp_path):
    seed(location, JournalEntry(text="Shouted at the till", feelings=("angry",), self_talk="I am useless",
                                manager_should_know=True, ask_of_manager="Back me up"),
         JournalEntry(text="a private one"))
    window = show_active(qtbot, open_window(clock=clock))
    screen = journal_screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=10_000)
    screen.table.selectRow(1)  # newest first: the marked one is older
    with qtbot.waitSignal(window.journal.share_opened, timeout=10_000) as opened:
        qtbot.mouseClick(screen.share_button, Qt.LeftButton)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: bool(dialog.entries), timeout=10_000)
    preview = dialog.preview.toPlainText()
    assert "Shouted at the till" in preview and "What I'd like from you: Back me up" in preview
    assert "angry" not in preview and "useless" not in preview
    assert not dialog.checks["feelings"].isChecked() and not dialog.checks["self_talk"].isChecked()
    qtbot.mouseClick(dialog.checks["feelings"], Qt.LeftButton)
    assert "How I felt: angry" in dialog.preview.toPlainText() and "useless" not in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.save_to(tmp_path / "summary.txt", "txt")
    assert (tmp_path / "summary.txt").read_text(encoding="utf-8") == dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.save_to(tmp_path / "summary.pdf", "pdf")  # laid out on the data thread
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    # After the talk, what was agreed goes back on the entry.
    assert dialog.agreement.isVisible()
    qtbot.keyClicks(dialog.agreed_edit, "Dana comes at the first insult")
    with qtbot.waitSignal(dialog.agreement_kept, timeout=10_000):
        qtbot.mouseClick(dialog.keep_agreement_button, Qt.LeftButton)
    assert read_entry(location, 1).agreed_next_time == "Dana comes at the first insult"
    assert "What we agreed for next time: Dana comes at the first insult" in dialog.preview.toPlainText()
    dialog.close()

    qtbot.waitUntil(lambda: not screen.model.is_loading and screen.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)  # the list re-read after the write
    screen.table.selectRow(0)  # the private one cannot be shared
    with qtbot.waitSignal(window.journal.share_opened, timeout=10_000) as opened:
        qtbot.mouseClick(screen.share_button, Qt.LeftButton)
    refused = opened.args[0]
    qtbot.waitUntil(refused.message.isVisible, timeout=10_000)
    assert "A manager should know" in refused.message.text() and not refused.copy_button.isEnabled()


def test_share_from_the_reflection_uses_the_form_as_it_stands(open_window, qtbot, location, clock):
    seed(location, JournalEntry(text="On the phone, a threat"))
    window = show_active(qtbot, open_window(clock=clock))
    dialog = window.journal.open_reflection(1)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    qtbot.mouseClick(dialog.manager_check, Qt.LeftButton)
    qtbot.keyClicks(dialog.boxes["what_i_did"], "Ended the call politely")
    with qtbot.waitSignal(window.journal.share_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.share_button, Qt.LeftButton)
    share = opened.args[0]
    assert "What I did: Ended the call politely" in share.preview.toPlainText()


def _follow_up_window(open_window, qtbot, clock):
    window = show_active(qtbot, open_window(clock=clock))
    qtbot.waitUntil(lambda: not window.shift_companion.busy, timeout=10_000)
    return window


def _tick(qtbot, window):
    companion = window.shift_companion
    qtbot.waitUntil(lambda: not companion.busy, timeout=10_000)
    shown = []
    companion.follow_ups_shown.connect(shown.append)
    with qtbot.waitSignal(companion.ticked, timeout=10_000):
        companion.tick()
    companion.follow_ups_shown.disconnect(shown.append)
    return [f.entry_id for batch in shown for f in batch]


class _Tray:
    """Stands in for the tray: keeps the messages it is asked to show."""

    def __init__(self) -> None:
        self.icon = self
        self.messages: list[str] = []

    def showMessage(self, _title, text, *_args) -> None:  # noqa: N802 - Qt's name
        self.messages.append(text)


def test_a_follow_up_reminds_on_its_day_once_a_day_across_a_restart(open_window, qtbot, location, clock, monkeypatch):
    from shiftmate.ui.shifts import companion as companion_module

    asked = []
    monkeypatch.setattr(companion_module, "ask_for_attention", asked.append)
    seed(location, JournalEntry(text="Ask Dana about the refund", follow_up=True, follow_up_on="2026-11-24"))
    window = _follow_up_window(open_window, qtbot, clock)
    tray = window.shift_companion.tray = _Tray()
    assert _tick(qtbot, window) == []
    clock.advance(days=1)
    assert _tick(qtbot, window) == [1]
    # The way every reminder leaves the window: the tray's message and the urgency hint.
    assert tray.messages == ["Follow up today: Ask Dana about the refund"] and asked == [window]
    toast = window.shift_companion.toast
    assert toast.isVisibleTo(window) and toast.follow_up_box.isVisibleTo(toast)
    assert "Ask Dana about the refund" in toast.follow_up_label.text()
    assert _tick(qtbot, window) == []  # once a day
    assert len(tray.messages) == 1
    window.services.close()
    window.hide()

    again = _follow_up_window(open_window, qtbot, clock)  # a restart, the same day
    assert _tick(qtbot, again) == []
    clock.advance(days=1)
    assert _tick(qtbot, again) == [1]
    toast = again.shift_companion.toast
    with qtbot.waitSignal(again.shift_companion.follow_up_answered, timeout=10_000):
        qtbot.mouseClick(toast.tomorrow_button, Qt.LeftButton)
    assert not toast.isVisible()
    assert read_entry(location, 1).follow_up_done is False
    assert _tick(qtbot, again) == []  # put off: not again today
    clock.advance(days=1)
    assert _tick(qtbot, again) == [1]
    with qtbot.waitSignal(again.journal.reflection_opened, timeout=10_000) as opened:
        qtbot.mouseClick(toast.open_entry_button, Qt.LeftButton)
    assert opened.args[0].entry_id == 1 and toast.isVisible()  # it waits for Done or Tomorrow
    opened.args[0].close()
    with qtbot.waitSignal(again.shift_companion.follow_up_answered, timeout=10_000):
        qtbot.mouseClick(toast.follow_up_done_button, Qt.LeftButton)
    assert read_entry(location, 1).follow_up_done
    clock.advance(days=1)
    assert _tick(qtbot, again) == []


def test_a_capture_with_today_shown_counts_one_more_waiting(open_window, qtbot, location, clock):
    window = show_active(qtbot, open_window(clock=clock))
    card = window.show_screen("today").journal_card
    qtbot.waitUntil(lambda: card.has_data, timeout=10_000)
    assert card.waiting == 0 and not card.reflect_button.isVisible()
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    qtbot.waitUntil(lambda: capture.draft_loaded, timeout=10_000)
    qtbot.keyClicks(capture.text_edit, "Yelled about the queue")
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000) as saved:
        qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: card.waiting == 1, timeout=10_000)
    assert card.newest_waiting == saved.args[0] and card.reflect_button.isVisible()


def test_closing_the_short_reflection_keeps_its_answers_for_the_full_one(open_window, qtbot, location, clock):
    seed(location, JournalEntry(text="cut short"))
    window = show_active(qtbot, open_window(clock=clock))
    short = window.journal.open_short_reflection(1)
    qtbot.waitUntil(lambda: short.entry is not None, timeout=10_000)
    qtbot.keyClicks(short.control_edit, "asking for help sooner")
    with qtbot.waitSignal(window.services.changed, timeout=10_000,
                          check_params_cb=lambda changes, _source: bool(changes & Changes.DRAFTS)):
        qtbot.keyClick(short, Qt.Key_Escape)
    assert read_entry(location, 1).in_control == ""
    full = window.journal.open_reflection(1)
    qtbot.waitUntil(lambda: full.entry is not None, timeout=10_000)
    assert full.boxes["in_control"].toPlainText() == "asking for help sooner" and full.notice.isVisible()
