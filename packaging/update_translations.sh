#!/usr/bin/env bash
# Bring resources/translations/*.ts up to date with the sources and compile the .qm files.
# Usage: packaging/update_translations.sh [--lang CODE]   (from anywhere in a checkout)
# Then translate the entries it reports as unfinished and run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m shiftmate.translation_files update "$@"
