"""Which built-in pack a database should hold: read by every open, so it imports nothing.

Opening a store asks whether the built-in checklists need installing or updating. Answered
here with one row read, the open path never imports the pack installer and the checklist
library (a fifth of what the data thread imported before Today's first answer).
"""

from __future__ import annotations

BUILTIN_PACK_ID = "shiftmate.builtin"  # the checklists ShiftMate ships (resources/packs)
# The shipped built-in pack's ``version`` (resources/packs; a test keeps the two in step).
BUILTIN_VERSION = 2

INSTALLED_ROW = "SELECT version, removed_at FROM packs WHERE id = ?"


def needs_builtin(row) -> bool:
    """Not installed yet, or installed (and not removed by the worker) at an older version."""
    return row is None or (row[1] is None and row[0] < BUILTIN_VERSION)


def builtin_pack_due(db) -> bool:
    """True when the built-in pack should be installed or updated in ``db`` now."""
    return needs_builtin(db.execute(INSTALLED_ROW, [BUILTIN_PACK_ID]).fetchone())
