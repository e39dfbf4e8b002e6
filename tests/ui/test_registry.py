"""One table makes the window (issue 17): a feature adds its files and one line in
``shiftmate.ui.registry``; screens, cards, sections and parts find each other through the
window's context, never with ``getattr`` on the window or attributes on the QApplication."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QGroupBox, QLabel, QVBoxLayout

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import get_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui import registry

SHIFTMATE = Path(__file__).resolve().parents[2] / "shiftmate"
APPS = {"app", "qapp"}  # what the code calls the QApplication


# -- the static guard -------------------------------------------------------------------
def _is_window(node: ast.AST) -> bool:
    """``window``, ``self.window``, ``self.window()`` or ``anything.window()``."""
    if isinstance(node, ast.Call):
        node = node.func
        return isinstance(node, ast.Attribute) and node.attr == "window"
    if isinstance(node, ast.Name):
        return node.id == "window"
    return isinstance(node, ast.Attribute) and node.attr == "window" and isinstance(node.value, ast.Name)


def _is_app(node: ast.AST) -> bool:
    """``app``, ``qapp`` or ``Q…Application.instance()``."""
    if isinstance(node, ast.Name):
        return node.id in APPS
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "instance" and isinstance(node.func.value, ast.Name)
            and node.func.value.id.endswith("Application"))


def neighbour_lookups(source: str) -> list[tuple[int, str]]:
    """(line, what) for every getattr/hasattr/setattr on the window or the QApplication, and
    every attribute assigned on the QApplication."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr", "setattr") and node.args):
            target = node.args[0]
            if _is_window(target) or _is_app(target):
                found.append((node.lineno, f"{node.func.id}({ast.unparse(target)}, …)"))
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
        for target in targets:
            if isinstance(target, ast.Attribute) and _is_app(target.value):
                found.append((node.lineno, f"{ast.unparse(target)} = …"))
    return sorted(found)


def test_the_guard_sees_every_kind_of_lookup_it_forbids():
    source = (
        "getattr(window, 'sidebar')\n"
        "getattr(self.window(), 'shift_companion', None)\n"
        "getattr(self.window, 'journal', None)\n"
        "hasattr(window, 'open_checklist')\n"
        "app._shiftmate_language = code\n"
        "QCoreApplication.instance().shiftmate_restart = f\n"
        "getattr(QCoreApplication.instance(), 'shiftmate_restart', None)\n"
        "setattr(app, 'x', 1)\n"
        # allowed: a widget's own attributes, Qt properties, the window's public parts
        "getattr(card, 'has_data', True)\n"
        "app.setProperty('x', True)\n"
        "self.window.show_screen('today')\n"
    )
    assert sorted(line for line, _ in neighbour_lookups(source)) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_no_screen_finds_its_neighbours_through_the_window_or_the_qapplication():
    files = [*sorted((SHIFTMATE / "ui").rglob("*.py")), SHIFTMATE / "app.py"]
    found = [f"{path.relative_to(SHIFTMATE.parent)}:{line}: {what}"
             for path in files for line, what in neighbour_lookups(path.read_text(encoding="utf-8"))]
    assert not found, "look neighbours up in the window's context (shiftmate/ui/context.py):\n" + "\n".join(found)


def _is_services(node: ast.AST) -> bool:
    """``services``, ``self.services`` or ``window.services``."""
    return (isinstance(node, ast.Name) and node.id == "services") or (
        isinstance(node, ast.Attribute) and node.attr == "services")


def hidden_registries(source: str) -> list[tuple[int, str]]:
    """(line, what) for every private attribute set on, or read with getattr from, the data
    service from outside it (``services._journal_actions = …``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr.startswith("_") and _is_services(target.value):
                    found.append((node.lineno, f"{ast.unparse(target)} = …"))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr")
                and len(node.args) > 1 and _is_services(node.args[0]) and isinstance(node.args[1], ast.Constant)
                and str(node.args[1].value).startswith("_")):
            found.append((node.lineno, f"{node.func.id}({ast.unparse(node.args[0])}, {node.args[1].value!r})"))
    return sorted(found)


def test_no_hidden_registry_on_the_data_service_remains():
    assert [line for line, _ in hidden_registries(
        "services._journal_actions = actions\n"
        "getattr(services, '_pack_actions', None)\n"
        "window.services._appearance = appearance\n"
        "self.services.clock = clock\n"  # a public field, allowed
    )] == [1, 2, 3]
    files = [path for path in sorted((SHIFTMATE / "ui").rglob("*.py")) if path.name != "service.py"]
    found = [f"{path.relative_to(SHIFTMATE.parent)}:{line}: {what}"
             for path in files for line, what in hidden_registries(path.read_text(encoding="utf-8"))]
    assert not found, "a window part belongs in the registry and the context, not on the data service:\n" + (
        "\n".join(found))


def test_every_row_of_the_table_names_a_class_that_exists():
    keys = set()
    for row in registry.TABLE:
        assert row.kind in (registry.SCREEN, registry.CARD, registry.SECTION, registry.PART), row
        assert (row.kind, row.key) not in keys, f"{row.key} twice"
        keys.add((row.kind, row.key))
        assert callable(registry.load(row)), row
        if row.kind == registry.SCREEN:
            assert row.title, row


# -- a new feature: its own module, one line in the table --------------------------------
class ExtraCard(QFrame):
    """A card a new feature would add; it hears that a shift started without the shift card."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.has_data = True
        self.heard: list[int] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("An extra card"))
        context.shift_started.connect(self.heard.append)


class ExtraSection(QGroupBox):
    """A Settings section a new feature would add."""

    def __init__(self, context, parent=None) -> None:
        super().__init__("An extra section", parent)
        self.context = context


@pytest.fixture
def extra_feature(monkeypatch):
    """A feature module under shiftmate.ui and its rows in the table: nothing else is edited."""
    module = types.ModuleType("shiftmate.ui.extra_feature")
    module.ExtraCard, module.ExtraSection = ExtraCard, ExtraSection
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(registry, "TABLE", registry.TABLE + (
        registry.Entry(registry.CARD, "extra", "extra_feature:ExtraCard"),
        registry.Entry(registry.SECTION, "extra", "extra_feature:ExtraSection", when=registry.SOON),
    ))


def test_a_card_and_a_section_added_to_the_table_appear_on_today_and_in_settings(
        extra_feature, open_window, qtbot):
    clock = FakeClock("2026-11-23T07:30:00", zone="Europe/London")
    window = open_window(clock=clock)
    window.show()
    today = window.show_screen("today")
    card = today.cards["extra"]
    assert isinstance(card, ExtraCard) and card.context is window.context
    qtbot.waitUntil(card.isVisible)
    assert today._all_cards()[-1] is card  # last, as in the table
    # The others in the table's order (each feature's own line; no list to keep here).
    assert today._all_cards()[:-1] == [today.cards[row.key] for row in registry.entries(registry.CARD)[:-1]]
    assert today._all_cards()[0] is today.shift_card

    # It talks with the others through the context: starting the shift reaches it.
    shift_card = today.shift_card
    qtbot.waitUntil(shift_card.start_button.isVisible, timeout=10_000)
    with qtbot.waitSignal(shift_card.shift_started, timeout=10_000) as started:
        qtbot.mouseClick(shift_card.start_button, Qt.LeftButton)
    assert card.heard == [started.args[0]]
    qtbot.waitUntil(lambda: window.current_screen_key() == "checklists")  # the checklists heard it too

    settings = window.show_screen("settings")
    section = settings.section("extra")
    assert isinstance(section, ExtraSection) and section.context is window.context
    qtbot.waitUntil(section.isVisible)
    page = settings.content
    assert page.indexOf(settings.backups) < page.indexOf(section) < page.indexOf(settings._about_box)


# -- the journal has one owner: the tray, Today and the Journal screen share it ------------
def test_the_tray_and_the_journal_screen_share_one_journal_and_its_undo(window, qtbot, location):
    journal = window.journal
    window.journal.clock = FakeClock("2026-03-10T09:00:00", zone="Europe/Berlin")
    window.make_parts(registry.READY)
    tray = window.context.part("tray")
    tray.note_action.trigger()  # the tray's "Note a hard moment…"
    capture = journal.capture
    assert capture is not None and capture.isVisible()

    screen = window.show_screen("journal")
    assert screen.actions is journal
    qtbot.mouseClick(screen.new_button, Qt.LeftButton)  # the same window, not a second one
    assert journal.capture is capture
    assert [w for w in QApplication.topLevelWidgets() if type(w) is type(capture) and w.isVisible()] == [capture]
    qtbot.keyClicks(capture.text_edit, "Noted from the tray")
    with qtbot.waitSignal(journal.capture_saved, timeout=10_000) as saved:
        qtbot.mouseClick(capture.save_button, Qt.LeftButton)
    entry_id = saved.args[0]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.is_loading, timeout=10_000)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key_Delete)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and not screen.model.is_loading, timeout=10_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    store = Store.open(location)
    try:
        assert get_entry(store, entry_id).text == "Noted from the tray"
    finally:
        store.close()
    assert not hasattr(window.services, "_journal_actions")  # no second registry on the data service
