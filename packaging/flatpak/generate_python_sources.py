"""Write python3-requirements.json: the Flatpak's Python packages as pinned, hashed sources.

    python packaging/flatpak/generate_python_sources.py

Flathub builds without network, so every package in requirements.txt becomes a flatpak-builder
``file`` source (PyPI URL and sha256) installed with ``pip --no-index``, as
flatpak-pip-generator writes them. Pure-Python packages come as their ``py3-none-any`` wheel;
sqlcipher3, which bundles SQLCipher and OpenSSL, as one wheel per architecture for the
runtime's Python (RUNTIME_PYTHON). The output is committed; run this after changing a pin.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE / "requirements.txt"
OUT = HERE / "python3-requirements.json"
RUNTIME_PYTHON = "3.13"  # the Python of org.kde.Platform 6.10 (freedesktop 25.08)
BINARY = {"sqlcipher3": {"x86_64": "manylinux_2_28_x86_64", "aarch64": "manylinux_2_28_aarch64"}}


def pins() -> list[tuple[str, str]]:
    found = []
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, version = line.split("==")
            found.append((name, version))
    return found


def _download(folder: Path, spec: str, *extra: str) -> Path:
    before = set(folder.iterdir())
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                    "-d", str(folder), *extra, spec], check=True)
    (new,) = set(folder.iterdir()) - before
    return new


def pypi_url(project: str, path: Path) -> str:
    """The file's address on PyPI (its /packages/<python tag>/<letter>/<project>/ form)."""
    name = project
    python_tag = path.name.removesuffix(".whl").split("-")[-3]
    return f"https://files.pythonhosted.org/packages/{python_tag}/{name[0]}/{name}/{path.name}"


def source(project: str, path: Path, arch: str | None = None) -> dict:
    entry = {"type": "file", "url": pypi_url(project, path),
             "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    if arch:
        entry["only-arches"] = [arch]
    return entry


def generate() -> dict:
    names, sources = [], []
    with tempfile.TemporaryDirectory(prefix="shiftmate-flatpak-") as tmp:
        folder = Path(tmp)
        for name, version in pins():
            names.append(name)
            spec = f"{name}=={version}"
            if name in BINARY:
                for arch, platform in BINARY[name].items():
                    wheel = _download(folder, spec, "--platform", platform, "--python-version",
                                      RUNTIME_PYTHON, "--implementation", "cp")
                    sources.append(source(name, wheel, arch))
            else:
                sources.append(source(name, _download(folder, spec)))
    return {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\" "
            "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(names)
        ],
        "sources": sources,
    }


def main() -> int:
    OUT.write_text(json.dumps(generate(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
