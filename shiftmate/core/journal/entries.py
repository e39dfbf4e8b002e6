"""The reflection journal's records: a ``JournalEntry`` and the ways to keep, change and tag one.

Every function takes the open ``Store`` first and does its writes in one transaction, so an
entry, its tags and its search index change together and are on disk when the call returns.
Listing and searching live in ``journal_search``, export and import in ``journal_io``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, SystemClock, to_iso, _valid_zone
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.fields import (
    MAX_ENTRY_ID,
    TEXT_FIELDS,
    check_characters,
    check_entry_fields,
    shown_value,
    valid_entry_id,
)
# The words an entry is shown with live in journal_words (which a command-line search can
# import without the records below); they are re-exported here for the rest of the code.
from shiftmate.core.journal.words import (  # noqa: F401 - re-exported
    ABOUT_CHOICES,
    ABOUT_LABELS,
    CHANNEL_LABELS,
    CHANNELS,
    FEELINGS,
    KIND_LABELS,
    KINDS,
    about_label,
    channel_label,
    feeling_label,
    first_line,
    kind_label,
    local_when,
)

if TYPE_CHECKING:  # importing the store would load sqlite-utils for the CLI's parser too
    from shiftmate.core.storage.store import Store

MAX_TAG_LENGTH = 60
# add_entries() indexes a batch at least this large, and larger than the journal it joins,
# for search once at the end instead of entry by entry (the same index, built faster).
BULK_REINDEX = 1000


@dataclass
class JournalEntry:
    """One moment, as captured in seconds and (perhaps later) reflected on.

    ``kind`` is "hard" (a difficult moment; the only kind any figure of difficult
    interactions counts) or "good" (a thank-you, praise, a win); ``who`` is who a good
    moment was with.
    """

    text: str
    occurred_at: str = ""  # UTC ISO-8601; filled with "now" when saved empty
    tz: str = ""  # the IANA zone the person was in
    channel: str = ""
    feelings: tuple[str, ...] = ()
    feelings_note: str = ""
    intensity_before: int | None = None
    self_talk: str = ""
    about: str = ""
    perspective: str = ""  # what might they have been dealing with?
    went_well: str = ""
    do_differently: str = ""
    in_control: str = ""
    not_in_control: str = ""
    balanced_thought: str = ""  # a fairer way to see it (the thought record's step)
    manager_should_know: bool = False
    what_i_did: str = ""  # for the manager's summary
    ask_of_manager: str = ""  # what I'd like from my manager
    agreed_next_time: str = ""  # what we agreed for next time, recorded back
    follow_up: bool = False
    follow_up_on: str | None = None  # a local calendar date, YYYY-MM-DD
    follow_up_done: bool = False
    needs_now: str = ""
    intensity_after: int | None = None
    tags: tuple[str, ...] = ()
    id: int | None = None
    uid: str = ""
    created_at: str = ""
    updated_at: str = ""
    reflected_at: str | None = None
    kind: str = "hard"
    who: str = ""

    @property
    def is_good(self) -> bool:
        return self.kind == "good"

    @property
    def first_line(self) -> str:
        return first_line(self.text)

    def as_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["feelings"] = list(self.feelings)
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "JournalEntry":
        """Build an entry from a dict such as ``as_dict`` wrote (an import file).

        Unknown keys and values of the wrong type are bad input naming the field: nothing
        is reshaped (a text where a list of tags belongs is refused, not split into letters).
        """
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise BadInput(f"Unknown journal entry field: {sorted(unknown)[0]}.")
        check_entry_fields(data)
        values = dict(data)
        values["feelings"] = tuple(values.get("feelings") or ())
        values["tags"] = tuple(values.get("tags") or ())
        return cls(**values)


_FIELD_NAMES = tuple(f.name for f in dataclasses.fields(JournalEntry))
_FTS_INSERT_TRIGGER = "journal_entries_fts_ai"  # see journal_schema


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, inner whitespace collapsed, duplicates (ignoring case) dropped."""
    seen, result = set(), []
    for raw in tags:
        name = " ".join(str(raw).split())
        if not name:
            continue
        if len(name) > MAX_TAG_LENGTH:
            raise BadInput(f"A tag can be at most {MAX_TAG_LENGTH} characters long.")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return tuple(result)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags as a person types them in one box: separated by commas."""
    return normalise_tags(text.split(","))


def _check_intensity(value, label: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise BadInput(f"The {label} must be a whole number from 0 to 10, not {value!r}.")
    return value


# The answers that make an entry reflected on, besides the intensity after (a short
# reflection answers some of them; a full one may skip the rating).
REFLECTION_ANSWERS = (
    "self_talk", "about", "perspective", "went_well", "do_differently", "in_control", "not_in_control",
    "balanced_thought", "needs_now",
)


def has_reflection(entry: JournalEntry) -> bool:
    """True once any reflection question is answered or the intensity after is rated."""
    return entry.intensity_after is not None or any(str(getattr(entry, name)).strip() for name in REFLECTION_ANSWERS)


def validated(entry: JournalEntry, clock: Clock) -> JournalEntry:
    """A checked copy with defaults filled in; raises ``BadInput`` naming what is wrong."""
    e = dataclasses.replace(entry)
    for name in TEXT_FIELDS:
        value = getattr(e, name)
        if not isinstance(value, str):
            raise BadInput(f"The journal field {name} must be text.")
        check_characters(name, value)
    for name in ("feelings", "tags"):
        words = getattr(e, name)
        if isinstance(words, str) or not all(isinstance(word, str) for word in words):
            raise BadInput(f"The journal field {name} must be a list of texts.")
        for word in words:
            check_characters(name, word)
    if not valid_entry_id(e.id):
        raise BadInput(f"A journal entry id must be a whole number from 1 to {MAX_ENTRY_ID}.")
    if not e.text.strip():
        raise BadInput("Write a few words about what happened before saving.")
    if e.channel not in ("",) + CHANNELS:
        raise BadInput(f"Unknown channel {e.channel!r}; use one of: {', '.join(CHANNELS)}.")
    if e.kind not in KINDS:
        raise BadInput(f"Unknown kind {e.kind!r}; an entry is a hard or a good moment.")
    if e.about not in ABOUT_CHOICES:
        raise BadInput(f"Unknown answer {e.about!r} to 'about me or the situation'.")
    e.intensity_before = _check_intensity(e.intensity_before, "intensity before")
    e.intensity_after = _check_intensity(e.intensity_after, "intensity after")
    e.feelings = tuple(" ".join(f.split()) for f in e.feelings if f.strip())
    e.tags = normalise_tags(e.tags)
    e.occurred_at = parse_moment(e.occurred_at, clock) if e.occurred_at else to_iso(clock.now())
    e.tz = e.tz or clock.zone_name()
    if not _valid_zone(e.tz):
        raise BadInput(f"Unknown time zone {e.tz!r}.")
    for name in ("created_at", "updated_at", "reflected_at"):
        if getattr(e, name):  # an import keeps them; they must be moments any zone can show
            setattr(e, name, parse_moment(getattr(e, name), clock))
    if e.follow_up_on:
        try:
            e.follow_up_on = dt.date.fromisoformat(str(e.follow_up_on)).isoformat()
        except (ValueError, TypeError):
            raise BadInput(f"The follow-up date {e.follow_up_on!r} is not a date like 2026-05-31.") from None
    else:
        e.follow_up_on = None
    e.manager_should_know = bool(e.manager_should_know)
    e.follow_up = bool(e.follow_up)
    e.follow_up_done = bool(e.follow_up_done)
    return e


# A day inside each end of the calendar, so the moment can be shown in any zone (offsets
# reach ±26 hours) without running off the ends of Python's dates.
EARLIEST_MOMENT = dt.datetime(1, 1, 2, tzinfo=dt.timezone.utc)
LATEST_MOMENT = dt.datetime(9999, 12, 30, 23, 59, 59, tzinfo=dt.timezone.utc)


def parse_moment(text: str, clock: Clock) -> str:
    """An ISO-8601 moment as UTC ISO; a time without a zone is read in the user's zone."""
    if not isinstance(text, str):
        raise BadInput(f"{shown_value(text)} is not a date and time like 2026-05-31T14:30.")
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"{text!r} is not a date and time like 2026-05-31T14:30.") from None
    if moment.tzinfo is None:
        from zoneinfo import ZoneInfo

        moment = moment.replace(tzinfo=ZoneInfo(clock.zone_name()))
    try:
        utc = moment.astimezone(dt.timezone.utc)
    except OverflowError:  # year 1 ahead of UTC, or year 9999 behind it
        utc = None
    if utc is None or not EARLIEST_MOMENT <= utc <= LATEST_MOMENT:
        raise BadInput(f"{text!r} is too close to the ends of the calendar; "
                       "use a moment between 0001-01-02 and 9999-12-30.")
    return to_iso(utc)


# -- reading ----------------------------------------------------------------------------
_COLUMNS = (
    "id", "uid", "occurred_at", "tz", "created_at", "updated_at", "channel", "text",
    "feelings", "feelings_note", "intensity_before", "self_talk", "about", "went_well",
    "do_differently", "in_control", "not_in_control", "manager_should_know", "follow_up",
    "follow_up_on", "follow_up_done", "needs_now", "intensity_after", "reflected_at", "tags",
    "kind", "who",
    "perspective", "balanced_thought", "what_i_did", "ask_of_manager", "agreed_next_time",
)
SELECT_ENTRY = f"SELECT {', '.join(_COLUMNS)} FROM journal_entries"


def entry_from_row(row) -> JournalEntry:
    data = dict(zip(_COLUMNS, row))
    data["feelings"] = tuple(json.loads(data["feelings"])) if data["feelings"] else ()
    data["tags"] = tuple(json.loads(data["tags"])) if data["tags"] else ()
    for flag in ("manager_should_know", "follow_up", "follow_up_done"):
        data[flag] = bool(data[flag])
    return JournalEntry(**data)


def get_entry(store: Store, entry_id: int) -> JournalEntry:
    row = store.db.execute(f"{SELECT_ENTRY} WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise BadInput(f"There is no journal entry with id {entry_id}.")
    return entry_from_row(row)


def entry_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM journal_entries").fetchone()[0]


# -- writing ----------------------------------------------------------------------------
def _row(entry: JournalEntry) -> dict:
    # A shallow copy: as_dict() (dataclasses.asdict) deep-copies every field, which was
    # most of the Python time of a bulk import.
    data = {name: getattr(entry, name) for name in _FIELD_NAMES}
    data["feelings"] = json.dumps(list(entry.feelings), ensure_ascii=False) if entry.feelings else ""
    data["tags"] = json.dumps(list(entry.tags), ensure_ascii=False) if entry.tags else ""
    for flag in ("manager_should_know", "follow_up", "follow_up_done"):
        data[flag] = int(data[flag])
    return data


def _insert(store: Store, entry: JournalEntry, tag_ids: dict[str, int] | None = None) -> int:
    data = _row(entry)
    if data["id"] is None:
        del data["id"]
    names = ", ".join(data)
    marks = ", ".join("?" for _ in data)
    cursor = store.db.execute(f"INSERT INTO journal_entries ({names}) VALUES ({marks})", list(data.values()))
    entry_id = cursor.lastrowid
    _link_tags(store, entry_id, entry.tags, tag_ids)
    return entry_id


def _link_tags(store: Store, entry_id: int, tags: Iterable[str], tag_ids: dict[str, int] | None = None) -> None:
    """Tag ``entry_id``; ``tag_ids`` remembers tag ids within one transaction (bulk adds)."""
    store.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry_id])
    for name in tags:
        tag_id = tag_ids.get(name) if tag_ids is not None else None
        if tag_id is None:
            store.db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
            tag_id = store.db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()[0]
            if tag_ids is not None:
                tag_ids[name] = tag_id
        store.db.execute(
            "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)", [entry_id, tag_id]
        )


def _stamp_new(entry: JournalEntry, now: str) -> JournalEntry:
    if not entry.uid:
        import uuid  # only writes need it; uuid's import pulls in platform

        entry.uid = uuid.uuid4().hex
    entry.created_at = entry.created_at or now
    entry.updated_at = entry.updated_at or now
    if entry.reflected_at is None and entry.intensity_after is not None:
        entry.reflected_at = now
    return entry


def add_entry(
    store: Store, entry: JournalEntry, *, clock: Clock | None = None, draft_key: str | None = None
) -> int:
    """Save a new entry (a quick capture or a full reflection); returns its id.

    Its draft (if named) goes in the same transaction, so a crash never leaves both.
    """
    clock = clock or SystemClock()
    checked = _stamp_new(validated(entry, clock), to_iso(clock.now()))
    checked.id = None
    with store.db.atomic():
        entry_id = _insert(store, checked)
        if draft_key:
            store.db.execute("DELETE FROM journal_drafts WHERE key = ?", [draft_key])
        return entry_id


def add_entries(store: Store, entries: Iterable[JournalEntry], *, clock: Clock | None = None) -> int:
    """Save many entries in one transaction (import, demo data, benchmarks); returns the count.

    Every entry is checked before anything is written. A batch of at least ``BULK_REINDEX``
    entries that is larger than the journal it joins is added to the search index in one
    pass at the end (FTS5 'rebuild', in the same transaction) rather than entry by entry.
    """
    clock = clock or SystemClock()
    now = to_iso(clock.now())
    checked = [_stamp_new(validated(entry, clock), now) for entry in entries]
    tag_ids: dict[str, int] = {}
    with store.db.atomic():
        reindex = len(checked) >= BULK_REINDEX and len(checked) > entry_count(store)
        if reindex:
            trigger = store.db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [_FTS_INSERT_TRIGGER]
            ).fetchone()[0]
            store.db.execute(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")
        for entry in checked:
            _insert(store, entry, tag_ids)
        if reindex:
            store.db.execute("INSERT INTO journal_entries_fts (journal_entries_fts) VALUES ('rebuild')")
            store.db.execute(trigger)
    return len(checked)


def update_entry(
    store: Store, entry: JournalEntry, *, clock: Clock | None = None, draft_key: str | None = None
) -> JournalEntry:
    """Save a reflection over an existing entry; its draft (if named) goes in the same transaction."""
    clock = clock or SystemClock()
    if entry.id is None:
        raise BadInput("This journal entry has not been saved yet.")
    checked = validated(entry, clock)
    now = to_iso(clock.now())
    with store.db.atomic():
        old = get_entry(store, entry.id)
        checked.uid, checked.created_at, checked.updated_at = old.uid, old.created_at, now
        if checked.intensity_after is not None and old.intensity_after is None:
            checked.reflected_at = now
        else:
            checked.reflected_at = old.reflected_at or (now if has_reflection(checked) else None)
        data = _row(checked)
        entry_id = data.pop("id")
        assignments = ", ".join(f"{name} = ?" for name in data)
        store.db.execute(
            f"UPDATE journal_entries SET {assignments} WHERE id = ?", [*data.values(), entry_id]
        )
        _link_tags(store, entry_id, checked.tags)
        if draft_key:
            store.db.execute("DELETE FROM journal_drafts WHERE key = ?", [draft_key])
    return checked


def delete_entry(store: Store, entry_id: int) -> JournalEntry:
    """Delete an entry; returns it whole so the UI can undo with ``restore_entry``."""
    with store.db.atomic():
        entry = get_entry(store, entry_id)
        store.db.execute("DELETE FROM journal_entries WHERE id = ?", [entry_id])
        store.db.execute("DELETE FROM journal_drafts WHERE entry_id = ?", [entry_id])
        _drop_unused_tags(store)
    return entry


def restore_entry(store: Store, entry: JournalEntry) -> int:
    """Put back a deleted entry exactly as it was (same id, uid and times)."""
    with store.db.atomic():
        return _insert(store, dataclasses.replace(entry))


def _drop_unused_tags(store: Store) -> None:
    store.db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")


# -- tags -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TagUse:
    """A tag and how many entries carry it."""

    name: str
    entries: int = field(default=0)


def list_tags(store: Store) -> list[TagUse]:
    rows = store.db.execute(
        "SELECT t.name, count(et.entry_id) FROM tags t LEFT JOIN entry_tags et ON et.tag_id = t.id "
        "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
    ).fetchall()
    return [TagUse(name, count) for name, count in rows]


def rename_tag(store: Store, old: str, new: str) -> int:
    """Rename tag ``old`` to ``new``; when ``new`` exists the two are merged. Returns entries touched."""
    (new_name,) = normalise_tags([new]) or ("",)
    if not new_name:
        raise BadInput("A tag needs a name.")
    with store.db.atomic():
        row = store.db.execute("SELECT id, name FROM tags WHERE name = ?", [old]).fetchone()
        if row is None:
            raise BadInput(f"There is no tag called {old!r}.")
        old_id, old_name = row
        entry_ids = [
            r[0] for r in store.db.execute("SELECT entry_id FROM entry_tags WHERE tag_id = ?", [old_id])
        ]
        for entry_id in entry_ids:
            tags_json = store.db.execute(
                "SELECT tags FROM journal_entries WHERE id = ?", [entry_id]
            ).fetchone()[0]
            names = [new_name if n.casefold() == old_name.casefold() else n for n in json.loads(tags_json or "[]")]
            tags = normalise_tags(names)
            store.db.execute(
                "UPDATE journal_entries SET tags = ? WHERE id = ?",
                [json.dumps(list(tags), ensure_ascii=False) if tags else "", entry_id],
            )
            store.db.execute("DELETE FROM entry_tags WHERE entry_id = ? AND tag_id = ?", [entry_id, old_id])
            _link_tags(store, entry_id, tags)
        if old_name.casefold() == new_name.casefold():
            store.db.execute("UPDATE tags SET name = ? WHERE id = ?", [new_name, old_id])
        else:
            store.db.execute("DELETE FROM tags WHERE id = ?", [old_id])
    return len(entry_ids)
