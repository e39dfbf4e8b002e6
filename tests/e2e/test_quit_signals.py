"""SIGTERM and SIGINT (a session logout, Ctrl+C in a terminal) end the app cleanly and quickly."""

from __future__ import annotations

import os
import signal
import time

import pytest

from tests.e2e.test_app_process import RunningApp

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(os.name != "posix", reason="POSIX signals")]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_termination_signal_closes_the_database_and_exits_0_within_2_seconds(data_dir, signum):
    app = RunningApp(data_dir)
    try:
        app.wait_for("ready")
        sent = time.monotonic()
        app.proc.send_signal(signum)
        code = app.proc.wait(timeout=10)
        took = time.monotonic() - sent
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()
        app.proc.stderr.close()
    assert code == 0
    assert took < 2.0, f"took {took:.2f} s"
    # Closed, not abandoned: the last connection to close removes SQLite's write-ahead log.
    assert (data_dir / "shiftmate.db").exists()
    assert not (data_dir / "shiftmate.db-wal").exists()
    assert (data_dir / "ui-state.ini").exists()
