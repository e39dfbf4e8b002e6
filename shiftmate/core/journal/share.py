"""A short, factual summary of journal entries for a manager, with the worker choosing fields.

Only entries marked "a manager should know" can be shared. The facts (when, where, what
happened, what I did, what I'd like from my manager, what we agreed) are in by default; the
inner fields (feelings, what I told myself, every other reflection answer) are left out
unless the worker ticks them. The text is plain; the PDF (ui.journal.pdf) lays out the same
``share_sections``.
"""

from __future__ import annotations

from shiftmate.core.clock import Clock, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.journal.entries import JournalEntry, get_entry
from shiftmate.core.journal.fields import check_characters
from shiftmate.core.journal.words import about_label, channel_label, feeling_label, local_when

# (field, label, in by default), in the order the summary reads. "when" is the moment and its zone.
SHARE_FIELDS = (
    ("when", QT_TRANSLATE_NOOP("JournalShare", "When"), True),
    ("channel", QT_TRANSLATE_NOOP("JournalShare", "Where"), True),
    ("text", QT_TRANSLATE_NOOP("JournalShare", "What happened"), True),
    ("what_i_did", QT_TRANSLATE_NOOP("JournalShare", "What I did"), True),
    ("ask_of_manager", QT_TRANSLATE_NOOP("JournalShare", "What I'd like from you"), True),
    ("agreed_next_time", QT_TRANSLATE_NOOP("JournalShare", "What we agreed for next time"), True),
    # The inner fields: never in unless ticked.
    ("feelings", QT_TRANSLATE_NOOP("JournalShare", "How I felt"), False),
    ("intensity_before", QT_TRANSLATE_NOOP("JournalShare", "How intense it was (0–10)"), False),
    ("self_talk", QT_TRANSLATE_NOOP("JournalShare", "What I told myself"), False),
    ("about", QT_TRANSLATE_NOOP("JournalShare", "About me or the situation"), False),
    ("perspective", QT_TRANSLATE_NOOP("JournalShare", "What they might have been dealing with"), False),
    ("went_well", QT_TRANSLATE_NOOP("JournalShare", "What went well"), False),
    ("do_differently", QT_TRANSLATE_NOOP("JournalShare", "What I would do differently"), False),
    ("in_control", QT_TRANSLATE_NOOP("JournalShare", "What was in my control"), False),
    ("not_in_control", QT_TRANSLATE_NOOP("JournalShare", "What was not in my control"), False),
    ("balanced_thought", QT_TRANSLATE_NOOP("JournalShare", "A fairer way to see it"), False),
    ("needs_now", QT_TRANSLATE_NOOP("JournalShare", "What I needed afterwards"), False),
    ("intensity_after", QT_TRANSLATE_NOOP("JournalShare", "How intense it was afterwards (0–10)"), False),
    ("tags", QT_TRANSLATE_NOOP("JournalShare", "Tags"), False),
)
SHARE_FIELD_NAMES = tuple(name for name, _label, _on in SHARE_FIELDS)
DEFAULT_SHARED = frozenset(name for name, _label, on in SHARE_FIELDS if on)
INNER_FIELDS = frozenset(SHARE_FIELD_NAMES) - DEFAULT_SHARED


def field_label(name: str) -> str:
    return translate("JournalShare", dict((n, label) for n, label, _on in SHARE_FIELDS)[name])


def check_shareable(entries: list[JournalEntry]) -> None:
    """Refuse an entry the worker has not marked for a manager: sharing is only by choice."""
    for entry in entries:
        if not entry.manager_should_know:
            raise BadInput(f"Journal entry {entry.id} is not marked \"a manager should know\"; "
                           "mark it in its reflection to share it.")


def check_fields(names) -> frozenset[str]:
    unknown = [name for name in names if name not in SHARE_FIELD_NAMES]
    if unknown:
        raise BadInput(f"Unknown field {unknown[0]!r} to share; use one of: {', '.join(SHARE_FIELD_NAMES)}.")
    return frozenset(names)


def _value(entry: JournalEntry, name: str) -> str:
    if name == "when":
        return f"{local_when(entry).strftime('%Y-%m-%d %H:%M')} ({entry.tz})"
    if name == "channel":
        return channel_label(entry.channel) if entry.channel else ""
    if name == "feelings":
        words = [feeling_label(f) for f in entry.feelings] + ([entry.feelings_note] if entry.feelings_note else [])
        return ", ".join(words)
    if name == "about":
        return about_label(entry.about) if entry.about else ""
    if name in ("intensity_before", "intensity_after"):
        value = getattr(entry, name)
        return "" if value is None else str(value)
    if name == "tags":
        return ", ".join(entry.tags)
    return getattr(entry, name).strip()


def share_sections(entries: list[JournalEntry], included) -> list[list[tuple[str, str]]]:
    """Per entry, (label, value) for each included field that holds something, in order."""
    chosen = check_fields(included)
    sections = []
    for entry in entries:
        lines = []
        for name in SHARE_FIELD_NAMES:
            if name in chosen:
                value = _value(entry, name)
                if value:
                    lines.append((field_label(name), value))
        sections.append(lines)
    return sections


def moment_heading(number: int, count: int) -> str:
    """"Moment 2 of 3" over each entry of a summary of several; nothing over a single one."""
    if count < 2:
        return ""
    return translate("JournalShare", "Moment {number} of {count}").format(number=number, count=count)


def share_title() -> str:
    return translate("JournalShare", "For my manager: what happened")


def share_text(entries: list[JournalEntry], included) -> str:
    """The summary as plain text: a title, then each entry's fields, label over value."""
    parts = [share_title(), ""]
    for number, lines in enumerate(share_sections(entries, included), start=1):
        if len(entries) > 1:
            parts += [moment_heading(number, len(entries)), ""]
        for label, value in lines:
            if "\n" in value or len(label) + len(value) > 90:
                parts += [f"{label}:"] + [f"  {line}" if line else "" for line in value.splitlines()]
            else:
                parts.append(f"{label}: {value}")
        parts.append("")
    return "\n".join(parts).rstrip("\n") + "\n"


def record_agreement(store, clock: Clock, entry_id: int, text: str) -> JournalEntry:
    """Keep "what we agreed for next time" on the entry, after the talk; returns the entry."""
    check_characters("agreed_next_time", text)
    with store.db.atomic():
        get_entry(store, entry_id)  # refuses an entry that is gone
        store.db.execute(
            "UPDATE journal_entries SET agreed_next_time = ?, updated_at = ? WHERE id = ?",
            [text.strip(), to_iso(clock.now()), entry_id],
        )
        return get_entry(store, entry_id)
