"""Starting at log-in: the XDG entry for real on a temporary config dir; Windows and macOS
through their interfaces (a fake registry, a temporary home)."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import sys

import pytest

from shiftmate.core.system import autostart
from shiftmate.core.system.autostart import (
    AutostartProblem,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    PortalAutostart,
    autostart_command,
    autostart_for_this_system,
    launch_command,
)


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_xdg_entry_is_created_and_removed_under_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    entry = tmp_path / "cfg" / "autostart" / "io.github.shiftmate.ShiftMate.desktop"
    starter = autostart_for_this_system("linux")
    assert isinstance(starter, XdgAutostart) and not starter.is_enabled()

    starter.enable()
    assert entry.is_file() and starter.is_enabled()
    fields = read_entry(entry)
    assert fields["Type"] == "Application" and fields["Name"] == "ShiftMate"
    # Quietly into the tray; the test's data folder (SHIFTMATE_DATA_DIR) is not the usual one,
    # but autostart_for_this_system was not told a folder: none is carried.
    assert fields["Exec"].startswith(sys.executable) and fields["Exec"].endswith("-m shiftmate --minimized")

    starter.disable()
    assert not entry.exists() and not starter.is_enabled()
    starter.disable()  # removing twice is fine


def test_xdg_entry_quotes_a_command_with_spaces(tmp_path):
    starter = XdgAutostart(tmp_path, command=["/opt/Shift Mate/ShiftMate", "100%"])
    starter.enable()
    assert read_entry(starter.entry)["Exec"] == '"/opt/Shift Mate/ShiftMate" "100%%"'


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)")
def test_xdg_entry_passes_desktop_file_validate(tmp_path):
    starter = XdgAutostart(tmp_path)
    starter.enable()
    result = subprocess.run(["desktop-file-validate", str(starter.entry)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_a_config_dir_that_cannot_be_written_is_one_sentence(tmp_path):
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(AutostartProblem, match="Cannot write the log-in entry"):
        XdgAutostart(blocker).enable()


def test_frozen_and_flatpak_builds_start_themselves(monkeypatch):
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    assert launch_command() == [sys.executable, "-m", "shiftmate"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [sys.executable]
    monkeypatch.setenv("FLATPAK_ID", "io.github.shiftmate.ShiftMate")
    assert launch_command() == ["flatpak", "run", "io.github.shiftmate.ShiftMate"]


class FakeRegistry:
    """Just enough of winreg for the Run key: one hive of keys holding values."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}

    class _Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, hive, path, reserved=0, access=0):  # noqa: N802 - winreg's names
        if (hive, path) not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(self.keys[(hive, path)])

    def CreateKey(self, hive, path):  # noqa: N802
        return self._Key(self.keys.setdefault((hive, path), {}))

    def QueryValueEx(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name][1], key.values[name][0]

    def SetValueEx(self, key, name, reserved, kind, value):  # noqa: N802
        key.values[name] = (kind, value)

    def DeleteValue(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key_value_is_written_and_deleted():
    registry = FakeRegistry()
    starter = WindowsRunKey(registry, command=[r"C:\Users\me\AppData\Local\Programs\ShiftMate\ShiftMate.exe"])
    assert not starter.is_enabled()
    starter.enable()
    values = registry.keys[("HKCU", WindowsRunKey.KEY)]
    assert values["ShiftMate"] == (1, r'"C:\Users\me\AppData\Local\Programs\ShiftMate\ShiftMate.exe"')
    assert starter.is_enabled()
    starter.disable()
    assert not starter.is_enabled()
    starter.disable()


def test_mac_launch_agent_is_a_valid_plist_that_runs_at_load(tmp_path):
    starter = MacLaunchAgent(tmp_path, command=["/Applications/ShiftMate.app/Contents/MacOS/ShiftMate"])
    starter.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "io.github.shiftmate.ShiftMate.plist"
    with open(path, "rb") as handle:
        data = plistlib.load(handle)
    assert data["Label"] == "io.github.shiftmate.ShiftMate" and data["RunAtLoad"] is True
    assert data["ProgramArguments"] == ["/Applications/ShiftMate.app/Contents/MacOS/ShiftMate"]
    assert starter.is_enabled()
    starter.disable()
    assert not path.exists()


def test_each_system_gets_its_own_mechanism(monkeypatch):
    assert isinstance(autostart_for_this_system("darwin"), MacLaunchAgent)
    monkeypatch.setitem(sys.modules, "winreg", FakeRegistry())
    assert isinstance(autostart_for_this_system("win32"), WindowsRunKey)
    assert os.path.basename(autostart.__file__) == "autostart.py"


# -- what the log-in entry runs: quietly, on the chosen folder (issue 19, point 4) ----------

CUSTOM = "/home/me/My Shift Data"


def test_the_log_in_command_starts_minimised_and_carries_a_folder_of_the_persons_own():
    assert autostart_command(base=["shiftmate-gui"]) == ["shiftmate-gui", "--minimized"]
    assert autostart_command(CUSTOM, base=["shiftmate-gui"]) == ["shiftmate-gui", "--minimized", "--data-dir", CUSTOM]


def test_the_usual_folder_is_not_spelled_out(monkeypatch):
    from shiftmate.core.storage import paths

    usual = paths._default_data_dir()
    assert autostart_command(usual, base=["shiftmate-gui"]) == ["shiftmate-gui", "--minimized"]


def test_the_xdg_entry_quotes_a_data_folder_with_spaces(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    starter = autostart_for_this_system("linux", data_root=tmp_path / "Shift data")
    starter.enable()
    exec_line = read_entry(starter.entry)["Exec"]
    assert exec_line.endswith(f'-m shiftmate --minimized --data-dir "{tmp_path}/Shift data"')
    import shlex

    # The spec's quoting is the shell's double quotes: read back, the folder is one argument.
    assert shlex.split(exec_line)[-3:] == ["--minimized", "--data-dir", f"{tmp_path}/Shift data"]


def test_the_windows_run_key_quotes_each_part_and_a_folder_ending_in_a_backslash():
    registry = FakeRegistry()
    command = autostart_command("C:\\Users\\me\\Shift Data\\",
                                base=["C:\\Program Files\\ShiftMate\\ShiftMate.exe"])
    starter = WindowsRunKey(registry, command=command)
    starter.enable()
    (_kind, value) = registry.keys[("HKCU", WindowsRunKey.KEY)]["ShiftMate"]
    # CommandLineToArgvW: the doubled backslash before the closing quote reads as one.
    assert value == ('"C:\\Program Files\\ShiftMate\\ShiftMate.exe" "--minimized" "--data-dir" '
                     '"C:\\Users\\me\\Shift Data\\\\"')


def test_the_mac_launch_agent_passes_the_folder_as_one_argument(tmp_path):
    starter = MacLaunchAgent(tmp_path, command=autostart_command("/Users/me/Shift Data", base=["/Applications/ShiftMate.app/Contents/MacOS/ShiftMate"]))
    starter.enable()
    with open(starter.plist, "rb") as handle:
        data = plistlib.load(handle)
    assert data["ProgramArguments"][1:] == ["--minimized", "--data-dir", "/Users/me/Shift Data"]


def test_inside_flatpak_the_portal_is_asked_for_the_same_quiet_start(tmp_path):
    calls = []
    portal = PortalAutostart(tmp_path, run=calls.append,
                             command=autostart_command("/home/me/it's mine", base=["shiftmate"]))
    portal.enable()
    assert "'commandline': <['shiftmate', '--minimized', '--data-dir', '/home/me/it\\'s mine']>" in calls[0][-1]
