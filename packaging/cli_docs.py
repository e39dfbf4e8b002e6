"""Generate shell completions (shtab) and the man page (argparse-manpage) from the real parser.

    python packaging/cli_docs.py OUTDIR

writes, in the layout a package installs under ``share/``::

    OUTDIR/bash-completion/completions/shiftmate
    OUTDIR/zsh/site-functions/_shiftmate
    OUTDIR/fish/vendor_completions.d/shiftmate.fish
    OUTDIR/man/man1/shiftmate.1

Run at build time (packaging/build.sh puts them in the bundle's ``share/``), never committed:
they follow the commands as they are. Needs the ``packaging`` extra (shtab, argparse-manpage).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COMPLETIONS = {
    "bash": Path("bash-completion", "completions", "shiftmate"),
    "zsh": Path("zsh", "site-functions", "_shiftmate"),
    "fish": Path("fish", "vendor_completions.d", "shiftmate.fish"),
}
MAN_PAGE = Path("man", "man1", "shiftmate.1")


def generate(outdir: Path) -> list[Path]:
    """Write every completion script and the man page under ``outdir``; returns the files."""
    import shtab
    from argparse_manpage.manpage import Manpage

    from shiftmate import __version__
    from shiftmate.cli.main import build_parser

    written = []
    for shell, relative in COMPLETIONS.items():
        target = outdir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        # A fresh parser per shell: shtab adds its own attributes to the one it is given.
        target.write_text(shtab.complete(build_parser(), shell=shell), encoding="utf-8")
        written.append(target)
    page = Manpage(build_parser())
    page.source = f"shiftmate {__version__}"  # the date follows SOURCE_DATE_EPOCH when set
    page.manual = "ShiftMate manual"
    page.description = "checklists, break reminders and a private journal for people who serve customers"
    target = outdir / MAN_PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(str(page), encoding="utf-8")
    written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/cli_docs.py OUTDIR", file=sys.stderr)
        return 2
    for path in generate(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
