"""DataService: database work runs on its own thread and answers on the GUI thread."""

from __future__ import annotations

import threading

from shiftmate.core.storage.store import Store
from shiftmate.ui.data.service import DataService
from shiftmate.ui.data.changes import Changes


def wait_for_result(qtbot, services, job):
    results, errors = [], []
    services.run(job, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    return results, errors


def test_jobs_run_off_the_gui_thread_and_answer_on_it(qtbot, location):
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000) as opened:
        services.open()
    assert opened.args[0]["schema_version"] >= 1
    answered_on = []
    results, errors = [], []

    def on_done(value):
        answered_on.append(threading.current_thread())
        results.append(value)

    services.run(lambda store: threading.current_thread().name, on_done, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    services.close()
    assert results[0].startswith("shiftmate-data")
    assert answered_on == [threading.main_thread()]


def test_a_failing_job_reports_one_sentence(qtbot, location):
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()

    def broken(store):
        store.db.execute("SELECT * FROM no_such_table")

    results, errors = wait_for_result(qtbot, services, broken)
    services.close()
    assert results == [] and "no_such_table" in errors[0]


def test_a_write_is_on_disk_once_it_reports_done(qtbot, location):
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    results, _ = wait_for_result(qtbot, services, lambda store: store.set_setting("k", "v"))
    assert results == [None]
    # A second connection (another process would do the same) sees the write at once.
    other = Store.open(location)
    try:
        assert other.get_setting("k") == "v"
    finally:
        other.close()
        services.close()


def test_close_finishes_queued_writes_first(qtbot, location):
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    for n in range(20):
        services.run(lambda store, n=n: store.set_setting(f"key{n}", str(n)))
    services.close()
    store = Store.open(location)
    try:
        assert store.get_setting("key19") == "19"
    finally:
        store.close()


def test_a_write_says_what_it_changed(qtbot, location):
    services = DataService(location)
    with qtbot.waitSignal(services.opened, timeout=10_000):
        services.open()
    with qtbot.waitSignal(services.changed, timeout=10_000) as changed:
        services.write(lambda store: store.set_setting("written", "here"), Changes.SETTINGS)
    assert changed.args == [Changes.SETTINGS, None]
    services.close()
