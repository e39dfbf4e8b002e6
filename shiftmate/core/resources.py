"""Finding the files ShiftMate ships (icons, built-in content, translations)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("icons", "shiftmate.svg")``."""
    base = resources.files("shiftmate.resources")
    return Path(str(base.joinpath(*parts)))
