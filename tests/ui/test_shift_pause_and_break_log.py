"""Pausing reminders, the tray's break actions and correcting the break log, on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.core import shifts
from shiftmate.core.store import Store
from tests.ui.test_shift_reminders import clock, shift_window, start_shift_by_hand, tick  # noqa: F401 - fixtures


@pytest.mark.parametrize("choice, expected", [(30, "Reminders paused until 09:30."),
                                              (None, "Reminders paused until the shift ends.")])
def test_paused_reminders_show_paused_until_instead_of_the_next_one(shift_window, qtbot, clock, choice, expected):
    window = shift_window()
    card = start_shift_by_hand(qtbot, window)
    assert card.next_label.text().startswith("Next at 10:00")
    menu = card.pause_button.menu()
    action = next(a for a in menu.actions() if a.text() == {30: "For 30 minutes", None: "Until the shift ends"}[choice])
    action.trigger()
    qtbot.waitUntil(lambda: card.next_label.text() == expected)
    assert card.pause_button.text() == "Reminders &paused"
    if choice == 30:
        clock.advance(minutes=31)
        tick(qtbot, window)
        qtbot.waitUntil(lambda: card.next_label.text().startswith("Next at 10:00"))
