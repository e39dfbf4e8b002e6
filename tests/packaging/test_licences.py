"""Licences: ShiftMate's own (MIT, PEP 639 metadata) and the third-party notices it ships.

Issue 20, item 3: a LICENSE at the root, ``license = "MIT"`` with ``license-files``, the
notices in the wheel, the bundle (tests/packaging/test_bundle.py), the Flatpak's
share/licenses and Settings ▸ About.
"""

from __future__ import annotations

import glob
import json
import re
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NOTICES = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"


def test_the_licence_is_an_spdx_expression_with_its_files():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"  # the table form is deprecated (and fails from 2027-02-18)
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    for pattern in project["license-files"]:
        assert glob.glob(str(ROOT / pattern)), pattern
    floor = next(r for r in PYPROJECT["build-system"]["requires"] if r.startswith("setuptools"))
    version = tuple(int(p) for p in re.search(r">=([\d.]+)", floor).group(1).split("."))
    assert version >= (77, 0, 3)  # the first setuptools with PEP 639 `license-files`


def _runtime_distributions(name: str = "shiftmate", seen: set | None = None) -> set[str]:
    seen = set() if seen is None else seen
    for raw in metadata.requires(name) or ():
        req = Requirement(raw)
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = req.name.lower().replace("_", "-")
        if key not in seen:
            seen.add(key)
            try:
                _runtime_distributions(req.name, seen)
            except metadata.PackageNotFoundError:
                pass
    return seen


def test_the_notices_name_every_library_an_install_carries():
    text = NOTICES.read_text(encoding="utf-8").lower()
    missing = [name for name in sorted(_runtime_distributions()) if name not in text]
    assert not missing, f"THIRD-PARTY-NOTICES.txt lacks {missing}: run packaging/third_party_notices.py"
    for library in ("qt 6", "pyside6", "shiboken6", "sqlcipher", "sqlite", "openssl"):
        assert library in text
    check = subprocess.run([sys.executable, str(ROOT / "packaging" / "third_party_notices.py"), "--check"],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr


def test_the_flatpak_installs_the_licences_under_share_licenses():
    manifest = json.loads((ROOT / "packaging" / "flatpak" / "io.github.shiftmate.ShiftMate.json").read_text())
    commands = [c for m in manifest["modules"] if isinstance(m, dict) for c in m["build-commands"]]
    target = "/app/share/licenses/io.github.shiftmate.ShiftMate/"
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.txt", "LGPL-3.0.txt", "GPL-3.0.txt"):
        assert any(c.startswith("install -Dm644 ") and c.endswith(target + name) for c in commands), name


def test_the_bundle_spec_ships_the_licence():
    spec = (ROOT / "packaging" / "shiftmate.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "LICENSE"), ".")' in spec  # resources/licenses/ comes with resources/


@pytest.mark.packaging
def test_the_wheel_carries_the_licence_and_the_notices(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = tmp_path.glob("shiftmate-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        meta = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = archive.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "License-Expression: MIT" in meta.splitlines()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "shiftmate/resources/licenses/THIRD-PARTY-NOTICES.txt" in names
    assert "shiftmate/resources/licenses/LGPL-3.0.txt" in names
    # Item 1 as built: a console script and a GUI launcher.
    assert "[console_scripts]\nshiftmate = shiftmate.cli.main:main" in entry_points
    assert "[gui_scripts]\nshiftmate-gui = shiftmate.cli.main:gui_main" in entry_points
