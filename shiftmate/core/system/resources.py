"""Finding the files ShiftMate ships (icons, built-in content, translations).

One helper serves every way ShiftMate runs: from a checkout, an editable install or a wheel
(``importlib.resources`` on the package ``shiftmate.resources``, which pyproject maps to the
top-level ``resources/`` folder), and frozen by PyInstaller, where the spec copies that folder
to ``shiftmate/resources`` inside the bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Where packaging/shiftmate.spec puts resources/ inside a frozen bundle; keep the two in step.
FROZEN_RESOURCES = ("shiftmate", "resources")


def resources_root() -> Path:
    """The folder holding the shipped resources, from source or frozen."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_base:
        return Path(frozen_base).joinpath(*FROZEN_RESOURCES)
    # The package's folder, as its import spec names it (a wheel, a checkout, an editable
    # install): about a millisecond, where importlib.resources first imports ~10 ms of modules.
    import importlib.util

    spec = importlib.util.find_spec("shiftmate.resources")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if len(folders) == 1 and Path(folders[0]).is_dir():
        return Path(folders[0])
    from importlib import resources

    return Path(str(resources.files("shiftmate.resources")))


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("icons", "shiftmate.svg")``."""
    return resources_root().joinpath(*parts)
