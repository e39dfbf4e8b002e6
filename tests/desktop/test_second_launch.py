"""A pack double-clicked while ShiftMate runs goes to the running window (issue 20, item 7).

The desktop starts a second ``shiftmate-gui FILE``; it must not open a second window nor only
print a hint: the running window shows the pack's import preview, and Import imports it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.desktop.conftest import read_db, wait_until
from tests.packs.builders import store_pack, write

pytestmark = pytest.mark.desktop


def test_a_pack_opened_by_a_second_launch_is_previewed_and_imported_by_the_running_window(
        desktop, start_app, data_dir, tmp_path):
    app = start_app()
    app.desktop.activate(app.wait_ready())
    pack = write(tmp_path, "acme.shiftpack.toml", store_pack())
    second = start_app(str(pack))  # what the desktop entry's "Exec=shiftmate-gui %f" runs
    assert second.wait_exit(timeout=15) == 0
    assert second.said("already running") and not second.said("Import pack")  # no hint to do it by hand
    preview = app.window("Import pack")
    app.desktop.activate(preview)
    desktop.key("Return")  # Import is the preview's default button
    wait_until(lambda: read_db(data_dir, "SELECT title FROM packs WHERE source_kind = 'imported'"),
               what="the pack in the database")
    assert read_db(data_dir, "SELECT title FROM packs WHERE source_kind = 'imported'") == [("Acme store rules",)]
    assert len([t for t in app.windows() if t == "ShiftMate"]) == 1
    second.close()
    assert app.terminate() == 0
    app.close()
    app.assert_clean_stderr()
