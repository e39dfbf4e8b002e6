"""Backups are found by their names' stamps, read without strptime (it imports the locale machinery)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from shiftmate.core.storage.backup_files import list_backups


def test_a_backups_stamp_is_its_utc_moment_and_an_impossible_one_is_passed_over(location):
    location.ensure()
    location.backups.mkdir(parents=True, exist_ok=True)
    (location.backups / "shiftmate-20261201-134502-daily.db").write_bytes(b"x")
    (location.backups / "shiftmate-20261399-250000-daily.db").write_bytes(b"x")
    found = list_backups(location)
    assert [b.made_at for b in found] == [dt.datetime(2026, 12, 1, 13, 45, 2, tzinfo=dt.timezone.utc)]


def test_listing_backups_leaves_strptime_unloaded(location):
    location.ensure()
    location.backups.mkdir(parents=True, exist_ok=True)
    (location.backups / "shiftmate-20261201-134502-daily.db").write_bytes(b"x")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from shiftmate.core.storage.paths import DataLocation\n"
        "from shiftmate.core.storage.backup_files import list_backups\n"
        f"assert len(list_backups(DataLocation(Path({str(location.root)!r})))) == 1\n"
        "assert '_strptime' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
