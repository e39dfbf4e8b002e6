"""Every tooltip that can hold words a person or a pack wrote shows them as plain text.

A hover here is a mouse move onto the cell followed by the tooltip event Qt sends after
its wake-up delay (sent at once, so no test waits on real time). What the tooltip shows is
read back as a person would see it: rich text is rendered to its plain characters, so a
``<b>`` drawn bold or an ``<img>`` drawn (and read from disk) fails the comparison.
"""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.packs.export import toml_string
from shiftmate.core.storage.store import Store
from shiftmate.ui.widgets.tooltips import plain_tip
from tests.packs.builders import write

IMAGE = '<img src="file:///etc/hostname" width=500 height=500>'
ORGANIZATION = '<font color=red size=7>Acme</font> <a href="https://example.com">call us</a>'
HELP = f"<b>bold</b> {IMAGE} &amp; two  spaces\nsecond line"
CHECKLIST = "<h1>Opening</h1> & <i>more</i>"
PACK_TITLE = "<u>Rules</u>"
ENTRY = f"<b>Shouted</b> {IMAGE} &lt; 😤"
TAG = "<big>rude</big>"


def hostile_pack() -> str:
    return f"""schema = 1
id = "acme.hostile"
version = 1
title = {toml_string(PACK_TITLE)}
organization = {toml_string(ORGANIZATION)}

[[checklist]]
id = "opening"
title = {toml_string(CHECKLIST)}
when = "before-shift"

  [[checklist.section]]
  id = "uniform"
  title = "Uniform"

    [[checklist.section.item]]
    id = "apron"
    text = "Clean apron"
    help = {toml_string(HELP)}
    locked = true
"""


def shown(tip: str) -> str:
    """The characters a tooltip puts on screen."""
    if not QtGui.Qt.mightBeRichText(tip):  # exactly what QToolTip asks
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def hover(qtbot, widget, pos: QPoint) -> str:
    """Move the mouse onto ``pos`` of ``widget`` and show its tooltip; returns what it shows."""
    QToolTip.hideText()
    qtbot.mouseMove(widget, pos)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.ToolTip, pos, widget.mapToGlobal(pos)))
    assert QToolTip.isVisible(), "no tooltip appeared"
    return shown(QToolTip.text())


def assert_labels_plain(root) -> None:
    for label in root.findChildren(QLabel):
        if label.objectName() == "qtooltip_label":
            continue  # the tooltip itself, checked by what it shows
        if "<" in label.text():  # ("&" alone is a mnemonic, as in "&Title:")
            assert label.textFormat() == Qt.PlainText, label.text()[:60]


@pytest.fixture
def site(site):
    """The machine-wide packs folder, with a pack whose words look like markup."""
    write(site, "hostile.shiftpack.toml", hostile_pack())
    return site


# Showing a tooltip raises its window, which the offscreen platform cannot do (and says so).
@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)
def test_every_tooltip_with_user_or_pack_words_shows_them_as_plain_text(qtbot, open_window, clock, location, site):
    store = Store.open(location)
    try:
        add_entry(store, JournalEntry(text=ENTRY, tags=(TAG, "calm")), clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()
    wrong = []  # (where, what was shown): every site is hovered, then all that failed are named

    def check(where: str, seen: str, expected: str) -> None:
        if seen != expected:
            wrong.append((where, seen))

    window = open_window(clock=clock)
    window.show()
    qtbot.waitUntil(lambda: window.packs.preloaded, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)

    # The journal list: what happened, and the tags.
    journal = window.show_screen("journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1, timeout=10_000)
    table = journal.table
    for column, expected in ((2, ENTRY), (3, f"{TAG}, calm")):
        cell = table.visualRect(journal.model.index(0, column)).center()
        check(f"journal column {column}", hover(qtbot, table.viewport(), cell), expected)

    # The checklists list: a pack's checklist title.
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: any(screen.list.item(r).text() == CHECKLIST for r in range(screen.list.count())),
                    timeout=10_000)
    row = next(r for r in range(screen.list.count()) if screen.list.item(r).text() == CHECKLIST)
    screen.list.setCurrentRow(row)
    spot = screen.list.visualItemRect(screen.list.item(row)).center()
    check("checklists list", hover(qtbot, screen.list.viewport(), spot), CHECKLIST)

    # The run: the pack's help text, and who locked the item.
    screen.tabs.setCurrentIndex(0)
    run_view = screen.run_view
    qtbot.waitUntil(lambda: run_view.checklist_key == "opening" and run_view.start_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(run_view.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: run_view.run is not None and run_view.model.rowCount() == 2, timeout=10_000)
    item_index = run_view.model.index(1, 0)
    spot = run_view.list.visualRect(item_index).center()
    check("run item", hover(qtbot, run_view.list.viewport(), spot), f"Locked by {ORGANIZATION}\n{HELP}")
    assert_labels_plain(screen)

    # The editor: the lock note names the organization.
    screen.tabs.setCurrentIndex(2)
    editor = screen.editor
    qtbot.waitUntil(lambda: editor.checklist is not None and editor.checklist.title == CHECKLIST, timeout=10_000)
    locked = editor.tree.topLevelItem(0).child(0)
    spot = editor.tree.visualItemRect(locked).center()
    check("editor item", hover(qtbot, editor.tree.viewport(), spot),
          f"Locked by {ORGANIZATION}: this item comes from their pack.")
    assert_labels_plain(screen)

    # Settings ▸ Packs: the pack's checklists, and the confirmation that names the pack.
    settings = window.show_screen("settings")
    box = settings.pack_settings
    qtbot.waitUntil(lambda: box.tree.topLevelItemCount() == 2, timeout=10_000)
    pack_row = next(box.tree.topLevelItem(i) for i in range(2) if box.tree.topLevelItem(i).text(0) == PACK_TITLE)
    box.tree.scrollToItem(pack_row)
    rect = box.tree.visualItemRect(pack_row)
    column_4 = QPoint(box.tree.header().sectionViewportPosition(4) + 5, rect.center().y())
    check("settings packs", hover(qtbot, box.tree.viewport(), column_4), CHECKLIST)
    box.tree.setCurrentItem(pack_row)
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.confirm_box is not None and box.confirm_box.isVisible(), timeout=10_000)
    assert PACK_TITLE in box.confirm_box.text()
    assert_labels_plain(box.confirm_box)
    qtbot.mouseClick(box.confirm_box.button(QMessageBox.Cancel), Qt.LeftButton)

    # Undo names what was deleted: the checklist's title, as typed.
    screen = window.show_screen("checklists")
    screen.list.setCurrentRow(row)
    screen.delete_current()
    qtbot.waitUntil(lambda: screen.undo_button.isEnabled(), timeout=10_000)
    button = screen.undo_button
    check("undo button", hover(qtbot, button, button.rect().center()), f"Undo delete “{CHECKLIST}” (Ctrl+Z)")
    QToolTip.hideText()
    assert wrong == []


@pytest.mark.parametrize("text", ["plain words", "", "a < b", "&amp;", "<b>x</b>\n  <i>y</i>", "<!DOCTYPE html><p>",
                                  "&lt;b&gt;", "tab\there", "<qt>inner</qt>"])
def test_plain_tip_shows_exactly_the_characters_it_was_given(qapp, text):
    assert shown(plain_tip(text)) == text
