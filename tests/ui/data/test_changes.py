"""Writes say what they changed: one ``changed`` per write, and only the views that show it refresh.

Counted in the real main window on a fake clock: a capture during a shift sets off no
cascade of follow-up jobs, and a clock tick is not a data change.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.app import build_main_window
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store

START = "2026-06-01T09:00"
WORDS = "He threw the receipt at me"


@pytest.fixture
def clock(fake_timers):
    """Every timer the window makes is a FakeTimer (tests/fakes.py)."""
    return FakeClock(START, "Europe/Berlin")


@pytest.fixture
def shift_window(qtbot, location, clock):
    window, services = build_main_window(location, scheme="light", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000):
        services.open()
    yield window
    services.close()


def settle(qtbot, window) -> None:
    """Until every job queued so far, and every tick it set off, has answered."""
    qtbot.waitUntil(lambda: window.services.is_idle and not window.shift_companion.busy, timeout=10_000)


def count_jobs(monkeypatch, services) -> list[str]:
    """The name of every job the window's DataService is asked to run from now on."""
    jobs: list[str] = []
    run = services.run

    def counting(job, *args, **kwargs):
        jobs.append(getattr(job, "__qualname__", repr(job)))
        return run(job, *args, **kwargs)

    monkeypatch.setattr(services, "run", counting)
    return jobs


def start_shift(qtbot, window):
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(lambda: card.start_button.isVisible(), timeout=10_000)
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    # Starting a shift opens the pre-shift checklist; back to Today, as a worker would.
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists", timeout=10_000)
    window.show_screen("today")
    qtbot.waitUntil(lambda: card.shift_panel.isVisible(), timeout=10_000)
    settle(qtbot, window)
    return card


def test_one_capture_during_a_shift_sets_off_at_most_two_follow_up_jobs(shift_window, qtbot, monkeypatch):
    window = shift_window
    start_shift(qtbot, window)
    # The person has been on every screen since the window opened: they exist, hidden.
    for key in window.screen_keys():
        window.show_screen(key)
        settle(qtbot, window)
    window.show_screen("today")
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    capture = window.journal.capture
    qtbot.waitUntil(lambda: capture.draft_loaded, timeout=10_000)
    qtbot.keyClicks(capture.text_edit, WORDS)
    settle(qtbot, window)
    jobs = count_jobs(monkeypatch, window.services)

    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000):
        qtbot.keyClick(capture.text_edit, Qt.Key_Return, Qt.ControlModifier)
    settle(qtbot, window)
    # The breathing reset the capture offers during a shift still comes, as a toast.
    qtbot.waitUntil(lambda: window.shift_companion.toast.isVisible(), timeout=10_000)
    settle(qtbot, window)

    own, *follow_ups = jobs
    assert "CaptureWindow.save" in own
    print(f"follow-up jobs after one capture: {len(follow_ups)}: {follow_ups}")
    assert len(follow_ups) <= 2, follow_ups


def test_three_clock_ticks_recompute_a_visible_insights_screen_zero_times(shift_window, qtbot, monkeypatch):
    window = shift_window
    start_shift(qtbot, window)
    insights = window.show_screen("insights")
    qtbot.waitUntil(lambda: insights.isVisible(), timeout=10_000)
    settle(qtbot, window)
    from shiftmate.ui.insights import screen as insights_screen

    computed = []
    real = insights_screen.compute_insights
    monkeypatch.setattr(insights_screen, "compute_insights",
                        lambda *args: computed.append(args[-1]) or real(*args))
    companion = window.shift_companion
    for _ in range(3):
        window.services.clock.advance(minutes=5)
        with qtbot.waitSignal(companion.ticked, timeout=10_000):
            companion.tick()
        settle(qtbot, window)

    assert insights.isVisible()
    print(f"Insights recomputed on three ticks: {len(computed)}")
    assert computed == []


def test_an_outside_write_refreshes_the_journal_list_as_one_stored_change(shift_window, qtbot, location):
    window = shift_window
    journal = window.show_screen("journal")
    settle(qtbot, window)
    rows_before = journal.model.rowCount()
    said = []
    window.services.changed.connect(lambda changes, source: said.append((changes, source)))
    other = Store.open(location)  # a second process: the command line, another window
    try:
        add_entry(other, JournalEntry(text="written elsewhere", intensity_before=4), clock=window.services.clock)
    finally:
        other.close()

    def checked_and_shown() -> bool:
        # What the window's few-second timer does; a check already on its way (showing the
        # journal asked too) makes this one wait for the next call.
        window.services.check_outside_changes()
        return journal.model.rowCount() == rows_before + 1

    qtbot.waitUntil(checked_and_shown, timeout=10_000)
    assert journal.model.index(0, 2).data() == "written elsewhere"
    from shiftmate.ui.data.changes import Changes

    assert said == [(Changes.STORED, None)]


def test_a_writes_change_is_announced_once_after_its_on_done(shift_window, qtbot):
    services = shift_window.services
    from shiftmate.ui.data.changes import Changes, Wrote

    seen = []
    services.changed.connect(lambda changes, source: seen.append(("changed", changes, source)))
    with qtbot.waitSignal(services.changed, timeout=10_000):
        services.write(lambda store: store.set_setting("a", "1"), Changes.SETTINGS,
                       lambda value: seen.append(("done", value)))
    # A job that alone knows what it changed says so; on_done gets the value.
    with qtbot.waitSignal(services.changed, timeout=10_000):
        services.write(lambda store: Wrote(7, Changes.CHECKLISTS), Changes.PACKS,
                       lambda value: seen.append(("done", value)), source=shift_window)
    failed = []

    def refused(store):
        raise BadInput("Nothing was written.")

    services.write(refused, Changes.JOURNAL, None, failed.append)  # a failed write announces nothing
    qtbot.waitUntil(lambda: bool(failed) and services.is_idle, timeout=10_000)

    assert seen == [("done", None), ("changed", Changes.SETTINGS, None),
                    ("done", 7), ("changed", Changes.PACKS | Changes.CHECKLISTS, shift_window)]


def test_no_hand_written_notice_or_topic_string_comes_back():
    """Views learn what changed from the write itself: no ``notify("topic")``, no topic strings."""
    import re
    from pathlib import Path

    import shiftmate

    root = Path(shiftmate.__file__).parent
    found = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\.notify\(", r"changed\.emit\(\s*[\"']", r"Signal\(str\).*\btopic",
                        r"topic\s*(==|in)\s*", r"_TOPICS?\b"):
            for match in re.finditer(pattern, text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(root)}:{line}: {match.group(0)}")
    assert found == []


def test_a_hidden_screen_reads_nothing_on_a_write_and_catches_up_once_shown(shift_window, qtbot, monkeypatch):
    window = shift_window
    journal = window.show_screen("journal")
    settle(qtbot, window)
    rows_before = journal.model.rowCount()
    window.show_screen("today")
    settle(qtbot, window)
    from shiftmate.ui.data.changes import Changes

    jobs = count_jobs(monkeypatch, window.services)
    clock = window.services.clock
    for n in range(3):  # three entries noted while the journal is not on screen
        entry = JournalEntry(text=f"moment {n}", intensity_before=5)
        window.services.write(lambda store, e=entry: add_entry(store, e, clock=clock), Changes.JOURNAL)
    settle(qtbot, window)
    # Hidden: the journal screen reads nothing (Today, shown, counts the moments waiting for a reflection).
    assert not [job for job in jobs if "Journal" in job and "JournalCard" not in job]
    assert journal.model.rowCount() == rows_before

    window.show_screen("journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == rows_before + 3, timeout=10_000)
    settle(qtbot, window)
    assert len([job for job in jobs if "JournalScreen.reload" in job]) == 1  # once, for all three
