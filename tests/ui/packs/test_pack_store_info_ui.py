"""The store's contacts and policy in the window: under "I know who to call" in a run, in the
import preview, and taken along by Export as pack."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shiftmate.core.packs.format import load_pack
from shiftmate.ui.checklists.run_view import ROLE_INFO_FOR, ROLE_KEY
from tests.packs.builders import store_info_pack, write
from tests.ui.packs.test_packs_ui import answer_preview, start

DANA = ("Call Dana, shift lead: ext. 210, or the red phone by the till "
        "(when a customer crosses the line; refunds over $50)")
SHOWN = [
    DANA,
    "Call Sam, store manager: 0151 496 0000",
    "Store policy: Shouting, insults or threats: you may stop serving and call the shift lead.",
    "  • Allowed: A refund up to $20 without a receipt",
    "  • Allowed: A free drink after a long wait",
]


def start_before_shift(qtbot, screen):
    qtbot.waitUntil(lambda: screen.current_key() == "before-shift", timeout=10_000)
    view = screen.run_view
    qtbot.waitUntil(lambda: view.checklist_key == "before-shift" and view.start_button.isVisible(), timeout=10_000)
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        qtbot.mouseClick(view.start_button, Qt.LeftButton)
    return view


def rows_under(view, key: str) -> list[str]:
    """The texts of the information rows shown right under the item ``key``."""
    row = view.row_of(key) + 1
    found = []
    while row < view.model.rowCount() and view.model.item(row, 0).data(ROLE_INFO_FOR) == key:
        found.append(view.model.item(row, 0).text().strip())
        row += 1
    return found


def info_rows(view) -> int:
    return sum(1 for r in range(view.model.rowCount()) if view.model.item(r, 0).data(ROLE_INFO_FOR))


def test_the_stores_contacts_and_policy_show_under_i_know_who_to_call(qtbot, open_window, clock, site):
    write(site, "acme.shiftpack.toml", store_info_pack())
    _window, screen = start(qtbot, open_window, clock)
    view = start_before_shift(qtbot, screen)
    assert rows_under(view, "who-to-call") == [line.strip() for line in SHOWN]
    assert info_rows(view) == len(SHOWN)  # under that item only
    item = view.model.item(view.row_of("who-to-call"), 0)
    assert DANA in item.accessibleDescription() and DANA in item.toolTip()  # a screen reader hears them
    # The rows are text to read, not items: the arrows step from the item over them to the next one.
    view.list.setFocus()
    view.list.setCurrentIndex(item.index())
    qtbot.keyClick(view.list, Qt.Key_Down)
    below = view.list.current_item()[0]
    keys = [view.model.item(r, 0).data(ROLE_KEY) for r in range(view.model.rowCount())]
    assert below == next(k for k in keys[keys.index("who-to-call") + 1:] if k)
    assert not view.model.item(view.row_of("who-to-call") + 1, 0).flags() & Qt.ItemIsSelectable


def test_without_a_pack_that_names_contacts_nothing_extra_is_shown(qtbot, open_window, clock, site):
    _window, screen = start(qtbot, open_window, clock)
    view = start_before_shift(qtbot, screen)
    assert view.row_of("who-to-call") is not None
    assert info_rows(view) == 0
    assert view.model.item(view.row_of("who-to-call"), 0).accessibleDescription() == ""


def test_a_pack_imported_while_the_run_is_shown_adds_its_contacts_and_preview_lists_them(
        qtbot, open_window, clock, site, tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_info_pack())
    _window, screen = start(qtbot, open_window, clock)
    view = start_before_shift(qtbot, screen)
    assert info_rows(view) == 0
    screen.packs.choose_file = lambda _parent: str(path)
    qtbot.mouseClick(screen.import_pack_button, Qt.LeftButton)
    shown = answer_preview(qtbot, screen.packs, "&Import")
    for line in ["Who to call:",
                 "  • Dana, shift lead: ext. 210, or the red phone by the till "
                 "(when: a customer crosses the line; refunds over $50)",
                 "Lines for “What to say”:", "  • Let me get Dana, our shift lead.",
                 "Store policy: Shouting, insults or threats: you may stop serving and call the shift lead.",
                 "  • Allowed: A free drink after a long wait"]:
        assert line in shown.splitlines(), shown
    screen.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: rows_under(view, "who-to-call") == [line.strip() for line in SHOWN], timeout=10_000)


def test_the_preview_shows_the_first_few_phrases_of_a_long_list(qtbot, open_window, clock, site, tmp_path):
    many = "".join(f'\n[[phrase]]\nstep = "listen"\ntext = "Line {n}"\n' for n in range(1, 13))
    path = write(tmp_path, "acme.shiftpack.toml", store_info_pack(store_info=many))
    _window, screen = start(qtbot, open_window, clock)
    screen.packs.choose_file = lambda _parent: str(path)
    qtbot.mouseClick(screen.import_pack_button, Qt.LeftButton)
    shown = answer_preview(qtbot, screen.packs, "RejectRole").splitlines()
    assert "  • Line 5" in shown and "  • Line 6" not in shown and "  …and 7 more" in shown


def export_with(qtbot, screen, out, *, tick: bool | None):
    dialog = screen.export_pack()
    qtbot.waitUntil(lambda: dialog.checklists.count() >= 2, timeout=10_000)
    dialog.choose_file = lambda _parent, _suggested: str(out)
    dialog.id_edit.setText("corner-cafe.rules")
    dialog.title_edit.setText("Corner Café")
    if tick is not None:
        qtbot.waitUntil(lambda: not dialog.store_info_check.isHidden(), timeout=10_000)
        assert dialog.store_info_note.text() == "From the installed packs: 2 contacts, 2 phrases, the policy."
        if not tick:
            qtbot.mouseClick(dialog.store_info_check, Qt.LeftButton)
    else:
        assert dialog.store_info_check.isHidden()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    return load_pack(out)


def test_export_as_pack_takes_the_stores_information_along_unless_unticked(qtbot, open_window, clock, site, tmp_path):
    write(site, "acme.shiftpack.toml", store_info_pack())
    _window, screen = start(qtbot, open_window, clock)
    qtbot.waitUntil(lambda: screen.current_key() == "before-shift", timeout=10_000)
    original = load_pack(site / "acme.shiftpack.toml")
    with_info = export_with(qtbot, screen, tmp_path / "with.shiftpack.toml", tick=True)
    assert with_info.schema == 2
    assert (with_info.contacts, with_info.phrases, with_info.policy) == (
        original.contacts, original.phrases, original.policy)
    without = export_with(qtbot, screen, tmp_path / "without.shiftpack.toml", tick=False)
    assert (without.schema, without.contacts, without.policy) == (1, (), None)


def test_export_without_store_information_hides_the_box_and_writes_schema_1(qtbot, open_window, clock, site, tmp_path):
    _window, screen = start(qtbot, open_window, clock)
    qtbot.waitUntil(lambda: screen.current_key() == "before-shift", timeout=10_000)
    assert export_with(qtbot, screen, tmp_path / "plain.shiftpack.toml", tick=None).schema == 1
