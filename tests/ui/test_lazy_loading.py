"""What start-up and the command line leave unloaded stays unloaded, and spelled-out copies of
core constants stay equal to the core's (issue 10: start like a native app)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlcipher3

from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store


# Modules that must stay unloaded. A name that no longer exists would make its check pass for
# ever, so the last test here fails when a move or rename leaves one behind.
NOT_BEFORE_FIRST_PAINT = (
    "shiftmate.core.storage.store",
    "shiftmate.core.shifts.records",
    "shiftmate.core.checklists.library",
    "shiftmate.core.insights.figures",
    "shiftmate.core.shifts.reminders",
    "shiftmate.core.moment.card",  # the What to say card: read on the data thread once open
    "shiftmate.ui.moment.window",  # made when first opened
    "concurrent.futures",
    "shiftmate.ui.shifts.desktop_notice",  # loaded when a reminder first comes due out of sight
    "PySide6.QtDBus",
)
NOT_IN_A_SEARCH = ("dataclasses", "inspect", "typing", "shiftmate.core.journal.entries")


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_the_window_before_its_first_paint_loads_no_sqlite_utils_and_no_core_records():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from shiftmate.cli.main import parse_arguments\n"
        "parse_arguments(['--data-dir', 'somewhere'])\n"
        "from shiftmate.app import build_main_window\n"
        "from shiftmate.core.storage.paths import DataLocation\n"
        "import tempfile, pathlib\n"
        "window, services = build_main_window(DataLocation(pathlib.Path(tempfile.mkdtemp())), scheme='light')\n"
        "loaded = [m for m in sys.modules if m.startswith(('sqlite_utils', 'PySide6.QtCharts', 'PySide6.QtNetwork'))"
        f" or m in {NOT_BEFORE_FIRST_PAINT!r}]\n"
        "assert not loaded, loaded\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr


def test_a_command_line_search_never_loads_sqlite_utils_dataclasses_or_typing(location):
    # dataclasses (with inspect, ast, dis and tokenize under it) and typing were most of a
    # command-line search's own time before the search path stopped importing them.
    store = Store.open(location)
    add_entry(store, JournalEntry(text="The escalator stopped again"))
    store.close()
    code = (
        "import sys, io\n"
        "from shiftmate.cli.main import main\n"
        "out, sys.stdout = sys.stdout, io.StringIO()\n"
        f"code = main(['--data-dir', {str(location.root)!r}, 'journal', 'search', 'escal'])\n"
        "printed, sys.stdout = sys.stdout.getvalue(), out\n"
        "assert code == 0 and 'escalator' in printed, printed\n"
        "loaded = [m for m in sys.modules if m.startswith(('sqlite_utils', 'PySide6'))"
        f" or m in {NOT_IN_A_SEARCH!r}]\n"
        "assert not loaded, loaded\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr


def test_a_read_only_store_cannot_write(location):
    Store.open(location).close()
    store = Store.open(location, read_only=True)
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="readonly"):
            store.set_setting("x", "y")
    finally:
        store.close()
    writable = Store.open(location)
    try:
        assert writable.get_setting("x") is None
    finally:
        writable.close()


def test_a_read_only_open_of_a_new_folder_creates_and_migrates_it(location):
    store = Store.open(location, read_only=True)
    try:
        assert store.schema_version() >= 1
        store.set_setting("works", "yes")  # a new file opens as usual, writable
    finally:
        store.close()


def test_spelled_out_copies_match_the_core():
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from shiftmate.cli import insights as cli_insights
    from shiftmate.core.insights import figures as insights
    from shiftmate.core.storage import schema
    from shiftmate.core.shifts import records as shifts
    from shiftmate.ui.shifts import today_card as shift_card

    assert cli_insights.PERIODS == tuple(insights.PERIOD_WEEKS)
    assert cli_insights.DEFAULT_PERIOD == insights.DEFAULT_PERIOD
    assert schema.MIGRATIONS_TABLE == Migrations.migrations_table
    fresh = Database(memory=True)
    assert [m.name for m in schema.MIGRATIONS.pending(fresh)] == list(schema.MIGRATION_NAMES)
    assert (shift_card.MAX_ROLE_LENGTH, shift_card.MAX_NOTE_LENGTH) == (shifts.MAX_ROLE_LENGTH, shifts.MAX_NOTE_LENGTH)


@pytest.mark.parametrize("name", NOT_BEFORE_FIRST_PAINT + NOT_IN_A_SEARCH)
def test_every_module_pinned_as_unloaded_exists(name):
    import importlib.util

    spec = importlib.util.find_spec(name)
    assert spec is not None, f"{name} is pinned as unloaded but does not exist: its check cannot fail"
    if name.startswith("shiftmate."):
        # A feature package's __init__ is empty: loading it says nothing about its modules.
        assert not spec.origin.endswith("__init__.py"), f"{name} is a package, not the module it was"
