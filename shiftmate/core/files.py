"""Files a person pointed us at: regular files only, read never past a limit, never
written over anything but a regular file.

A pack or an import file may name a pipe (reading would wait for ever), a device such as
``/dev/zero`` (it never ends) or a folder. The type is checked before the file is opened,
and again on the open file in case it was swapped in between; opening never blocks. An
export written by renaming a temporary file over its target would replace ``/dev/null``
itself, so a target that exists must be a regular file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from shiftmate.core.errors import BadInput

_KINDS = (
    (stat.S_ISDIR, "it is a folder, not a file"),
    (stat.S_ISFIFO, "it is a pipe, not a regular file"),
    (stat.S_ISCHR, "it is a device, not a regular file"),
    (stat.S_ISBLK, "it is a device, not a regular file"),
    (stat.S_ISSOCK, "it is a socket, not a regular file"),
)


class NotARegularFile(OSError):
    """The path names a folder, a pipe, a device or a socket; ``strerror`` says which."""


def _check_regular(mode: int, path: Path) -> None:
    if stat.S_ISREG(mode):
        return
    reason = next((words for test, words in _KINDS if test(mode)), "it is not a regular file")
    raise NotARegularFile(0, reason, str(path))


def read_at_most(path: Path | str, limit: int) -> bytes:
    """The first ``limit + 1`` bytes at most of the regular file ``path``.

    One byte more than the limit is read so the caller can tell a file that is too large
    from one that is exactly at the limit. Raises ``OSError`` (``NotARegularFile`` for
    anything but a regular file).
    """
    path = Path(path)
    _check_regular(os.stat(path).st_mode, path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check_regular(os.fstat(fd).st_mode, path)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def refuse_odd_target(path: Path | str, example: str = "") -> None:
    """Raise ``BadInput`` if ``path`` exists and is not a regular file (a folder, a device…).

    ``example`` is a file name to propose inside a folder that was named instead of a file.
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # nothing there yet (or unreachable: the write itself will say why)
    if stat.S_ISDIR(mode):
        such = f", such as {path / example}" if example else ""
        raise BadInput(f"{path} is a folder; name a file to write{such}.")
    try:
        _check_regular(mode, path)
    except NotARegularFile as exc:
        raise BadInput(f"Will not write to {path}: {exc.strerror}.") from None
