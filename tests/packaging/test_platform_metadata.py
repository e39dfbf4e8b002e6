"""macOS and Windows metadata (issue 20, item 7): computed at build time, checked anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shiftmate import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from platform_metadata import macos_minimum, windows_version_resource  # noqa: E402


def test_the_oldest_macos_follows_the_bundled_pyside6():
    assert macos_minimum("6.11.3") == "13.0"
    assert macos_minimum("6.12.0") == "14.0"
    assert macos_minimum("6.10.1") == "13.0" and macos_minimum("6.8.2.1") == "12.0"
    spec = (ROOT / "packaging" / "shiftmate.spec").read_text(encoding="utf-8")
    assert 'info["LSMinimumSystemVersion"] = macos_minimum(PySide6.__version__)' in spec


def test_the_windows_version_resource_is_one_pyinstaller_reads():
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    text = windows_version_resource(__version__, name="ShiftMate", description="d", company="c",
                                    copyright_line="© c")
    names = {name: getattr(versioninfo, name) for name in dir(versioninfo) if not name.startswith("_")}
    info = eval(text, names)  # noqa: S307 - PyInstaller reads version files the same way
    assert info.ffi.fileVersionMS == 0 << 16 | 1 and "ProductVersion" in text
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    spec = (ROOT / "packaging" / "shiftmate.spec").read_text(encoding="utf-8")
    assert "version=str(VERSION_FILE) if VERSION_FILE else None" in spec


def test_the_windows_installer_speaks_spanish_too():
    iss = (ROOT / "packaging" / "windows" / "shiftmate.iss").read_text(encoding="utf-8")
    assert 'Name: "spanish"; MessagesFile: "compiler:Languages\\Spanish.isl"' in iss
    assert "VersionInfoVersion={#AppVersion}" in iss


@pytest.mark.skipif(os.name == "nt", reason="fakes a Windows venv from a POSIX shell")
def test_build_script_finds_the_python_of_a_windows_venv(tmp_path):
    venv = tmp_path / "venv"
    (venv / "Scripts").mkdir(parents=True)
    log = tmp_path / "used.txt"
    fake = venv / "Scripts" / "python.exe"
    fake.write_text(f"#!/bin/sh\necho \"$0\" >> '{log}'\nexit 1\n")
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "PYTHON"}
    env.update(VIRTUAL_ENV=str(venv), DIST=str(tmp_path / "d"), WORK=str(tmp_path / "w"))
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=env, capture_output=True,
                   timeout=60, check=False)
    assert log.read_text().splitlines()[0] == str(fake)
