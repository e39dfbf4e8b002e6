"""``shiftmate-gui --minimized`` (the log-in start): only the tray icon, until the person asks (issue 19, point 4)."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import tray_icon

pytestmark = pytest.mark.desktop


def test_a_minimized_start_shows_only_the_tray_icon_and_a_second_launch_shows_the_window(
        desktop, start_app, data_dir):
    app = start_app("--minimized")
    app.wait_for_line("ready")  # the database answered and the tray is in
    tray_icon(desktop, app.pid)
    assert app.windows() == {} and app.window_count() == 0

    second = start_app()  # the menu entry, clicked later
    assert second.wait_exit(timeout=15) == 0 and second.said("already running")
    window = app.window("ShiftMate")
    assert "_NET_WM_STATE_HIDDEN" not in desktop.wm_state(window)
    second.close()
    assert app.terminate() == 0
