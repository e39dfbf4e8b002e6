"""My service mission: kept once, cleaned, refused when empty or too long (nothing written then)."""

from __future__ import annotations

import pytest

from shiftmate.core.errors import BadInput
from shiftmate.core.mission.statement import MAX_LENGTH, MISSION, clear_mission, read_mission, write_mission


def test_a_mission_is_kept_as_one_tidy_paragraph(store):
    assert read_mission(store) == ""
    saved = write_mission(store, "  I serve with patience,\n because a calm  visit matters.  ")
    assert saved == "I serve with patience, because a calm visit matters."
    assert read_mission(store) == saved
    clear_mission(store)
    assert read_mission(store) == ""


@pytest.mark.parametrize("text", ["", "   \n ", "x" * (MAX_LENGTH + 1)])
def test_bad_mission_text_is_refused_and_nothing_changes(store, text):
    write_mission(store, "Kindness first.")
    with pytest.raises(BadInput):
        write_mission(store, text)
    assert read_mission(store) == "Kindness first."


def test_a_hand_edited_overlong_mission_reads_as_none(store):
    store.set_setting(MISSION.key, "y" * (MAX_LENGTH + 5))
    assert read_mission(store) == ""
