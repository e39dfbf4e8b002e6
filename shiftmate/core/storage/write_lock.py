"""Who may write the database while a conversion rewrites it.

A conversion (set, change or remove the passphrase; restore a backup) copies the file and
swaps the copy in. A write committed to the old file after the copy was taken would vanish
with it, and a connection opened before the swap goes on writing to the old, unlinked file
after it. So every write transaction, every backup and every open holds the lock file
``shiftmate.db.lock`` shared, and a conversion holds it exclusively from the copy to the swap.
A writer that gets the lock checks that the path still names the file it opened; if a
conversion replaced it, the write is refused (``DatabaseReplaced``) and never acknowledged.

A second file, ``shiftmate.db.lock-gate``, gives the conversion precedence: writers pass it
only on their way in, so a steady stream of writers cannot keep the lock shared forever.

Locks are ``flock`` on POSIX (``msvcrt.locking`` on Windows, where shared is exclusive);
the kernel drops them when a process dies, so a kill never leaves the data locked. A thread
that holds the lock may take it again (a conversion opens the store itself).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from shiftmate.core.errors import ShiftMateError

LOCK_SUFFIX = ".lock"
GATE_SUFFIX = ".lock-gate"
WAIT_S = 10.0  # how long a writer waits for a conversion before saying so
_POLL_S = 0.005

_held = threading.local()  # lock path -> [exclusive, depth] for the calling thread


class ConversionInProgress(ShiftMateError):
    """Another ShiftMate is converting the database; nothing was written."""

    def __init__(self, path) -> None:
        super().__init__(
            f"ShiftMate is changing the passphrase of {path} (or restoring a backup); "
            "nothing was saved; try again in a moment."
        )


class DatabaseReplaced(ConversionInProgress):
    """A conversion swapped in a new file since this connection opened; open it again."""


class DatabaseBusy(ShiftMateError):
    """A conversion could not get the database to itself; nothing was changed."""

    def __init__(self, path) -> None:
        super().__init__(
            f"Another ShiftMate kept writing to {path}, so it could not be converted; "
            "nothing was changed; try again in a moment."
        )


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``: a swap gives the same name a new identity."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


if os.name == "posix":
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True  # a file system without locks: go on unguarded rather than not at all
        return True

else:  # pragma: no cover - Windows: byte-range locks, which are all exclusive
    import msvcrt

    def _try_lock(fd: int, exclusive: bool) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True


def _open(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only folder: nothing can write there, so nothing to guard


def _take(path: Path, exclusive: bool, deadline: float) -> int | None:
    """An open descriptor of ``path`` locked as asked, or None when the time is up."""
    fd = _open(path)
    if fd is None:
        return -1
    while not _try_lock(fd, exclusive):
        if time.monotonic() >= deadline:
            os.close(fd)
            return None
        time.sleep(_POLL_S)
    return fd


def _release(fd: int) -> None:
    if fd >= 0:
        os.close(fd)  # closing the last descriptor drops the lock


@contextlib.contextmanager
def hold(database: Path, *, exclusive: bool, wait: float = WAIT_S) -> Iterator[None]:
    """Hold the database's lock shared (to write) or exclusive (to convert).

    Raises ``ConversionInProgress`` (shared) or ``DatabaseBusy`` (exclusive) when ``wait``
    seconds pass without it.
    """
    key = str(lock_path(Path(database)))
    mine = _held.__dict__.setdefault("locks", {})
    if key in mine:
        held_exclusive, depth = mine[key]
        if exclusive and not held_exclusive:
            raise RuntimeError("a thread holding the lock shared cannot convert")
        mine[key] = [held_exclusive, depth + 1]
        try:
            yield
        finally:
            mine[key][1] -= 1
        return
    deadline = time.monotonic() + wait
    problem = DatabaseBusy if exclusive else ConversionInProgress
    main = Path(key)
    gate = _take(main.with_name(Path(database).name + GATE_SUFFIX), exclusive, deadline)
    if gate is None:
        raise problem(database)
    fd = None
    try:
        fd = _take(main, exclusive, deadline)
    finally:
        if not exclusive or fd is None:
            _release(gate)  # writers only pass the gate; a conversion keeps it
    if fd is None:
        raise problem(database)
    mine[key] = [exclusive, 1]
    try:
        yield
    finally:
        del mine[key]
        _release(fd)
        if exclusive:
            _release(gate)


@contextlib.contextmanager
def hold_if_free(database: Path) -> Iterator[bool]:
    """Hold the lock exclusively if nobody else has it now; yields whether it does."""
    stack = contextlib.ExitStack()
    try:
        stack.enter_context(hold(database, exclusive=True, wait=0))
    except (DatabaseBusy, RuntimeError):
        yield False
        return
    with stack:
        yield True


class WriteGuard:
    """One open connection's claim on the file it opened (see the module docstring)."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.identity = file_identity(self.database)

    def replaced(self) -> bool:
        """True when a conversion has swapped another file in under the same name."""
        return file_identity(self.database) != self.identity

    @contextlib.contextmanager
    def writing(self, wait: float = WAIT_S) -> Iterator[None]:
        """Hold the lock shared for one write; refuse it if the file was replaced."""
        with hold(self.database, exclusive=False, wait=wait):
            if self.replaced():
                raise DatabaseReplaced(self.database)
            yield
