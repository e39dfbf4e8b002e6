"""A double-clicked pack opens the window's import preview (issue 20, item 7).

Linux and Windows start `shiftmate-gui FILE` (the desktop entry's %f and MimeType); macOS sends
the file to the app as a FileOpen event. Either way the worker sees what the pack holds and
imports it after confirming, as with Import pack….
"""

from __future__ import annotations

import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from shiftmate.app import open_packs_when_asked, stop_opening_packs
from shiftmate.cli.main import UsageError, parse_arguments
from tests.packs.builders import store_pack, write

ROOT = Path(__file__).resolve().parents[3]
PACKAGING = ROOT / "packaging"


@pytest.fixture(autouse=True)
def no_file_open_filter_left_behind():
    yield
    app = QApplication.instance()
    if app is not None:
        stop_opening_packs(app)


def test_a_pack_file_on_the_command_line_opens_the_window_with_it():
    args = parse_arguments(["--data-dir", "d", "/home/me/Downloads/acme.shiftpack.toml"])
    assert args.pack_file == "/home/me/Downloads/acme.shiftpack.toml" and getattr(args, "handler", None) is None
    with pytest.raises(UsageError):
        parse_arguments(["notes.txt"])  # anything else is still not a command


def test_the_pack_given_at_start_is_previewed_once_the_database_is_open(window, qtbot, tmp_path):
    pack = write(tmp_path, "acme.shiftpack.toml", store_pack())
    open_packs_when_asked(QApplication.instance(), window, window.services, str(pack))
    actions = window.packs
    qtbot.waitUntil(lambda: actions.preview is not None and actions.preview.isVisible(), timeout=10_000)
    assert "Acme store rules" in actions.preview.text()
    actions.preview.reject()


def test_a_file_open_event_from_macos_previews_the_pack(window, qtbot, tmp_path):
    pack = write(tmp_path, "acme.shiftpack.toml", store_pack())
    app = QApplication.instance()
    open_packs_when_asked(app, window, window.services)
    QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(pack))))
    actions = window.packs
    qtbot.waitUntil(lambda: actions.preview is not None and actions.preview.isVisible(), timeout=10_000)
    assert "Acme store rules" in actions.preview.text()
    actions.preview.reject()


def test_the_desktop_knows_packs_are_opened_by_shiftmate():
    mime = ET.parse(PACKAGING / "io.github.shiftmate.ShiftMate.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind.get("type") == "application/x-shiftmate-pack"
    assert kind.find("m:glob", ns).get("pattern") == "*.shiftpack.toml"
    desktop = (PACKAGING / "io.github.shiftmate.ShiftMate.desktop").read_text(encoding="utf-8")
    assert "\nMimeType=application/x-shiftmate-pack;\n" in desktop and "\nExec=shiftmate-gui %f\n" in desktop
    with open(PACKAGING / "macos" / "Info.plist", "rb") as handle:
        types = plistlib.load(handle)["CFBundleDocumentTypes"]
    assert types[0]["CFBundleTypeRole"] == "Viewer" and types[0]["LSHandlerRank"] == "Alternate"
    flatpak = (PACKAGING / "flatpak" / "io.github.shiftmate.ShiftMate.json").read_text(encoding="utf-8")
    assert "/app/share/mime/packages/io.github.shiftmate.ShiftMate.xml" in flatpak
