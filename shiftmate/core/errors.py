"""Errors a user can cause or meet, each carrying one sentence fit to show them.

They are raised in the core and caught at the edges (the CLI's ``main``, the window's
handlers), where the sentence is shown as it is. ``exit_code`` follows the CLI contract:
2 for bad input or usage, 1 for a failure at run time.
"""

from __future__ import annotations


class ShiftMateError(Exception):
    """Base of every error ShiftMate reports to a person in one sentence."""

    exit_code = 1

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence

    def __str__(self) -> str:
        return self.sentence


class BadInput(ShiftMateError):
    """Something the user typed or pointed us at cannot be used (exit code 2)."""

    exit_code = 2


class DataDirProblem(BadInput):
    """The data folder cannot be used: it is a file, or cannot be created or written."""


class DatabaseProblem(ShiftMateError):
    """The database file exists but cannot be used; it has been left exactly as it was."""

    def __init__(self, path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"Cannot open the ShiftMate database {self.path}: {reason}.")


class UnreadableDatabase(DatabaseProblem):
    """The file will not open or fails its check (as opposed to being newer or foreign)."""


class DiskFull(ShiftMateError):
    """The disk holding the data folder has no room left; nothing was changed or moved.

    Out of space is not damage: the file is left as it is and the person can try again.
    """

    def __init__(self, folder) -> None:
        self.folder = str(folder)
        super().__init__(
            f"The disk holding {self.folder} is full; free some space and try again "
            "(nothing was changed)."
        )
