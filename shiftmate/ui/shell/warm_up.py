"""After start-up, load in the background the code that first opens would load on the GUI thread.

Opening a screen or a dialog for the first time imported its modules (and theirs: Qt Charts,
the core's figures) on the GUI thread, and importing was up to half of such a first open.
Once start-up's own queries have all answered, a background thread imports them, one module
at a time. It shares the interpreter lock with the window, which Python hands over every few
milliseconds, so the window keeps answering; a first open then only builds its widgets.

Only modules are loaded, never a widget or any other QObject (those belong to the GUI
thread): module-level Qt values in ShiftMate are plain value types (colours, dates, sizes).
A module that fails to import is left for its first open to report as it always did.

NOT STARTED by the app for now: in one CI run the app died with SIGSEGV right after start-up
while this thread imported, most likely shiboken building Python types on two threads at once.
The benchmark measures it only with SHIFTMATE_BENCH_WARM_UP=1. Next: import on the GUI thread,
one module per idle turn.
"""

from __future__ import annotations

import importlib
import sys
import threading

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


def modules_to_warm() -> list[str]:
    """Every module a first open would import, in the order people tend to open them."""
    from shiftmate.ui import registry

    names = [f"shiftmate.ui.{row.factory.split(':', 1)[0]}" for row in registry.TABLE]
    names += DIALOGS
    return [name for name in dict.fromkeys(names) if name not in sys.modules]


class WarmUp:
    """The background import of ``modules``; ``stop()`` lets it finish the module it is on."""

    def __init__(self, modules: list[str]) -> None:
        self.modules = list(modules)
        self.loaded: list[str] = []
        self._stopping = threading.Event()
        # A daemon: quitting never waits for the rest of the list (stop() waits a moment for
        # the module being imported, so an import is not cut off in the usual case).
        self._thread = threading.Thread(target=self._run, name="shiftmate-warm-up", daemon=True)

    def start(self) -> WarmUp:
        self._thread.start()
        return self

    def _run(self) -> None:
        for name in self.modules:
            if self._stopping.is_set():
                return
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the first open reports it, as it did before
                continue
            self.loaded.append(name)

    def stop(self, timeout: float = 0.5) -> None:
        """Stop after the current module, waiting for it a moment at most: Quit must stay quick."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """True once every module has been tried (for tests and the benchmark); False before it starts."""
        if self._thread.ident is None:
            return False
        self._thread.join(timeout)
        return not self._thread.is_alive()


def warm_up_after_start(services) -> WarmUp:
    """Start the warm-up the first time every query queued so far has answered."""
    warm = WarmUp([])

    def begin() -> None:
        services.idle.disconnect(begin)
        warm.modules = modules_to_warm()
        warm.start()

    services.idle.connect(begin)
    return warm
