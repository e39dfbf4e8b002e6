"""My mission and the tip for this shift in the window: Today's card, the guide, Before my
shift, and the two Settings sections, driven as a person does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.core.clock import FakeClock
from shiftmate.core.mission import tips
from shiftmate.core.mission.statement import write_mission
from shiftmate.core.storage.store import Store
from tests.helpers import show_active


@pytest.fixture
def clock():
    return FakeClock("2026-11-23T07:30:00", zone="Europe/London")


def expected_tip(location, clock):
    with Store.open(location) as store:
        return tips.tip_for_now(store, clock)


def mission_card(window, qtbot):
    card = window.show_screen("today").cards["mission"]
    qtbot.waitUntil(lambda: card.has_data, timeout=10_000)
    return card


def test_today_invites_a_mission_and_the_guide_writes_one(open_window, qtbot, clock, location):
    window = show_active(qtbot, open_window(clock=clock))
    card = mission_card(window, qtbot)
    assert card.write_button.isVisible() and card.write_button.text().endswith("Write your mission…")
    assert not card.mission.isVisible()
    qtbot.mouseClick(card.write_button, Qt.LeftButton)
    guide = card.guide
    qtbot.waitExposed(guide)
    guide.value.setCurrentIndex(guide.value.findText("Patience"))
    qtbot.keyClicks(guide.why, "everyone deserves a calm visit")
    qtbot.keyClicks(guide.how, "I let people finish before I answer")
    qtbot.mouseClick(guide.compose_button, Qt.LeftButton)
    assert guide.statement.toPlainText() == ("I work with patience, because everyone deserves a calm visit. "
                                             "At work it shows when I let people finish before I answer.")
    guide.statement.moveCursor(guide.statement.textCursor().MoveOperation.End)
    qtbot.keyClicks(guide.statement, " Every day.")
    with qtbot.waitSignal(guide.saved, timeout=10_000):
        qtbot.mouseClick(guide.buttons.button(guide.buttons.StandardButton.Save), Qt.LeftButton)
    qtbot.waitUntil(card.mission.isVisible, timeout=10_000)
    assert card.mission.text().endswith("before I answer. Every day.")
    assert card.edit_button.isVisible() and not card.write_button.isVisible()
    with Store.open(location) as store:
        assert store.read(tips.TIPS_ON) and "Every day." in store.get_setting("mission.statement")


def test_the_guide_refuses_an_empty_mission(open_window, qtbot, clock, location):
    window = show_active(qtbot, open_window(clock=clock))
    card = mission_card(window, qtbot)
    qtbot.mouseClick(card.write_button, Qt.LeftButton)
    guide = card.guide
    qtbot.mouseClick(guide.buttons.button(guide.buttons.StandardButton.Save), Qt.LeftButton)
    assert guide.problem.isVisible() and guide.isVisible()
    with Store.open(location) as store:
        assert store.get_setting("mission.statement") is None


def test_today_shows_this_shifts_tip_before_and_during_the_shift(open_window, qtbot, clock, location):
    with Store.open(location) as store:
        write_mission(store, "Kindness, every visit.")
    tip = expected_tip(location, clock)
    window = show_active(qtbot, open_window(clock=clock))
    card = mission_card(window, qtbot)
    qtbot.waitUntil(card.mission.isVisible, timeout=10_000)
    assert card.mission.text() == "Kindness, every visit."
    assert card.tip.isVisible() and card.tip.text() == tip.text
    shift_card = window.show_screen("today").shift_card
    qtbot.waitUntil(shift_card.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(shift_card.shift_started, timeout=10_000):
        qtbot.mouseClick(shift_card.start_button, Qt.LeftButton)
    window.show_screen("today")
    qtbot.waitUntil(lambda: not card.mission.isVisible(), timeout=10_000)
    assert card.tip.isVisible() and card.tip.text() == tip.text  # the same tip through the shift


def test_turning_tips_off_in_settings_hides_the_tip_on_today(open_window, qtbot, clock):
    window = show_active(qtbot, open_window(clock=clock))
    card = mission_card(window, qtbot)
    qtbot.waitUntil(card.tip.isVisible, timeout=10_000)
    box = window.show_screen("settings").section("tips_settings")
    qtbot.waitUntil(lambda: box.list.count() == len(tips.BUILTIN_TIPS), timeout=10_000)
    box.on.setFocus()
    qtbot.keyClick(box.on, Qt.Key_Space)
    assert not box.on.isChecked()
    window.show_screen("today")
    qtbot.waitUntil(lambda: not card.tip.isVisible(), timeout=10_000)
    assert card.write_button.isVisible()  # the mission's invitation stays


def test_tips_are_edited_hidden_restored_and_added_in_settings(open_window, qtbot, clock, location):
    window = show_active(qtbot, open_window(clock=clock))
    box = window.show_screen("settings").section("tips_settings")
    qtbot.waitUntil(lambda: box.list.count() == len(tips.BUILTIN_TIPS), timeout=10_000)
    qtbot.waitUntil(lambda: box.save_button.height() > 0, timeout=10_000)  # the long page laid out: a button to click
    box.list.setCurrentRow(0)
    first = tips.BUILTIN_TIPS[0][0]
    box.field.selectAll()
    qtbot.keyClicks(box.field, "Listen first, answer second.")
    qtbot.mouseClick(box.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.message.text() == "Tip saved.", timeout=10_000)
    qtbot.waitUntil(lambda: box.list.item(0).text() == "Listen first, answer second.  (edited)", timeout=10_000)
    assert box.reset_button.isEnabled()
    qtbot.mouseClick(box.hide_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.list.item(0).text().endswith("(edited, hidden)"), timeout=10_000)
    qtbot.mouseClick(box.reset_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.message.text() == "ShiftMate's words are back.", timeout=10_000)
    box.field.clear()
    qtbot.keyClicks(box.field, "Stretch my shoulders at each break.")
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == len(tips.BUILTIN_TIPS) + 1, timeout=10_000)
    assert box.list.currentItem().text() == "Stretch my shoulders at each break.  (mine)"
    assert box.remove_button.isVisible() and not box.reset_button.isVisible()
    with Store.open(location) as store:
        every = {t.id: t for t in tips.all_tips(store)}
    assert every[first].hidden and not every[first].edited
    assert every["mine-1"].text == "Stretch my shoulders at each break."
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == len(tips.BUILTIN_TIPS), timeout=10_000)


def test_the_mission_is_edited_in_settings_and_shows_above_before_my_shift(open_window, qtbot, clock):
    window = show_active(qtbot, open_window(clock=clock))
    box = window.show_screen("settings").section("mission_settings")
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "Respect for everyone who walks in.")
    qtbot.mouseClick(box.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.message.text() == "Mission saved.", timeout=10_000)
    screen = window.show_screen("checklists")
    screen.start_for("before-shift")
    banner = screen.run_view.mission
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.text.text() == "Respect for everyone who walks in."
    screen.start_for("after-shift")
    qtbot.waitUntil(lambda: screen.run_view.checklist_key == "after-shift" and not banner.isVisible(),
                    timeout=10_000)
    window.show_screen("settings")
    qtbot.mouseClick(box.clear_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.message.text() == "Mission cleared.", timeout=10_000)
    window.show_screen("checklists").start_for("before-shift")
    qtbot.waitUntil(lambda: screen.run_view.checklist_key == "before-shift", timeout=10_000)
    qtbot.waitUntil(lambda: not banner.isVisible() and banner.text.text() == "", timeout=10_000)
