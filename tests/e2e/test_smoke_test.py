"""`shiftmate --smoke-test` from source: every screen, one record of each kind, exit 0."""

from __future__ import annotations

from tests.helpers import run_cli


def test_smoke_test_visits_every_screen_writes_each_record_and_exits_0(data_dir):
    result = run_cli("--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    for screen in ("today", "checklists", "journal", "breaks", "insights", "settings"):
        assert f"smoke-test: screen {screen} shown" in result.stdout
    for kind in ("setting", "shift", "break", "checklist answer", "journal entry"):
        assert f"smoke-test: {kind} written and read back" in result.stdout
    assert "smoke-test: passed" in result.stdout
    assert not data_dir.exists()  # the user's own data folder is never touched
