"""`shiftmate --smoke-test`: prove an installed or frozen ShiftMate works, then exit 0.

On a temporary data folder (removed afterwards) it opens the real window offscreen, visits
every screen, and through the data thread writes and reads back one record of each kind:
a setting, a shift with a break, a checklist answer and a journal entry. Each step prints
one line, so a failing bundle says where it broke. Used by the packaging test on the built
bundle and handy on a user's machine ("does this download work?").
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from shiftmate.core.errors import ShiftMateError
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.settings import TEXT, Setting

# Written and read back in the throw-away folder, as the app writes its settings.
SMOKE_SETTING = Setting("smoke-test", TEXT, "")


class SmokeTestFailed(ShiftMateError):
    """A step of the smoke test did not do what it should."""


def _say(message: str) -> None:
    print(f"smoke-test: {message}", flush=True)


def write_and_read_records(store, clock) -> dict[str, str]:
    """One record of each kind, written the way the app writes them, then read back."""
    from shiftmate.core.journal import entries as journal
    from shiftmate.core.shifts import records as shifts
    from shiftmate.core.checklists.runs import ChecklistRuns
    from shiftmate.core.checklists.library import ChecklistLibrary

    found: dict[str, str] = {}
    store.write(SMOKE_SETTING, "yes")
    found["setting"] = store.read(SMOKE_SETTING)

    shift = shifts.start_shift(store, clock, role="smoke test")
    shifts.start_break(store, clock)
    shifts.end_break(store, clock)

    checklist = ChecklistLibrary(store).list()[0]
    runs = ChecklistRuns(store, clock)
    run_id = runs.start_or_resume(checklist.key)
    item = next(i for i in runs.get(run_id).items if i.kind == "check")
    runs.answer(run_id, item.key, "done")
    answer = next(i.answer for i in runs.get(run_id).items if i.key == item.key)
    found["checklist answer"] = f"{checklist.key}/{item.key}={answer}"

    shifts.end_shift(store, clock, day_rating=4)
    ended = shifts.get_shift(store, shift.id)
    found["shift"] = f"#{ended.id} {'ended' if not ended.is_open else 'still open'}"
    found["break"] = f"{len(shifts.breaks_of(store, shift.id))} on shift #{shift.id}"

    entry_id = journal.add_entry(store, journal.JournalEntry(text="Smoke test entry", intensity_before=3),
                                 clock=clock)
    found["journal entry"] = journal.get_entry(store, entry_id).text

    expected = {"setting": "yes", "journal entry": "Smoke test entry"}
    if any(found[key] != value for key, value in expected.items()) or answer != "done" \
            or ended.is_open or found["break"].startswith("0 "):
        raise SmokeTestFailed(f"A record did not read back as written: {found}.")
    return found


NONE_CHECK_CALLS = 20_000


def calls_that_return_nothing():
    """One round of Qt calls that return None, as the event loop makes all the time."""
    from PySide6.QtCore import QObject, QTimer

    thing, timer = QObject(), QTimer()

    def call() -> None:
        thing.setObjectName("smoke")
        thing.setProperty("smoke", 1)
        timer.setInterval(5)
        timer.stop()

    call.keep = (thing, timer)
    return call


def check_binding_refcounts(call=None, calls: int = NONE_CHECK_CALLS) -> int:
    """Fail when the Qt binding drops a reference to None on calls that return nothing.

    PySide6 6.12.0 did, once per call: before Python 3.12 (where None is immortal) the
    interpreter then aborts with "deallocating None" after a few seconds of use. pyproject
    excludes that release; this catches the next one with the same bug. Returns how many
    references None lost (0 on Python 3.12 and later, where its count never moves).
    """
    call = call or calls_that_return_nothing()
    before = sys.getrefcount(None)
    for _ in range(calls):
        call()
    lost = before - sys.getrefcount(None)
    # Other code takes and drops a few references meanwhile; the bug loses one or more per call.
    if lost > calls // 2:
        raise SmokeTestFailed(
            f"The Qt binding loses a reference to None on calls that return nothing ({lost} in "
            f"{calls} calls): this PySide6 would crash Python {sys.version.split()[0]}. "
            "Install another PySide6 release.")
    return lost


def run_smoke_test(*, debug: bool = False) -> int:
    """Run every step on a temporary data folder; 0 when all passed (raises otherwise)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt starts: no display needed
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="shiftmate-smoke-") as tmp:
        location = DataLocation(Path(tmp) / "data").ensure()
        _say(f"data folder {location.root}")
        from shiftmate.app import build_main_window

        window, services = build_main_window(location)
        try:
            services.open()
            services.wait_idle()
            if services.problem is not None or services.info is None:
                raise SmokeTestFailed(f"The database did not open: {services.problem}")
            _say(f"database open, schema version {services.info['schema_version']}")
            lost = check_binding_refcounts()
            _say(f"Qt binding keeps None's reference count ({lost} lost in {NONE_CHECK_CALLS} calls)")
            window.show()
            for key in window.screen_keys():
                screen = window.show_screen(key)
                services.wait_idle()
                if window.stack.currentWidget() is not screen or not screen.isVisible():
                    raise SmokeTestFailed(f"The {key} screen did not show.")
                _say(f"screen {key} shown")

            outcome: dict = {}
            clock = services.clock  # a plain value for the job, not the service it came from
            services.run(lambda store: write_and_read_records(store, clock),
                         on_done=lambda found: outcome.update(found=found),
                         on_error=lambda sentence: outcome.update(error=sentence))
            if not services.wait_idle() or "found" not in outcome:
                raise SmokeTestFailed(f"Writing records failed: {outcome.get('error', 'timed out')}")
            for kind, value in outcome["found"].items():
                _say(f"{kind} written and read back: {value}")
        finally:
            window.hide()
            services.close()
            services.wait_idle()
            window.deleteLater()
    _say(f"passed in {time.perf_counter() - started:.2f} s")
    if debug:
        print(f"shiftmate: smoke test ran on Python {sys.version.split()[0]}", file=sys.stderr)
    return 0
