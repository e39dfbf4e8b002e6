"""Standard streams for a ShiftMate started without a console (``shiftmate-gui``, the bundle).

On Windows a GUI-subsystem program (``pythonw``, a ``[project.gui-scripts]`` launcher, the
bundle built with ``console=False``) starts with ``sys.stdout`` and ``sys.stderr`` set to
None, so ``shiftmate-gui --help`` or the bundle's ``ShiftMate.exe doctor`` would print
nothing. As Picard does, such a process attaches to the console of the program that started
it (the terminal it was typed in), when there is one; otherwise the streams go to the null
device, so a print never fails. The ``shiftmate`` console script needs none of this.
"""

from __future__ import annotations

import os
import sys

ATTACH_PARENT_PROCESS = -1  # AttachConsole's "the console of my parent process"


def attach_parent_console():
    """The parent's console as (stdout, stderr) text streams, or None when there is none."""
    if sys.platform != "win32":
        return None  # elsewhere a program started without streams has no console to find
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return None  # started from Explorer, the Start menu or at log-in
    try:
        out = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
        err = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
    except OSError:
        return None
    return out, err


def ensure_standard_streams(attach=None) -> bool:
    """Give a process that has no standard output or error some; True when it had to.

    ``attach`` finds the parent's console (tests pass their own).
    """
    if sys.stdout is not None and sys.stderr is not None:
        return False
    found = (attach or attach_parent_console)()
    if found is None:
        null = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        found = (null, null)
    if sys.stdout is None:
        sys.stdout = found[0]
    if sys.stderr is None:
        sys.stderr = found[1]
    return True
