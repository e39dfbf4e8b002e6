"""A small notification server for tests: it answers ``org.freedesktop.Notifications`` calls.

Every call is kept (``calls``: member, arguments) and, run as a script, printed as one JSON
line on stdout, so a test in another process can read what the app asked. It sends the
server's signals when asked (``invoke``; as a script, a line ``invoke ID KEY`` on stdin): from
the name's owner, as a real server does (a signal from anyone else is not the server's).
PySide6 sends its ids as ``int32`` where a real server sends ``uint32``; the app reads both.

    python -m tests.desktop.fake_notifications [--no-actions]   # on $DBUS_SESSION_BUS_ADDRESS
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage, QDBusVirtualObject

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = """<interface name="org.freedesktop.Notifications">
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
<arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<method name="GetServerInformation"><arg type="s" direction="out"/><arg type="s" direction="out"/>
<arg type="s" direction="out"/><arg type="s" direction="out"/></method>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
</interface>"""


@contextlib.contextmanager
def session_bus(log: Path | None = None):
    """A private D-Bus session bus (``dbus-daemon``) for one test; its address.

    Skips the test when dbus-daemon is not installed (.ci/run installs it with the desktop
    tools), unless the desktop layer must run.
    """
    import pytest

    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        reason = "the notification tests need dbus-daemon (apt-get install dbus)"
        if os.environ.get("SHIFTMATE_REQUIRE_DESKTOP"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    errors = log.open("w") if log is not None else subprocess.DEVNULL
    proc = subprocess.Popen([daemon, "--session", "--print-address", "--nofork", "--nopidfile"],
                            stdout=subprocess.PIPE, stderr=errors, text=True)
    try:
        address = proc.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        yield address
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        if log is not None:
            errors.close()


def _plain(value):
    """A call's argument as JSON can hold it (the hints arrive as a QDBusArgument)."""
    if isinstance(value, QDBusArgument):
        return "<a{sv}>"
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class FakeNotificationServer(QDBusVirtualObject):
    """Answers Notify with ids 1, 2, 3... (a replaced one keeps its id); keeps every call."""

    def __init__(self, connection: QDBusConnection, capabilities=("actions", "body"), echo: bool = False) -> None:
        super().__init__()
        self.connection = connection
        self.capabilities = list(capabilities)
        self.echo = echo
        self.calls: list[tuple[str, str, list]] = []  # member, signature, arguments
        self.next_id = 1
        self.relay = _Relay()

    def start(self) -> bool:
        return (self.connection.registerVirtualObject(PATH, self)
                and self.connection.registerService(SERVICE))

    def introspect(self, path: str) -> str:  # noqa: D401 - Qt's name
        return INTERFACE

    def handleMessage(self, message, connection) -> bool:  # noqa: N802 - Qt's name
        member = message.member()
        if message.interface() == "org.freedesktop.DBus.Introspectable":
            return False
        arguments = [_plain(a) for a in message.arguments()]
        self.calls.append((member, message.signature(), arguments))
        said = {"member": member, "signature": message.signature(), "arguments": arguments}
        reply = message.createReply()
        if member == "GetCapabilities":
            reply.setArguments([self.capabilities])
        elif member == "Notify":
            replaces = arguments[1]
            number = replaces or self.next_id
            if not replaces:
                self.next_id += 1
            reply.setArguments([number])
            said["id"] = number
        elif member == "GetServerInformation":
            reply.setArguments(["fake", "ShiftMate tests", "1", "1.2"])
        elif member != "CloseNotification":
            return False
        if self.echo:
            print(json.dumps(said), flush=True)
        connection.send(reply)
        self.relay.called.emit(member)
        return True


    def invoke(self, number: int, action: str) -> None:
        """The person pressed ``action`` on notification ``number``: ActionInvoked, then closed."""
        for name, arguments in (("ActionInvoked", [number, action]), ("NotificationClosed", [number, 2])):
            signal = QDBusMessage.createSignal(PATH, SERVICE, name)
            signal.setArguments(arguments)
            self.connection.send(signal)


class _Relay(QObject):
    called = Signal(str)  # tests wait on it


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    app = QCoreApplication(argv)
    capabilities = ("body",) if "--no-actions" in argv else ("actions", "body")
    server = FakeNotificationServer(QDBusConnection.sessionBus(), capabilities, echo=True)
    if not server.start():
        print(json.dumps({"error": "could not take the name"}), flush=True)
        return 1
    commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Read)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:  # the test closed our stdin: the end
            commands.setEnabled(False)
            app.quit()
            return
        words = line.split()
        if len(words) == 3 and words[0] == "invoke":
            server.invoke(int(words[1]), words[2])

    commands.activated.connect(command)
    print(json.dumps({"ready": True}), flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
