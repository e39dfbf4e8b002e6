"""Lean, honest dependencies (issue 20, item 4): the Qt modules the app uses, and pinned builds.

The `PySide6` metapackage pulls WebEngine, Pdf and every other add-on (hundreds of MB) that
ShiftMate never loads; PySide6-Essentials and PySide6-Addons carry what it does load.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def requirements() -> list[Requirement]:
    return [Requirement(line) for line in PROJECT["dependencies"]]


def pins() -> dict[str, Version]:
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            found[name.lower()] = Version(version)
    return found


def test_the_app_depends_on_the_qt_modules_it_uses_not_the_metapackage():
    names = {req.name.lower() for req in requirements()}
    assert "pyside6" not in names
    assert {"pyside6-essentials", "pyside6-addons"} <= names
    # The modules ShiftMate imports come from those two wheels (Charts from Addons; DBus, for
    # the desktop's notifications on Linux, from Essentials).
    used = set()
    for path in (ROOT / "shiftmate").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtCharts", "QtSvg", "QtPrintSupport",
                    "QtDBus"}, used


def test_the_broken_pyside6_release_stays_excluded_before_python_3_12():
    for req in requirements():
        if req.name.lower().startswith("pyside6") and req.marker and "< '3.12'" in str(req.marker).replace('"', "'"):
            assert not req.specifier.contains("6.12.0"), req
    sqlcipher = next(req for req in requirements() if req.name == "sqlcipher3")
    assert not sqlcipher.specifier.contains("0.6.0") and sqlcipher.specifier.contains("0.6.2")


def test_the_constraints_pin_every_dependency_to_a_version_pyproject_allows():
    pinned = pins()
    env = {"python_version": "3.11", "sys_platform": "win32"}  # every dependency, tzdata too
    for req in requirements():
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        name = req.name.lower()
        assert name in pinned, f"{req.name} is not pinned in {CONSTRAINTS.name}"
        assert req.specifier.contains(pinned[name]), f"{name}=={pinned[name]} does not satisfy {req}"
    assert pinned["shiboken6"] == pinned["pyside6-essentials"] == pinned["pyside6-addons"]
    assert "pyinstaller" in pinned


def test_build_script_installs_pyinstaller_with_the_constraints():
    script = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert "pip install --quiet -c packaging/constraints.txt pyinstaller" in script
