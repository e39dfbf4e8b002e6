""""Start my shift" and the before-shift checklists: the store's pack list and the built-in one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.packs.builders import store_pack, write


def start_my_shift(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    qtbot.waitUntil(lambda: window.packs.preloaded, timeout=10_000)
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(lambda: card.start_button.isVisible(), timeout=10_000)
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists", timeout=10_000)
    return window, window.screen_widget("checklists")


def test_start_my_shift_on_a_fresh_folder_starts_before_my_shift(qtbot, open_window, clock, site):
    window, screen = start_my_shift(qtbot, open_window, clock)
    qtbot.waitUntil(lambda: getattr(screen.run_view.run, "checklist_key", None) == "before-shift", timeout=10_000)


def test_start_my_shift_with_a_store_pack_starts_the_stores_list_and_offers_the_other(qtbot, open_window, clock, site):
    write(site, "acme.shiftpack.toml", store_pack())
    window, screen = start_my_shift(qtbot, open_window, clock)
    run_view = screen.run_view
    qtbot.waitUntil(lambda: run_view.run is not None and run_view.run.title == "Acme opening", timeout=10_000)
    assert run_view.run.shift_id is not None
    # The built-in list is offered beside it, one click away.
    qtbot.waitUntil(lambda: screen.moment_panel.isVisible(), timeout=10_000)
    assert screen.moment_offer.text() == "Also for before your shift:"
    assert [b.text() for b in screen.moment_buttons] == ["Start “Before my shift”"]
    qtbot.mouseClick(screen.moment_buttons[0], Qt.LeftButton)
    qtbot.waitUntil(lambda: run_view.run is not None and run_view.run.checklist_key == "before-shift", timeout=10_000)
    assert run_view.run.shift_id is not None
    # ...and the store's list is offered back.
    qtbot.waitUntil(lambda: [b.text() for b in screen.moment_buttons] == ["Start “Acme opening”"])


def test_start_my_shift_starts_the_list_even_from_another_checklists_history(qtbot, open_window, clock, site):
    write(site, "acme.shiftpack.toml", store_pack())
    window = open_window(clock=clock)
    window.show()
    qtbot.waitUntil(lambda: window.packs.preloaded, timeout=10_000)
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 3, timeout=10_000)
    screen.list.setCurrentRow(1)  # After my shift
    screen.tabs.setCurrentIndex(1)  # its history
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(lambda: card.start_button.isVisible(), timeout=10_000)
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists", timeout=10_000)
    qtbot.waitUntil(lambda: screen.run_view.run is not None and screen.run_view.run.title == "Acme opening",
                    timeout=10_000)
