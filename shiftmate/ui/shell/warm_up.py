"""After start-up, do ahead, in small steps on the GUI thread, what first opens would do.

Opening a screen or a dialog for the first time imported its modules (and theirs: Qt Charts,
the core's figures), built its widgets and styled them, all in one turn of the event loop.
Once start-up's own queries have all answered, the warm-up does that work ahead, one step per
loop turn with a pause between steps (so a key press or a reminder is never kept waiting by
more than one step): first it imports each module a first open would import, then it builds
the screens people open most, hidden, and styles them. A first open then mostly shows.

It runs on the GUI thread. A first version imported on a thread of its own and the app once
died with SIGSEGV right after start-up (shiboken building Python types on two threads at
once); nothing here touches a second thread.

A step that fails (a module that will not import) is skipped: its first open reports it, as
it always did.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

STEP_GAP_MS = 25  # between two steps: the loop runs whatever else is waiting

# What a first open loads besides the registry's screens, cards, sections and parts: the
# dialogs and windows opened from them, and the heavier modules those pull in.
DIALOGS = (
    "shiftmate.ui.journal.capture",
    "shiftmate.ui.journal.reflect",
    "shiftmate.ui.shell.shortcuts_sheet",
    "shiftmate.ui.checklists.run_view",
    "shiftmate.ui.checklists.editor",
    "shiftmate.ui.checklists.history_view",
    "shiftmate.ui.insights.charts",
    "shiftmate.ui.settings.licences_dialog",
    "shiftmate.ui.packs.export_dialog",
)

# The screens built ahead (hidden), in the order people tend to open them. Insights is left
# to its first open: its charts hold the most memory, and it opens within the stall target.
SCREENS_AHEAD = ()


def modules_to_warm() -> list[str]:
    """Every module a first open would import, in the order people tend to open them."""
    from shiftmate.ui import registry

    names = [f"shiftmate.ui.{row.factory.split(':', 1)[0]}" for row in registry.TABLE]
    names += DIALOGS
    return [name for name in dict.fromkeys(names) if name not in sys.modules]


def _import(name: str) -> Callable[[], None]:
    return lambda: importlib.import_module(name)


def _build(window, key: str) -> Callable[[], None]:
    def build() -> None:
        if key in window.screen_keys():
            window.screen_widget(key).ensurePolished()  # styled now, children too

    return build


class WarmUp(QObject):
    """``steps`` run one per loop turn, STEP_GAP_MS apart; ``finished`` once all were tried."""

    finished = Signal()

    def __init__(self, steps: list[tuple[str, Callable[[], None]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps = list(steps)
        self.done: list[str] = []  # the names of the steps that ran without an error
        self._started = self._over = False

    def start(self) -> WarmUp:
        if not self._started:
            self._started = True
            QTimer.singleShot(STEP_GAP_MS, self, self._next)
        return self

    def _next(self) -> None:
        if self._over:
            return
        if not self.steps:
            self._over = True
            self.finished.emit()
            return
        name, step = self.steps.pop(0)
        try:
            step()
        except Exception:  # noqa: BLE001 - the first open reports it, as it did before
            pass
        else:
            self.done.append(name)
        QTimer.singleShot(STEP_GAP_MS, self, self._next)

    def stop(self) -> None:
        """No step after this one (quitting)."""
        self.steps.clear()
        self._over = True

    def wait(self, _timeout: float | None = 0) -> bool:
        """True once every step has been tried (the start-up probe asks; it never blocks)."""
        return self._over and not self.steps


def warm_up_after_start(window) -> WarmUp:
    """The warm-up of ``window``, started the first time every query queued so far has answered."""
    from PySide6.QtCore import Qt

    services = window.services
    warm = WarmUp([], window)

    def begin() -> None:
        warm.steps = [(name, _import(name)) for name in modules_to_warm()]
        warm.steps += [(f"screen {key}", _build(window, key)) for key in SCREENS_AHEAD]
        warm.start()

    services.idle.connect(begin, type=Qt.SingleShotConnection)
    return warm
