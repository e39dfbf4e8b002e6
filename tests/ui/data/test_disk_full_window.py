"""The window on a full disk: it says the disk is full, moves nothing, and offers to try again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shiftmate.app import build_main_window
from shiftmate.core.privacy.backups import back_up_now
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.full_disk import small_disk  # noqa: F401 - a fixture


@pytest.fixture
def full_disk_location(small_disk):  # noqa: F811
    location = DataLocation(small_disk.root / "data")
    store = Store.open(location)
    store.set_setting("kept", "yes")
    back_up_now(store)
    store.close()
    small_disk.fill(leave_kb=8)
    return location, small_disk


def test_a_full_disk_is_named_touches_nothing_and_offers_to_try_again(qtbot, full_disk_location):
    location, disk = full_disk_location
    before = location.database.read_bytes()
    backups_before = sorted(p.name for p in location.backups.iterdir())
    window, services = build_main_window(location)
    qtbot.addWidget(window)
    window.show()
    offers = []
    services.recovery_offered.connect(offers.append)

    with qtbot.waitSignal(services.disk_full, timeout=10_000) as full:
        services.open()

    sentence = full.args[0]
    assert "full" in sentence and str(location.root) in sentence and "\n" not in sentence
    assert window.problem_banner.isVisible() and window.problem_banner.text() == sentence
    assert offers == []  # not offered as damage: no "start fresh", no restore
    assert location.database.read_bytes() == before
    assert not [p for p in location.root.iterdir() if ".unreadable-" in p.name]
    assert sorted(p.name for p in location.backups.iterdir()) == backups_before
    dialog = window.recovery.dialog
    assert dialog is not None and dialog.isVisible() and dialog.textFormat() == Qt.PlainText
    assert dialog.text() == sentence
    assert window.recovery.fresh_button is None and window.recovery.restore_button is None

    disk.make_room()
    with qtbot.waitSignal(services.opened, timeout=10_000):
        qtbot.mouseClick(window.recovery.retry_button, Qt.LeftButton)
    assert not window.problem_banner.isVisible()
    done = []
    services.run(lambda store: store.get_setting("kept"), done.append)
    qtbot.waitUntil(lambda: done == ["yes"], timeout=10_000)
    services.close()


def test_a_write_that_finds_the_disk_full_says_so_in_one_sentence(qtbot, small_disk):  # noqa: F811
    location = DataLocation(small_disk.root / "data")
    window, services = build_main_window(location)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    qtbot.waitUntil(lambda: services.is_idle, timeout=10_000)
    small_disk.fill(leave_kb=0)
    errors = []
    services.run(lambda store: store.set_setting("big", "x" * 400_000), None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10_000)
    assert errors == [services.disk_full_sentence()]
    assert "Something went wrong" not in errors[0]
    small_disk.make_room()
    services.close()
