"""Write resources/licenses/THIRD-PARTY-NOTICES.txt from the packages installed here.

    python packaging/third_party_notices.py          # rewrite the file (committed)
    python packaging/third_party_notices.py --check  # exit 1 when it names a package no more

The notice names every library a ShiftMate install or bundle carries, its licence and where
its source is, followed by each package's own licence file as installed (its dist-info). The
full texts of the LGPL 3.0, GPL 3.0 and Apache 2.0 sit beside it; resources/ ships in the
wheel, the PyInstaller bundle and the Flatpak, and Settings ▸ About shows the file.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"

# (name, licence, copyright and source, distribution whose licence files follow or None).
# Libraries inside a wheel (Qt inside PySide6, SQLCipher, SQLite and OpenSSL inside sqlcipher3)
# have no distribution of their own: their entry says so.
COMPONENTS = [
    ("Qt 6", "LGPL-3.0-only (full text: LGPL-3.0.txt, GPL-3.0.txt)",
     "The Qt Company Ltd and other contributors; source: https://download.qt.io/official_releases/qt/ "
     "(ShiftMate loads Qt's shared libraries unmodified; you may replace them with your own build)", None),
    ("PySide6 (PySide6-Essentials, PySide6-Addons) and shiboken6",
     "LGPL-3.0-only (full text: LGPL-3.0.txt, GPL-3.0.txt)",
     "The Qt Company Ltd; source: https://code.qt.io/cgit/pyside/pyside-setup.git/", None),
    ("sqlcipher3", "zlib/libpng licence", "Gerhard Häring, Charles Leifer; https://github.com/coleifer/sqlcipher3",
     "sqlcipher3"),
    ("SQLCipher (inside sqlcipher3)", "BSD-3-Clause",
     "Copyright (c) 2008-2024 Zetetic LLC; https://github.com/sqlcipher/sqlcipher\n"
     "Redistribution and use in source and binary forms, with or without modification, are permitted\n"
     "provided that the following conditions are met: redistributions of source code must retain the\n"
     "above copyright notice, this list of conditions and the following disclaimer; redistributions in\n"
     "binary form must reproduce the above copyright notice, this list of conditions and the following\n"
     "disclaimer in the documentation and/or other materials provided with the distribution; neither the\n"
     "name of the ZETETIC LLC nor the names of its contributors may be used to endorse or promote\n"
     "products derived from this software without specific prior written permission.\n"
     "THIS SOFTWARE IS PROVIDED BY ZETETIC LLC ''AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES ARE\n"
     "DISCLAIMED. IN NO EVENT SHALL ZETETIC LLC BE LIABLE FOR ANY DAMAGES ARISING IN ANY WAY OUT OF THE\n"
     "USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.", None),
    ("SQLite (inside SQLCipher)", "public domain", "https://sqlite.org/copyright.html", None),
    ("OpenSSL (libcrypto, inside sqlcipher3)", "Apache-2.0 (full text: Apache-2.0.txt)",
     "The OpenSSL Project Authors; https://www.openssl.org/source/", None),
    ("sqlite-utils", "Apache-2.0 (full text: Apache-2.0.txt)", "Simon Willison; https://github.com/simonw/sqlite-utils",
     "sqlite-utils"),
    ("sqlite-fts4", "Apache-2.0 (full text: Apache-2.0.txt)", "Simon Willison; https://github.com/simonw/sqlite-fts4",
     None),
    ("click", "BSD-3-Clause", "Pallets; https://github.com/pallets/click", "click"),
    ("click-default-group", "BSD-3-Clause", "Heungsub Lee; https://github.com/click-contrib/click-default-group",
     "click-default-group"),
    ("tabulate", "MIT", "Sergey Astanin; https://github.com/astanin/python-tabulate", "tabulate"),
    ("python-dateutil", "Apache-2.0 and BSD-3-Clause", "Gustavo Niemeyer, Paul Ganssle; https://github.com/dateutil/dateutil",
     "python-dateutil"),
    ("pluggy", "MIT", "Holger Krekel and others; https://github.com/pytest-dev/pluggy", "pluggy"),
    ("platformdirs", "MIT", "The platformdirs developers; https://github.com/tox-dev/platformdirs", "platformdirs"),
    ("tzdata (Windows; on every system for icalendar)", "Apache-2.0 (full text: Apache-2.0.txt); the data itself is public domain",
     "Paul Ganssle; https://github.com/python/tzdata", "tzdata"),
    ("icalendar", "BSD-2-Clause", "Plone Foundation and contributors; https://github.com/collective/icalendar",
     "icalendar"),
    ("recurring-ical-events", "LGPL-3.0-or-later (full text: LGPL-3.0.txt, GPL-3.0.txt)",
     "Nicco Kunzmann and contributors; https://github.com/niccokunzmann/python-recurring-ical-events",
     "recurring-ical-events"),
    ("x-wr-timezone (required by recurring-ical-events)", "LGPL-3.0-or-later (full text: LGPL-3.0.txt, GPL-3.0.txt)",
     "Nicco Kunzmann and contributors; https://github.com/niccokunzmann/x-wr-timezone", "x-wr-timezone"),
    ("six (required by python-dateutil)", "MIT", "Benjamin Peterson; https://github.com/benjaminp/six", "six"),
    ("typing-extensions (required by icalendar before Python 3.13)", "PSF-2.0",
     "Guido van Rossum, Jukka Lehtosalo, Łukasz Langa, Michael Lee; https://github.com/python/typing_extensions",
     "typing-extensions"),
    ("pip (required by sqlite-utils)", "MIT", "The pip developers; https://github.com/pypa/pip", "pip"),
    ("Python (inside the bundle only)", "PSF-2.0",
     "Python Software Foundation; https://docs.python.org/3/license.html", None),
]


def license_texts(distribution: str) -> list[tuple[str, str]]:
    """The licence files a distribution installed, as (file name, text)."""
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return []
    found = []
    for path in dist.files or ():
        name = path.name.upper()
        if ".dist-info" in str(path) and name.startswith(("LICENSE", "LICENCE", "COPYING")):
            try:
                found.append((path.name, path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return found


def render() -> str:
    parts = [
        "ShiftMate itself is under the MIT licence (LICENSE). It ships with, and runs on, these",
        "libraries, each under its own licence:",
        "",
    ]
    for name, licence, source, _ in COMPONENTS:
        parts += [f"* {name}", f"  Licence: {licence}", *(f"  {line}" for line in source.splitlines()), ""]
    for name, _, _, distribution in COMPONENTS:
        for file_name, text in license_texts(distribution) if distribution else ():
            parts += ["=" * 78, f"{name}: {file_name}", "=" * 78, text.rstrip(), ""]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        text = OUT.read_text(encoding="utf-8")
        missing = [name for name, *_ in COMPONENTS if f"* {name}\n" not in text]
        if missing:
            print(f"{OUT} does not name: {', '.join(missing)}; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
