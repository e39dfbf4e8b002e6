"""Nothing leaves: a whole GUI session runs with network socket creation made to fail."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e

# Python's socket constructor is replaced, before anything of ShiftMate is imported, by one
# that fails (and notes the attempt) for internet sockets; name lookups fail the same way.
# (An audit hook would be neater, but sqlcipher3 mishandles audit events.)
SESSION = r"""
import os, socket, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
attempts = []
_RealSocket = socket.socket

class NoNetworkSocket(_RealSocket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family in (socket.AF_INET, socket.AF_INET6, -1) and fileno is None:
            attempts.append(("socket", family))
            raise OSError("network sockets are disabled in this test")
        super().__init__(family, type, proto, fileno)

def refuse(*args, **kwargs):
    attempts.append(("lookup", args[:1]))
    raise OSError("network is disabled in this test")

socket.socket = NoNetworkSocket
socket.getaddrinfo = socket.gethostbyname = socket.create_connection = refuse
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM)
except OSError:
    attempts.clear()  # the guard works
else:
    raise SystemExit("the guard does not work")

from pathlib import Path
from PySide6.QtWidgets import QApplication
from shiftmate.app import build_main_window
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.storage.store import Store
from shiftmate.core.demo import fill_demo_data
import datetime as dt

location = DataLocation(Path(sys.argv[1]))
store = Store.open(location)
fill_demo_data(store, days=5, seed=3)
store.close()
privacy.protect(location, "pw", now=dt.datetime.now(dt.timezone.utc))
window, services = build_main_window(location)
window.show()
services.open()
assert services.wait_idle()
window.lock.state.unlock("pw")
assert services.wait_idle()
assert services.is_open, services.problem
for key in window.screen_keys():
    window.show_screen(key)
    assert services.wait_idle()
window.journal.open_capture()
assert services.wait_idle()
window.lock.lock()
assert services.wait_idle()
window.save_state()
services.close()
QApplication.processEvents()
print("attempts", len(attempts), attempts, flush=True)
"""


def test_a_full_gui_session_makes_no_network_connection(data_dir):
    result = subprocess.run([sys.executable, "-c", SESSION, str(data_dir)], capture_output=True,
                            text=True, timeout=180, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "attempts 0 []" in result.stdout, result.stdout + result.stderr[-2000:]
