#!/usr/bin/env bash
# Build the one-folder ShiftMate bundle with PyInstaller: dist/ShiftMate/ShiftMate on Linux
# (ShiftMate.exe on Windows under Git Bash, ShiftMate.app on macOS).
#
#   packaging/build.sh            # into dist/ (work files in build/)
#   DIST=/tmp/d WORK=/tmp/w packaging/build.sh
#
# Uses the Python of the active virtual environment (or $PYTHON) and installs PyInstaller
# into it when missing. The app itself must be installed there too (pip install -e .).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${PYTHON:-}" ]; then :
elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then PYTHON="$VIRTUAL_ENV/bin/python"
elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/Scripts/python.exe" ]; then
  PYTHON="$VIRTUAL_ENV/Scripts/python.exe"  # a Windows venv, from Git Bash
elif [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe
else PYTHON=python3
fi
DIST=${DIST:-dist}
WORK=${WORK:-build}

# packaging/constraints.txt pins what a released bundle is built with:
#   pip install -c packaging/constraints.txt . pyinstaller
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install --quiet -c packaging/constraints.txt pyinstaller
fi
# Say so when this environment differs from the pins (a local build may; a release should not).
"$PYTHON" - <<'PY' || true
from importlib import metadata
for line in open("packaging/constraints.txt", encoding="utf-8"):
    if "==" in line and not line.startswith("#"):
        name, pinned = line.strip().split("==")
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        if have != pinned:
            print(f"note: {name} {have} is installed; packaging/constraints.txt pins {pinned}")
PY

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/shiftmate.spec
# The Qt filter in the spec leaves links to the libraries it dropped (Qml, Quick, Pdf…): remove
# the links that point nowhere, so packagers and file managers see none.
find "$DIST/ShiftMate" -xtype l -delete
# Shell completions and the man page, from the parser as built (packaging/cli_docs.py).
if ! "$PYTHON" -c "import shtab, argparse_manpage" 2>/dev/null; then
  "$PYTHON" -m pip install --quiet -c packaging/constraints.txt shtab argparse-manpage
fi
"$PYTHON" packaging/cli_docs.py "$DIST/ShiftMate/share" >/dev/null
echo "Built $DIST/ShiftMate in $(( $(date +%s) - started )) s ($(du -sh "$DIST/ShiftMate" | cut -f1))."
