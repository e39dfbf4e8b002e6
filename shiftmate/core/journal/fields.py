"""The type every field of a journal entry must have, checked on what an import file holds.

A file is data from elsewhere: a value of the wrong type is refused with a sentence naming
the field, never reshaped (a text where a list of tags belongs would otherwise become one
tag per letter). ``validated`` in ``journal`` checks the same for entries made in the app.
"""

from __future__ import annotations

import json

from shiftmate.core.errors import BadInput

MAX_ENTRY_ID = 2**63 - 1  # SQLite's largest integer
TEXT_FIELDS = (
    "text", "feelings_note", "self_talk", "went_well", "do_differently", "in_control",
    "not_in_control", "needs_now", "occurred_at", "tz", "channel", "about", "uid",
    "created_at", "updated_at", "kind", "who", "perspective", "balanced_thought", "what_i_did",
    "ask_of_manager", "agreed_next_time",
)
_OPTIONAL_TEXT = ("follow_up_on", "reflected_at")
_FLAGS = ("manager_should_know", "follow_up", "follow_up_done")
_WORDS = ("feelings", "tags")
_INTENSITIES = ("intensity_before", "intensity_after")


def shown_value(value) -> str:
    """A value from a file as a person would recognise it in a sentence (JSON, shortened)."""
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "an object"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return f"a number of {len(str(abs(value)))} digits"
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _whole(value, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_field(name: str, value) -> None:
    """Refuse one field of the wrong type, naming it; null stands for "not given" where allowed."""
    if name in TEXT_FIELDS:
        if not isinstance(value, str):
            raise BadInput(f"the field {name} must be text, not {shown_value(value)}")
    elif name in _OPTIONAL_TEXT:
        if value is not None and not isinstance(value, str):
            raise BadInput(f"the field {name} must be text or null, not {shown_value(value)}")
    elif name in _FLAGS:
        if not isinstance(value, bool):
            raise BadInput(f"the field {name} must be true or false, not {shown_value(value)}")
    elif name in _WORDS:
        if value is None:
            return
        if not isinstance(value, list):
            raise BadInput(f"the field {name} must be a list of texts, not {shown_value(value)}")
        for number, word in enumerate(value, start=1):
            if not isinstance(word, str):
                raise BadInput(f"the field {name} must be a list of texts; its item {number} is {shown_value(word)}")
    elif name in _INTENSITIES:
        if value is not None and not _whole(value, 0, 10):
            raise BadInput(f"the field {name} must be a whole number from 0 to 10 or null, not {shown_value(value)}")
    elif name == "id":
        if value is not None and not _whole(value, 1, MAX_ENTRY_ID):
            raise BadInput(f"the field id must be a whole number from 1 to {MAX_ENTRY_ID} or null, "
                           f"not {shown_value(value)}")


def check_entry_fields(data: dict) -> None:
    """Every field of one entry of an import file, in the file's order; text is required."""
    if "text" not in data:
        raise BadInput("the field text is missing")
    for name, value in data.items():
        check_field(name, value)


def check_characters(name: str, value: str) -> None:
    """Refuse text that cannot be stored: a lone UTF-16 surrogate ("\\ud800" in JSON)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"The journal field {name} holds a broken character (a lone surrogate).") from None


def valid_entry_id(value) -> bool:
    return value is None or _whole(value, 1, MAX_ENTRY_ID)
