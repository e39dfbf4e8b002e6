"""My service mission: a short statement, in the worker's own words, of why they serve and
what they want customers to feel (seed 004's "personal mission statement").

Kept as one setting. Written once with a gentle guide (a value, why it matters, how it
shows at work: ``VALUES`` are the examples offered) and then edited freely; shown at the
top of Before my shift and on Today before a shift.
"""

from __future__ import annotations

from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP
from shiftmate.core.storage.settings import TEXT, Setting

MAX_LENGTH = 400  # a few sentences: it has to be read at a glance before a shift

MISSION = Setting("mission.statement", TEXT, "", check=lambda text: len(text) <= MAX_LENGTH)

# Example values the guide offers (the worker may type any other).
VALUES = (
    QT_TRANSLATE_NOOP("Mission", "Kindness"),
    QT_TRANSLATE_NOOP("Mission", "Respect"),
    QT_TRANSLATE_NOOP("Mission", "Patience"),
    QT_TRANSLATE_NOOP("Mission", "Reliability"),
    QT_TRANSLATE_NOOP("Mission", "Honesty"),
    QT_TRANSLATE_NOOP("Mission", "Warmth"),
    QT_TRANSLATE_NOOP("Mission", "Calm"),
)


def clean_mission(text: str) -> str:
    """``text`` as it is kept: one paragraph, spaces tidied; BadInput when empty or too long."""
    if not isinstance(text, str):
        raise BadInput("The mission has to be text.")
    cleaned = " ".join(text.split())
    if not cleaned:
        raise BadInput("The mission is empty; write a sentence or two about why you do this work.")
    if len(cleaned) > MAX_LENGTH:
        raise BadInput(f"The mission is {len(cleaned)} characters long; keep it to {MAX_LENGTH} or fewer.")
    return cleaned


def read_mission(store) -> str:
    """The mission as written ("" when there is none yet)."""
    return store.read(MISSION)


def write_mission(store, text: str) -> str:
    """Keep ``text`` as the mission (cleaned); BadInput, and nothing written, for bad text."""
    cleaned = clean_mission(text)
    store.write(MISSION, cleaned)
    return cleaned


def clear_mission(store) -> None:
    store.write(MISSION, "")
