"""GUI stalls: the longest gap between turns of the GUI thread's event loop during real use.

Run by ``python -m tests.perf`` in a process of its own (one QApplication per phase):

    python -m tests.perf.gui_stalls screens DATA_DIR   # open every screen, switch Insights
                                                       # periods, save a journal entry
    python -m tests.perf.gui_stalls typing DATA_DIR    # type a search in the Journal
    python -m tests.perf.gui_stalls dialogs DATA_DIR   # open each dialog and window once

It prints one JSON object: for each step, the longest gap in milliseconds between ticks of
a 1 ms precise timer on the GUI thread while the step runs, until the data thread has
answered everything the step asked for. Nothing is asserted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = "refund customer"
KEY_INTERVAL_MS = 80  # about 12 keys a second


class StallMeter:
    """The longest gap between ticks of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return round(self.longest * 1000, 1)


def run_until(condition, timeout_s: float = 60.0, settle_ms: int = 50) -> None:
    """Run the event loop until ``condition()`` holds (checked every millisecond), then a little more."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    poll = QTimer()
    poll.setInterval(1)

    def check() -> None:
        if condition():
            poll.stop()
            QTimer.singleShot(settle_ms, loop.quit)
        elif time.perf_counter() > deadline:
            poll.stop()
            loop.quit()
            raise SystemExit("gui_stalls: timed out waiting for the data thread")

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.timeout.disconnect(check)  # check holds the loop and the timer: no cycle left behind


def idle(services):
    return lambda: services.is_idle


WARM_UP: dict = {}  # the last window's warm-up: its longest stall, how long, steps


def open_window(data_dir: Path):
    """The window as ``shiftmate`` starts it, once its warm-up (ui/shell/warm_up.py) is done.

    A person opens a screen seconds after the start, by which time the app has done ahead,
    in small steps, what first opens need; the longest stall those steps cost the window is
    measured here too (``WARM_UP``).
    """
    from shiftmate.app import build_main_window
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.ui.shell.warm_up import warm_up_after_start

    window, services = build_main_window(DataLocation(data_dir), scheme="light")
    window.resize(1100, 720)
    window.show()
    services.open()
    warm = warm_up_after_start(window)
    meter = StallMeter()
    run_until(lambda: services.info is not None and services.is_idle, settle_ms=0)
    meter.start()
    started = time.perf_counter()
    run_until(lambda: warm.wait(0) and services.is_idle)
    WARM_UP.update(stall_ms=meter.stop(), ms=round((time.perf_counter() - started) * 1000, 1),
                   steps=len(warm.done))
    return window, services


def measure(step, condition) -> float:
    meter = StallMeter()
    meter.start()
    step()
    run_until(condition)
    return meter.stop()


def phase_screens(data_dir: Path) -> dict:
    window, services = open_window(data_dir)
    out: dict = {"open": {}, "insights_period": {}}
    for key in window.screen_keys():
        if key == "today":
            continue
        if key == "insights":
            loaded: list[str] = []

            def open_insights() -> None:  # made, shown, then filled over several loop turns
                window.show_screen("insights").loaded.connect(loaded.append)

            out["open"][key] = measure(open_insights, lambda: loaded and idle(services)())
            screen = window.screen_widget("insights")
            for period in ("3m", "12m", "4w"):
                loaded.clear()
                out["insights_period"][period] = measure(
                    lambda p=period: screen.set_period(p), lambda: loaded and idle(services)())
        else:
            out["open"][key] = measure(lambda k=key: window.show_screen(k), idle(services))
    out["open"]["today"] = measure(lambda: window.show_screen("today"), idle(services))

    journal = window.journal
    saved: list[int] = []

    def capture_and_save() -> None:
        journal.open_capture()
        capture = journal.capture
        capture.saved.connect(saved.append)
        capture.text_edit.setPlainText("A customer shouted about a refund; I stayed calm.")
        capture.save()

    out["save_journal_entry"] = measure(capture_and_save, lambda: saved and idle(services)())
    if WARM_UP:
        out["warm_up"] = dict(WARM_UP)
    window.hide()
    services.close()
    return out


def phase_typing(data_dir: Path) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    window, services = open_window(data_dir)
    screen = window.show_screen("journal")
    run_until(lambda: screen.model.rowCount() > 0 and idle(services)())
    screen.search_edit.setFocus()
    keys = list(TYPED)
    typist = QTimer()
    typist.setInterval(KEY_INTERVAL_MS)

    def type_one() -> None:
        if keys:
            QTest.keyClicks(screen.search_edit, keys.pop(0))
        else:
            typist.stop()

    typist.timeout.connect(type_one)

    def typed_and_answered() -> bool:
        return not keys and not screen.search_timer.isActive() and idle(services)()

    stall = measure(typist.start, typed_and_answered)
    out = {"typing": stall, "rows_shown": screen.model.rowCount(), "typed": screen.search_edit.text()}
    window.hide()
    services.close()
    return out


# Each dialog or window a person opens from the main window, by the name the table prints,
# with how to open it (the window and its parts are given) and how to put it away again.
def _capture(window):
    window.journal.open_capture()
    return window.journal.capture


def _reflection(window):
    return window.journal.open_reflection(_some_entry_id(window))


def _shortcuts(window):
    part = window.context.part("shortcuts")
    part.show_sheet()
    return part.sheet


def _licences(window):
    return window.screen_widget("settings").show_licences()


def _what_to_say(window):
    try:
        part = window.context.part("moment")
    except KeyError:  # a build without the card
        return None
    if part is None:
        return None
    part.open_card()
    return part.card_window


DIALOGS = {
    "capture": _capture,
    "reflection": _reflection,
    "shortcuts sheet": _shortcuts,
    "licences": _licences,
    "What to say card": _what_to_say,
}


def _some_entry_id(window) -> int:
    from shiftmate.core.storage.store import Store

    with Store.open(window.services.location, read_only=True) as store:
        return store.db.execute("SELECT max(id) FROM journal_entries").fetchone()[0]


def phase_dialogs(data_dir: Path) -> dict:
    from shiftmate.ui import registry

    window, services = open_window(data_dir)
    window.make_parts(registry.READY)
    window.show_screen("settings")  # its own first open is measured with the screens
    window.show_screen("today")
    run_until(idle(services))
    out: dict = {"open": {}}
    for name, opener in DIALOGS.items():
        made: list = []
        stall = measure(lambda o=opener: made.append(o(window)), idle(services))
        if made and made[0] is not None:
            out["open"][name] = stall
            made[0].close()
            run_until(idle(services))
    window.hide()
    services.close()
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2 or argv[0] not in ("screens", "typing", "dialogs"):
        print(__doc__, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the phase
    phase, data_dir = argv[0], Path(argv[1])
    result = {"screens": phase_screens, "typing": phase_typing, "dialogs": phase_dialogs}[phase](data_dir)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
