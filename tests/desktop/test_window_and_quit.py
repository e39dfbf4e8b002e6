"""Closing hides to the tray, the tray brings the window back, and Quit quits (issue 15, item 5)."""

from __future__ import annotations

import json
import signal
import time

import pytest

from tests.desktop.conftest import read_db, tray_icon, wait_until
from tests.desktop.seeds import seed_entries

pytestmark = pytest.mark.desktop


def test_closing_hides_to_the_tray_and_the_tray_icon_brings_it_back(desktop, start_app):
    app = start_app()
    window = app.wait_ready()
    app.desktop.activate(window)
    desktop.key("alt+F4")  # openbox's Close, as the title bar's X does
    app.wait_gone("ShiftMate")
    assert app.proc.poll() is None  # still running, in the tray
    x, y = tray_icon(desktop, app.pid)
    desktop.click(x, y)
    app.window("ShiftMate")
    assert app.terminate() == 0


def test_ctrl_q_quits_even_from_the_capture_window(desktop, start_app):
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.key("ctrl+n")
    try:
        app.window("Note a hard moment", timeout=5)
    except AssertionError:
        # Once in a CI run the first Ctrl+N right after start-up opened nothing (not seen in
        # local runs; noted for issue 21's start-up work). Pressed again, as a person would.
        desktop.key("ctrl+n")
    app.focus("Note a hard moment")
    desktop.type("The card reader froze")
    desktop.key("ctrl+q")
    assert app.wait_exit(timeout=5) == 0


def test_the_tray_menu_quit_quits_with_the_window_in_the_tray(desktop, start_app):
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.key("alt+F4")
    app.wait_gone("ShiftMate")
    x, y = tray_icon(desktop, app.pid)
    desktop.click(x, y, button=3)
    menus: list[int] = []

    def menu_shown() -> bool:  # a menu is a visible window without a title
        menus[:] = sorted(set(desktop._visible(app.pid, "")) - set(desktop._visible(app.pid, ".")))
        return bool(menus)

    wait_until(menu_shown, what="the tray menu")
    # Quit is the menu's last item: clicked where it is, as a hand does (keys sent the moment
    # the menu maps could arrive before it holds the keyboard, and were lost now and then).
    x, y, w, h = desktop.geometry(menus[-1])
    desktop.click(x + w // 2, y + h - 12)
    assert app.wait_exit(timeout=5) == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_termination_signal_keeps_the_reflection_draft_and_exits_0_within_2_seconds(
        desktop, start_app, data_dir, signum):
    seed_entries(data_dir, ["A customer threw the receipt at me"])
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.key("ctrl+3")
    app.wait_for_line("showing journal")
    desktop.click(*app.at("ShiftMate", 480, 218))  # the first entry
    desktop.key("Return")
    app.focus("Reflect on a hard moment")
    desktop.type(" I kept my voice calm")  # after the words of "What happened?", where the focus starts
    sent = time.monotonic()
    app.proc.send_signal(signum)
    assert app.wait_exit(timeout=10) == 0
    assert time.monotonic() - sent < 2.0
    (fields,) = read_db(data_dir, "SELECT fields FROM journal_drafts")
    assert json.loads(fields[0])["text"] == "A customer threw the receipt at me I kept my voice calm"
