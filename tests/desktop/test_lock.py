"""Locking and unlocking again and again, on every screen, says nothing on stderr (issue 15, item 6).

Before the fix, every unlock after a lock printed RuntimeErrors (a deleted QComboBox,
ChecklistList or QLineEdit) from views thrown away at the lock; the start_app fixture fails
the test on any Traceback, RuntimeError or Qt warning.
"""

from __future__ import annotations

import pytest

from tests.desktop.seeds import last_screen, protect, seed_entries

pytestmark = pytest.mark.desktop

PASSPHRASE = "river stones"
SCREENS = ("today", "checklists", "journal", "breaks", "insights", "settings")


def unlock(desktop, app, opened_before: int) -> None:
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    app.wait_until_count("database open", opened_before + 1)


def test_lock_and_unlock_on_every_screen_leaves_stderr_clean(desktop, start_app, data_dir):
    seed_entries(data_dir, ["The till was short and they blamed me"])
    protect(data_dir, PASSPHRASE)
    last_screen(data_dir, "insights")  # the screen the issue saw reopening a protected database
    app = start_app()
    app.wait_for_line("locked")
    app.focus("ShiftMate")
    unlock(desktop, app, 0)
    for cycle in range(2):
        for number, key in enumerate(SCREENS, start=1):
            shown = app.count(f"showing {key}")
            desktop.key(f"ctrl+{number}")
            app.wait_until_count(f"showing {key}", shown + 1)
        locked = app.count("locked")
        desktop.key("ctrl+l")
        app.wait_until_count("locked", locked + 1)
        unlock(desktop, app, app.count("database open"))
    desktop.key("ctrl+q")
    assert app.wait_exit(timeout=5) == 0
