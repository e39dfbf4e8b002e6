"""One past good moment, brought back where it helps: before a shift, after a hard moment,
after the shift.

Why: in a 15-workday field experiment with 94 customer service employees, recalling one's own
helpful (prosocial) acts before work reduced the customer mistreatment they experienced that
day and, through it, their rumination in the evening (Academy of Management Journal, doi
10.5465/amj.2016.0448). So ShiftMate shows the worker one of their own good moments, in their
own words, with its date.

Which one: moments older than a day are preferred (today's is still fresh; the point is to
bring back one that would be forgotten); the choice rotates by local day, so it is not the
same one every time, and each place starts at a different one, so Today and After my shift
do not repeat each other. ``skip`` steps to the next one ("Another").
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

from shiftmate.core.clock import Clock, local_day

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

# Where a moment is shown: each place starts its rotation somewhere else.
PLACES = {"today": 0, "after_capture": 1, "after_shift": 2}
_FRESH = dt.timedelta(days=1)
_KEY_STEP = 16777216  # journal_entries.sort_key: seconds * 2**24 + id


class GoodMoment(namedtuple("GoodMoment", "id text occurred_at tz who choices")):
    """A good moment to show: its words, when it happened, and how many there were to choose from."""

    __slots__ = ()


def recall_good_moment(store: Store, clock: Clock, place: str = "today", skip: int = 0) -> GoodMoment | None:
    """One of the worker's good moments for ``place`` today, or None when there is none yet."""
    now = clock.now()
    fresh_from = int((now - _FRESH).timestamp()) * _KEY_STEP
    until = (int(now.timestamp()) + 1) * _KEY_STEP  # nothing noted "in the future"
    db = store.db
    older = db.execute("SELECT count(*) FROM journal_entries WHERE kind = 'good' AND sort_key < ?",
                       [fresh_from]).fetchone()[0]
    bound = fresh_from if older else until
    choices = older or db.execute("SELECT count(*) FROM journal_entries WHERE kind = 'good' AND sort_key < ?",
                                  [until]).fetchone()[0]
    if not choices:
        return None
    day = local_day(now, clock.zone_name()).toordinal()
    offset = (day + PLACES.get(place, 0) + skip) % choices
    row = db.execute(
        "SELECT id, text, occurred_at, tz, who FROM journal_entries WHERE kind = 'good' AND sort_key < ? "
        "ORDER BY sort_key LIMIT 1 OFFSET ?", [bound, offset]).fetchone()
    return GoodMoment(*row, choices) if row else None
