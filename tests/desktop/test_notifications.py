"""A reminder reaches the desktop's notification service while the window is minimised (issue 19, point 3).

A session bus of the test's own (dbus-daemon) with a small notification server on it
(tests/desktop/fake_notifications.py, its own process); the app runs on the X desktop with
DBUS_SESSION_BUS_ADDRESS pointing there. The server prints each call it gets; the test
presses "Done" on the notification (the server's ActionInvoked) and reads the database.

What makes a reminder come due is one small function (a trigger): the water reminder of a
running shift, and the reminder before a planned shift from an imported roster ("a planned
shift starts in 1 minute").
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from tests.desktop.conftest import read_db, wait_until
from tests.desktop.fake_notifications import session_bus
from tests.desktop.seeds import seed_shift_started

pytestmark = pytest.mark.desktop


@dataclass
class Trigger:
    """What a test seeds so a reminder comes due seconds after the app starts, and how to see it."""

    seed: Callable[[Path], None]
    summary: str  # the notification's summary
    body_has: str  # a fragment of its body
    done: Callable[[Path], bool]  # the database records the reminder as done


def _water_done(data_dir: Path) -> bool:
    return read_db(data_dir, "SELECT state FROM reminder_events WHERE rule_key = 'water'") == [("done",)]


def a_started_shift_reminder() -> Trigger:
    """The water reminder comes 60 minutes into a shift: a shift that began 59 min 54 s ago."""
    return Trigger(
        seed=lambda data_dir: seed_shift_started(data_dir, ago=dt.timedelta(minutes=60) - dt.timedelta(seconds=6)),
        summary="Reminder", body_has="water", done=_water_done)


def _before_shift_done(data_dir: Path) -> bool:
    return read_db(data_dir, "SELECT reminder_state FROM planned_shifts") == [("done",)]


def _seed_planned_shift(data_dir: Path) -> None:
    """A roster (.ics, imported as a worker would) whose shift starts in 66 s; the reminder
    before it is set to 1 minute ahead, so it comes due about 6 s after the seeding."""
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.shifts.roster import REMIND_BEFORE
    from shiftmate.core.shifts.roster_import import import_roster
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.core.storage.store import Store

    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(seconds=66)
    end = start + dt.timedelta(hours=8)
    stamp = "%Y%m%dT%H%M%SZ"
    ics = data_dir.parent / "roster.ics"
    ics.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//roster//EN", "BEGIN:VEVENT",
        "UID:desktop-test-shift@example.org", f"DTSTAMP:{start.strftime(stamp)}",
        f"DTSTART:{start.strftime(stamp)}", f"DTEND:{end.strftime(stamp)}", "SUMMARY:Barista",
        "END:VEVENT", "END:VCALENDAR", ""]), encoding="utf-8")
    with Store.open(DataLocation(data_dir)) as store:
        store.write(REMIND_BEFORE, 1)
        import_roster(store, SystemClock(), ics)


def a_planned_shift_starts_in_a_minute() -> Trigger:
    return Trigger(seed=_seed_planned_shift, summary="Your shift is coming up", body_has="Before my shift",
                   done=_before_shift_done)


TRIGGERS = [a_started_shift_reminder, a_planned_shift_starts_in_a_minute]


class NotificationServer:
    """tests/desktop/fake_notifications.py as its own process: its calls, and a way to press a button."""

    def __init__(self, address: str, log: Path) -> None:
        env = {"DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen",
               "PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        self.log = log.open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.desktop.fake_notifications"], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.calls: list[dict] = []
        self._lines: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        wait_until(lambda: self.ready or self.proc.poll() is not None, 30, "the notification server")
        assert self.ready, f"the notification server did not start: {log.read_text()}"

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.calls.append(json.loads(line))

    @property
    def ready(self) -> bool:
        return any(call.get("ready") for call in self.calls)

    def notify_calls(self) -> list[dict]:
        return [call for call in self.calls if call.get("member") == "Notify"]

    def invoke(self, number: int, action: str) -> None:
        self.proc.stdin.write(f"invoke {number} {action}\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()  # its end
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout=5)
        self.proc.stdout.close()
        self.log.close()


@pytest.fixture
def notification_server(tmp_path):
    with session_bus(tmp_path / "dbus-daemon.log") as address:
        server = NotificationServer(address, tmp_path / "notification-server.log")
        server.address = address
        try:
            yield server
        finally:
            server.stop()


@pytest.mark.parametrize("trigger", TRIGGERS, ids=lambda make: make.__name__)
def test_minimised_a_reminder_reaches_the_notification_service_and_done_there_is_recorded(
        desktop, start_app, data_dir, notification_server, trigger):
    due = trigger()
    due.seed(data_dir)
    app = start_app(env={"DBUS_SESSION_BUS_ADDRESS": notification_server.address})
    window = app.wait_ready()
    desktop.run("xdotool", "windowminimize", "--sync", str(window))
    assert "_NET_WM_STATE_HIDDEN" in desktop.wm_state(window)
    assert not notification_server.notify_calls()

    wait_until(notification_server.notify_calls, 45, "the Notify call")  # the scheduler ticks every 20 s
    (call,) = notification_server.notify_calls()
    app_name, replaces, _icon, summary, body, actions, _hints, _expire = call["arguments"]
    assert call["signature"] == "susssasa{sv}i"
    assert (app_name, replaces, summary) == ("ShiftMate", 0, due.summary) and due.body_has in body
    assert actions[2:] == ["done", "Done", "snooze-10", "Snooze 10"]
    wait_until(lambda: "_NET_WM_STATE_DEMANDS_ATTENTION" in desktop.wm_state(window), 5, "the urgency hint")

    notification_server.invoke(call["id"], "done")  # the person presses Done on the notification
    wait_until(lambda: due.done(data_dir), 15, "the reminder recorded as done")
    assert app.terminate() == 0
