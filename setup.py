"""The packaging facts pyproject.toml cannot say.

* Which packages: every package under ``shiftmate/`` is found, so a new feature's folder cannot
  silently drop out of the wheel (the PyInstaller spec collects the same ones with
  ``collect_submodules``); the top-level ``resources/`` folder is installed as
  ``shiftmate.resources`` (see pyproject's package-dir).
* The shell completions (bash, zsh, fish) and the man page, generated from the real parser at
  build time (``packaging/cli_docs.py``) and installed under ``<prefix>/share/``, where
  bash-completion, zsh, fish and man look (``~/.local/share`` for ``pip install --user``).
"""

import sys
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent


def cli_docs() -> list[tuple[str, list[str]]]:
    """``data_files`` for the completions and the man page, written into build/cli-docs/."""
    added = [str(HERE), str(HERE / "packaging")]  # shiftmate itself, and cli_docs beside the spec
    sys.path[:0] = added
    try:
        try:
            import cli_docs
        except ImportError:  # an sdist without packaging/ (it carries it: see MANIFEST.in)
            return []
        outdir = HERE / "build" / "cli-docs"
        try:
            written = cli_docs.generate(outdir)
        except ImportError as exc:  # shtab or argparse-manpage missing: pyproject's build needs them
            print(f"setup.py: shell completions and man page not built ({exc})", file=sys.stderr)
            return []
    finally:
        for path in added:
            while path in sys.path:
                sys.path.remove(path)
    return [(str(Path("share", path.parent.relative_to(outdir))), [str(path.relative_to(HERE))])
            for path in written]


setup(
    packages=find_packages(include=["shiftmate", "shiftmate.*"]) + ["shiftmate.resources"],
    data_files=cli_docs(),
)
