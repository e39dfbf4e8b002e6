"""Fleets of store PCs (issue 20, item 9): the machine-wide packs folder is the contract.

A fleet tool drops a new or updated pack into the folder while ShiftMate runs; the window
notices without a restart (a file watcher, debounced, the files read on the data thread).
Before rollout, `pack validate --strict` turns warnings into errors for a manager's CI.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from shiftmate.cli.main import main
from tests.packs.builders import store_pack, write
from tests.ui.packs.test_packs_ui import editor_rows, locked_mark, select


@pytest.fixture
def site(tmp_path, monkeypatch):
    folder = tmp_path / "machine" / "packs"
    monkeypatch.setenv("SHIFTMATE_SITE_PACKS_DIR", str(folder))
    return folder


def start(qtbot, open_window, clock):
    window = open_window(clock=clock)
    window.show()
    qtbot.waitUntil(lambda: window.packs.preloaded, timeout=10_000)
    window.packs.settle_ms = 100  # shorter than in use: the test waits on the result, not a clock
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    return window, window.screen_widget("checklists")


def rolled_out(folder, name: str, text: str):
    """As a fleet tool copies: a temporary file, then renamed into place."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{name}.part"
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, folder / name)


def test_a_pack_dropped_into_the_folder_of_a_running_window_appears_locked(qtbot, open_window, clock, site):
    site.mkdir(parents=True)
    window, screen = start(qtbot, open_window, clock)
    assert not any(screen.list.item(r).text() == "Acme opening" for r in range(screen.list.count()))
    rolled_out(site, "acme.shiftpack.toml", store_pack())
    select(qtbot, screen, "Acme opening")  # waits: it arrives without a restart
    screen.tabs.setCurrentIndex(2)
    editor = screen.editor
    qtbot.waitUntil(lambda: editor.checklist is not None and editor.checklist.title == "Acme opening", timeout=10_000)
    assert editor_rows(editor)[0] == ("Uniform", ["Clean apron  *", "Badge on"])
    assert all(locked_mark(editor.tree.topLevelItem(0).child(i).icon(0)) for i in range(2))

    # Version 2, rolled out the same way, replaces it in the running window.
    rolled_out(site, "acme.shiftpack.toml", store_pack(2))
    qtbot.waitUntil(lambda: editor.checklist is not None and editor_rows(editor)[0][1] == [
        "Clean apron, tied at the back  *", "Hairnet on in the kitchen"], timeout=10_000)
    assert all(locked_mark(editor.tree.topLevelItem(0).child(i).icon(0)) for i in range(2))


def test_a_folder_created_by_the_rollout_is_followed_too(qtbot, open_window, clock, site):
    window, screen = start(qtbot, open_window, clock)  # no packs folder on this machine yet
    rolled_out(site, "acme.shiftpack.toml", store_pack())
    select(qtbot, screen, "Acme opening")


def test_a_broken_pack_dropped_in_gives_the_usual_notice(qtbot, open_window, clock, site):
    site.mkdir(parents=True)
    window, screen = start(qtbot, open_window, clock)
    assert not screen.pack_notice.isVisible()
    rolled_out(site, "broken.shiftpack.toml", "schema = 1\nid = [\n")
    qtbot.waitUntil(screen.pack_notice.isVisible, timeout=10_000)
    assert "broken.shiftpack.toml" in screen.pack_notice.text()


def test_validate_strict_turns_warnings_into_errors_for_a_managers_ci(capsys, tmp_path):
    typo = write(tmp_path, "acme.shiftpack.toml", store_pack().replace(
        'title = "Acme store rules"', 'title = "Acme store rules"\ncolour = "red"'))
    good = write(tmp_path, "good.shiftpack.toml", store_pack(pack_id="acme.other"))
    assert main(["pack", "validate", str(typo)]) == 0  # as before: a warning
    capsys.readouterr()
    assert main(["pack", "validate", "--strict", str(typo), str(good)]) == 2
    out, err = capsys.readouterr()
    assert "error:" in err and "colour: unknown key" in err
    assert out.splitlines() == [line for line in out.splitlines() if line.startswith(str(good))]
    assert main(["pack", "validate", "--strict", str(good)]) == 0
