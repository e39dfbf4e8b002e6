"""Turning the mouse wheel over a form scrolls it and changes nothing stored (issue 15, item 2,
fixed on the capture branch): a combo box, slider or spin box without focus ignores the wheel."""

from __future__ import annotations

import json

import pytest

from tests.desktop.conftest import read_db
from tests.desktop.seeds import seed_entries

pytestmark = pytest.mark.desktop

# What the reflection form's wheel-able fields hold, as stored on the entry.
WHEEL_FIELDS = ("occurred_at", "channel", "intensity_before", "about", "follow_up_on", "intensity_after")


def scroll_down_through(desktop, app, title: str, across: float, down: int, notches: int = 30) -> None:
    """Rest the pointer over the form's first field (``across`` its width, ``down`` from its top)
    and wheel down: the page scrolls under the resting pointer, so every field passes beneath."""
    x0, y0, width, _height = desktop.geometry(app.window(title))
    desktop.wheel(x0 + int(width * across), y0 + down, notches)


def stored_settings(data_dir) -> dict:
    return dict(read_db(data_dir, "SELECT key, value FROM settings"))


def ui_choices(data_dir) -> list[str]:
    """What Settings keeps outside the database (language, text size, colours), not the window's place."""
    ini = data_dir / "ui-state.ini"
    lines = ini.read_text(encoding="utf-8").splitlines() if ini.exists() else []
    return [line for line in lines if "=" in line and not line.startswith(("geometry=", "screen="))]


def test_wheeling_over_the_reflection_form_changes_no_stored_value(desktop, start_app, data_dir, tmp_path):
    seed_entries(data_dir, ["A customer wanted a refund without a receipt"])
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.key("ctrl+3")
    app.wait_for_line("showing journal")
    desktop.click(*app.at("ShiftMate", 480, 218))
    desktop.key("Return")
    app.focus("Reflect on a hard moment")
    # Over "When": Where, the intensities, "about me" and the follow-up date pass beneath.
    scroll_down_through(desktop, app, "Reflect on a hard moment", 0.75, down=31)
    desktop.screenshot(tmp_path / "reflection-after-wheel.png")
    desktop.key("Escape")  # closing keeps a draft, if anything changed
    app.wait_gone("Reflect on a hard moment")
    desktop.key("ctrl+q")
    assert app.wait_exit(timeout=5) == 0

    (entry,) = read_db(data_dir, f"SELECT {', '.join(WHEEL_FIELDS)} FROM journal_entries")
    stored = dict(zip(WHEEL_FIELDS, entry))
    for (fields,) in read_db(data_dir, "SELECT fields FROM journal_drafts"):
        draft = json.loads(fields)
        changed = {key: (stored[key], draft.get(key)) for key in WHEEL_FIELDS if draft.get(key) != stored[key]}
        assert not changed, f"the wheel changed {changed}"


def test_wheeling_over_settings_changes_no_setting(desktop, start_app, data_dir, tmp_path):
    app = start_app()
    app.desktop.activate(app.wait_ready())
    app.wait_until_count("database open", 1)
    desktop.key("ctrl+6")
    app.wait_for_line("showing settings")
    before = stored_settings(data_dir), ui_choices(data_dir)
    # Over Language: text size, colours, break deadlines and the auto-lock minutes pass beneath.
    scroll_down_through(desktop, app, "ShiftMate", 0.6, down=98)
    desktop.screenshot(tmp_path / "settings-after-wheel.png")
    desktop.key("ctrl+q")
    assert app.wait_exit(timeout=5) == 0
    assert (stored_settings(data_dir), ui_choices(data_dir)) == before
