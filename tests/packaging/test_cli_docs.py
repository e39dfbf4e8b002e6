"""Command-line habits (issue 20, item 8): completions, man page, --version --verbose, the sdist."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from shiftmate import __version__
from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]


def generate(outdir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "packaging" / "cli_docs.py"), str(outdir)],
                          capture_output=True, text=True, timeout=120, check=False)


def test_completions_for_bash_zsh_and_fish_and_the_man_page_generate(tmp_path):
    pytest.importorskip("shtab")
    pytest.importorskip("argparse_manpage")
    result = generate(tmp_path)
    assert result.returncode == 0, result.stderr
    bash = (tmp_path / "bash-completion" / "completions" / "shiftmate").read_text()
    zsh = (tmp_path / "zsh" / "site-functions" / "_shiftmate").read_text()
    fish = (tmp_path / "fish" / "vendor_completions.d" / "shiftmate.fish").read_text()
    man = (tmp_path / "man" / "man1" / "shiftmate.1").read_text()
    # Every command and a sub-command's own option, from the parser as it is.
    for text in (bash, zsh, fish):
        for word in ("journal", "checklist", "pack", "doctor", "--data-dir"):
            assert word in text, word
    assert "-F _shtab_shiftmate shiftmate" in bash and zsh.startswith("#compdef shiftmate") and "complete -c shiftmate" in fish
    assert subprocess.run(["bash", "-n", "-c", bash], check=False).returncode == 0
    assert man.startswith('.TH SHIFTMATE "1"') and "journal" in man and __version__ in man


@pytest.mark.skipif(shutil.which("man") is None or shutil.which("groff") is None, reason="needs man and groff")
def test_the_man_page_renders(tmp_path):
    pytest.importorskip("argparse_manpage")
    assert generate(tmp_path).returncode == 0
    shown = subprocess.run(["man", "-l", str(tmp_path / "man" / "man1" / "shiftmate.1")], capture_output=True,
                           text=True, env={**os.environ, "MANPAGER": "cat", "MANWIDTH": "80"}, check=False)
    assert shown.returncode == 0 and "SYNOPSIS" in shown.stdout


def test_version_verbose_prints_the_versions_of_about(data_dir):
    plain = run_cli("--version")
    assert plain.stdout.strip() == f"shiftmate {__version__}"
    verbose = run_cli("--version", "--verbose", "--data-dir", str(data_dir))
    assert verbose.returncode == 0, verbose.stderr
    lines = verbose.stdout.splitlines()
    assert lines[0] == f"shiftmate {__version__}"
    for name in ("Python:", "Qt:", "PySide6:", "SQLite:", "SQLCipher:", "OS:", "Installed as:"):
        assert any(line.startswith(name) for line in lines), name
    assert f"Data folder:  {data_dir}" in lines and f"Log folder:   {data_dir / 'logs'}" in lines
    assert not data_dir.exists()  # looking at versions creates nothing


def test_the_bundle_build_installs_the_completions_and_man_page():
    script = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert 'packaging/cli_docs.py "$DIST/ShiftMate/share"' in script


@pytest.mark.packaging
def test_the_sdist_carries_tests_packaging_and_the_licence(tmp_path):
    # setuptools as the build would get it (the venv's own may be older than the floor).
    tools = tmp_path / "tools"
    got = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(tools),
                          "setuptools>=77.0.3"], capture_output=True, text=True, timeout=600, check=False)
    assert got.returncode == 0, got.stderr[-2000:]
    built = subprocess.run(
        [sys.executable, "-c", f"from setuptools import build_meta; print(build_meta.build_sdist({str(tmp_path)!r}))"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(tools)}, capture_output=True, text=True, timeout=600,
        check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    (sdist,) = tmp_path.glob("shiftmate-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("LICENSE", "tests/conftest.py", "tests/packaging/test_bundle.py", "packaging/shiftmate.spec",
                   "packaging/build.sh", "packaging/cli_docs.py", "packaging/constraints.txt",
                   "resources/licenses/THIRD-PARTY-NOTICES.txt"):
        assert needed in names, needed
    assert not any("__pycache__" in name for name in names)
    assert "setup.py" in names  # it finds the packages and builds the completions


@pytest.mark.packaging
def test_the_wheel_installs_the_completions_and_the_man_page_under_share(tmp_path):
    # pip builds as an installer would: an isolated build with pyproject's build requirements,
    # from a copy of the sources (as a fresh clone: no build/ left over, nothing installed).
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__",
                                                                  "*.egg-info", ".pytest_cache"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
                           capture_output=True, text=True, timeout=900, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = tmp_path.glob("shiftmate-*.whl")
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        data = f"shiftmate-{__version__}.data/data/share/"
        for relative in ("bash-completion/completions/shiftmate", "zsh/site-functions/_shiftmate",
                         "fish/vendor_completions.d/shiftmate.fish", "man/man1/shiftmate.1"):
            assert data + relative in names, relative
        assert "journal" in archive.read(data + "bash-completion/completions/shiftmate").decode()
        # Every feature package is in the wheel (setup.py finds them; nothing is listed by hand).
        for package in ("shiftmate/core/journal/entries.py", "shiftmate/ui/shifts/companion.py",
                        "shiftmate/cli/main.py", "shiftmate/resources/packs/builtin.shiftpack.toml"):
            assert package in names, package
