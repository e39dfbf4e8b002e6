"""One ShiftMate window per data folder: a second launch hands over to the first.

The first instance holds a QLockFile in the data folder and listens on a QLocalServer.
A later launch finds the lock taken, connects to the server, asks the first to come to
the front, and exits. The lock (not the socket) decides who is first, so a stale socket
left by a crash never blocks a start, and two launches at once cannot both win.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

from shiftmate.core.storage.paths import DataLocation, tighten_file

if TYPE_CHECKING:  # QtNetwork loads when listening starts, after the window has painted
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

INSTANCE_KEY_ENV = "SHIFTMATE_INSTANCE_KEY"
LOCK_NAME = "instance.lock"
_ACTIVATE = b"activate\n"
# A later launch given a pack file (a double-click, "Open with") sends "open <path>\n" before
# "activate\n": the running window shows the pack's import preview. One path, UTF-8, one line.
_OPEN = b"open "
_MAX_MESSAGE = 64 * 1024  # more than any path; a stray writer cannot make the window buffer more


def instance_key(location: DataLocation) -> str:
    """Per user and data folder; tests set SHIFTMATE_INSTANCE_KEY to keep runs apart."""
    override = os.environ.get(INSTANCE_KEY_ENV)
    if override:
        return override
    import getpass
    import hashlib  # loads OpenSSL: only when a key is first needed, after the first paint

    try:
        user = getpass.getuser()
    except Exception:  # no user name in some sandboxes
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(str(location.root).encode("utf-8")).hexdigest()[:16]
    return f"shiftmate-{user}-{digest}"


class SingleInstance(QObject):
    """Claims the data folder for this process, or hands over to the process that has it."""

    activation_requested = Signal()
    file_requested = Signal(str)  # an absolute path a later launch was asked to open

    def __init__(self, location: DataLocation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._location = location
        self._key: str | None = None
        self._lock = QLockFile(str(location.root / LOCK_NAME))
        # Only a dead owner makes the lock stale, never its age: a shift app runs for days.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._received: dict = {}  # socket -> what it sent so far, until its "activate" line

    @property
    def key(self) -> str:
        """The name of the local socket (worked out when first needed)."""
        if self._key is None:
            self._key = instance_key(self._location)
        return self._key

    @property
    def unfinished_messages(self) -> int:
        """Later launches that have sent part of their message, not yet its "activate" line."""
        return sum(1 for data in self._received.values() if data)

    def claim_lock(self) -> bool:
        """True if this process is now the one instance for the data folder.

        Needs no QApplication, so a second launch can hand over without starting Qt's GUI.
        The lock file names the host, machine and boot: it is created 0600 like every other
        file in the data folder (Qt would use 0666 less the umask).
        """
        old_mask = os.umask(0o077) if os.name == "posix" else None  # before any thread starts
        try:
            claimed = self._lock.tryLock(0)
        finally:
            if old_mask is not None:
                os.umask(old_mask)
        if claimed:
            tighten_file(Path(self._lock.fileName()))  # one written by an older ShiftMate
        return claimed

    def held_elsewhere(self) -> bool:
        """After ``claim_lock`` failed: True if another process holds the lock.

        False means the lock file could not be written at all (a full disk, a folder
        that cannot be written): then no other instance is running that could answer.
        """
        return self._lock.error() == QLockFile.LockFailedError

    def listen(self) -> None:
        """Start answering later launches (needs the QApplication's event loop).

        The app calls this once its window has painted: until then a later launch finds
        the lock taken and keeps trying to connect for a moment (see ``hand_over``).
        """
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.key)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.UserAccessOption)
        if not server.listen(self.key):
            # Not fatal: this window works, later launches just cannot reach it.
            print(
                f"shiftmate: cannot listen for later launches: {server.errorString()}",
                file=sys.stderr,
            )
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def hand_over(self, timeout_s: float = 1.5, open_file: str | None = None) -> bool:
        """Ask the running instance to come to the front (and to open ``open_file``, an
        absolute path); False if it did not answer."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(200):
                message = _ACTIVATE
                if open_file and "\n" not in open_file:
                    message = _OPEN + os.fsencode(open_file) + b"\n" + _ACTIVATE
                socket.write(message)
                sent = socket.waitForBytesWritten(500)
                socket.disconnectFromServer()
                return sent
            # The first instance may hold the lock but not be listening yet.
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    @Slot()
    def _on_connection(self) -> None:
        # Forget what sockets that went away without finishing had sent.
        from PySide6.QtNetwork import QLocalSocket
        import shiboken6

        self._received = {socket: data for socket, data in self._received.items()
                          if shiboken6.isValid(socket) and socket.state() == QLocalSocket.ConnectedState}
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            if socket.bytesAvailable():
                self._read_from(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        data = self._received.pop(socket, b"") + bytes(socket.readAll())
        if len(data) > _MAX_MESSAGE:
            data = b""  # not a later launch: forget it rather than grow
        if _ACTIVATE not in data:
            self._received[socket] = data  # the rest is on its way
            return
        socket.readyRead.disconnect(self._on_ready_read)
        socket.abort()
        socket.deleteLater()
        for line in data.split(b"\n"):
            if line.startswith(_OPEN):
                path = os.fsdecode(line[len(_OPEN):])
                if os.path.isabs(path):
                    self.file_requested.emit(path)
        self.activation_requested.emit()
