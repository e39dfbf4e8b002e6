"""Where the data lives: precedence of --data-dir, SHIFTMATE_DATA_DIR and platformdirs."""

import os
import stat

import platformdirs
import pytest

from shiftmate.core.errors import DataDirProblem
from shiftmate.core.storage.paths import DataLocation, resolve_data_location

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_cli_value_beats_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SHIFTMATE_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_location(tmp_path / "cli").root == tmp_path / "cli"


def test_environment_beats_platform_default(tmp_path, monkeypatch):
    monkeypatch.setenv("SHIFTMATE_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_location(None).root == tmp_path / "env"


def test_platform_default_is_the_user_data_dir(monkeypatch):
    monkeypatch.delenv("SHIFTMATE_DATA_DIR")
    expected = platformdirs.user_data_dir("ShiftMate", appauthor=False)
    location = resolve_data_location(None)
    assert str(location.root) == expected
    assert location.database.name == "shiftmate.db"


def test_a_file_in_place_of_the_folder_is_refused(tmp_path):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    with pytest.raises(DataDirProblem, match="is a file, not a folder"):
        resolve_data_location(not_a_dir)


@posix_only
def test_data_folder_is_private_to_the_user(tmp_path):
    root = tmp_path / "fresh" / "data"
    DataLocation(root).ensure()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


@posix_only
def test_a_too_open_existing_folder_is_tightened(tmp_path):
    root = tmp_path / "open"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    DataLocation(root).ensure()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
