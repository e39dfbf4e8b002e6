""""Start ShiftMate when I log in": one small interface, one implementation per platform.

* Linux and other XDG desktops: a desktop entry in ``$XDG_CONFIG_HOME/autostart``.
* Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
* macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.
* Flatpak: the Background portal (the sandbox cannot write the host's autostart folder).

Each is per-user and needs no administrator rights. The command that is started is the one
running now (the frozen executable, or this Python with ``-m shiftmate``), so a bundle, a
pip install and a checkout each start themselves, with ``--minimized`` (into the tray,
quietly) and, when the person chose a folder of their own, ``--data-dir`` with it.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path
from typing import Protocol

from shiftmate import APP_NAME
from shiftmate.core.errors import ShiftMateError

# The same id as packaging/io.github.shiftmate.ShiftMate.desktop and app.DESKTOP_ID.
DESKTOP_ID = "io.github.shiftmate.ShiftMate"


class AutostartProblem(ShiftMateError):
    """The log-in entry could not be written or removed."""


class Autostart(Protocol):
    """Turns starting ShiftMate at log-in on and off for the current user."""

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """The command that starts this ShiftMate the way it is running now."""
    if os.environ.get("FLATPAK_ID"):  # inside Flatpak's sandbox only flatpak can start us
        return ["flatpak", "run", os.environ["FLATPAK_ID"]]
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = sys.executable
    windowless = Path(python).with_name("pythonw.exe")
    if sys.platform == "win32" and windowless.is_file():
        # python.exe would open a console window at every log-in; pythonw is the same
        # interpreter without one (as the shiftmate-gui launcher is).
        python = str(windowless)
    return [python, "-m", "shiftmate"]


def autostart_command(data_root: Path | str | None = None, base: list[str] | None = None) -> list[str]:
    """What the log-in entry runs: this ShiftMate, quietly in the tray, on ``data_root``.

    ``data_root`` is left out when it is the usual folder (a log-in session has no
    ``SHIFTMATE_DATA_DIR``, so any other folder, however it was chosen, is carried).
    """
    command = [*(base or launch_command()), "--minimized"]
    if data_root is not None and not _is_usual_folder(Path(data_root)):
        command += ["--data-dir", str(Path(data_root))]
    return command


def _is_usual_folder(root: Path) -> bool:
    from shiftmate.core.storage.paths import _default_data_dir

    try:
        return root.resolve() == Path(_default_data_dir()).expanduser().resolve()
    except OSError:
        return False


def _problem(action: str, where: Path | str, exc: OSError) -> AutostartProblem:
    return AutostartProblem(f"Cannot {action} the log-in entry {where}: {exc.strerror or exc}.")


class XdgAutostart:
    """The XDG autostart entry (freedesktop Desktop Application Autostart spec)."""

    def __init__(self, config_home: Path | None = None, command: list[str] | None = None) -> None:
        if config_home is None:
            raw = os.environ.get("XDG_CONFIG_HOME", "")
            config_home = Path(raw) if raw and os.path.isabs(raw) else Path.home() / ".config"
        self.entry = config_home / "autostart" / f"{DESKTOP_ID}.desktop"
        self.command = command or autostart_command()

    def is_enabled(self) -> bool:
        return self.entry.is_file()

    def desktop_entry(self) -> str:
        exec_line = " ".join(_desktop_exec_quote(part) for part in self.command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Pre-shift checklists, break reminders and a private reflection journal\n"
            f"Exec={exec_line}\n"
            f"Icon={DESKTOP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def enable(self) -> None:
        try:
            self.entry.parent.mkdir(parents=True, exist_ok=True)
            partial = self.entry.with_suffix(".desktop.partial")
            partial.write_text(self.desktop_entry(), encoding="utf-8")
            os.replace(partial, self.entry)  # never a half-written entry
        except OSError as exc:
            raise _problem("write", self.entry, exc) from None

    def disable(self) -> None:
        try:
            self.entry.unlink(missing_ok=True)
        except OSError as exc:
            raise _problem("remove", self.entry, exc) from None


def _desktop_exec_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (double quotes, escapes)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{escaped}"'


class WindowsRunKey:
    """A value named ShiftMate under the current user's Run key."""

    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def __init__(self, registry=None, command: list[str] | None = None) -> None:
        if registry is None:
            import winreg as registry  # only exists on Windows
        self.registry = registry
        self.command = command or autostart_command()

    def command_line(self) -> str:
        return " ".join(_windows_quote(part) for part in self.command)

    def is_enabled(self) -> bool:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, self.KEY) as key:
                reg.QueryValueEx(key, APP_NAME)
            return True
        except FileNotFoundError:
            return False

    def enable(self) -> None:
        reg = self.registry
        try:
            with reg.CreateKey(reg.HKEY_CURRENT_USER, self.KEY) as key:
                reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, self.command_line())
        except OSError as exc:
            raise _problem("write", f"HKCU\\{self.KEY}\\{APP_NAME}", exc) from None

    def disable(self) -> None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, self.KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise _problem("remove", f"HKCU\\{self.KEY}\\{APP_NAME}", exc) from None


def _windows_quote(arg: str) -> str:
    """One argument in double quotes, as CommandLineToArgvW reads it back.

    Backslashes are literal except before a quote: a folder ending in ``\\`` would escape
    the closing quote, so those are doubled (and a quote inside, which Windows paths never
    hold, is escaped).
    """
    out, slashes = [], 0
    for char in arg:
        if char == "\\":
            slashes += 1
            continue
        out.append("\\" * (slashes * 2 + 1) + '"' if char == '"' else "\\" * slashes + char)
        slashes = 0
    return '"' + "".join(out) + "\\" * (slashes * 2) + '"'


class MacLaunchAgent:
    """A per-user LaunchAgent that runs ShiftMate once at log-in."""

    def __init__(self, home: Path | None = None, command: list[str] | None = None) -> None:
        self.plist = (home or Path.home()) / "Library" / "LaunchAgents" / f"{DESKTOP_ID}.plist"
        self.command = command or autostart_command()

    def property_list(self) -> dict:
        return {"Label": DESKTOP_ID, "ProgramArguments": list(self.command), "RunAtLoad": True,
                "ProcessType": "Interactive"}

    def is_enabled(self) -> bool:
        return self.plist.is_file()

    def enable(self) -> None:
        try:
            self.plist.parent.mkdir(parents=True, exist_ok=True)
            partial = self.plist.with_suffix(".plist.partial")
            with open(partial, "wb") as handle:
                plistlib.dump(self.property_list(), handle)
            os.replace(partial, self.plist)
        except OSError as exc:
            raise _problem("write", self.plist, exc) from None

    def disable(self) -> None:
        try:
            self.plist.unlink(missing_ok=True)
        except OSError as exc:
            raise _problem("remove", self.plist, exc) from None


class PortalAutostart:
    """Inside Flatpak: the Background portal writes the log-in entry on the host for us.

    The sandbox has no access to ``~/.config/autostart`` (and Flathub refuses that hole). The
    portal answers asynchronously and cannot be asked later whether it is on, so the choice is
    remembered in a marker file in the sandbox's own config folder. ``run`` calls ``gdbus``
    (the runtime has it); tests pass their own.
    """

    def __init__(self, config_home: Path | None = None, run=None, command: list[str] | None = None) -> None:
        if config_home is None:
            raw = os.environ.get("XDG_CONFIG_HOME", "")
            config_home = Path(raw) if raw and os.path.isabs(raw) else Path.home() / ".config"
        self.marker = config_home / "ShiftMate" / "autostart-requested"
        self._run = run or _run_quietly
        # Inside the sandbox: the app's own command, which the portal runs with flatpak.
        self.command = command or autostart_command(base=["shiftmate"])

    def is_enabled(self) -> bool:
        return self.marker.is_file()

    def _request(self, autostart: bool) -> None:
        commandline = ", ".join(_gvariant_string(part) for part in self.command)
        options = ("{'reason': <'Start ShiftMate when you log in'>, "
                   f"'autostart': <{'true' if autostart else 'false'}>, 'commandline': <[{commandline}]>}}")
        argv = ["gdbus", "call", "--session", "--dest", "org.freedesktop.portal.Desktop",
                "--object-path", "/org/freedesktop/portal/desktop",
                "--method", "org.freedesktop.portal.Background.RequestBackground", "", options]
        try:
            self._run(argv)
        except OSError as exc:
            raise AutostartProblem(f"The desktop's Background portal did not answer: {exc.strerror or exc}.") from None

    def enable(self) -> None:
        self._request(True)
        try:
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            self.marker.write_text("yes\n", encoding="ascii")
        except OSError as exc:
            raise _problem("write", self.marker, exc) from None

    def disable(self) -> None:
        self._request(False)
        self.marker.unlink(missing_ok=True)


def _gvariant_string(text: str) -> str:
    """``text`` as a GVariant text-format string (gdbus parses the options)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _run_quietly(argv: list[str]) -> None:
    import subprocess

    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=10, check=False)
    except subprocess.TimeoutExpired:
        raise OSError("no answer within 10 seconds") from None
    if result.returncode != 0:
        raise OSError(result.stderr.strip() or f"gdbus exited {result.returncode}")


def autostart_for_this_system(platform: str | None = None, data_root: Path | str | None = None) -> Autostart:
    """The log-in mechanism of the system ShiftMate runs on, starting it on ``data_root``."""
    platform = platform or sys.platform
    if os.environ.get("FLATPAK_ID"):
        return PortalAutostart(command=autostart_command(data_root, base=["shiftmate"]))
    command = autostart_command(data_root)
    if platform.startswith("win"):
        return WindowsRunKey(command=command)
    if platform == "darwin":
        return MacLaunchAgent(command=command)
    return XdgAutostart(command=command)


__all__ = [
    "Autostart", "AutostartProblem", "MacLaunchAgent", "PortalAutostart", "WindowsRunKey", "XdgAutostart",
    "autostart_command", "autostart_for_this_system", "launch_command",
]
