"""The benchmark's slow mode: the app gets one core, shared with a busy loop.

An old laptop has fewer, slower cores than the machines the targets were first met on.
``--slow`` models one: every process the benchmark measures (the bare window it is compared
with too) runs pinned to one core, and a busy loop pinned to that same core competes with it
for the whole run, so the measured process gets about half a core. The benchmark itself
stays on the other cores, so its clock reads are not delayed by the loop.

Linux only (``os.sched_setaffinity``); elsewhere ``--slow`` says why it cannot run.
"""

from __future__ import annotations

import os
import subprocess
import sys

BUSY_LOOP = "while True:\n    pass\n"


def available() -> str | None:
    """None when slow mode can run here, else one sentence saying why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "slow mode needs os.sched_setaffinity (Linux)"
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        return "slow mode needs at least two cores (one for the app and its busy loop, one for the benchmark)"
    return None


class SlowMachine:
    """While entered: a busy loop on ``core``; ``preexec`` pins a child process to it."""

    def __init__(self) -> None:
        cores = sorted(os.sched_getaffinity(0))
        self.core = cores[-1]
        self.others = set(cores) - {self.core}
        self._loop: subprocess.Popen | None = None
        self._parent_cores = set(cores)

    def preexec(self) -> None:  # runs in the child, between fork and exec
        os.sched_setaffinity(0, {self.core})

    def __enter__(self) -> SlowMachine:
        self._loop = subprocess.Popen([sys.executable, "-c", BUSY_LOOP], preexec_fn=self.preexec,
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        os.sched_setaffinity(0, self.others)  # the benchmark keeps clear of the shared core
        return self

    def __exit__(self, *exc_info) -> None:
        if self._loop is not None:
            self._loop.kill()
            self._loop.wait()
            self._loop = None
        os.sched_setaffinity(0, self._parent_cores)


class NormalMachine:
    """The same interface for normal mode: children run wherever the system puts them."""

    preexec = None

    def __enter__(self) -> NormalMachine:
        return self

    def __exit__(self, *exc_info) -> None:
        pass
