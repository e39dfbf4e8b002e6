"""Export as pack… as a manager uses it: the id is checked first, the file goes home, ids read well."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shiftmate.core.packs.format import load_pack
from tests.ui.packs.test_packs_ui import start


def open_export(qtbot, open_window, clock):
    window, screen = start(qtbot, open_window, clock)
    qtbot.waitUntil(lambda: screen.current_key() == "before-shift", timeout=10_000)
    dialog = screen.export_pack()
    qtbot.waitUntil(lambda: dialog.checklists.count() == 2, timeout=10_000)
    asked = []
    dialog.choose_file = lambda _parent, suggested: asked.append(suggested) or None
    return window, screen, dialog, asked


def test_a_bad_pack_id_is_said_before_the_file_dialog_opens(qtbot, open_window, clock, site):
    _window, _screen, dialog, asked = open_export(qtbot, open_window, clock)
    dialog.title_edit.setText("Corner Café")
    dialog.id_edit.setFocus()
    qtbot.keyClicks(dialog.id_edit, "Corner Cafe!")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert asked == []  # no file was asked for
    assert dialog.problem.text().startswith("The pack id “Corner Cafe!” can only use a-z")
    assert dialog.id_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.id_edit.setText("corner-cafe.rules")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert len(asked) == 1 and dialog.problem.text() == ""
    dialog.reject()


def test_the_file_dialog_opens_in_the_home_folder(qtbot, open_window, clock, site, tmp_path):
    home = tmp_path / "home"  # each test's own home (tests/conftest.py)
    _window, _screen, dialog, asked = open_export(qtbot, open_window, clock)
    dialog.id_edit.setText("corner-cafe.rules")
    dialog.title_edit.setText("Corner Café")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert asked == [str(home / "corner-cafe-rules.shiftpack.toml")]
    dialog.reject()


def test_a_workers_item_is_exported_with_an_id_from_its_words(qtbot, open_window, clock, site, tmp_path):
    window, screen = start(qtbot, open_window, clock)
    qtbot.waitUntil(lambda: screen.current_key() == "before-shift", timeout=10_000)
    screen.tabs.setCurrentIndex(2)
    editor = screen.editor
    qtbot.waitUntil(lambda: editor.checklist is not None and editor.tree.topLevelItemCount() == 4, timeout=10_000)
    editor.tree.setFocus()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.tree, Qt.Key_Insert)
    assert editor.text_edit.hasFocus() and editor.text_edit.selectedText() == "New item"
    qtbot.keyClicks(editor.text_edit, "Check my shoes")
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.text_edit, Qt.Key_Return)

    out = tmp_path / "mine.shiftpack.toml"
    dialog = screen.export_pack()
    qtbot.waitUntil(lambda: dialog.checklists.count() == 2, timeout=10_000)
    dialog.choose_file = lambda _parent, _suggested: str(out)
    dialog.id_edit.setText("corner-cafe.rules")
    dialog.title_edit.setText("Corner Café")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    ids = [item.key for c in load_pack(out).checklists for s in c.sections for item in s.items]
    assert "check-my-shoes" in ids and not any(i.startswith("new-item") for i in ids)
