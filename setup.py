"""The one packaging fact pyproject.toml cannot say: which packages to install.

Every package under ``shiftmate/`` is found, so a new feature's folder cannot silently drop out
of the wheel (the PyInstaller spec collects the same ones with ``collect_submodules``); the
top-level ``resources/`` folder is installed as ``shiftmate.resources`` (see pyproject's
package-dir).
"""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["shiftmate", "shiftmate.*"]) + ["shiftmate.resources"])
