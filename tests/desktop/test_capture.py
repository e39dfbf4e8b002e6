"""Ctrl+N "Note a hard moment" keeps a draft while typing, asks before Esc throws text away, and
comes back with the text after a crash (issue 15, item 1, fixed on the capture branch)."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import read_db, wait_until

pytestmark = pytest.mark.desktop

CAPTURE = "Note a hard moment"
TEXT = "He threw the bag on the counter and called me useless"


def drafts_holding(data_dir, text: str) -> int:
    rows = read_db(data_dir, "SELECT fields FROM journal_drafts")
    return sum(text in fields for (fields,) in rows)


def test_capture_keeps_a_draft_asks_before_esc_and_comes_back_after_kill_9(desktop, start_app, data_dir):
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.key("ctrl+n")
    app.focus(CAPTURE)
    desktop.type(TEXT)
    wait_until(lambda: drafts_holding(data_dir, TEXT), 10, "a draft holding what was typed")

    shown = app.window_count()
    desktop.key("Escape")
    wait_until(lambda: app.window_count() > shown, 5, "a question before the text is thrown away")
    desktop.key("Escape")  # no: keep writing
    wait_until(lambda: app.window_count() == shown, 5, "the question to close")
    assert CAPTURE in app.windows()
    assert drafts_holding(data_dir, TEXT)

    app.kill()  # kill -9: no chance to save anything now
    again = start_app()
    again.wait_ready()
    again.focus(CAPTURE)  # it reopens by itself
    desktop.key("ctrl+a", "ctrl+c")
    wait_until(lambda: desktop.clipboard() == TEXT, 5, "the kept text in the reopened window")
