"""Answers from the data thread run in the order they came, a few milliseconds' worth per
loop turn, so that many answering at once do not hold up the painting between them."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QTimer

from shiftmate.ui.data import service as service_module
from shiftmate.ui.data.service import DataService


def _opened(qtbot, location) -> DataService:
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    return services


def _queue_jobs_while_the_gui_is_busy(qtbot, services, count: int, slow_ms: float):
    """``count`` jobs whose answers each take ``slow_ms`` on the GUI thread, all answered on
    the worker before the GUI thread turns its loop again."""
    ran: list[int] = []

    def answer(number: int) -> None:
        busy_until = time.perf_counter() + slow_ms / 1000
        while time.perf_counter() < busy_until:
            pass
        ran.append(number)

    for number in range(count):
        services.run(lambda _store, n=number: n, answer)
    services._worker().submit(lambda: None).result(timeout=10)  # the worker has answered them all
    assert ran == []  # none has run: the GUI thread has not looked yet
    return ran


def test_answers_waiting_together_run_over_several_turns_in_order(qtbot, location):
    services = _opened(qtbot, location)
    ticks: list[int] = []
    ran = _queue_jobs_while_the_gui_is_busy(qtbot, services, 12, slow_ms=3)
    # A timer that counts loop turns: it fires between batches of answers, never inside one.
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(len(ran)))
    timer.start()
    with qtbot.waitSignal(services.idle, timeout=10_000):
        pass
    timer.stop()
    services.close()
    assert ran == list(range(12))  # the worker's order
    batches = sorted(set(ticks))
    assert len([b for b in batches if 0 < b < 12]) >= 2  # the loop turned between answers
    per_turn = max(b - a for a, b in zip([0, *batches], batches))
    assert per_turn <= service_module.ANSWER_BUDGET_MS // 3 + 1  # about one budget's worth each


def test_idle_follows_the_last_answer_only(qtbot, location):
    services = _opened(qtbot, location)
    idle_when: list[int] = []
    ran = _queue_jobs_while_the_gui_is_busy(qtbot, services, 6, slow_ms=4)
    services.idle.connect(lambda: idle_when.append(len(ran)))
    qtbot.waitUntil(lambda: bool(idle_when), timeout=10_000)
    QCoreApplication.processEvents()
    services.close()
    assert idle_when == [6]


def test_an_answer_that_raises_does_not_stop_those_after_it(qtbot, location, monkeypatch):
    services = _opened(qtbot, location)
    failures: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: failures.append(exc[1]))
    done: list[str] = []
    gate = threading.Event()
    services.run(lambda _store: gate.wait(10), None, None)

    def broken(_result) -> None:
        raise RuntimeError("an answer's own bug")

    services.run(lambda _store: 1, broken)
    services.run(lambda _store: 2, lambda _result: done.append("after"))
    gate.set()
    with qtbot.waitSignal(services.idle, timeout=10_000):
        pass
    services.close()
    assert done == ["after"]
    assert services.is_idle
