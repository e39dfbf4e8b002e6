"""Settings sections read and write through the declared settings: what they show for a value
they cannot read, and the text they keep (the same as before the declarations)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shiftmate.core.clock import FakeClock
from shiftmate.core.privacy.autolock import AUTOLOCK_MINUTES
from shiftmate.core.shifts import break_rules
from shiftmate.core.shifts import records as shifts
from shiftmate.core.shifts.reminder_rules import SOUND
from shiftmate.core.storage.store import Store


def store_rows(location, rows: dict[str, str]) -> None:
    """Rows as they would be in a database: raw text under each key."""
    store = Store.open(location)
    try:
        for key, text in rows.items():
            store.set_setting(key, text)
    finally:
        store.close()


def stored(location, key: str) -> str | None:
    store = Store.open(location)
    try:
        return store.get_setting(key)
    finally:
        store.close()


def test_settings_show_the_defaults_for_values_they_cannot_read_without_an_error(open_window, qtbot, location):
    store_rows(location, {
        AUTOLOCK_MINUTES.key: "²",  # "a digit" to str.isdigit(), not to int(): it used to raise
        SOUND.key: "yes",
        break_rules.PRESET.key: "mars",
        break_rules.CUSTOM_RULES.key: "{damaged",
    })
    window = open_window()
    problems = []
    window.services.failed.connect(problems.append)
    settings = window.show_screen("settings")
    breaks, privacy = settings.break_settings, settings.privacy
    qtbot.waitUntil(lambda: breaks.preset_combo.currentData() == "none" and privacy.minutes.value() == 5,
                    timeout=10_000)
    assert privacy.minutes.value() == AUTOLOCK_MINUTES.default
    assert breaks.preset_combo.currentData() == break_rules.PRESET.default
    assert not breaks.sound_check.isChecked() and not window.shift_companion.sound
    assert (breaks.custom_required.value(), breaks.custom_deadline.value()) == (30, 300)
    assert problems == []
    # Reading changed nothing: the rows stay as they were until the person chooses.
    assert stored(location, AUTOLOCK_MINUTES.key) == "²"
    assert stored(location, break_rules.PRESET.key) == "mars"


def test_a_damaged_custom_rule_gives_no_deadlines_instead_of_a_failing_tick(open_window, qtbot, location):
    clock = FakeClock("2026-06-01T09:00", "Europe/Berlin")
    store = Store.open(location)
    try:
        shifts.start_shift(store, clock)
    finally:
        store.close()
    store_rows(location, {break_rules.PRESET.key: break_rules.CUSTOM, break_rules.CUSTOM_RULES.key: "[{]"})
    window = open_window(clock=clock)
    problems = []
    window.services.failed.connect(problems.append)
    companion = window.shift_companion
    qtbot.waitUntil(lambda: not companion.busy)
    with qtbot.waitSignal(companion.ticked, timeout=10_000) as ticked:
        companion.tick()
    assert ticked.args[0].shift is not None
    assert problems == []


def test_the_sections_keep_the_same_text_as_before(window, qtbot, location):
    settings = window.show_screen("settings")
    breaks, privacy = settings.break_settings, settings.privacy
    qtbot.waitUntil(lambda: breaks.preset_combo.isEnabled())
    breaks.sound_check.setFocus()
    qtbot.keyClick(breaks.sound_check, Qt.Key_Space)
    qtbot.waitUntil(lambda: breaks.note_label.text() == "Saved.", timeout=10_000)
    assert stored(location, SOUND.key) == "1"
    qtbot.waitUntil(lambda: window.shift_companion.sound, timeout=10_000)
    breaks.note_label.setText("")
    breaks.preset_combo.setCurrentIndex(breaks.preset_combo.findData(break_rules.CUSTOM))
    breaks.custom_required.setValue(45)
    qtbot.mouseClick(breaks.custom_save, Qt.LeftButton)
    qtbot.waitUntil(lambda: breaks.note_label.text() == "Saved.", timeout=10_000)
    assert stored(location, break_rules.PRESET.key) == "custom"
    assert stored(location, break_rules.CUSTOM_RULES.key) == (
        '[{"key": "custom-1", "label": "Break", "applies_over": 300, "deadline": 300, '
        '"required": 45, "min_part": 45}]')
    privacy.minutes.setEnabled(True)  # enabled once protected; the value is kept either way
    privacy.minutes.setValue(12)
    privacy.minutes.editingFinished.emit()
    qtbot.waitUntil(lambda: stored(location, AUTOLOCK_MINUTES.key) == "12", timeout=10_000)
