"""Box breathing (in 4, hold 4, out 4, hold 4) as pure timing, and the log of sessions.

The dialog asks ``BoxBreathing.at(elapsed)`` where it is, so it never counts timer ticks and a
test can finish a three-minute exercise by moving a fake clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.shifts.records import open_shift

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

PHASES = ("in", "hold-full", "out", "hold-empty")
PHASE_SECONDS = 4
LENGTH_CHOICES = (1, 2, 3)


@dataclass(frozen=True)
class BreathingMoment:
    """Where the exercise is: the phase, seconds left in it, and seconds left overall."""

    phase: str
    phase_left: int  # whole seconds, counting down 4, 3, 2, 1
    total_left: int
    progress: float  # 0..1 within the phase, for the animation
    finished: bool


@dataclass(frozen=True)
class BoxBreathing:
    """A box-breathing exercise of ``minutes`` minutes."""

    minutes: int

    def __post_init__(self) -> None:
        if self.minutes not in LENGTH_CHOICES:
            raise BadInput(f"A breathing reset lasts 1, 2 or 3 minutes, not {self.minutes}.")

    @property
    def total_seconds(self) -> int:
        return self.minutes * 60

    def at(self, elapsed: float) -> BreathingMoment:
        elapsed = max(0.0, elapsed)
        if elapsed >= self.total_seconds:
            return BreathingMoment("done", 0, 0, 1.0, True)
        cycle = PHASE_SECONDS * len(PHASES)
        in_cycle = elapsed % cycle
        index = int(in_cycle // PHASE_SECONDS)
        into = in_cycle - index * PHASE_SECONDS
        return BreathingMoment(
            PHASES[index],
            PHASE_SECONDS - int(into),
            int(self.total_seconds - elapsed + 0.999),
            into / PHASE_SECONDS,
            False,
        )


def log_breathing(
    store: Store, clock: Clock, *, started_at: dt.datetime, minutes: int, completed: bool
) -> int:
    """Record a breathing session (completed or stopped early); returns its id."""
    now = clock.now()
    with store.db.atomic():
        shift = open_shift(store)
        cursor = store.db.execute(
            "INSERT INTO breathing_sessions (shift_id, started_at, ended_at, tz, minutes, completed) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [shift and shift.id, to_iso(started_at), to_iso(max(now, started_at)), clock.zone_name(),
             minutes, int(completed)],
        )
        return cursor.lastrowid


def breathing_sessions(store: Store, limit: int = 50) -> list[dict]:
    cursor = store.db.execute(
        "SELECT id, shift_id, started_at, ended_at, minutes, completed FROM breathing_sessions "
        "ORDER BY started_at DESC LIMIT ?",
        [limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
