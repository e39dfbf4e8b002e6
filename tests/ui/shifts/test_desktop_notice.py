"""Reminders that reach the desktop while the window is out of sight (issue 19, point 3).

A private session bus (dbus-daemon) with a small notification server in this process
(tests/desktop/fake_notifications.py); the app's side talks to it over its own connection,
as it would to GNOME's or Plasma's. dbus-monitor shows what a real server receives.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import threading
import uuid
from types import SimpleNamespace

import pytest
from PySide6.QtDBus import QDBusConnection

from shiftmate.app import build_main_window
from shiftmate.core.clock import FakeClock
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts import reminders
from shiftmate.core.storage.store import Store
from shiftmate.ui.shifts import companion as companion_module
from shiftmate.ui.shifts.desktop_notice import DesktopNotices, plain_body
from tests.desktop.fake_notifications import FakeNotificationServer, session_bus

ACTIONS = [("done", "Done"), ("snooze-10", "Snooze 10")]


@pytest.fixture
def bus(tmp_path):
    """A private session bus: its address, and a fresh named connection to it per call."""
    names = []

    def connect() -> QDBusConnection:
        names.append(f"shiftmate-test-{uuid.uuid4().hex[:8]}")
        return QDBusConnection.connectToBus(address, names[-1])

    with session_bus(tmp_path / "dbus.log") as address:
        yield SimpleNamespace(address=address, connect=connect)
        for name in names:
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def server(bus):
    fake = FakeNotificationServer(bus.connect())
    assert fake.start()
    return fake


def calls(server, member):
    return [arguments for name, _sig, arguments in server.calls if name == member]


def test_a_reminder_is_one_notification_with_done_and_snooze_that_replaces_itself(qtbot, bus, server):
    notices = DesktopNotices(None, bus.connect())
    fallbacks = []
    notices.show(7, "Reminder", "Drink some water", ACTIONS, lambda: fallbacks.append(7))
    qtbot.waitUntil(lambda: 7 in notices.shown)
    (first,) = calls(server, "Notify")
    app_name, replaces, _icon, summary, body, actions, _hints, expire = first
    assert (app_name, replaces, summary, body, expire) == ("ShiftMate", 0, "Reminder", "Drink some water", 0)
    assert actions == ["default", "", "done", "Done", "snooze-10", "Snooze 10"]
    assert [sig for name, sig, _a in server.calls if name == "Notify"] == ["susssasa{sv}i"]

    notices.show(7, "Reminder", "Drink some water", ACTIONS, lambda: fallbacks.append(7))
    qtbot.waitUntil(lambda: len(calls(server, "Notify")) == 2)
    assert calls(server, "Notify")[1][1] == notices.shown[7]  # replaces_id: the same reminder never stacks
    assert fallbacks == [] and notices.capabilities == {"actions", "body"}
    notices.deleteLater()


def test_typed_text_shows_as_typed_where_the_server_reads_markup(qtbot, bus):
    server = FakeNotificationServer(bus.connect(), capabilities=("actions", "body", "body-markup"))
    assert server.start()
    notices = DesktopNotices(None, bus.connect())
    notices.show(3, "Reminder", "Fries <b>& shake</b>", ACTIONS, lambda: None)
    qtbot.waitUntil(lambda: 3 in notices.shown)
    assert calls(server, "Notify")[0][4] == "Fries &lt;b&gt;&amp; shake&lt;/b&gt;"
    assert plain_body("a < b > c & d") == "a &lt; b &gt; c &amp; d"
    notices.deleteLater()


def test_a_server_without_actions_gets_no_buttons(qtbot, bus):
    server = FakeNotificationServer(bus.connect(), capabilities=("body",))
    assert server.start()
    notices = DesktopNotices(None, bus.connect())
    notices.show(3, "Reminder", "Stretch", ACTIONS, lambda: None)
    qtbot.waitUntil(lambda: 3 in notices.shown)
    assert calls(server, "Notify")[0][5] == []
    notices.deleteLater()


@pytest.mark.skipif(shutil.which("dbus-monitor") is None, reason="dbus-monitor is not installed")
def test_what_a_real_server_receives_is_typed_as_the_specification_says(qtbot, bus, server):
    monitor = subprocess.Popen(["dbus-monitor", "--address", bus.address,
                                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(monitor.stdout), daemon=True)
    reader.start()
    try:
        qtbot.waitUntil(lambda: any("NameAcquired" in line for line in lines), timeout=10_000)
        notices = DesktopNotices(None, bus.connect())
        notices.show(9, "Break deadline", "Take your meal break", ACTIONS, lambda: None)
        qtbot.waitUntil(lambda: 9 in notices.shown)
        qtbot.waitUntil(lambda: any("int32 0" in line for line in lines), timeout=10_000)
    finally:
        monitor.terminate()
        monitor.wait(timeout=5)
        reader.join(timeout=5)
        monitor.stdout.close()
    text = "".join(lines)
    assert 'uint32 0' in text  # replaces_id: a uint32 (PySide's own ints would be int32: refused)
    assert 'string "urgency"' in text and "byte 1" in text  # normal urgency, a byte
    assert 'string "desktop-entry"' in text and 'string "io.github.shiftmate.ShiftMate"' in text
    notices.deleteLater()


def test_done_pressed_on_the_desktop_is_told_and_a_closed_one_is_forgotten(qtbot, bus, server):
    notices = DesktopNotices(None, bus.connect())
    notices.show(4, "Reminder", "Water", ACTIONS, lambda: None)
    qtbot.waitUntil(lambda: 4 in notices.shown)
    with qtbot.waitSignal(notices.acted, timeout=10_000) as acted:
        server.invoke(notices.shown[4], "done")
    assert acted.args == [4, "done"]
    qtbot.waitUntil(lambda: 4 not in notices.shown)  # NotificationClosed followed
    with qtbot.assertNotEmitted(notices.acted, wait=200):
        server.invoke(999, "done")  # another app's notification
    notices.deleteLater()


def test_a_reminder_answered_elsewhere_is_taken_off_the_desktop(qtbot, bus, server):
    notices = DesktopNotices(None, bus.connect())
    notices.show(4, "Reminder", "Water", ACTIONS, lambda: None)
    notices.show(5, "Reminder", "Stretch", ACTIONS, lambda: None)
    qtbot.waitUntil(lambda: {4, 5} <= set(notices.shown))
    number = notices.shown[5]
    notices.keep_only({4})
    qtbot.waitUntil(lambda: calls(server, "CloseNotification") == [[number]])
    assert set(notices.shown) == {4}
    notices.deleteLater()


def test_without_a_notification_service_the_fallback_runs_once(qtbot, bus):
    notices = DesktopNotices(None, bus.connect())  # nobody owns org.freedesktop.Notifications
    fallbacks = []
    notices.show(1, "Reminder", "Water", ACTIONS, lambda: fallbacks.append(1))
    notices.show(2, "Reminder", "Stretch", ACTIONS, lambda: fallbacks.append(2))
    qtbot.waitUntil(lambda: fallbacks == [1, 2])
    assert notices.available is False
    notices.show(3, "Reminder", "Again", ACTIONS, lambda: fallbacks.append(3))
    assert fallbacks == [1, 2, 3]  # known now: no second question to the bus
    notices.deleteLater()


def test_without_a_session_bus_the_fallback_runs_at_once(qtbot):
    notices = DesktopNotices(None, QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "shiftmate-no-bus"))
    fallbacks = []
    notices.show(1, "Reminder", "Water", ACTIONS, lambda: fallbacks.append(1))
    assert fallbacks == [1]
    notices.deleteLater()
    QDBusConnection.disconnectFromBus("shiftmate-no-bus")


# -- the window's companion, through the desktop -------------------------------------------

START = "2026-06-01T09:00"


@pytest.fixture
def clock(fake_timers):
    return FakeClock(START, "Europe/Berlin")


@pytest.fixture
def shift_window(qtbot, location, clock):
    made = []

    def make():
        window, services = build_main_window(location, scheme="light", clock=clock)
        qtbot.addWidget(window)
        made.append(services)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000):
            services.open()
        return window

    yield make
    for services in made:
        services.close()


def tick(qtbot, window):
    qtbot.waitUntil(lambda: not window.shift_companion.busy)
    with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000) as ticked:
        window.shift_companion.tick()
    return ticked.args[0]


def start_shift(qtbot, window, clock):
    with qtbot.waitSignal(window.shift_companion.ticked, timeout=10_000):
        window.services.write(lambda store: shifts.start_shift(store, clock), companion_module.Changes.SHIFTS)


def water_event(location):
    store = Store.open(location)
    try:
        (event,) = reminders.events_of(store, shifts.latest_shift(store).id)
        return event
    finally:
        store.close()


@pytest.fixture
def on_bus(monkeypatch, bus, server):
    """The companion's notices go to the fake server on the private bus."""
    connection = bus.connect()
    monkeypatch.setattr(companion_module, "make_desktop_notices", lambda parent: DesktopNotices(parent, connection))
    return server


def tray_messages(companion):
    shown = []
    companion.tray = SimpleNamespace(icon=SimpleNamespace(showMessage=lambda *args: shown.append(args[1])))
    return shown


def test_hidden_in_the_tray_a_reminder_reaches_the_desktop_and_done_there_is_recorded(
        qtbot, shift_window, clock, location, on_bus):
    window = shift_window()
    start_shift(qtbot, window, clock)
    messages = tray_messages(window.shift_companion)
    window.hide()  # closed to the tray
    clock.advance(minutes=60)
    tick(qtbot, window)
    qtbot.waitUntil(lambda: bool(calls(on_bus, "Notify")))
    (notify,) = calls(on_bus, "Notify")
    assert notify[3] == "Reminder" and "water" in notify[4]
    assert notify[5][2:] == ["done", "Done", "snooze-10", "Snooze 10"]
    assert messages == []  # the desktop had it: no second copy in the tray

    notices = window.shift_companion.desktop_notices
    qtbot.waitUntil(lambda: bool(notices.shown))
    on_bus.invoke(next(iter(notices.shown.values())), "done")
    qtbot.waitUntil(lambda: water_event(location).state == "done", timeout=10_000)


def test_snooze_on_the_desktop_snoozes_for_ten_minutes(qtbot, shift_window, clock, location, on_bus):
    window = shift_window()
    start_shift(qtbot, window, clock)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    clock.advance(minutes=60)
    tick(qtbot, window)
    notices = window.shift_companion.desktop_notices
    qtbot.waitUntil(lambda: notices is not None and bool(notices.shown))
    on_bus.invoke(next(iter(notices.shown.values())), "snooze-10")
    qtbot.waitUntil(lambda: water_event(location).state == "snoozed", timeout=10_000)
    event = water_event(location)
    assert event.snoozed_until == clock.now() + dt.timedelta(minutes=10)


def test_answered_in_the_window_the_notification_closes(qtbot, shift_window, clock, on_bus):
    window = shift_window()
    start_shift(qtbot, window, clock)
    window.hide()
    clock.advance(minutes=60)
    tick(qtbot, window)
    notices = window.shift_companion.desktop_notices
    qtbot.waitUntil(lambda: bool(notices.shown))
    number = next(iter(notices.shown.values()))
    window.show()  # the person opens the window from the tray and answers the toast
    toast = window.shift_companion.toast
    qtbot.waitUntil(toast.isVisible)
    with qtbot.waitSignal(window.shift_companion.reminder_answered, timeout=10_000):
        toast.done_button.click()
    qtbot.waitUntil(lambda: [number] in calls(on_bus, "CloseNotification"))
    assert not notices.shown


def test_a_visible_window_keeps_its_reminders_inside(qtbot, shift_window, clock, on_bus):
    window = shift_window()
    start_shift(qtbot, window, clock)
    messages = tray_messages(window.shift_companion)
    clock.advance(minutes=60)
    tick(qtbot, window)
    assert window.shift_companion.toast.isVisible() and messages and "water" in messages[0]
    assert window.shift_companion._notices is None  # the D-Bus side was never even loaded
    assert calls(on_bus, "Notify") == []


def test_without_a_notification_service_the_tray_says_it(qtbot, shift_window, clock, monkeypatch, bus):
    connection = bus.connect()  # a bus, but nobody serving notifications on it
    monkeypatch.setattr(companion_module, "make_desktop_notices", lambda parent: DesktopNotices(parent, connection))
    window = shift_window()
    start_shift(qtbot, window, clock)
    messages = tray_messages(window.shift_companion)
    window.hide()
    clock.advance(minutes=60)
    tick(qtbot, window)
    qtbot.waitUntil(lambda: bool(messages))
    assert "water" in messages[0]


def test_locked_and_hidden_a_reminder_still_reaches_the_desktop_without_buttons(qtbot, location, clock, on_bus):
    from PySide6.QtCore import Qt

    from shiftmate.core.privacy import passphrase as privacy

    store = Store.open(location)
    shifts.start_shift(store, clock)
    store.close()
    privacy.protect(location, "river stones", now=clock.now())
    window, services = build_main_window(location, scheme="light", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        with qtbot.waitSignal(services.locked, timeout=10_000):
            services.open()
        window.lock.screen.passphrase.setText("river stones")
        with qtbot.waitSignal(services.opened, timeout=20_000):
            qtbot.keyClick(window.lock.screen.passphrase, Qt.Key_Return)
        with qtbot.waitSignal(services.locked, timeout=10_000):
            window.lock.lock()  # Lock now, then away to the tray
        window.hide()
        clock.advance(minutes=61)
        window.lock.check()
        qtbot.waitUntil(lambda: bool(calls(on_bus, "Notify")))
        (notify,) = calls(on_bus, "Notify")
        assert notify[3] == "ShiftMate" and "water" in notify[4].lower()
        assert notify[5] == ["default", ""]  # no Done or Snooze: the data is locked; a click opens the window
    finally:
        services.close()


def test_text_libdbus_would_refuse_is_sent_as_near_as_it_can(qtbot, bus, server):
    notices = DesktopNotices(None, bus.connect())
    notices.show(6, "Reminder", "Pause\x00 now \ud800ok", ACTIONS, lambda: None)
    qtbot.waitUntil(lambda: 6 in notices.shown)
    assert calls(server, "Notify")[0][4] == "Pause now ?ok"
    notices.deleteLater()
