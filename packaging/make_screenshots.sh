#!/usr/bin/env bash
# Render the README's screenshots with the app itself, on fresh demo data: light, dark,
# high contrast, and 200 % text on a 1280x720 window (large-text).
# Usage: packaging/make_screenshots.sh   (from the repo root, with shiftmate installed)
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen
python -m shiftmate --data-dir "$data/d" demo-data --days 120 --seed 7
for theme in light dark high-contrast; do
  rm -rf "packaging/screenshots/$theme"
  python -m shiftmate --data-dir "$data/d" screenshot "packaging/screenshots/$theme" --theme "$theme" --size 1100x720 >/dev/null
done
rm -rf packaging/screenshots/large-text
python -m shiftmate --data-dir "$data/d" screenshot packaging/screenshots/large-text --size 1280x720 --text-size 200 >/dev/null
ls packaging/screenshots/*
