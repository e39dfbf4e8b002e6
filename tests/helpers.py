"""Small helpers shared by tests: running the CLI as a process, making broken files, showing a window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``python -m shiftmate ARGS`` as a separate process, as a user would."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "shiftmate", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def write_random_database(path: Path, size: int = 8192, seed: int = 7) -> bytes:
    import random

    data = random.Random(seed).randbytes(size)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def assert_one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert "Traceback" not in stderr
    return lines[0]


def kill_typist_once_its_draft_is_saved(script: Path, *args: str, timeout: float = 60) -> None:
    """Run ``script`` (a window that types, then prints ``draft-saved``) and SIGKILL it then.

    Bounded: a typist that broke on the way would otherwise keep its window open for ever.
    """
    import select
    import signal

    proc = subprocess.Popen([sys.executable, str(script), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        assert ready, "the typist never said its draft was saved"
        assert proc.stdout.readline().strip() == "draft-saved"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def show_active(qtbot, win):
    """Show ``win`` and wait until it is the active window.

    Window shortcuts (Delete, Ctrl+Z, Ctrl+1…) only fire in the active window, as on a desktop.
    """
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    return win


def inside_one_of(widget, kinds: tuple) -> bool:
    """Whether ``widget`` lies inside a widget of one of ``kinds`` (a calendar, a combo box…)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False
