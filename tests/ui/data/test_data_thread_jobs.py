"""Jobs on the data thread get plain values: never a widget, never a Qt object, in any test.

The suite runs with SHIFTMATE_STRICT_JOBS=1 (tests/conftest.py), so every job any test
queues is checked by DataService.run; these tests prove the check and the places it caught.
"""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from shiftmate.core.shifts import records as shifts
from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries, get_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui.data import service as data_service
from shiftmate.ui.data.service import DataService
from shiftmate.ui.data.plain_jobs import qt_objects_in
from shiftmate.ui.shifts.today_card import AT_A_TIME


def test_the_suite_runs_with_the_strict_check():
    assert data_service.STRICT_JOBS


def test_a_job_holding_a_widget_fails_loudly_and_a_plain_one_runs(qtbot, location):
    services = DataService(location)
    edit = QLineEdit("typed")
    qtbot.addWidget(edit)
    text = edit.text()
    try:
        for job in (
            lambda store: edit.text(),  # a widget read on the data thread
            functools.partial(lambda store, box: box, box=edit),
            edit.text,  # a bound method of a widget
            lambda store: (lambda: [edit])(),  # a nested function holding it
        ):
            with pytest.raises(TypeError, match="plain values.*QLineEdit"):
                services.run(job)
        assert qt_objects_in(lambda store: (text, [1, {"a": 2}])) == []
        with qtbot.waitSignal(services.opened, timeout=10_000):
            services.open()
        with qtbot.waitCallback() as done:
            services.run(lambda store: text.upper(), done)
        assert done.args == ["TYPED"]
    finally:
        services.close()


def test_delete_then_an_immediate_ctrl_z_keeps_the_entry(window, qtbot, location):
    store = Store.open(location)
    try:
        add_entries(store, [JournalEntry(text="keep me, quickly", tags=("a",))],
                    clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()
    screen = window.show_screen("journal")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.is_loading, timeout=10_000)
    entry_id = screen.model.entry_id(0)
    screen.table.setFocus()
    screen.table.selectRow(0)
    # No waiting in between: Ctrl+Z comes before the delete's answer is back.
    qtbot.keyClick(screen.table, Qt.Key_Delete)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.is_loading, timeout=10_000)
    store = Store.open(location)
    try:
        assert get_entry(store, entry_id).text == "keep me, quickly"
    finally:
        store.close()


def test_starting_a_shift_reads_the_card_on_the_gui_thread(window, qtbot, location):
    clock = FakeClock("2026-06-01T09:00", "Europe/Berlin")
    window.services.clock = clock
    card = window.show_screen("today").shift_card
    qtbot.waitUntil(card.start_button.isVisible, timeout=10_000)
    card.length_combo.setCurrentIndex(card.length_combo.findData(AT_A_TIME))
    card.until_edit.setTime(QTime(17, 30))
    with qtbot.waitSignal(card.shift_started, timeout=10_000):
        qtbot.mouseClick(card.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.services.is_idle, timeout=10_000)
    store = Store.open(location)
    try:
        shift = shifts.latest_shift(store)
    finally:
        store.close()
    assert shift.planned_end == shifts.planned_end_from(clock.now(), "Europe/Berlin", until="17:30")


# What queues a job: ``services.run/convert/close_locked`` from a view, and the data
# service's own ``self._submit`` (its open, lock, convert and backup jobs).
QUEUEING = {"run", "convert", "close_locked", "_submit"}


def _jobs_reading_self(path):
    """(line, job) of every ``services.run(job, ...)`` (or the service's ``self._submit(job,
    ...)``) in ``path`` whose job uses ``self``.

    A ``functools.partial(f, ...)`` job is judged by ``f``: its other arguments are read when
    the job is queued, on the GUI thread, which is the point.
    """
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    scopes = [(cls, scope) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
              for scope in cls.body if isinstance(scope, ast.FunctionDef)]
    for cls, scope in scopes:
        methods = {node.name for node in cls.body if isinstance(node, ast.FunctionDef)}
        local_defs = {node.name: node for node in ast.walk(scope)
                      if isinstance(node, ast.FunctionDef) and node is not scope}
        for call in ast.walk(scope):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in QUEUEING and call.args):
                continue
            owner = ast.unparse(call.func.value)
            if not (owner.endswith("services") or (owner == "self" and cls.name == "DataService")):
                continue
            job = call.args[0]
            if isinstance(job, ast.Call) and ast.unparse(job.func) in ("partial", "functools.partial"):
                job = job.args[0]
            body = local_defs.get(job.id) if isinstance(job, ast.Name) else job
            if isinstance(job, ast.Attribute):
                if ast.unparse(job) == f"self.{job.attr}" and job.attr in methods:
                    found.append((call.lineno, ast.unparse(job)))  # a method of the widget itself
            elif body is not None and any(isinstance(n, ast.Name) and n.id == "self" for n in ast.walk(body)):
                found.append((call.lineno, ast.unparse(job)[:60]))
    return found


def test_no_job_in_the_code_reads_self_on_the_data_thread():
    """The static half: every call site, also those no test reaches."""
    from pathlib import Path

    import shiftmate.ui

    root = Path(shiftmate.ui.__file__).parent
    offenders = {str(path.relative_to(root)): hits for path in sorted(root.rglob("*.py"))
                 if (hits := _jobs_reading_self(path))}
    assert offenders == {}


def test_the_static_check_sees_the_data_services_own_jobs(tmp_path):
    """As the service's jobs were before issue 17: closures reading ``self._store``."""
    path = tmp_path / "service.py"
    path.write_text(
        "import functools\n"
        "class DataService:\n"
        "    def lock(self):\n"
        "        def job():\n"
        "            self._store.close()\n"
        "        self._submit(job, None, None)\n"
        "    def back_up(self):\n"
        "        self._submit(self._daily_backup, None, None)\n"
        "    def _daily_backup(self):\n"
        "        pass\n"
        "    def fine(self):\n"
        "        self._submit(functools.partial(connection.close_database, self._connection), None, None)\n",
        encoding="utf-8")
    assert [job for _line, job in _jobs_reading_self(path)] == ["job", "self._daily_backup"]
