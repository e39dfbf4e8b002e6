"""After start-up, the code first opens need is loaded in the background (ui/shell/warm_up.py)."""

from __future__ import annotations

import subprocess
import sys

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


def test_the_warm_up_imports_in_a_thread_of_its_own_and_skips_what_fails():
    code = (
        "import sys, threading\n"
        "from shiftmate.ui.shell.warm_up import WarmUp\n"
        "seen = []\n"
        "import importlib\n"
        "real = importlib.import_module\n"
        "def spy(name):\n"
        "    seen.append(threading.current_thread().name)\n"
        "    return real(name)\n"
        "importlib.import_module = spy\n"
        "warm = WarmUp(['shiftmate.ui.journal.reflect', 'shiftmate.no_such_module', 'shiftmate.ui.insights.charts'])\n"
        "assert not warm.wait(0)\n"
        "warm.start()\n"
        "assert warm.wait(60)\n"
        "assert warm.loaded == ['shiftmate.ui.journal.reflect', 'shiftmate.ui.insights.charts'], warm.loaded\n"
        "assert 'PySide6.QtCharts' in sys.modules\n"
        "assert set(seen) == {'shiftmate-warm-up'}, seen\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_stopped_warm_up_imports_nothing_more():
    warm = WarmUp(["shiftmate.no_such_module_either"])
    warm.stop()
    warm.start()
    assert warm.wait(30)
    assert warm.loaded == []


def test_the_window_starts_warming_once_start_up_has_answered(window, qtbot):
    services = window.services
    warm = warm_up_after_start(services)
    assert not warm.wait(0)  # nothing before the queries of start-up have answered
    with qtbot.waitSignal(services.idle, timeout=10_000):
        services.run(lambda _store: None, lambda _result: None, lambda _sentence: None)
    assert warm.wait(60)
    assert "shiftmate.ui.journal.reflect" in sys.modules
