"""`shiftmate` (console) and `shiftmate-gui` (no console): commands print on every system.

Windows starts a GUI-subsystem program (the `shiftmate-gui` launcher, the bundle) with no
standard streams. Here a process is started the same way, with file descriptors 1 and 2
closed (Python then sets ``sys.stdout`` and ``sys.stderr`` to None), and the parent console
it attaches to is two files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e

# Stands in for AttachConsole: "the terminal I was typed in" is two files.
STARTED_WITHOUT_STREAMS = """
import sys
assert sys.stdout is None and sys.stderr is None, "the streams were not missing"
import shiftmate.console as console
console.attach_parent_console = lambda: (open(sys.argv[1], "w"), open(sys.argv[2], "w"))
from shiftmate.cli.main import gui_main
raise SystemExit(gui_main(sys.argv[3:]))
"""


def run_without_streams(tmp_path: Path, *args: str, attach: bool = True) -> tuple[int, str, str]:
    out, err = tmp_path / "console-out.txt", tmp_path / "console-err.txt"
    script = STARTED_WITHOUT_STREAMS if attach else STARTED_WITHOUT_STREAMS.replace(
        "console.attach_parent_console = ", "_ = ")
    # `exec ... >&- 2>&-` starts Python with no standard output or error at all.
    command = " ".join([f"exec '{sys.executable}' -c \"$SCRIPT\"", str(out), str(err), *args, ">&- 2>&-"])
    result = subprocess.run(["sh", "-c", command], env={**os.environ, "SCRIPT": script},
                            stdin=subprocess.DEVNULL, timeout=60, check=False)
    read = lambda path: path.read_text(encoding="utf-8") if path.exists() else ""  # noqa: E731
    return result.returncode, read(out), read(err)


def test_a_command_started_without_a_console_prints_to_the_parent_console(tmp_path):
    code, out, err = run_without_streams(tmp_path, "--data-dir", str(tmp_path / "data"), "doctor", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True
    assert err == ""


def test_an_error_without_a_console_is_one_line_on_the_parent_console(tmp_path):
    code, out, err = run_without_streams(tmp_path, "--no-such-flag")
    assert code == 2
    assert out == ""
    assert err.startswith("shiftmate: unrecognized arguments: --no-such-flag") and err.count("\n") == 1


def test_help_without_any_console_to_attach_to_still_exits_0(tmp_path):
    # Started from the Start menu: nowhere to print, and nothing may fail because of it.
    code, out, err = run_without_streams(tmp_path, "--help", attach=False)
    assert code == 0
    assert out == err == ""


def test_shiftmate_is_a_console_script_and_shiftmate_gui_the_window_launcher():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"shiftmate": "shiftmate.cli.main:main"}
    assert project["gui-scripts"] == {"shiftmate-gui": "shiftmate.cli.main:gui_main"}
    from shiftmate.cli import main as cli

    assert callable(cli.main) and callable(cli.gui_main)
    desktop = (ROOT / "packaging" / "io.github.shiftmate.ShiftMate.desktop").read_text(encoding="utf-8")
    assert "\nExec=shiftmate-gui %f\n" in desktop
    # The bundle is built without a console and attaches to the parent's (shiftmate.console).
    assert "gui_main" in (ROOT / "packaging" / "launcher.py").read_text(encoding="utf-8")


def test_autostart_on_windows_starts_pythonw_so_no_console_window_opens(monkeypatch, tmp_path):
    from shiftmate.core.system import autostart

    python = tmp_path / "python.exe"
    python.write_bytes(b"")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", str(python))
    assert autostart.launch_command() == [str(tmp_path / "pythonw.exe"), "-m", "shiftmate"]
