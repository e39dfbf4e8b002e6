"""Which hard moments still wait for a reflection (Today's "Reflect now" hint).

One place holds the condition, so a change to what counts (such as only hard moments, not
good ones) is made once. A moment waits while it has no reflection and happened in the last
``WAITING_DAYS`` days: an old one, or a whole imported journal, is not a to-do list.
"""

from __future__ import annotations

import datetime as dt

from shiftmate.core.clock import Clock, to_iso

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

WAITING_DAYS = 14
# The condition on journal_entries: not reflected on, and recent (the one parameter: since).
_WAITING = "kind = 'hard' AND reflected_at IS NULL AND occurred_at >= ?"  # a good moment needs none


def _since(clock: Clock) -> str:
    return to_iso(clock.now() - dt.timedelta(days=WAITING_DAYS))


def waiting_for_reflection(store: Store, clock: Clock) -> int:
    """How many recent hard moments have no reflection yet."""
    return store.db.execute(f"SELECT count(*) FROM journal_entries WHERE {_WAITING}", [_since(clock)]).fetchone()[0]


def newest_waiting(store: Store, clock: Clock) -> int | None:
    """The id of the newest moment that waits for a reflection, if any."""
    row = store.db.execute(
        f"SELECT id FROM journal_entries WHERE {_WAITING} ORDER BY sort_key DESC LIMIT 1", [_since(clock)]
    ).fetchone()
    return row[0] if row else None


def waiting_summary(store: Store, clock: Clock) -> tuple[int, int | None]:
    """(how many wait, the newest one's id): what Today's journal card shows, in one read."""
    return waiting_for_reflection(store, clock), newest_waiting(store, clock)
