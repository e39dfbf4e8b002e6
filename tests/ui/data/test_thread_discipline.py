"""Thread discipline you can see (issue 17): "is it open?" is the GUI thread's answer, and a
callback runs only while its owner lives.

A job barrier (a job that waits on an Event) holds the worker where the test wants it; the
GUI thread is not spun meanwhile, so the answers queued for it wait too. No sleeping.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from shiftmate.ui.data.service import CLOSED, OPEN, OPENING, DataService


def hold_the_worker(services) -> tuple[threading.Event, threading.Event]:
    """Queue a job that says when it runs and then waits to be let go."""
    reached, release = threading.Event(), threading.Event()
    services.run(lambda store: (reached.set(), release.wait(30)))
    return reached, release


def test_the_database_is_not_open_until_opened_is_emitted_even_once_the_worker_has_it(qtbot, location):
    services = DataService(location)
    try:
        assert services.state == CLOSED and not services.is_open
        seen_at_opened = []
        services.opened.connect(lambda _info: seen_at_opened.append(services.is_open))
        services.open()
        # Runs after the open job, on the store that job set: the worker has the database.
        reached, release = hold_the_worker(services)
        assert reached.wait(30)
        # Its callback has not run (nothing spun the GUI thread): not open yet, for anyone.
        assert services.state == OPENING and not services.is_open
        assert seen_at_opened == []
        with qtbot.waitSignal(services.opened, timeout=10_000):
            release.set()
        assert seen_at_opened == [True] and services.state == OPEN
    finally:
        services.close()
    assert services.state == CLOSED and not services.is_open


class View(QWidget):
    """A view that asks for a setting and shows it, with a lambda as its callback."""

    def __init__(self, services, seen: list) -> None:
        super().__init__()
        self.label = QLabel(self)
        services.run(lambda store: store.get_setting("greeting", "hello"),
                     lambda value: (seen.append(value), self.label.setText(value)))


def delete_now(widget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert not shiboken6.isValid(widget)


def test_a_lambda_over_a_deleted_view_never_runs_and_one_over_a_live_view_does(qtbot, location):
    services = DataService(location)
    try:
        with qtbot.waitSignal(services.opened, timeout=10_000):
            services.open()
        reached, release = hold_the_worker(services)  # the answers cannot come before the delete
        gone_seen, kept_seen, owned_seen = [], [], []
        gone = View(services, gone_seen)
        kept = View(services, kept_seen)
        qtbot.addWidget(kept)
        owner = QWidget()
        # A callback holding nothing of Qt is tied to its view by naming it.
        services.run(lambda store: 1, owned_seen.append, owner=owner)
        delete_now(gone)
        delete_now(owner)
        with qtbot.waitSignal(services.idle, timeout=10_000):
            release.set()
        assert gone_seen == [] and owned_seen == []
        assert kept_seen == ["hello"] and kept.label.text() == "hello"
    finally:
        services.close()


def test_an_error_callback_of_a_deleted_view_never_runs_either(qtbot, location):
    services = DataService(location)
    try:
        with qtbot.waitSignal(services.opened, timeout=10_000):
            services.open()
        reached, release = hold_the_worker(services)
        view = QWidget()
        label = QLabel(view)
        said = []
        services.run(lambda store: store.db.execute("SELECT * FROM no_such_table"),
                     None, lambda sentence: (said.append(sentence), label.setText(sentence)))
        delete_now(view)
        with qtbot.waitSignal(services.idle, timeout=10_000):
            release.set()
        assert said == []
    finally:
        services.close()
