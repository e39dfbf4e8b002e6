"""The packaging files are valid and point at files that exist.

Windows (Inno Setup) and macOS (Info.plist) are built on their own systems; here they are
checked for syntax and for referencing files that exist. The desktop entry and the AppStream
metainfo go through the real validators when they are installed.
"""

from __future__ import annotations

import ast
import json
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shiftmate import __version__
from shiftmate.core.system import resources

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.shiftmate.ShiftMate"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "shiftmate.spec"
ISS = PACKAGING / "windows" / "shiftmate.iss"
PLIST = PACKAGING / "macos" / "Info.plist"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.json"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run_validator(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(argv), capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL, timeout=60)


# -- Linux ------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)")
def test_desktop_entry_passes_desktop_file_validate():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout  # not even a hint


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (apt-get install appstream)")
def test_metainfo_passes_appstreamcli_validate():
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert not problems, result.stdout


def test_metainfo_names_the_desktop_entry_this_release_and_screenshots_we_ship():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.find("releases/release").get("version") == __version__
    images = [img.text for img in root.iter("image")]
    assert len(images) >= 3
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), f"{url} points at no file in the repository"


def test_icons_exist_as_svg_and_png_in_every_size(qapp):
    from PySide6.QtGui import QImage

    icons = ROOT / "resources" / "icons"
    assert (icons / "shiftmate.svg").is_file()
    for size in PNG_SIZES:
        image = QImage(str(icons / "png" / f"shiftmate-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (icons / "shiftmate.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (icons / "shiftmate.icns").read_bytes()[:4] == b"icns"


def test_flatpak_manifest_uses_the_kde_runtime_and_files_that_exist():
    manifest = json.loads(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID and manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    here = FLATPAK.parent
    modules = [json.loads((here / m).read_text(encoding="utf-8")) if isinstance(m, str) else m
               for m in manifest["modules"]]
    for module in modules:
        for source in module["sources"]:
            assert "path" not in source or (here / source["path"]).exists(), source
    commands = " ".join(c for m in modules for c in m["build-commands"])
    for path in re.findall(r"install -Dm644 (\S+) ", commands):
        if "$size" in path:
            assert all((ROOT / path.replace("$size", str(s))).is_file() for s in PNG_SIZES)
        else:
            assert (ROOT / path).is_file(), path


def requirement_name(line: str) -> str:
    return re.split(r"[<>=!~;\[ ]", line.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_flatpak_lists_every_python_dependency_the_runtime_lacks():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = {requirement_name(dep) for dep in project["dependencies"] if "win32" not in dep}
    needed = {name for name in needed if not name.startswith("pyside6")}  # the PySide BaseApp has them
    listed = {
        requirement_name(line)
        for line in (FLATPAK.parent / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert needed <= listed, f"missing from the Flatpak: {sorted(needed - listed)}"


# -- PyInstaller spec, Windows, macOS ---------------------------------------------------
def test_spec_is_python_and_names_files_that_exist():
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source, filename=str(SPEC))
    assert (PACKAGING / "launcher.py").is_file() and '"launcher.py"' in source
    for name in ("shiftmate.ico", "shiftmate.icns"):
        assert name in source and (ROOT / "resources" / "icons" / name).is_file()
    # The bundle keeps resources where the frozen branch of resource_path looks.
    assert f'"{"/".join(resources.FROZEN_RESOURCES)}"' in source
    assert '"PySide6.QtCharts"' in source and '"PySide6.QtWebEngineCore"' in source


def test_build_script_is_valid_bash():
    result = run_validator("bash", "-n", str(PACKAGING / "build.sh"))
    assert result.returncode == 0, result.stderr


def test_info_plist_parses_and_points_at_the_icns():
    with open(PLIST, "rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleExecutable"] == "ShiftMate"
    assert info["CFBundleShortVersionString"] == __version__
    assert (ROOT / "resources" / "icons" / info["CFBundleIconFile"]).is_file()
    assert info["NSHighResolutionCapable"] is True


def parse_iss(text: str) -> dict[str, list[str]]:
    """Sections of an Inno Setup script, each a list of its non-comment lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#define"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
            continue
        assert current is not None, f"line outside any section: {line}"
        if current == "Setup":
            assert re.fullmatch(r"\w+=.+", line), f"not Key=Value: {line}"
        else:
            assert re.match(r'\w+: ', line), f"not 'Param: value; ...': {line}"
            assert line.count('"') % 2 == 0, f"unbalanced quotes: {line}"
        sections[current].append(line)
    return sections


def test_inno_setup_script_is_per_user_with_start_menu_and_uninstaller():
    text = ISS.read_text(encoding="utf-8")
    sections = parse_iss(text)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert re.search(r'#define AppVersion "([^"]+)"', text).group(1) == __version__
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # user's Programs when not admin
    assert "Uninstallable" not in setup or setup["Uninstallable"] == "yes"
    assert any(line.startswith('Name: "{group}\\{#AppName}"') for line in sections["Icons"])
    assert any("{uninstallexe}" in line for line in sections["Icons"])
    # Files it takes from the repository exist; the bundle is the spec's output folder.
    here = ISS.parent
    assert (here / setup["SetupIconFile"].replace("\\", "/")).is_file()
    sources = [re.search(r'Source: "([^"]+)"', line).group(1) for line in sections["Files"]]
    assert sources == ["..\\..\\dist\\ShiftMate\\*"]
    assert "name=APP_NAME" in SPEC.read_text(encoding="utf-8")


def test_the_windows_installer_lets_a_pack_open_with_shiftmate_without_taking_over_toml():
    sections = parse_iss(ISS.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["ChangesAssociations"] == "yes"
    registry = sections["Registry"]
    command = [line for line in registry if "{#AppId}.pack\\shell\\open\\command" in line]
    assert command and '"""{app}\\{#AppName}.exe"" ""%1"""' in command[0]  # the file, quoted, as argument
    assert any("\\.toml\\OpenWithProgids" in line and 'ValueName: "{#AppId}.pack"' in line
               and "uninsdeletevalue" in line for line in registry)
    # .toml's default program is never changed: no value written on .toml itself.
    assert not any(re.search(r'Subkey: "Software\\\\Classes\\\\.toml"', line) for line in registry)
    assert all(line.startswith(("Root: HKA", "Root: HKCU")) for line in registry)  # per user, no admin


# -- resources, frozen and not ----------------------------------------------------------
def test_resource_path_finds_files_from_source():
    assert resources.resource_path("icons", "shiftmate.svg").is_file()
    assert resources.resource_path("packs", "builtin.shiftpack.toml").is_file()


def test_resource_path_looks_inside_the_bundle_when_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "shiftmate.svg") == (
        tmp_path / "shiftmate" / "resources" / "icons" / "shiftmate.svg"
    )


# -- the packaging README ---------------------------------------------------------------
def test_readme_names_the_machine_wide_packs_folders_platformdirs_uses(monkeypatch):
    import platformdirs.windows
    from platformdirs.macos import MacOS
    from platformdirs.unix import Unix
    from platformdirs.windows import Windows

    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    linux = Unix("ShiftMate", appauthor=False).site_config_dir
    mac = MacOS("ShiftMate", appauthor=False).site_config_dir
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _csidl: "C:\\ProgramData")
    windows = Windows("ShiftMate", appauthor=False).site_config_dir.replace("/", "\\")
    for folder in (f"{linux}/packs", f"{mac}/packs", f"{windows}\\packs"):
        assert f"`{folder}`" in readme, folder
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg:/usr/local/etc/xdg")
    multipath = Unix("ShiftMate", appauthor=False, multipath=True).site_config_dir
    assert multipath == "/etc/xdg/ShiftMate:/usr/local/etc/xdg/ShiftMate"  # every entry


def test_the_x11_window_class_is_one_value_everywhere():
    # Qt's xcb platform sets WM_CLASS's class to the application name, in the bundle and in a
    # pip install alike; the desktop entry has to name that same value.
    from shiftmate import APP_NAME

    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entry["StartupWMClass"] == APP_NAME == "ShiftMate"
    assert "app.setApplicationName(APP_NAME)" in (ROOT / "shiftmate" / "app.py").read_text(encoding="utf-8")


def test_every_folder_of_code_is_a_package_the_wheel_finds():
    # setup.py installs what find_packages finds; a folder of modules without an __init__.py
    # would be left out of the wheel without a word.
    from setuptools import find_packages

    found = set(find_packages(str(ROOT), include=["shiftmate", "shiftmate.*"]))
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "shiftmate").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert folders - found == set()
    for init in (ROOT / "shiftmate").rglob("__init__.py"):
        if init.parent.name == "resources":
            continue
        # An __init__ that imports would load its modules whenever any one of them is used.
        imports = [line for line in init.read_text(encoding="utf-8").splitlines() if line.startswith(("import ", "from "))]
        assert not imports, f"{init.relative_to(ROOT)} imports something; keep package __init__ files empty"
