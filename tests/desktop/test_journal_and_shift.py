"""Delete then Ctrl+Z at a person's speed keeps the entry; starting a shift stores what was chosen
(issue 15, item 7, fixed on the capture branch)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.desktop.conftest import read_db
from tests.desktop.seeds import seed_entries

pytestmark = pytest.mark.desktop

ROUNDS = 5
TEXTS = ["The queue went out the door", "A regular said thank you", "Someone swore at the new hire"]


def entry_texts(data_dir) -> list[str]:
    return sorted(row[0] for row in read_db(data_dir, "SELECT text FROM journal_entries"))


def test_delete_then_ctrl_z_in_quick_succession_keeps_the_entry(desktop, start_app, data_dir):
    seed_entries(data_dir, TEXTS)
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.key("ctrl+3")
    app.wait_for_line("showing journal")
    for _ in range(ROUNDS):  # a race: one round alone lost the entry only now and then
        desktop.click(*app.at("ShiftMate", 480, 218))  # the newest entry
        desktop.key("Delete", "ctrl+z", delay_ms=0)  # as fast as fingers go
    desktop.key("ctrl+q")  # quitting waits for every queued write: what is on disk is final
    assert app.wait_exit(timeout=5) == 0
    assert entry_texts(data_dir) == sorted(TEXTS)


def test_starting_a_shift_stores_the_chosen_end_and_role(desktop, start_app, data_dir):
    app = start_app()
    app.desktop.activate(app.wait_ready())
    desktop.click(*app.at("ShiftMate", 349, 121))  # Planned length
    desktop.key("End", "Return")  # "Until a time…" (17:00 unless changed)
    desktop.click(*app.at("ShiftMate", 675, 149))  # Role or place
    desktop.type("till 3")
    desktop.key("alt+s")  # Start my shift
    app.wait_for_line("showing checklists")  # starting opens the pre-shift checklist
    ((planned_end, tz, role),) = read_db(data_dir, "SELECT planned_end, tz, role FROM shifts")
    assert role == "till 3"
    end = dt.datetime.fromisoformat(planned_end).astimezone(ZoneInfo(tz))
    assert (end.hour, end.minute) == (17, 0)
