"""Packs in the window: preloaded from the machine-wide folder, imported, dropped, exported,
listed and removed in Settings ▸ Packs; locked items show a lock and who locked them."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from shiftmate.core.packs.format import load_pack
from shiftmate.ui.data.changes import Changes
from tests.packs.builders import store_pack, write


def start(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    qtbot.waitUntil(lambda: window.packs.preloaded, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    return window, window.screen_widget("checklists")


def select(qtbot, screen, title):
    qtbot.waitUntil(lambda: any(screen.list.item(r).text() == title for r in range(screen.list.count())),
                    timeout=10_000)
    row = next(r for r in range(screen.list.count()) if screen.list.item(r).text() == title)
    screen.list.setCurrentRow(row)


def editor_rows(editor):
    return [(editor.tree.topLevelItem(s).text(0),
             [editor.tree.topLevelItem(s).child(i).text(0) for i in range(editor.tree.topLevelItem(s).childCount())])
            for s in range(editor.tree.topLevelItemCount())]


def locked_mark(icon) -> bool:
    from shiftmate.ui.widgets.icons import lock_icon

    return not icon.isNull() and icon.cacheKey() == lock_icon().cacheKey()


def edit_the_preloaded_acme_opening(qtbot, open_window, clock, site):
    """The store's pack preloaded from the machine-wide folder, its checklist open in Edit."""
    write(site, "acme.shiftpack.toml", store_pack())
    window, screen = start(qtbot, open_window, clock)
    select(qtbot, screen, "Acme opening")
    screen.tabs.setCurrentIndex(2)
    editor = screen.editor
    qtbot.waitUntil(lambda: editor.checklist is not None and editor.checklist.title == "Acme opening", timeout=10_000)
    return window, screen, editor


def test_a_preloaded_pack_arrives_locked_and_a_new_version_keeps_the_workers_item(qtbot, open_window, clock, site):
    window, screen, editor = edit_the_preloaded_acme_opening(qtbot, open_window, clock, site)
    assert editor_rows(editor)[0] == ("Uniform", ["Clean apron  *", "Badge on"])
    assert all(locked_mark(editor.tree.topLevelItem(0).child(i).icon(0)) for i in range(2))
    editor.tree.setFocus()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    assert "Acme Foods" in editor.locked_note.text()
    assert not editor.remove_button.isEnabled() and not editor.text_edit.isEnabled()

    # The worker adds their own item after the apron, by keyboard.
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.tree, Qt.Key_Insert)
    qtbot.keyClicks(editor.text_edit, "Polish my shoes")
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        qtbot.keyClick(editor.text_edit, Qt.Key_Return)
    assert editor_rows(editor)[0][1] == ["Clean apron  *", "Polish my shoes", "Badge on"]
    assert [locked_mark(editor.tree.topLevelItem(0).child(i).icon(0)) for i in range(3)] == [True, False, True]

    # Version 2 arrives in the machine-wide folder and is loaded as at the next start.
    write(site, "acme.shiftpack.toml", store_pack(2))
    with qtbot.waitSignal(window.services.changed, timeout=10_000,
                          check_params_cb=lambda changes, _source: bool(changes & Changes.PACKS)):
        window.packs.preload()
    qtbot.waitUntil(lambda: editor.checklist is not None and editor_rows(editor)[0][1] == [
        "Clean apron, tied at the back  *", "Polish my shoes", "Hairnet on in the kitchen"], timeout=10_000)

    # The run view shows the lock and who locked the item.
    screen.tabs.setCurrentIndex(0)
    qtbot.mouseClick(screen.run_view.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.run_view.run is not None, timeout=10_000)
    model = screen.run_view.model
    texts = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert "Clean apron, tied at the back" in texts and "Polish my shoes" in texts
    locked = next(model.item(r, 0) for r in range(model.rowCount())
                  if model.item(r, 0).text() == "Clean apron, tied at the back")
    assert locked_mark(locked.icon()) and "Locked by Acme Foods" in locked.toolTip()
    assert "Locked by Acme Foods" in locked.accessibleDescription()
    own = next(model.item(r, 0) for r in range(model.rowCount()) if model.item(r, 0).text() == "Polish my shoes")
    assert not locked_mark(own.icon())


def test_a_broken_preloaded_pack_is_skipped_with_a_visible_notice(qtbot, open_window, clock, site):
    write(site, "broken.shiftpack.toml", "schema = 1\nid = [\n")
    write(site, "acme.shiftpack.toml", store_pack())
    _window, screen = start(qtbot, open_window, clock)
    qtbot.waitUntil(screen.pack_notice.isVisible, timeout=10_000)
    assert "broken.shiftpack.toml" in screen.pack_notice.text()
    assert "not valid TOML on line 2" in screen.pack_notice.text()  # the line survives into the window
    select(qtbot, screen, "Acme opening")  # the good one still loaded


def answer_preview(qtbot, actions, button_text):
    qtbot.waitUntil(lambda: actions.preview is not None and actions.preview.isVisible(), timeout=10_000)
    box = actions.preview
    text = box.text()
    button = next(b for b in box.buttons() if button_text in box.buttonRole(b).name or b.text() == button_text)
    qtbot.mouseClick(button, Qt.LeftButton)
    return text


def test_import_pack_shows_what_arrives_and_imports_after_confirming(qtbot, open_window, clock, tmp_path, site):
    path = write(tmp_path, "acme.shiftpack.toml", store_pack())
    _window, screen = start(qtbot, open_window, clock)
    screen.packs.choose_file = lambda _parent: str(path)
    qtbot.mouseClick(screen.import_pack_button, Qt.LeftButton)
    shown = answer_preview(qtbot, screen.packs, "RejectRole")  # Cancel first: nothing happens
    assert "Acme store rules" in shown and "Acme Foods" in shown and "Version: 1" in shown
    assert "Acme opening" in shown
    qtbot.mouseClick(screen.import_pack_button, Qt.LeftButton)
    answer_preview(qtbot, screen.packs, "&Import")
    qtbot.waitUntil(lambda: "Imported" in screen.message.text(), timeout=10_000)
    select(qtbot, screen, "Acme opening")
    qtbot.mouseClick(screen.import_pack_button, Qt.LeftButton)
    answer_preview(qtbot, screen.packs, "&Import")
    qtbot.waitUntil(lambda: "already installed" in screen.message.text(), timeout=10_000)


def test_a_pack_dropped_on_the_window_is_previewed_and_imported(qtbot, open_window, clock, tmp_path, site):
    path = write(tmp_path, "acme.shiftpack.toml", store_pack())
    window, screen = start(qtbot, open_window, clock)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    answer_preview(qtbot, window.packs, "&Import")
    select(qtbot, screen, "Acme opening")
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert window.packs.dropped_pack_paths(other) == []


def test_settings_lists_packs_and_removes_one_after_confirming(qtbot, open_window, clock, site, location):
    write(site, "acme.shiftpack.toml", store_pack())
    window, screen = start(qtbot, open_window, clock)
    select(qtbot, screen, "Acme opening")
    settings = window.show_screen("settings")
    box = settings.pack_settings
    qtbot.waitUntil(lambda: box.tree.topLevelItemCount() == 2, timeout=10_000)
    row = box.tree.topLevelItem(0)
    assert [row.text(c) for c in range(5)] == ["Acme store rules", "Acme Foods", "1", "preloaded", "Acme opening"]
    box.tree.setCurrentItem(row)
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.confirm_box is not None and box.confirm_box.isVisible(), timeout=10_000)
    remove = next(b for b in box.confirm_box.buttons()
                  if box.confirm_box.buttonRole(b) == QMessageBox.DestructiveRole)
    qtbot.mouseClick(remove, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.tree.topLevelItemCount() == 1, timeout=10_000)
    assert "history" in box.message.text()
    window.show_screen("checklists")
    qtbot.waitUntil(lambda: all(screen.list.item(r).text() != "Acme opening"
                                for r in range(screen.list.count())), timeout=10_000)


def test_export_as_pack_writes_a_valid_pack_and_proposes_the_next_version(qtbot, open_window, clock, tmp_path, site):
    _window, screen = start(qtbot, open_window, clock)
    qtbot.waitUntil(lambda: screen.current_key() == "before-shift", timeout=10_000)
    out = tmp_path / "mine.shiftpack.toml"
    dialog = screen.export_pack()
    qtbot.waitUntil(lambda: dialog.checklists.count() == 2, timeout=10_000)
    assert dialog.chosen_keys() == ["before-shift"] and dialog.version_spin.value() == 1
    dialog.choose_file = lambda _parent, _suggested: str(out)
    dialog.id_edit.setText("corner-cafe.rules")
    dialog.title_edit.setText("Corner Café")
    dialog.organization_edit.setText("Corner Café Ltd")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    pack = load_pack(out)
    assert (pack.id, pack.version, pack.organization) == ("corner-cafe.rules", 1, "Corner Café Ltd")
    assert all(item.locked for c in pack.checklists for s in c.sections for item in s.items)
    qtbot.waitUntil(lambda: "Exported" in screen.message.text(), timeout=10_000)

    again = screen.export_pack()
    qtbot.waitUntil(lambda: again.checklists.count() == 2, timeout=10_000)
    assert (again.id_edit.text(), again.title_edit.text(), again.version_spin.value()) == (
        "corner-cafe.rules", "Corner Café", 2)
    again.reject()


def test_a_pack_section_cannot_be_removed_and_saying_so_stays_on_the_checklists_screen(
        qtbot, open_window, clock, site):
    window, screen, editor = edit_the_preloaded_acme_opening(qtbot, open_window, clock, site)
    editor.tree.setFocus()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))  # the pack's section "Uniform"
    assert not editor.remove_button.isEnabled() and not editor.text_edit.isEnabled()
    assert "Acme Foods" in editor.locked_note.text() and editor.locked_note.isVisible()

    qtbot.keyClick(editor.tree, Qt.Key_Delete)  # the key is not disabled: it says why, here
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    assert "Acme Foods" in screen.message.text()
    assert not window.problem_bar.isVisible()  # nothing follows the worker to other screens
    assert [row[0] for row in editor_rows(editor)] == ["Uniform", "Station"]

    # A section of the worker's own, beside the pack's, can be removed.
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        editor.add_section_button.click()
    assert editor.tree.currentItem().text(0) == "New section" and editor.remove_button.isEnabled()
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        editor.remove_button.click()
    assert [row[0] for row in editor_rows(editor)] == ["Uniform", "Station"]


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
def test_the_lock_mark_is_an_icon_in_the_themes_text_colour_not_an_emoji(qapp, scheme):
    """An emoji is an empty box without an emoji font; the icon is drawn from resources/icons."""
    from pathlib import Path

    from PySide6.QtGui import QColor, QIcon, QPalette

    from shiftmate.core.system.resources import resource_path
    from shiftmate.ui.widgets.icons import lock_icon
    from shiftmate.ui.look.theme import apply_theme

    sources = Path(__file__).resolve().parents[3] / "shiftmate"
    assert [p.name for p in sources.rglob("*.py") if "\U0001f512" in p.read_text(encoding="utf-8")] == []
    assert resource_path("icons", "lock.svg").exists()
    apply_theme(qapp, scheme)
    try:
        palette = qapp.palette()
        for mode, role in ((QIcon.Normal, QPalette.WindowText), (QIcon.Selected, QPalette.HighlightedText)):
            image = lock_icon().pixmap(32, 32, mode).toImage()
            inked = [QColor(image.pixel(x, y)).name() for x in range(32) for y in range(32)
                     if QColor.fromRgba(image.pixel(x, y)).alpha() == 255]
            assert len(inked) > 200 and set(inked) == {palette.color(role).name()}, (scheme, mode)
    finally:
        apply_theme(qapp, "light")
