"""How a journal entry is shown: channels, feelings, "about me or the situation?", local time.

Kept apart from ``journal`` (the records, which are dataclasses) so that listing and
searching, above all a search from the command line, load only what they show.
"""

from __future__ import annotations

import datetime as dt

from shiftmate.core.clock import from_iso, local_time
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate

# Stable keys stored in the database; labels are shown in the window's language.
CHANNELS = ("in_person", "phone", "chat", "email", "other")
CHANNEL_LABELS = {
    "": "—",
    "in_person": QT_TRANSLATE_NOOP("Journal", "In person"),
    "phone": QT_TRANSLATE_NOOP("Journal", "Phone"),
    "chat": QT_TRANSLATE_NOOP("Journal", "Chat"),
    "email": QT_TRANSLATE_NOOP("Journal", "Email"),
    "other": QT_TRANSLATE_NOOP("Journal", "Other"),
}
# What kind of moment an entry is: a hard one (every figure of difficult interactions counts
# these alone) or a good one (a thank-you, praise, a win).
KINDS = ("hard", "good")
KIND_LABELS = {
    "hard": QT_TRANSLATE_NOOP("Journal", "Hard moment"),
    "good": QT_TRANSLATE_NOOP("Journal", "Good moment"),
}
# "Was it about me or about the situation?"
ABOUT_CHOICES = ("", "me", "situation", "both")
ABOUT_LABELS = {
    "": QT_TRANSLATE_NOOP("Journal", "Not sure"),
    "me": QT_TRANSLATE_NOOP("Journal", "About me"),
    "situation": QT_TRANSLATE_NOOP("Journal", "About the situation"),
    "both": QT_TRANSLATE_NOOP("Journal", "Some of both"),
}
# A short list of common feelings; anything else goes in ``feelings_note``. The stored key is
# the English word; ``feeling_label`` shows it in the window's language.
FEELINGS = (
    QT_TRANSLATE_NOOP("Feelings", "angry"), QT_TRANSLATE_NOOP("Feelings", "anxious"),
    QT_TRANSLATE_NOOP("Feelings", "ashamed"), QT_TRANSLATE_NOOP("Feelings", "calm"),
    QT_TRANSLATE_NOOP("Feelings", "confused"), QT_TRANSLATE_NOOP("Feelings", "disrespected"),
    QT_TRANSLATE_NOOP("Feelings", "drained"), QT_TRANSLATE_NOOP("Feelings", "embarrassed"),
    QT_TRANSLATE_NOOP("Feelings", "frustrated"), QT_TRANSLATE_NOOP("Feelings", "helpless"),
    QT_TRANSLATE_NOOP("Feelings", "hurt"), QT_TRANSLATE_NOOP("Feelings", "proud"),
    QT_TRANSLATE_NOOP("Feelings", "relieved"), QT_TRANSLATE_NOOP("Feelings", "sad"),
    QT_TRANSLATE_NOOP("Feelings", "scared"), QT_TRANSLATE_NOOP("Feelings", "tired"),
)


def first_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


def channel_label(key: str) -> str:
    """The channel's name in the window's language (English on the command line)."""
    return translate("Journal", CHANNEL_LABELS.get(key, key))


def kind_label(key: str) -> str:
    """"Hard moment" or "Good moment", in the window's language (English on the command line)."""
    return translate("Journal", KIND_LABELS.get(key, key))


def about_label(key: str) -> str:
    """"Was it about me or the situation?" answered in words, in the window's language."""
    return translate("Journal", ABOUT_LABELS.get(key, key))


def feeling_label(key: str) -> str:
    """A feeling's word in the window's language; a word ShiftMate doesn't know, as stored."""
    return translate("Feelings", key)


def local_when(entry_or_iso, tz: str | None = None) -> dt.datetime:
    """The wall-clock moment an entry happened, in the zone the person was in.

    Takes an entry or a listed row (anything with ``occurred_at`` and ``tz``), or an ISO
    string with its zone.
    """
    if isinstance(entry_or_iso, str):
        return local_time(from_iso(entry_or_iso), tz or "UTC")
    return local_time(from_iso(entry_or_iso.occurred_at), entry_or_iso.tz)
