"""Every command on a file ShiftMate refuses: one sentence, and the file and -wal unchanged."""

from __future__ import annotations

import sqlite3

import pytest

from shiftmate.core.storage.database import open_database
from shiftmate.core.storage.paths import DataLocation
from tests.core.storage.test_checks_without_writing import add_settings, crashed_copy, files_of
from tests.core.storage.test_database import migrations_with
from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e

COMMANDS = [
    ["doctor"],
    ["journal", "list"],
    ["journal", "add", "--text", "after the crash", "--intensity", "4"],
    ["backup"],
]


def _newer_with_wal(tmp_path) -> DataLocation:
    def m999_from_the_future(db):
        db["future"].create({"id": int}, pk="id")

    source = DataLocation(tmp_path / "source")
    open_database(source, migrations=migrations_with(m999_from_the_future)).close()
    return crashed_copy(source, DataLocation(tmp_path / "crashed"), add_settings)


def _foreign_view_only(tmp_path) -> DataLocation:
    location = DataLocation(tmp_path / "foreign")
    location.root.mkdir()
    conn = sqlite3.connect(location.database, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE VIEW answer AS SELECT 42 AS value")
    # Copied while the connection is open: the -wal as a crash leaves it.
    copy = DataLocation(tmp_path / "foreign-crashed")
    copy.root.mkdir()
    for suffix in ("", "-wal"):
        (copy.root / f"shiftmate.db{suffix}").write_bytes((location.root / f"shiftmate.db{suffix}").read_bytes())
    conn.close()
    return copy


@pytest.mark.parametrize("make", [_newer_with_wal, _foreign_view_only], ids=["newer", "foreign"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_refused_file_and_its_wal_are_left_byte_for_byte(tmp_path, make, command):
    location = make(tmp_path)
    before = files_of(location)
    assert len(before["shiftmate.db-wal"]) > 0

    result = run_cli("--data-dir", str(location.root), *command)

    assert result.returncode == 1
    line = assert_one_line_error(result.stderr)
    assert str(location.database) in line
    assert files_of(location) == before
