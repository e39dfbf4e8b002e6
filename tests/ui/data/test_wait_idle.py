"""``DataService.wait_idle`` (scripts: the screenshot tool, the smoke test) says truly whether
the work it waited for is done: True once it is, False only when the time ran out."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from shiftmate.ui.data.service import DataService


def test_work_a_slow_answer_starts_is_waited_for_too(qtbot, location):
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    answered = []

    def then_more(_result):
        # A slow answer (a big screen's refresh) lets wait_idle's poll fall due, and asks for
        # more work a moment later, as screens do; that work is part of what it waits for.
        time.sleep(0.03)
        QTimer.singleShot(1, lambda: services.run(lambda store: "second", answered.append))
        time.sleep(0.005)

    services.run(lambda store: "first", then_more)
    try:
        assert services.wait_idle(timeout_ms=10_000)
        assert answered == ["second"] and services.is_idle
    finally:
        services.close()
