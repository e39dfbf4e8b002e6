"""The Flatpak as Flathub takes it (issue 20, item 6): offline sources, lean BaseApp, portals."""

from __future__ import annotations

import json
import re
from pathlib import Path

from shiftmate.core.system.autostart import PortalAutostart, autostart_for_this_system

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "flatpak"
MANIFEST = json.loads((HERE / "io.github.shiftmate.ShiftMate.json").read_text(encoding="utf-8"))
PYTHON_SOURCES = json.loads((HERE / "python3-requirements.json").read_text(encoding="utf-8"))


def test_the_build_needs_no_network_every_python_package_is_a_pinned_hashed_source():
    text = json.dumps(MANIFEST) + json.dumps(PYTHON_SOURCES)
    assert "--share=network" not in text
    assert "python3-requirements.json" in MANIFEST["modules"]
    pinned = [line.split("==")[0].replace("-", "_").lower()
              for line in (HERE / "requirements.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    files = [source["url"].rsplit("/", 1)[1].lower() for source in PYTHON_SOURCES["sources"]]
    for name in pinned:
        assert any(f.startswith(f"{name}-") for f in files), name
    for source in PYTHON_SOURCES["sources"]:
        assert source["type"] == "file" and re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        assert source["url"].startswith("https://files.pythonhosted.org/packages/")
    arches = {a for s in PYTHON_SOURCES["sources"] if "sqlcipher3" in s["url"] for a in s["only-arches"]}
    assert arches == {"x86_64", "aarch64"}  # its wheels bundle SQLCipher and OpenSSL, per architecture
    assert "--no-index" in PYTHON_SOURCES["build-commands"][0]


def test_the_pins_match_the_bundles_constraints():
    constraints = dict(line.split("==") for line in (ROOT / "packaging" / "constraints.txt").read_text().splitlines()
                       if "==" in line and not line.startswith("#"))
    for line in (HERE / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.strip().split("==")
            assert constraints.get(name) == version, name


def test_the_lean_baseapp_notifications_and_no_filesystem_hole():
    assert MANIFEST["runtime"] == "org.kde.Platform" and MANIFEST["base"] == "io.qt.PySide.BaseApp"
    assert MANIFEST["runtime-version"] == MANIFEST["base-version"]
    env = MANIFEST["build-options"]["env"]
    assert env["BASEAPP_REMOVE_WEBENGINE"] == "1" and env["BASEAPP_DISABLE_NUMPY"] == "1"
    finish = MANIFEST["finish-args"]
    assert "--talk-name=org.freedesktop.Notifications" in finish
    assert not any(arg.startswith("--filesystem") for arg in finish)  # autostart goes through the portal
    ours = next(m for m in MANIFEST["modules"] if isinstance(m, dict) and m["name"] == "shiftmate")
    assert {"dist", "build", ".venv"} <= set(ours["sources"][0]["skip"])


def test_inside_flatpak_autostart_asks_the_background_portal(tmp_path, monkeypatch):
    calls = []
    portal = PortalAutostart(tmp_path, run=calls.append)
    assert not portal.is_enabled()
    portal.enable()
    assert portal.is_enabled()
    assert calls[0][:2] == ["gdbus", "call"] and "org.freedesktop.portal.Background.RequestBackground" in calls[0]
    assert "'autostart': <true>" in calls[0][-1] and "'commandline': <['shiftmate', '--minimized']>" in calls[0][-1]
    portal.disable()
    assert not portal.is_enabled() and "'autostart': <false>" in calls[1][-1]
    monkeypatch.setenv("FLATPAK_ID", "io.github.shiftmate.ShiftMate")
    assert isinstance(autostart_for_this_system("linux"), PortalAutostart)


def test_desktop_entry_and_metainfo_speak_spanish_and_carry_release_notes():
    import xml.etree.ElementTree as ET

    desktop = (ROOT / "packaging" / "io.github.shiftmate.ShiftMate.desktop").read_text(encoding="utf-8")
    for key in ("Name[es]=", "GenericName[es]=", "Comment[es]="):
        assert f"\n{key}" in desktop, key
    root = ET.parse(ROOT / "packaging" / "io.github.shiftmate.ShiftMate.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(e.get(lang) == "es" for e in root.iter("summary"))
    assert any(e.get(lang) == "es" for e in root.find("description"))
    assert root.find("releases/release/description/p") is not None
