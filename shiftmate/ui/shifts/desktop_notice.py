"""Reminders on the desktop's notification service (``org.freedesktop.Notifications``, Linux).

Loaded the first time a reminder comes due while the window is out of sight, never at start.
Nothing here waits for the desktop: the capabilities are asked with ``asyncCall``, the
notification is sent with a reply that lands later, and the server's ``ActionInvoked`` and
``NotificationClosed`` signals arrive through QtDBus. When no service answers, the caller's
fallback (the tray's message) runs instead, once.

Why ``Notify`` and ``CloseNotification`` are built with libdbus rather than QDBusMessage:
their ids are ``uint32`` and the urgency hint a byte, and PySide6 turns every Python int into
an ``int32``; servers built on GDBus (GNOME, dunst, mako, xfce) and Plasma then refuse the
call for its signature. QtDBus itself runs on libdbus, so the message goes out on the very
same connection (``internalPointer()``): the server's signals, which Plasma sends only to the
sender, come back to the QtDBus connection listening for them.
"""

from __future__ import annotations

import ctypes
import threading

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

SERVICE = PATH_INTERFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NORMAL_URGENCY = 1
NEVER_EXPIRES = 0  # the spec's "never": a reminder that vanishes is the complaint we answer
_INFINITE = 0x7FFFFFFF  # DBUS_TIMEOUT_INFINITE: a reply timeout would need a Qt timer on QtDBus's thread
_METHOD_RETURN = 2


def plain_body(text: str) -> str:
    """``text`` as the person typed it: servers may read the body as markup (the spec allows it)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Iter(ctypes.Structure):
    """libdbus's DBusMessageIter: opaque, on the stack, smaller than this."""

    _fields_ = [("opaque", ctypes.c_byte * 128)]


_NOTIFY_FUNCTION = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class LibDbus:
    """The few libdbus calls that build a typed message and send it on QtDBus's connection."""

    def __init__(self, lib) -> None:
        self.lib = lib
        p, s, i, u = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint
        for name, args, result in (
            ("dbus_message_new_method_call", [s, s, s, s], p),
            ("dbus_message_unref", [p], None),
            ("dbus_message_iter_init_append", [p, p], None),
            ("dbus_message_iter_append_basic", [p, i, p], u),
            ("dbus_message_iter_open_container", [p, i, s, p], u),
            ("dbus_message_iter_close_container", [p, p], u),
            ("dbus_message_iter_init", [p, p], u),
            ("dbus_message_iter_get_arg_type", [p], i),
            ("dbus_message_iter_get_basic", [p, p], None),
            ("dbus_message_get_type", [p], i),
            ("dbus_connection_send", [p, p, p], u),
            ("dbus_connection_send_with_reply", [p, p, ctypes.POINTER(p), i], u),
            ("dbus_pending_call_set_notify", [p, _NOTIFY_FUNCTION, p, p], u),
            ("dbus_pending_call_get_completed", [p], u),
            ("dbus_pending_call_steal_reply", [p], p),
            ("dbus_pending_call_unref", [p], None),
        ):
            function = getattr(lib, name)
            function.argtypes, function.restype = args, result
        self._pending: dict[int, tuple] = {}  # what a reply needs, kept alive until it lands
        self._lock = threading.Lock()

    @classmethod
    def load(cls) -> "LibDbus | None":
        """The libdbus QtDBus already loaded (the same soname), or None where there is none."""
        try:
            return cls(ctypes.CDLL("libdbus-1.so.3"))
        except (OSError, AttributeError):
            return None

    # -- building ------------------------------------------------------------------------
    def _append(self, it, code: str, value) -> None:
        if code == "s":
            # libdbus refuses (and warns about) text that is not UTF-8; a NUL would cut it short.
            value = ctypes.c_char_p(value.replace("\x00", "").encode("utf-8", "replace"))
        else:
            value = {"u": ctypes.c_uint32, "i": ctypes.c_int32, "y": ctypes.c_uint8}[code](value)
        self.lib.dbus_message_iter_append_basic(ctypes.byref(it), ord(code), ctypes.byref(value))

    def _open(self, it, kind: str, signature: str | None) -> _Iter:
        inner = _Iter()
        sig = signature.encode("ascii") if signature is not None else None
        self.lib.dbus_message_iter_open_container(ctypes.byref(it), ord(kind), sig, ctypes.byref(inner))
        return inner

    def _close(self, it, inner) -> None:
        self.lib.dbus_message_iter_close_container(ctypes.byref(it), ctypes.byref(inner))

    def _call(self, method: str):
        return self.lib.dbus_message_new_method_call(
            SERVICE.encode(), PATH.encode(), PATH_INTERFACE.encode(), method.encode())

    def notify_message(self, app_name: str, replaces_id: int, summary: str, body: str,
                       actions: list[str], hints: dict[str, tuple[str, object]], expire_ms: int):
        """``Notify(susssasa{sv}i)``; ``hints`` maps a name to (its D-Bus type, its value)."""
        message = self._call("Notify")
        it = _Iter()
        self.lib.dbus_message_iter_init_append(message, ctypes.byref(it))
        self._append(it, "s", app_name)
        self._append(it, "u", replaces_id)
        self._append(it, "s", "")  # app_icon: desktop-entry names the icon
        self._append(it, "s", summary)
        self._append(it, "s", body)
        array = self._open(it, "a", "s")
        for text in actions:
            self._append(array, "s", text)
        self._close(it, array)
        mapping = self._open(it, "a", "{sv}")
        for name, (code, value) in hints.items():
            entry = self._open(mapping, "e", None)
            self._append(entry, "s", name)
            variant = self._open(entry, "v", code)
            self._append(variant, code, value)
            self._close(entry, variant)
            self._close(mapping, entry)
        self._close(it, mapping)
        self._append(it, "i", expire_ms)
        return message

    def close_message(self, notification_id: int):
        message = self._call("CloseNotification")
        it = _Iter()
        self.lib.dbus_message_iter_init_append(message, ctypes.byref(it))
        self._append(it, "u", notification_id)
        return message

    # -- sending -------------------------------------------------------------------------
    def send(self, connection: int, message) -> bool:
        try:
            return bool(self.lib.dbus_connection_send(connection, message, None))
        finally:
            self.lib.dbus_message_unref(message)

    def send_with_reply(self, connection: int, message, on_reply) -> bool:
        """Send; ``on_reply(number or None)`` runs later on QtDBus's thread (None: an error)."""
        pending = ctypes.c_void_p()
        try:
            sent = self.lib.dbus_connection_send_with_reply(connection, message, ctypes.byref(pending), _INFINITE)
        finally:
            self.lib.dbus_message_unref(message)
        if not sent or not pending.value:
            return False
        address = pending.value

        def landed(_pending, _data) -> None:
            with self._lock:
                kept = self._pending.pop(address, None)
            if kept is None:
                return  # handled already (the reply raced set_notify)
            reply = self.lib.dbus_pending_call_steal_reply(address)
            number = self._first_number(reply) if reply else None
            if reply:
                self.lib.dbus_message_unref(reply)
            self.lib.dbus_pending_call_unref(address)
            on_reply(number)

        callback = _NOTIFY_FUNCTION(landed)
        with self._lock:
            self._pending[address] = (callback, on_reply)
        self.lib.dbus_pending_call_set_notify(address, callback, None, None)
        if self.lib.dbus_pending_call_get_completed(address):
            landed(None, None)
        return True

    def _first_number(self, reply) -> int | None:
        """The id a method return carries (``u``; a server that answers ``i`` is read too)."""
        if self.lib.dbus_message_get_type(reply) != _METHOD_RETURN:
            return None
        it = _Iter()
        if not self.lib.dbus_message_iter_init(reply, ctypes.byref(it)):
            return None
        kind = self.lib.dbus_message_iter_get_arg_type(ctypes.byref(it))
        if kind not in (ord("u"), ord("i")):
            return None
        value = ctypes.c_uint32() if kind == ord("u") else ctypes.c_int32()
        self.lib.dbus_message_iter_get_basic(ctypes.byref(it), ctypes.byref(value))
        return value.value


class DesktopNotices(QObject):
    """The desktop's notifications for reminders: one per reminder (``key``), replaced, never stacked.

    ``show(key, summary, body, actions, fallback)``: ``fallback()`` runs instead when no
    notification service answers. ``acted(key, action)`` says which button the person
    pressed there ("default" is a click on the notification itself).
    """

    acted = Signal(int, str)
    _landed = Signal(int, object, object)  # key, notification id or None, fallback (from QtDBus's thread)

    def __init__(self, parent: QObject, connection: QDBusConnection | None = None,
                 app_name: str = "ShiftMate", desktop_entry: str = "io.github.shiftmate.ShiftMate") -> None:
        super().__init__(parent)
        self.connection = connection if connection is not None else QDBusConnection.sessionBus()
        self.app_name = app_name
        self.desktop_entry = desktop_entry
        self.capabilities: set[str] | None = None  # None: not asked yet
        self.available: bool | None = None  # None: not known yet
        self.shown: dict[int, int] = {}  # key -> the server's notification id
        self._waiting: list[tuple] = []  # shows asked for before the capabilities came
        self._asking = False
        self._libdbus = LibDbus.load()
        self._landed.connect(self._on_landed)
        if self.connection.isConnected():
            for name, slot in (("ActionInvoked", "_on_action(QDBusMessage)"),
                               ("NotificationClosed", "_on_closed(QDBusMessage)")):
                self.connection.connect(SERVICE, PATH, PATH_INTERFACE, name, self, SLOT(slot))

    # -- asking the server ---------------------------------------------------------------
    def show(self, key: int, summary: str, body: str, actions: list[tuple[str, str]], fallback) -> None:
        request = (key, summary, body, actions, fallback)
        if self.available is False:
            fallback()
        elif self.available is None:
            self._waiting.append(request)
            self._ask_capabilities()
        else:
            self._send(*request)

    def _ask_capabilities(self) -> None:
        if self._asking:
            return
        if not self.connection.isConnected() or self._libdbus is None:
            self._set_available(False)
            return
        self._asking = True
        call = QDBusMessage.createMethodCall(SERVICE, PATH, PATH_INTERFACE, "GetCapabilities")
        watcher = QDBusPendingCallWatcher(self.connection.asyncCall(call), self)
        watcher.finished.connect(self._on_capabilities)

    def _on_capabilities(self, watcher: QDBusPendingCallWatcher) -> None:
        self._asking = False
        reply = watcher.reply()
        watcher.deleteLater()
        if watcher.isError() or reply.type() != QDBusMessage.ReplyMessage:
            self._set_available(False)
            return
        arguments = reply.arguments()
        self.capabilities = {str(c) for c in (arguments[0] if arguments else [])}
        self._set_available(True)

    def _set_available(self, available: bool) -> None:
        self.available = available
        waiting, self._waiting = self._waiting, []
        for request in waiting:
            if available:
                self._send(*request)
            else:
                request[-1]()

    def _send(self, key, summary, body, actions, fallback) -> None:
        flat = []
        if "actions" in (self.capabilities or ()):
            for action_key, label in [("default", ""), *actions]:
                flat += [action_key, label]
        hints = {"desktop-entry": ("s", self.desktop_entry), "urgency": ("y", NORMAL_URGENCY)}
        body_text = plain_body(body) if "body-markup" in (self.capabilities or ()) else body
        message = self._libdbus.notify_message(self.app_name, self.shown.get(key, 0), summary, body_text,
                                               flat, hints, NEVER_EXPIRES)
        address = int(self.connection.internalPointer())

        def on_reply(number) -> None:  # on QtDBus's thread: hand it to ours
            try:
                self._landed.emit(key, number, fallback)
            except RuntimeError:
                pass  # the window (and this object) went first, at quit: nobody left to tell

        if not self._libdbus.send_with_reply(address, message, on_reply):
            fallback()

    def _on_landed(self, key: int, number, fallback) -> None:
        if number is None:
            fallback()  # the server said no: the tray's message says it instead
        else:
            self.shown[key] = number

    # -- taking it back ------------------------------------------------------------------
    def withdraw(self, key: int) -> None:
        """Close the notification of ``key`` (answered in the window) if one is showing."""
        number = self.shown.pop(key, None)
        if number is None or self._libdbus is None:
            return
        self._libdbus.send(int(self.connection.internalPointer()), self._libdbus.close_message(number))

    def keep_only(self, keys) -> None:
        """Withdraw every notification whose reminder no longer waits."""
        for key in [k for k in self.shown if k not in keys]:
            self.withdraw(key)

    # -- what the server says ------------------------------------------------------------
    def _key_of(self, number: int) -> int | None:
        return next((key for key, shown in self.shown.items() if shown == number), None)

    @Slot(QDBusMessage)
    def _on_action(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) < 2:
            return
        key = self._key_of(int(arguments[0]))
        if key is not None:  # another app's notification, or one of ours already answered
            self.acted.emit(key, str(arguments[1]))

    @Slot(QDBusMessage)
    def _on_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        key = self._key_of(int(arguments[0])) if arguments else None
        if key is not None:
            self.shown.pop(key, None)
