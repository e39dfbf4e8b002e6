"""The layout of issue 17: layer first, then one name per feature in every layer."""

from __future__ import annotations

from pathlib import Path

import shiftmate

PACKAGE = Path(shiftmate.__file__).resolve().parent
PREFIXES = ("journal_", "checklist_", "pack_", "shift_", "reminder_", "break_", "insights_", "privacy_")


def test_no_module_directly_in_core_or_ui_carries_a_feature_prefix():
    prefixed = [f"{layer}/{path.name}" for layer in ("core", "ui")
                for path in (PACKAGE / layer).glob("*.py") if path.name.startswith(PREFIXES)]
    assert prefixed == [], f"these belong in their feature's folder: {prefixed}"


def test_the_command_line_is_a_package_with_a_module_per_feature():
    assert not (PACKAGE / "cli.py").exists() and (PACKAGE / "cli" / "__init__.py").is_file()
    assert not list(PACKAGE.glob("cli_*.py"))
    for feature in ("journal", "checklists", "packs", "shifts", "insights", "privacy"):
        assert (PACKAGE / "cli" / f"{feature}.py").is_file(), feature


def test_each_feature_has_the_same_name_in_core_ui_and_tests():
    root = PACKAGE.parent
    for feature in ("journal", "checklists", "packs", "shifts", "insights", "privacy"):
        for folder in (PACKAGE / "core" / feature, PACKAGE / "ui" / feature,
                       root / "tests" / "core" / feature, root / "tests" / "ui" / feature):
            assert (folder / "__init__.py").is_file(), folder
