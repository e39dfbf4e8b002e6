"""Several ShiftMate processes writing one file at once: none fails, none loses a write.

Each loop runs `shiftmate journal add` one after another, as a shell loop would; four loops
run side by side. Every add that printed an id must be in the file afterwards.
"""

from __future__ import annotations

import threading

import pytest

from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.e2e.test_app_process import RunningApp
from tests.helpers import run_cli

pytestmark = pytest.mark.e2e

LOOPS = 4


def _parallel_adds(data_dir, per_loop: int) -> tuple[list[int], list[str]]:
    acknowledged: list[int] = []
    failures: list[str] = []

    def loop(number: int) -> None:
        for i in range(per_loop):
            result = run_cli("--data-dir", str(data_dir), "journal", "add",
                             "--text", f"loop {number} add {i}", "--intensity", "3")
            if result.returncode == 0:
                acknowledged.append(int(result.stdout.strip()))
            else:
                failures.append(result.stderr.strip())

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(LOOPS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return acknowledged, failures


def _stored_ids(data_dir) -> set[int]:
    store = Store.open(DataLocation(data_dir))
    try:
        return {row[0] for row in store.db.execute("SELECT id FROM journal_entries")}
    finally:
        store.close()


def test_parallel_command_line_adds_never_fail_and_none_is_lost(data_dir):
    assert run_cli("--data-dir", str(data_dir), "doctor").returncode == 0
    acknowledged, failures = _parallel_adds(data_dir, per_loop=25)
    assert failures == []
    assert len(acknowledged) == LOOPS * 25
    assert _stored_ids(data_dir) == set(acknowledged)


def test_parallel_first_starts_create_the_database_once(data_dir):
    acknowledged, failures = _parallel_adds(data_dir, per_loop=3)
    assert failures == []
    assert _stored_ids(data_dir) == set(acknowledged)
    store = Store.open(DataLocation(data_dir))
    try:
        packs = store.db.execute("SELECT count(*) FROM packs").fetchone()[0]
        checklists = store.db.execute("SELECT count(*) FROM checklists").fetchone()[0]
    finally:
        store.close()
    fresh = DataLocation(data_dir.parent / "one-start")
    Store.open(fresh).close()
    single = Store.open(fresh)
    try:
        assert (packs, checklists) == (
            single.db.execute("SELECT count(*) FROM packs").fetchone()[0],
            single.db.execute("SELECT count(*) FROM checklists").fetchone()[0],
        )
    finally:
        single.close()


def test_parallel_adds_with_the_window_open_never_fail(data_dir):
    app = RunningApp(data_dir)
    try:
        app.wait_for("ready")
        acknowledged, failures = _parallel_adds(data_dir, per_loop=10)
    finally:
        assert app.stop() == 0
    assert failures == []
    assert _stored_ids(data_dir) == set(acknowledged)
