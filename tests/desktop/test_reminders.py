"""A reminder reaches the person while the window is minimised: the desktop is asked for attention."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.desktop.conftest import wait_until
from tests.desktop.seeds import seed_shift_started

pytestmark = pytest.mark.desktop

ATTENTION = "_NET_WM_STATE_DEMANDS_ATTENTION"


def test_a_reminder_while_minimised_marks_the_window_as_demanding_attention(desktop, start_app, data_dir):
    # The water reminder comes 60 minutes into a shift: a few seconds after the window is up.
    seed_shift_started(data_dir, ago=dt.timedelta(minutes=60) - dt.timedelta(seconds=6))
    app = start_app()
    window = app.wait_ready()
    assert not app.said("reminders shown")
    desktop.run("xdotool", "windowminimize", "--sync", str(window))
    assert "_NET_WM_STATE_HIDDEN" in desktop.wm_state(window)
    assert ATTENTION not in desktop.wm_state(window)

    app.wait_until_count("reminders shown: 1", 1, timeout=45)  # the scheduler ticks every 20 s
    wait_until(lambda: ATTENTION in desktop.wm_state(window), 5, "the urgency hint")

    desktop.activate(window)  # the person looks: the mark goes, the reminder waits inside
    wait_until(lambda: ATTENTION not in desktop.wm_state(window), 5, "the urgency hint to clear")
