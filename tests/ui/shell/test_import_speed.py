"""PySide6's check of each imported module reads the file's bytes, not its source through
inspect (ui/shell/import_speed.py): same answers, nothing kept in linecache."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_modules_imported_after_pyside_are_told_apart_without_filling_linecache(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("VALUE = 2  # no Qt here\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        from shiftmate.ui.shell.import_speed import load_pyside
        assert load_pyside() and load_pyside()  # idempotent
        import PySide6.QtCore
        import uses_qt, plain
        feature = sys.modules["shibokensupport.feature"]
        assert feature.pyside_feature_dict["uses_qt"] == 0, feature.pyside_feature_dict.get("uses_qt")
        assert feature.pyside_feature_dict["plain"] == -1, feature.pyside_feature_dict.get("plain")
        kept = [name for name in linecache.cache if name.startswith({str(tmp_path)!r})]
        assert kept == [], kept
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
