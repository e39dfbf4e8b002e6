"""PySide6 loaded without it reading the source of every module imported after it.

Once PySide6 is loaded, every module imported after it (ours, the core's on the data thread,
sqlite-utils, the standard library's) is checked for ``from __feature__ import`` by
``shibokensupport.feature._mod_uses_pyside``: it reads the module's whole source through
``inspect.getsource``, which tokenises the file and keeps its lines in ``linecache`` for as
long as the app runs (about 145 files and 2 million characters by the time the window has
warmed up). Here the same question, whether the text "PySide6" appears in the file, is
answered from the file's bytes, and nothing is kept. A module without a ``.py`` file still
goes to PySide's own check.
"""

from __future__ import annotations

import sys

_MARK = "_shiftmate_reads_bytes"


def load_pyside() -> bool:
    """Load shiboken and make its per-module source check cheap; True once it is (idempotent).

    Called before the first ``PySide6.Qt*`` import, so that every module after it is checked
    the cheap way. False (nothing changed) with a PySide6 whose check is not where it was.
    """
    import shiboken6  # noqa: F401 - loads shibokensupport, the feature module among it

    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        return False
    if getattr(check, _MARK, False):
        return True

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return check(module)

    setattr(mod_uses_pyside, _MARK, True)
    feature._mod_uses_pyside = mod_uses_pyside
    return True
