"""A real desktop for the app to run in: Xvfb, a window manager (openbox) and a tray (trayer).

The app runs as its own process (``python -m shiftmate --debug``) on the xcb platform and is
driven as a person drives it: real key presses, clicks and wheel turns through XTEST
(xdotool). Tests assert on what a person or the desktop can see (the window list, window
states, the clipboard) and on the database file. Every line the app writes to stderr is
kept; a Traceback, a RuntimeError or a Qt warning fails the test that caused it.

One X server per test session, on a display number the server picks itself (``-displayfd``),
so parallel sessions never collide; each test gets its own data folder and single-instance
key (tests/conftest.py). Missing tools are installed with apt-get when running as root
(as .ci/run does); otherwise the tests skip and say what is missing.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

SCREEN = (1366, 768)
TOOLS = {  # command: Debian package
    "Xvfb": "xvfb", "openbox": "openbox", "trayer": "trayer", "xdotool": "xdotool",
    "xprop": "x11-utils", "xwininfo": "x11-utils", "xclip": "xclip", "import": "imagemagick",
}
XCB_LIBS = {  # what Qt's xcb platform plugin needs on a minimal Debian
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# Qt prefixes each of its own messages with its type, so a warning is told from our lines.
QT_MESSAGE_PATTERN = "%{if-warning}qt-warning: %{endif}%{if-critical}qt-critical: %{endif}" \
                     "%{if-fatal}qt-fatal: %{endif}%{message}"
REQUIRE_ENV = "SHIFTMATE_REQUIRE_DESKTOP"
BAD_STDERR = ("Traceback", "RuntimeError", "qt-warning", "qt-critical", "qt-fatal", "Warning:")


def _missing_packages() -> list[str]:
    missing = {pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None}
    try:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        known = ""
    missing |= {pkg for lib, pkg in XCB_LIBS.items() if lib not in known}
    return sorted(missing)


def _ensure_tools() -> None:
    missing = _missing_packages()
    if not missing:
        return
    if sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], env=env, check=False, capture_output=True)
        missing = _missing_packages()
    if missing:
        reason = f"the desktop tests need {', '.join(missing)} (apt-get install them as root)"
        if os.environ.get(REQUIRE_ENV):  # .ci/run: in CI this layer runs, it never skips
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


def wait_until(predicate, timeout: float = 15, what: str = "") -> object:
    """Poll ``predicate`` (a real process answers in its own time) until it is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")
        time.sleep(0.05)


class Desktop:
    """One X server with a window manager and a tray; xdotool and friends pointed at it."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []
        self.logs = [(tmp / "xvfb.log").open("w")]
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=self.logs[0],
        )
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read) as chosen:
            number = chosen.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start: {(tmp / 'xvfb.log').read_text()}")
        self.display = f":{number}"
        self.env = dict(os.environ, DISPLAY=self.display)
        self._start("openbox")
        wait_until(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.xprop_root(), what="openbox")
        self._start("trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width",
                    "120", "--heighttype", "pixel", "--height", "24")
        wait_until(self.tray_is_up, what="the tray")

    def _start(self, *command: str) -> None:
        log = (self.tmp / f"{command[0]}.log").open("w")
        self.logs.append(log)
        self.procs.append(subprocess.Popen(command, env=self.env, stdout=log, stderr=log))

    def run(self, *command: str, check: bool = True) -> str:
        result = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed: {result.stderr.strip()}")
        return result.stdout

    def xprop_root(self) -> str:
        return self.run("xprop", "-root", check=False)

    def tray_is_up(self) -> bool:
        out = self.run("xdotool", "search", "--name", "^panel$", check=False)
        return bool(out.strip())

    # -- input, as a person gives it ---------------------------------------------------
    def key(self, *keys: str, delay_ms: int = 40) -> None:
        self.run("xdotool", "key", "--clearmodifiers", "--delay", str(delay_ms), *keys)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "15", "--", text)

    def click(self, x: int, y: int, button: int = 1) -> None:
        # No --sync: it waits for the pointer to move, forever when it is already there.
        self.run("xdotool", "mousemove", str(x), str(y), "click", str(button))

    def wheel(self, x: int, y: int, steps: int, pause: float = 0.1) -> None:
        """Turn the wheel ``steps`` notches at one spot (down; negative: up), as a hand does.

        The pointer rests while the page scrolls under it, so every field of a long form
        passes beneath it: a combo box that takes the wheel stops the page right there.
        One xdotool call (its own sleep command) keeps that from costing a process a notch.
        """
        button = "5" if steps > 0 else "4"
        notches = []
        for _ in range(abs(steps)):
            notches += ["click", "--delay", "1", button, "sleep", str(pause)]
        self.run("xdotool", "mousemove", str(x), str(y), "sleep", str(pause), *notches)

    # -- what the desktop sees -----------------------------------------------------------
    def windows(self, pid: int) -> dict[str, int]:
        """The visible top-level windows of process ``pid``: title -> window id (not its tray icon)."""
        found = {}
        for wid in self._visible(pid, "."):
            x, y, w, _h = self.geometry(wid)
            if w <= 64:  # the tray icon is a window of the app too, titled like the main one
                continue
            name = self.run("xdotool", "getwindowname", str(wid), check=False).strip()
            if name:
                found.setdefault(name, wid)
        return found

    def _visible(self, pid: int, name: str) -> list[int]:
        out = self.run("xdotool", "search", "--all", "--onlyvisible", "--pid", str(pid), "--name", name,
                       check=False)
        return [int(wid) for wid in out.split()]

    def geometry(self, wid: int) -> tuple[int, int, int, int]:
        """x, y, width, height of window ``wid`` on the screen."""
        values = {}
        for line in self.run("xwininfo", "-id", str(wid)).splitlines():
            line = line.strip()
            for key, name in (("Absolute upper-left X:", "x"), ("Absolute upper-left Y:", "y"),
                              ("Width:", "w"), ("Height:", "h")):
                if line.startswith(key):
                    values[name] = int(line.split(":")[1])
        return values["x"], values["y"], values["w"], values["h"]

    def wm_state(self, wid: int) -> str:
        return self.run("xprop", "-id", str(wid), "_NET_WM_STATE", "WM_HINTS", check=False)

    def activate(self, wid: int) -> None:
        self.run("xdotool", "windowactivate", "--sync", str(wid), check=False)
        wait_until(lambda: self.run("xdotool", "getactivewindow", check=False).strip() == str(wid),
                   what=f"window {wid} to be active")

    def clipboard(self) -> str:
        return self.run("xclip", "-o", "-selection", "clipboard", check=False)

    def screenshot(self, path: Path) -> Path:
        self.run("import", "-window", "root", str(path))
        return path

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        for log in self.logs:
            log.close()


@pytest.fixture(scope="session")
def desktop(tmp_path_factory):
    if not sys.platform.startswith("linux"):
        pytest.skip("the desktop tests run an X server (Linux only)")
    _ensure_tools()
    session = Desktop(tmp_path_factory.mktemp("desktop"))
    yield session
    session.stop()


class DesktopApp:
    """ShiftMate started on the desktop as a person starts it, with its stderr read line by line."""

    def __init__(self, desktop: Desktop, data_dir: Path, extra_args=(), extra_env=None) -> None:
        self.desktop = desktop
        self.data_dir = data_dir
        # This test's environment (its own home and single-instance key, set by tests/conftest.py),
        # not the one the session's X server was started in.
        env = dict(os.environ, DISPLAY=desktop.display, QT_QPA_PLATFORM="xcb",
                   QT_MESSAGE_PATTERN=QT_MESSAGE_PATTERN)
        env.pop("QT_LOGGING_RULES", None)  # tests/conftest.py hides qt.qpa; here we want to hear it
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # the tray is XEmbed (trayer), as on a plain X desktop
        env.update(extra_env or {})  # a test's own session bus (tests/desktop/test_notifications.py)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "shiftmate", "--debug", "--data-dir", str(data_dir), *extra_args],
            env=env, cwd=data_dir.parent,  # started from elsewhere, as from a menu, not from the checkout
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        self.lines: list[str] = []
        self._new: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            line = line.rstrip("\n")
            self.lines.append(line)
            self._new.put(line)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def said(self, fragment: str) -> bool:
        return any(fragment in line for line in self.lines)

    def wait_for_line(self, fragment: str, timeout: float = 30) -> None:
        wait_until(lambda: self.said(fragment) or self.proc.poll() is not None, timeout, repr(fragment))
        assert self.said(fragment), f"the app exited ({self.proc.returncode}) before saying {fragment!r}: {self.lines}"

    def count(self, fragment: str) -> int:
        return sum(fragment in line for line in self.lines)

    def wait_until_count(self, fragment: str, count: int, timeout: float = 15) -> None:
        """Wait until the app has said ``fragment`` ``count`` times (it says some things often)."""
        wait_until(lambda: self.count(fragment) >= count or self.proc.poll() is not None, timeout,
                   f"{fragment!r} said {count} times")
        assert self.count(fragment) >= count, f"the app exited ({self.proc.returncode}): {self.lines}"

    def wait_ready(self) -> int:
        """Wait until the window is up, the database answered and the tray is in; the window id."""
        self.wait_for_line("ready")
        return self.window("ShiftMate")

    def windows(self) -> dict[str, int]:
        return self.desktop.windows(self.pid)

    def window_count(self) -> int:
        """How many windows the app shows (a question over a window counts, its tray icon not)."""
        return sum(1 for wid in self.desktop._visible(self.pid, ".") if self.desktop.geometry(wid)[2] > 64)

    def window(self, title: str, timeout: float = 15) -> int:
        return wait_until(lambda: self.windows().get(title), timeout, f"a window titled {title!r}")

    def wait_gone(self, title: str, timeout: float = 15) -> None:
        wait_until(lambda: title not in self.windows(), timeout, f"{title!r} to close")

    def focus(self, title: str) -> int:
        wid = self.window(title)
        self.desktop.activate(wid)
        return wid

    def at(self, title: str, dx: int, dy: int) -> tuple[int, int]:
        """Screen coordinates of a point ``dx, dy`` inside the window titled ``title``."""
        x, y, _w, _h = self.desktop.geometry(self.window(title))
        return x + dx, y + dy

    def wait_exit(self, timeout: float = 10) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the app was still running {timeout} s later: {self.lines[-5:]}") from None

    def terminate(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.wait_exit()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)

    def bad_lines(self) -> list[str]:
        return [line for line in self.lines if any(mark in line for mark in BAD_STDERR)]

    def close(self) -> None:
        """After the app ended: every line read, the pipe closed."""
        self._reader.join(timeout=5)
        self.proc.stderr.close()

    def assert_clean_stderr(self) -> None:
        bad = self.bad_lines()
        assert not bad, "the app's stderr:\n" + "\n".join(self.lines)


@pytest.fixture
def start_app(desktop, data_dir, tmp_path, request):
    """Start ShiftMate on the desktop (again, after a kill, on the same data folder)."""
    started: list[DesktopApp] = []

    def start(*extra_args: str, env: dict | None = None) -> DesktopApp:
        app = DesktopApp(desktop, data_dir, extra_args, env)
        started.append(app)
        return app

    yield start
    for app in started:
        if app.proc.poll() is None:
            app.proc.send_signal(signal.SIGTERM)
            try:
                app.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        desktop.screenshot(tmp_path / "at-failure.png")
    for app in started:
        app.close()
    for app in started:
        app.assert_clean_stderr()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, so the fixture can take a screenshot on failure."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def read_db(data_dir: Path, sql: str, params=()) -> list[tuple]:
    """Rows from the app's database, read as another process would (read-only)."""
    db = sqlite3.connect(f"file:{data_dir / 'shiftmate.db'}?mode=ro", uri=True, timeout=10)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def tray_icon(desktop: Desktop, pid: int) -> tuple[int, int]:
    """The centre of the app's icon in the tray: a small window titled like the app, in the panel.

    (xdotool's --onlyvisible does not count an embedded icon as visible; the window tree does.)
    """
    shape = re.compile(r'"ShiftMate": \(.*\)\s+(\d+)x(\d+)[+-]\d+[+-]\d+\s+\+(-?\d+)\+(-?\d+)')

    def find():
        for line in desktop.run("xwininfo", "-root", "-tree", check=False).splitlines():
            match = shape.search(line)
            if match:
                w, h, x, y = map(int, match.groups())
                if w <= 64 and y < 30 and x >= SCREEN[0] - 130:
                    return x + w // 2, y + h // 2
        return None

    return wait_until(find, 15, "the tray icon")
