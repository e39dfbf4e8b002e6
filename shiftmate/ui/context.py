"""What the window hands every screen, card, section and part it makes from the registry.

One ``WindowContext`` per main window: the data service, the window itself, its parts by
key (``part("journal")``), and the few things features tell each other as signals, so that a
feature reacts to another without either knowing the other's classes (starting a shift
opens the pre-shift checklist: the shift card emits ``shift_started`` here, the checklist
card listens). Nothing is looked up with ``getattr`` on the window or stuck on the
QApplication: what a widget needs from outside it finds here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from shiftmate.ui import registry

if TYPE_CHECKING:
    from shiftmate.core.clock import Clock
    from shiftmate.ui.data.service import DataService


class WindowContext(QObject):
    """The data service, the window and its parts, and what features tell each other."""

    # Once the change is on disk (the shift card): the checklists offer their checklist.
    shift_started = Signal(int)  # shift id
    shift_ended = Signal(int)
    # After a capture is saved (the journal): the breaks feature offers a breathing reset.
    breathing_offered = Signal(int)  # entry id

    def __init__(self, services: DataService, window=None, *, appearance=None,
                 restart: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.services = services
        self.window = window  # the MainWindow; None for a screen or card made on its own in a test
        self.appearance = appearance  # text size and colours (ui/look/appearance.py), where applied
        # Starts ShiftMate again (Settings ▸ Language's "Restart now"); None where the app
        # cannot (tests, the screenshot command).
        self.restart = restart
        self._parts: dict[str, object] = {}

    @property
    def clock(self) -> Clock:
        """The services' clock (tests swap in a FakeClock there)."""
        from shiftmate.ui.data.timers import clock_of

        return clock_of(self.services)

    # -- the window's parts -----------------------------------------------------------
    def part(self, key: str):
        """The window part ``key`` of the registry, made now if its turn has not come yet.

        None outside a window, and for a ``READY`` part (the tray) before the window has
        painted: nothing waits for those.
        """
        if key in self._parts:
            return self._parts[key]
        row = registry.entry(registry.PART, key)
        if row is None or self.window is None or row.when == registry.READY:
            return None
        return self.make_part(row)

    def make_part(self, row: registry.Entry):
        """Make the part of ``row`` (once) and remember it under its key."""
        if row.key not in self._parts:
            self._parts[row.key] = None  # a part that asks for itself while being made gets None
            self._parts[row.key] = registry.load(row)(self)
        return self._parts[row.key]

    def show_screen(self, key: str):
        """Show the window's screen ``key`` and return it (None outside a window)."""
        return self.window.show_screen(key) if self.window is not None else None


def as_context(value) -> WindowContext:
    """``value`` if it is a WindowContext, else one around a bare DataService (a test's own
    screen); kept while callers move from passing the services."""
    return value if isinstance(value, WindowContext) else WindowContext(value)
