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
elif [ -n "${VIRTUAL_ENV:-}" ]; then PYTHON="$VIRTUAL_ENV/bin/python"
else PYTHON=python3
fi
DIST=${DIST:-dist}
WORK=${WORK:-build}

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/shiftmate.spec
echo "Built $DIST/ShiftMate in $(( $(date +%s) - started )) s ($(du -sh "$DIST/ShiftMate" | cut -f1))."
