"""The card's one setting: large text, kept in ``ui-state.ini`` so opening the card reads no SQL."""

from __future__ import annotations

from shiftmate.core.storage.settings import FLAG, Setting

LARGE_TEXT = Setting("moment/large_text", FLAG, False)  # the card's lines at a size read from an arm's length
