"""A real disk that runs full: a small tmpfs mounted for one test (skipped where it cannot be).

Mounting needs root (or a user namespace); where ``mount`` fails the test is skipped with the
reason, and the fake in tests/core/storage/test_disk_full.py still covers the logic.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


class SmallDisk:
    """A mounted tmpfs; ``fill(leave_kb)`` takes all but that much of its space."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    def free_kb(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize // 1024

    def fill(self, leave_kb: int) -> None:
        self.make_room()
        with open(self.filler, "wb") as handle:
            try:
                handle.write(b"\0" * max(0, (self.free_kb() - leave_kb) * 1024))
            except OSError:
                pass  # full already: that is what was asked for

    def make_room(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path):
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount(8) to make a small disk")
    root = tmp_path / "small-disk"
    root.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(root)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip() or mounted.returncode}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True)
