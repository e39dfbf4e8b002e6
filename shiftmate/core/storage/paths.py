"""Where ShiftMate keeps its files: one data folder, overridable for tests and power users.

Order of precedence: ``--data-dir``, then ``SHIFTMATE_DATA_DIR``, then platformdirs' user
data folder for "ShiftMate". On POSIX the folder is private to the user (0700).
"""

from __future__ import annotations

import os
import stat
from collections import namedtuple
from pathlib import Path

from shiftmate import APP_NAME
from shiftmate.core.errors import DataDirProblem

DATA_DIR_ENV = "SHIFTMATE_DATA_DIR"
DATABASE_NAME = "shiftmate.db"
BACKUP_DIR_NAME = "backups"
UI_STATE_NAME = "ui-state.ini"

_POSIX = os.name == "posix"


class DataLocation(namedtuple("DataLocation", "root")):
    """The data folder (``root``, a Path) and the files ShiftMate keeps in it.

    A named tuple rather than a dataclass: every command line makes one, and ``dataclasses``
    imports ``inspect``, which costs more than a command-line search's own work.
    """

    __slots__ = ()

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    @property
    def ui_state(self) -> Path:
        """Window geometry and similar display state; never user data."""
        return self.root / UI_STATE_NAME

    def ensure(self) -> "DataLocation":
        """Create the folder if needed (private to the user) and check it can be written."""
        make_private_dir(self.root)
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise DataDirProblem(f"The data folder {self.root} is not writable.")
        return self


def resolve_data_location(cli_value: str | os.PathLike | None = None) -> DataLocation:
    """The data folder in force for this run, without touching the disk."""
    raw = cli_value or os.environ.get(DATA_DIR_ENV) or _default_data_dir()
    root = Path(raw).expanduser()
    if root.exists() and not root.is_dir():
        raise DataDirProblem(f"The data folder {root} is a file, not a folder.")
    return DataLocation(root.absolute())


def _default_data_dir() -> str:
    import platformdirs  # only needed without --data-dir or SHIFTMATE_DATA_DIR

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and, on POSIX, make it 0700."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _POSIX and stat.S_IMODE(path.stat().st_mode) != 0o700:
            path.chmod(0o700)
    except FileExistsError:
        raise DataDirProblem(f"The data folder {path} is a file, not a folder.") from None
    except OSError as exc:
        raise DataDirProblem(
            f"The data folder {path} cannot be created: {exc.strerror or exc}."
        ) from None


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by the user (0600) if it does not exist yet."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def tighten_file(path: Path) -> None:
    """Make an existing file 0600 on POSIX; quietly skip what we do not own."""
    if not _POSIX or not path.exists():
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) != 0o600:
            path.chmod(0o600)
    except PermissionError:
        pass
