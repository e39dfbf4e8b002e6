"""The app as a process: one instance per data folder, clean exit, durable writes."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading

import pytest

from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.e2e


class RunningApp:
    """`python -m shiftmate --debug` in the background, with its stderr read line by line."""

    def __init__(self, data_dir):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "shiftmate", "--debug", "--data-dir", str(data_dir)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, fragment: str, timeout: float = 30) -> str:
        while True:
            line = self.lines.get(timeout=timeout)
            if line is None:
                raise AssertionError(f"app exited before saying {fragment!r}: {self.seen}")
            self.seen.append(line)
            if fragment in line:
                return line

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=30)
        self._reader.join(timeout=10)
        self.proc.stderr.close()
        return code


@pytest.fixture
def running_app(data_dir):
    app = RunningApp(data_dir)
    yield app
    if app.proc.poll() is None:
        app.proc.kill()
        app.proc.wait()
    app.proc.stderr.close()


@pytest.mark.skipif(os.name != "posix", reason="uses SIGTERM")
def test_second_launch_hands_over_to_the_first_and_exits_0(running_app, data_dir):
    running_app.wait_for("ready")
    second = run_cli("--debug", "--data-dir", str(data_dir), timeout=30)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stderr
    running_app.wait_for("brought it to the front")
    assert running_app.stop() == 0
    assert (data_dir / "ui-state.ini").exists()  # quit through Qt, so state was saved


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_a_write_survives_kill_9(tmp_path):
    data_dir = tmp_path / "killed"
    code = (
        "import os, signal, sys\n"
        "from shiftmate.core.storage.paths import DataLocation\n"
        "from shiftmate.core.storage.store import Store\n"
        f"store = Store.open(DataLocation(__import__('pathlib').Path({str(data_dir)!r})))\n"
        "store.set_setting('acknowledged', 'yes')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL
    store = Store.open(DataLocation(data_dir))
    try:
        assert store.get_setting("acknowledged") == "yes"
        assert store.quick_check().ok
    finally:
        store.close()
