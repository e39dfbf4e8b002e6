"""Scrolling a page with the mouse wheel never changes an answer on the way down.

The wheel is turned over each combo box, spin box, date field and slider of the reflection
and of Settings (none of them focused): the values, on screen and on disk, stay as they
were, and the page behind scrolls. A focused control still takes the wheel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
)

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry, get_entry
from shiftmate.core.journal.drafts import load_draft
from shiftmate.core.storage.store import Store

NOTCH = 120


def wheel(control, notches: int = -1):
    """Turn the wheel over the middle of ``control`` as Qt delivers it from the mouse.

    The event goes to the deepest widget under the pointer (a spin box's line edit) and,
    each time a widget leaves it unaccepted, to its parent.
    """
    middle = control.rect().center()
    at = control.mapToGlobal(middle)
    widget = control.childAt(middle) or control
    while widget is not None:
        event = QWheelEvent(QPointF(widget.mapFromGlobal(at)), QPointF(at), QPoint(), QPoint(0, NOTCH * notches),
                            Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
        event.ignore()
        QApplication.sendEvent(widget, event)
        if event.isAccepted() or widget.isWindow():
            return
        widget = widget.parentWidget()


def value_of(control):
    if isinstance(control, QComboBox):
        return control.currentIndex()
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    return control.value()


def guarded_controls(root):
    found = [w for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider) for w in root.findChildren(kind)]
    return [w for w in found if not isinstance(w, QScrollBar) and w.isVisibleTo(root) and w.isEnabled()]


def assert_wheel_scrolls_past(qtbot, scroll: QScrollArea, controls) -> None:
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)  # laid out, taller than its window
    for control in controls:
        scroll.ensureWidgetVisible(control)
        assert not control.hasFocus()
        before, position = value_of(control), bar.value()
        notches = 1 if position == bar.maximum() else -1  # down, unless already at the bottom
        wheel(control, notches)
        assert value_of(control) == before, f"the wheel changed {control!r}"
        assert bar.value() != position, f"the page did not scroll over {control!r}"


def test_the_wheel_scrolls_the_reflection_and_changes_no_answer(window, qtbot, location):
    store = Store.open(location)
    try:
        entry_id = add_entry(store, JournalEntry(
            text="Yelled at over a late order", channel="phone", intensity_before=7, intensity_after=4,
            about="situation", follow_up=True, follow_up_on="2026-03-12"),
            clock=FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin"))
        before = get_entry(store, entry_id)
    finally:
        store.close()
    dialog = window.journal.open_reflection(entry_id)
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
    scroll = dialog.findChild(QScrollArea)
    controls = guarded_controls(scroll.widget())
    assert {dialog.when_edit, dialog.channel_combo, dialog.before_spin, dialog.about_combo,
            dialog.follow_date, dialog.after_spin} <= set(controls)
    assert_wheel_scrolls_past(qtbot, scroll, controls)
    assert all(c.focusPolicy() == Qt.StrongFocus for c in controls)  # a wheel gives no focus either
    dialog.save_draft_now()  # as its draft timer does: nothing changed, so no draft is kept
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    store = Store.open(location)
    try:
        assert load_draft(store, dialog.draft_key) is None
    finally:
        store.close()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    store = Store.open(location)
    try:
        after = get_entry(store, entry_id)
    finally:
        store.close()
    for name in ("occurred_at", "channel", "intensity_before", "intensity_after", "about", "follow_up_on"):
        assert getattr(after, name) == getattr(before, name), name


def test_the_wheel_scrolls_settings_and_changes_no_setting(window, qtbot, location):
    window.resize(900, 420)  # a short window: Settings must scroll
    screen = window.show_screen("settings")
    screen.finish_pending()
    breaks = screen.break_settings
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)  # the stored choices are shown
    # The Custom rule's spin boxes show only for Custom: choose it first, as a person would.
    with qtbot.waitSignal(window.services.changed, timeout=10_000):
        breaks.preset_combo.setCurrentIndex(breaks.preset_combo.count() - 1)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)

    def stored():
        store = Store.open(location)
        try:
            rows = store.db.execute("SELECT * FROM settings ORDER BY 1").fetchall()
        finally:
            store.close()
        ui_state = Path(location.ui_state)
        return rows, ui_state.read_bytes() if ui_state.exists() else b""

    on_disk = stored()
    scroll = breaks.parentWidget()
    while not isinstance(scroll, QScrollArea):  # the page's own scroll area, nearest first
        scroll = scroll.parentWidget()
    window.setFocus()
    controls = guarded_controls(scroll.widget())
    assert {breaks.preset_combo, breaks.custom_required, breaks.custom_deadline, breaks.custom_over,
            screen.appearance_box.text_size_combo, screen.language_box.combo} <= set(controls)
    assert_wheel_scrolls_past(qtbot, scroll, controls)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    assert stored() == on_disk


def test_a_focused_control_still_takes_the_wheel(window, qtbot):
    screen = window.show_screen("settings")
    spin = screen.break_settings.custom_required
    screen.break_settings.custom_box.setVisible(True)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=10_000)
    before = spin.value()
    wheel(spin, 1)
    assert spin.value() == before + 1
