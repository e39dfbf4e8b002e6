"""After start-up, what first opens need is done ahead in small steps on the GUI thread
(ui/shell/warm_up.py)."""

from __future__ import annotations

import subprocess
import sys
import threading

from PySide6.QtCore import QTimer

from shiftmate.ui import registry
from shiftmate.ui.shell.warm_up import DIALOGS, WarmUp, modules_to_warm, warm_up_after_start


def test_what_is_warmed_is_every_registry_module_and_the_dialogs_not_yet_loaded():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from shiftmate.ui.shell.warm_up import modules_to_warm\n"
        "print('\\n'.join(modules_to_warm()))\n"
    )
    listed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    for row in registry.TABLE:
        assert f"shiftmate.ui.{row.factory.split(':')[0]}" in listed
    assert set(DIALOGS) <= set(listed)
    assert len(listed) == len(set(listed))
    assert all(name not in sys.modules or name in listed for name in modules_to_warm())


def test_steps_run_one_per_loop_turn_on_the_gui_thread_and_a_failing_one_is_skipped(qtbot):
    seen: list[tuple[str, str]] = []
    turns: list[int] = []

    def step(name: str, fail: bool = False):
        def run() -> None:
            seen.append((name, threading.current_thread().name))
            if fail:
                raise ImportError("no such module")

        return name, run

    warm = WarmUp([step("a"), step("broken", fail=True), step("c")])
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: turns.append(len(seen)))
    ticker.start()
    assert not warm.wait(0)
    with qtbot.waitSignal(warm.finished, timeout=10_000):
        warm.start()
    ticker.stop()
    assert [name for name, _thread in seen] == ["a", "broken", "c"]
    assert {thread for _name, thread in seen} == {threading.main_thread().name}
    assert warm.done == ["a", "c"] and warm.wait(0)
    assert {1, 2} <= set(turns)  # the loop ran between the steps, not only after the last


def test_a_stopped_warm_up_runs_no_step_after(qtbot):
    ran: list[str] = []
    warm = WarmUp([("a", lambda: ran.append("a")), ("b", lambda: ran.append("b"))])
    warm.start()
    qtbot.waitUntil(lambda: ran == ["a"], timeout=10_000)
    warm.stop()
    warm._next()  # the turn that would have run "b"
    assert ran == ["a"] and warm.steps == []


def test_the_window_starts_warming_once_start_up_has_answered(window, qtbot):
    services = window.services
    warm = warm_up_after_start(window)
    assert not warm.wait(0) and warm.steps == []  # nothing before the queries of start-up have answered
    expected = modules_to_warm()
    with qtbot.waitSignal(warm.finished, timeout=60_000):
        services.run(lambda _store: None, lambda _result: None, lambda _sentence: None)
    assert set(expected) <= set(warm.done)
    assert all(name in sys.modules for name in expected)
