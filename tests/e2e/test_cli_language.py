"""`--lang` and the system's language, with ShiftMate started as a separate process."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e

SIDEBAR = """
import sys
from pathlib import Path
from shiftmate.app import build_main_window
from shiftmate.core.storage.paths import DataLocation
window, services = build_main_window(DataLocation(Path(sys.argv[1])))
print(",".join(window.sidebar.item(i).text() for i in range(window.sidebar.count())))
"""


@pytest.mark.parametrize("code", ["fr", "klingon", ""])
def test_an_unknown_language_is_one_line_and_exit_2(code, data_dir):
    result = run_cli("--data-dir", str(data_dir), "--lang", code, "doctor")
    assert result.returncode == 2
    line = assert_one_line_error(result.stderr)
    assert f"no translation for the language '{code}'" in line and "es (Español)" in line
    assert not data_dir.exists()  # bad input changes nothing


def test_lang_is_accepted_by_every_command_and_the_cli_speaks_english(data_dir):
    result = run_cli("--data-dir", str(data_dir), "--lang", "es", "checklist", "list")
    assert result.returncode == 0, result.stderr
    assert "Before my shift" in result.stdout


@pytest.mark.parametrize("env, first", [
    ({"LANGUAGE": "es", "LANG": "es_MX.UTF-8", "LC_ALL": ""}, "Hoy"),
    ({"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8", "LC_ALL": ""}, "Hoy"),  # the first it speaks
    ({"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": ""}, "Today"),  # none: English
])
def test_the_window_follows_the_system_language(env, first, tmp_path):
    import os

    full_env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SIDEBAR, str(tmp_path / "d")], capture_output=True,
                         text=True, env=full_env, timeout=60, check=True)
    assert out.stdout.strip().split(",")[0] == first


def test_screenshot_with_lang_es_renders_spanish(tmp_path):
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "demo-data", "--days", "14").returncode == 0
    shots = {}
    for lang in ("en", "es"):
        result = run_cli("--lang", lang, "--data-dir", str(data), "screenshot", str(tmp_path / lang),
                         "--size", "900x600", timeout=120)
        assert result.returncode == 0, result.stderr
        shots[lang] = QImage(str(tmp_path / lang / "today.png"))
    sidebar = (8, 40, 180, 240)  # where the screen names are: "Today" … against "Hoy" …
    differing = sum(
        shots["en"].pixel(x, y) != shots["es"].pixel(x, y)
        for x in range(sidebar[0], sidebar[2]) for y in range(sidebar[1], sidebar[3])
    )
    assert differing > 200
