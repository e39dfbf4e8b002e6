"""Wrong passphrases in a row, counted in the data folder: the window and the CLI share it.

After five wrong tries each further one waits (5 s, then 10, 20 … up to 5 minutes after the
last wrong one), whichever program made them, and a restart does not start the count again.
While the wait runs no passphrase is tried at all, not even the right one; the count goes
back to zero when a passphrase opens the database. The count lives in a small file next to
the database (``unlock-failures.json``, 0600), not in the database, which is locked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator

from shiftmate.core.errors import BadInput
from shiftmate.core.storage.paths import DataLocation

FILE_NAME = "unlock-failures.json"
FREE_TRIES = 5
LONGEST_WAIT_S = 300


class TooManyTries(BadInput):
    """Too many wrong passphrases: no passphrase is tried until the wait is over."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(
            f"Too many wrong passphrases; wait {seconds} seconds before trying again. "
            "Nothing was changed."
        )


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries: none for the first five, then growing."""
    if failures < FREE_TRIES:
        return 0
    return min(5 * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_S)


def _path(location: DataLocation):
    return location.root / FILE_NAME


def _read(location: DataLocation) -> tuple[int, dt.datetime | None]:
    try:
        with open(_path(location), encoding="utf-8") as handle:
            data = json.load(handle)
        return int(data["failures"]), dt.datetime.fromisoformat(data["last"])
    except FileNotFoundError:
        return 0, None
    except (OSError, ValueError, KeyError, TypeError):
        return FREE_TRIES, None  # a damaged count is no way around the limit


def seconds_left(location: DataLocation, now: dt.datetime) -> int:
    """How long until the next passphrase may be tried (0: now)."""
    failures, last = _read(location)
    wait = wait_after(failures)
    if not wait or last is None:
        return 0
    left = (last + dt.timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(left + 0.999))


def record_failure(location: DataLocation, now: dt.datetime) -> int:
    """Count one more wrong passphrase; returns the seconds to wait before the next try."""
    failures = _read(location)[0] + 1
    target = _path(location)
    work = target.with_name(target.name + ".new")
    try:
        fd = os.open(work, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"failures": failures, "last": now.isoformat()}, handle)
        os.replace(work, target)
    except OSError:
        pass  # a read-only folder: the window still counts in memory for this run
    return wait_after(failures)


def reset(location: DataLocation) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(_path(location))


@contextlib.contextmanager
def attempt(location: DataLocation, now: dt.datetime) -> Iterator[None]:
    """Around one try of a passphrase on the database: refuse while waiting, then count it.

    Raises ``TooManyTries`` before anything is tried while a wait runs. A ``WrongPassphrase``
    from the block is counted (its ``wait_seconds`` says what follows) and raised again.
    """
    from shiftmate.core.storage.encryption import WrongPassphrase

    left = seconds_left(location, now)
    if left:
        raise TooManyTries(left)
    try:
        yield
    except WrongPassphrase as exc:
        exc.wait_seconds = record_failure(location, now)
        raise
    if os.path.exists(_path(location)):
        reset(location)
