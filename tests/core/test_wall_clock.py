"""The core and the command line read the time only through core/clock.py.

Everything that stamps or compares a moment takes a clock (or ``now``) from its caller, so a
test can put a FakeClock anywhere and get exactly its time back. ``SystemClock`` is the one
reader of the wall clock; the CLI and defaults ask it (``clock or SystemClock()``).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "shiftmate" / "core", ROOT / "shiftmate" / "cli"]
CLOCK = "shiftmate/core/clock.py"

# Reads that are not the time of day, named so nobody adds one by accident:
# time.monotonic (storage/write_lock.py) measures how long a wait for the lock has run.
# File timestamps (os.stat) say when a file changed; they are not read here as a clock.
ALLOWED: set[tuple[str, str]] = set()

_DATE_TYPES = {"datetime", "date"}
_NOW_METHODS = {"now", "utcnow", "today"}  # fromtimestamp converts a given number: not a read
_TIME_FUNCTIONS = {"time", "time_ns", "localtime", "gmtime", "ctime", "asctime", "strftime"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def wall_clock_reads(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, call) of every read of the current time: datetime.now(), date.today(), time.time() …"""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        method, owner = node.func.attr, _name(node.func.value)
        if owner in _DATE_TYPES and method in _NOW_METHODS:
            found.append((node.lineno, f"{owner}.{method}()"))
        elif owner == "time" and method in _TIME_FUNCTIONS:
            # time.localtime(seconds) / time.gmtime(seconds) convert; with no argument they read.
            if method in {"localtime", "gmtime", "ctime", "asctime"} and node.args:
                continue
            if method == "strftime" and len(node.args) > 1:
                continue
            found.append((node.lineno, f"time.{method}()"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "time":
            for alias in node.names:
                if alias.name in _TIME_FUNCTIONS:
                    found.append((node.lineno, f"from time import {alias.name}"))
    return found


def test_the_scan_sees_each_way_of_reading_the_time():
    source = (
        "import datetime as dt, time\nfrom datetime import date, datetime\n"
        "a = dt.datetime.now(dt.timezone.utc)\nb = datetime.utcnow()\nc = date.today()\n"
        "d = dt.date.today()\ne = time.time()\nf = time.localtime()\n"
        "g = time.monotonic()\nh = dt.datetime.fromtimestamp(0)\ni = time.localtime(0)\n"
        "from time import time as now\n"
    )
    lines = [line for line, _call in wall_clock_reads(ast.parse(source))]
    assert lines == [3, 4, 5, 6, 7, 8, 12]


def test_core_and_cli_read_no_wall_clock_outside_the_clock_module():
    reads = []
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name == CLOCK:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), name)
            reads.extend(f"{name}:{line}: {call}" for line, call in wall_clock_reads(tree)
                         if (name, call) not in ALLOWED)
    assert not reads, "pass a clock (core/clock.py) instead of reading the wall clock:\n" + "\n".join(reads)


def test_the_clock_module_is_where_the_time_is_read():
    tree = ast.parse((ROOT / CLOCK).read_text(encoding="utf-8"))
    assert wall_clock_reads(tree), "SystemClock no longer reads the time: update this test"
