#!/usr/bin/env bash
# Render the README's screenshots with the app itself, on fresh demo data: light, dark,
# high contrast, 200 % text on a 1280x720 window (large-text), and two in Spanish.
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
# Two in Spanish for the README's Languages section (--lang es, light).
python -m shiftmate --lang es --data-dir "$data/d" screenshot "$data/es" --theme light --size 1100x720 >/dev/null
mkdir -p packaging/screenshots/es
cp "$data/es/today.png" "$data/es/checklists-run.png" packaging/screenshots/es/
ls packaging/screenshots/*
