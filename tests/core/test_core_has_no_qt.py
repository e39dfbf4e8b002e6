"""The core is a headless library: importing it (or running a CLI command) loads no Qt."""

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import shiftmate.core
for info in pkgutil.walk_packages(shiftmate.core.__path__, "shiftmate.core."):
    importlib.import_module(info.name)
import shiftmate.cli.main
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded) or "none")
"""


def test_importing_core_and_cli_leaves_pyside6_unimported():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "none"


def test_doctor_command_runs_without_importing_pyside6(tmp_path):
    code = (
        "import sys; from shiftmate.cli.main import main; "
        f"rc = main(['--data-dir', {str(tmp_path / 'd')!r}, 'doctor', '--json']); "
        "assert rc == 0, rc; "
        "print('PySide6' in sys.modules, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "False"
