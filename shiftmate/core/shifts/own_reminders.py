"""The worker's own reminders: every N minutes, at a clock time, or N minutes before the end.

A reminder rotates through its list of short messages: the first time it falls due it says
the first, then the next, carrying on from where the last shift stopped. Built-in idea lists
(water, stretch, eyes, posture) give a start; their messages are stored as idea keys and
translated where shown, until the worker edits one, which then is stored as typed.

Occurrences are worked out from the shift's start on the wall clock, like the built-in rules
(``core.shifts.reminders`` stores them under the rule key ``own:ID``), so a clock jump, a
sleep or a restart neither repeats nor loses one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, local_time, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.shifts.reminder_rules import MIN_INTERVAL

if TYPE_CHECKING:
    from shiftmate.core.shifts.records import Shift
    from shiftmate.core.storage.store import Store

KINDS = ("every", "at", "before_end")
# Sentences about bad input are translated (context "OwnReminders"): English on the command line.
RULE_PREFIX = "own:"
MAX_MESSAGES = 20
MAX_MESSAGE_LENGTH = 120  # ideas are kept short: one glance between customers
MAX_EVERY = 12 * 60
MAX_BEFORE_END = 16 * 60
MAX_REMINDERS = 50

# The built-in idea lists, in ShiftMate's own words. An idea's key ("water.2") is what is stored.
IDEA_LISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "water": (
        QT_TRANSLATE_NOOP("ReminderIdeas", "Water"),
        (
            QT_TRANSLATE_NOOP("ReminderIdeas", "A few sips of water."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Refill your bottle while it is quiet."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Water first, then the next customer."),
        ),
    ),
    "stretch": (
        QT_TRANSLATE_NOOP("ReminderIdeas", "Stretch"),
        (
            QT_TRANSLATE_NOOP("ReminderIdeas", "Roll your shoulders back, slowly, three times."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Stretch your calves: heels down, one leg back."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Open your hands wide, then make loose fists."),
        ),
    ),
    "eyes": (
        QT_TRANSLATE_NOOP("ReminderIdeas", "Eyes"),
        (
            QT_TRANSLATE_NOOP("ReminderIdeas", "Look at something far away for 20 seconds."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Blink slowly a few times."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Look away from the screen for a moment."),
        ),
    ),
    "posture": (
        QT_TRANSLATE_NOOP("ReminderIdeas", "Posture"),
        (
            QT_TRANSLATE_NOOP("ReminderIdeas", "Stand tall: weight on both feet."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Unclench your jaw, drop your shoulders."),
            QT_TRANSLATE_NOOP("ReminderIdeas", "Soft knees, not locked."),
        ),
    ),
}


def idea_text(key: str) -> str:
    """The English of a built-in idea ("water.2"), or "" for a key this version lacks."""
    name, _, number = key.partition(".")
    entry = IDEA_LISTS.get(name)
    if entry is None or not number.isdigit() or not 1 <= int(number) <= len(entry[1]):
        return ""
    return entry[1][int(number) - 1]


def idea_list(name: str) -> tuple[Message, ...]:
    """The messages of a built-in idea list, as idea keys (translated where shown)."""
    if name not in IDEA_LISTS:
        raise BadInput(translate("OwnReminders", "There is no idea list '{name}'; the lists are {lists}.").format(
            name=name, lists=", ".join(IDEA_LISTS)))
    return tuple(Message(f"{name}.{n}", None) for n in range(1, len(IDEA_LISTS[name][1]) + 1))


def idea_list_title(name: str) -> str:
    return translate("ReminderIdeas", IDEA_LISTS[name][0])


@dataclass(frozen=True)
class Message:
    """One message of a reminder: a built-in idea (``idea``) or the worker's words (``text``)."""

    idea: str | None
    text: str | None

    @property
    def shown(self) -> str:
        if self.text is not None:
            return self.text
        english = idea_text(self.idea or "")
        return translate("ReminderIdeas", english) if english else ""


@dataclass(frozen=True)
class OwnReminder:
    """A reminder the worker made; ``at_time`` is a local clock time for kind "at"."""

    id: int
    kind: str
    minutes: int
    at_time: dt.time | None
    enabled: bool
    quiet_during_break: bool
    messages: tuple[Message, ...]

    @property
    def rule_key(self) -> str:
        return f"{RULE_PREFIX}{self.id}"

    def message_for(self, turn: int) -> str:
        """The message of the ``turn``-th time it falls due (0-based), going round the list."""
        shown = [m.shown for m in self.messages if m.shown]
        return shown[turn % len(shown)] if shown else ""

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "minutes": self.minutes if self.kind != "at" else None,
            "at": self.at_time.strftime("%H:%M") if self.at_time else None,
            "enabled": self.enabled,
            "quiet_during_break": self.quiet_during_break,
            "messages": [{"text": m.shown, "idea": m.idea} for m in self.messages],
        }


# -- checking --------------------------------------------------------------------------
def clean_messages(messages) -> tuple[Message, ...]:
    """Messages as stored: blank ones dropped, words trimmed; at least one, each short."""
    cleaned = []
    for message in messages:
        if message.text is None:
            if not idea_text(message.idea or ""):
                raise BadInput(translate("OwnReminders", "There is no built-in idea '{idea}'.").format(idea=message.idea))
            cleaned.append(Message(message.idea, None))
            continue
        text = " ".join(message.text.split())
        if not text:
            continue
        if len(text) > MAX_MESSAGE_LENGTH:
            raise BadInput(translate("OwnReminders", "Keep each message to {most} characters; one has {length}.").format(
                most=MAX_MESSAGE_LENGTH, length=len(text)))
        cleaned.append(Message(None, text))
    if not cleaned:
        raise BadInput(translate("OwnReminders", "A reminder needs at least one message."))
    if len(cleaned) > MAX_MESSAGES:
        raise BadInput(translate("OwnReminders", "A reminder can rotate through at most {most} messages.").format(most=MAX_MESSAGES))
    return tuple(cleaned)


def parse_clock_time(text: str) -> dt.time:
    try:
        moment = dt.time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise BadInput(translate("OwnReminders", "'{text}' is not a time like 14:30.").format(text=text)) from None
    return moment.replace(second=0, microsecond=0)


def check(kind: str, minutes: int, at_time: dt.time | None) -> None:
    if kind not in KINDS:
        raise BadInput(translate("OwnReminders", "A reminder comes every N minutes, at a time or before the end, not '{kind}'.").format(
            kind=kind))
    if kind == "every" and not MIN_INTERVAL <= minutes <= MAX_EVERY:
        raise BadInput(translate("OwnReminders", "A repeating reminder comes every {least} to {most} minutes, not {minutes}.").format(
            least=MIN_INTERVAL, most=MAX_EVERY, minutes=minutes))
    if kind == "before_end" and not 0 <= minutes <= MAX_BEFORE_END:
        raise BadInput(translate("OwnReminders", "A reminder before the end comes 0 to {most} minutes before it, not {minutes}.").format(
            most=MAX_BEFORE_END, minutes=minutes))
    if kind == "at" and at_time is None:
        raise BadInput(translate("OwnReminders", "A reminder at a time needs the time, like 14:30."))


# -- reading ---------------------------------------------------------------------------
def _messages_of(store: Store) -> dict[int, list[Message]]:
    found: dict[int, list[Message]] = {}
    for reminder_id, idea, text in store.db.execute(
        "SELECT reminder_id, idea, text FROM own_reminder_messages ORDER BY reminder_id, position"
    ).fetchall():
        found.setdefault(reminder_id, []).append(Message(idea, text))
    return found


def own_reminders(store: Store) -> list[OwnReminder]:
    """Every reminder of the worker's own, oldest first."""
    messages = _messages_of(store)
    rows = store.db.execute(
        "SELECT id, kind, minutes, at_time, enabled, quiet_during_break FROM own_reminders ORDER BY id"
    ).fetchall()
    return [
        OwnReminder(id_, kind, minutes, dt.time.fromisoformat(at) if at else None, bool(enabled), bool(quiet),
                    tuple(messages.get(id_, ())))
        for id_, kind, minutes, at, enabled, quiet in rows
    ]


def get_reminder(store: Store, reminder_id: int) -> OwnReminder:
    found = next((r for r in own_reminders(store) if r.id == reminder_id), None)
    if found is None:
        raise BadInput(translate("OwnReminders", "There is no reminder {id} of your own.").format(id=reminder_id))
    return found


# -- writing ---------------------------------------------------------------------------
def _store_messages(store: Store, reminder_id: int, messages: tuple[Message, ...]) -> None:
    store.db.execute("DELETE FROM own_reminder_messages WHERE reminder_id = ?", [reminder_id])
    for position, message in enumerate(messages):
        store.db.execute(
            "INSERT INTO own_reminder_messages (reminder_id, position, idea, text) VALUES (?, ?, ?, ?)",
            [reminder_id, position, message.idea, message.text],
        )


def _checked_row(kind: str, minutes: int, at_time: dt.time | None, messages, enabled: bool,
                 quiet_during_break: bool) -> tuple[list, list[str]]:
    """The stored columns (kind, minutes, at_time, enabled, quiet_during_break) and the cleaned
    messages of a reminder, once checked; BadInput says what cannot work."""
    check(kind, minutes, at_time)
    cleaned = clean_messages(messages)
    values = [kind, 0 if kind == "at" else int(minutes), at_time and at_time.strftime("%H:%M"), int(enabled),
              int(quiet_during_break)]
    return values, cleaned


def add_reminder(
    store: Store,
    clock: Clock,
    *,
    kind: str,
    minutes: int = 0,
    at_time: dt.time | None = None,
    messages,
    enabled: bool = True,
    quiet_during_break: bool = True,
) -> OwnReminder:
    """Add a reminder of the worker's own; it counts from the open shift's start on."""
    values, cleaned = _checked_row(kind, minutes, at_time, messages, enabled, quiet_during_break)
    with store.db.atomic():
        count = store.db.execute("SELECT count(*) FROM own_reminders").fetchone()[0]
        if count >= MAX_REMINDERS:
            raise BadInput(translate("OwnReminders", "You have {most} reminders of your own; remove one first.").format(
                most=MAX_REMINDERS))
        cursor = store.db.execute(
            "INSERT INTO own_reminders (kind, minutes, at_time, enabled, quiet_during_break, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [*values, to_iso(clock.now())],
        )
        _store_messages(store, cursor.lastrowid, cleaned)
        return get_reminder(store, cursor.lastrowid)


def update_reminder(
    store: Store,
    reminder_id: int,
    *,
    kind: str,
    minutes: int = 0,
    at_time: dt.time | None = None,
    messages,
    enabled: bool = True,
    quiet_during_break: bool = True,
) -> OwnReminder:
    """Change a reminder; returns it as it was (for undo). Applies to what is not yet due."""
    values, cleaned = _checked_row(kind, minutes, at_time, messages, enabled, quiet_during_break)
    with store.db.atomic():
        before = get_reminder(store, reminder_id)
        store.db.execute(
            "UPDATE own_reminders SET kind = ?, minutes = ?, at_time = ?, enabled = ?, quiet_during_break = ? "
            "WHERE id = ?",
            [*values, reminder_id],
        )
        _store_messages(store, reminder_id, cleaned)
    return before


def set_enabled(store: Store, reminder_id: int, enabled: bool) -> OwnReminder:
    """Turn a reminder on or off; returns it as it was."""
    with store.db.atomic():
        before = get_reminder(store, reminder_id)
        store.db.execute("UPDATE own_reminders SET enabled = ? WHERE id = ?", [int(enabled), reminder_id])
    return before


def remove_reminder(store: Store, reminder_id: int) -> OwnReminder:
    """Remove a reminder; returns it whole so ``restore_reminder`` can put it back."""
    with store.db.atomic():
        gone = get_reminder(store, reminder_id)
        store.db.execute("DELETE FROM own_reminder_messages WHERE reminder_id = ?", [reminder_id])
        store.db.execute("DELETE FROM own_reminders WHERE id = ?", [reminder_id])
    return gone


def restore_reminder(store: Store, reminder: OwnReminder) -> OwnReminder:
    """Put a reminder back exactly as it was (same id, so its past reminders still match it)."""
    with store.db.atomic():
        store.db.execute(
            "INSERT OR REPLACE INTO own_reminders (id, kind, minutes, at_time, enabled, quiet_during_break, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, coalesce((SELECT created_at FROM own_reminders WHERE id = ?), ?))",
            [reminder.id, reminder.kind, reminder.minutes, reminder.at_time and reminder.at_time.strftime("%H:%M"),
             int(reminder.enabled), int(reminder.quiet_during_break), reminder.id, "1970-01-01T00:00:00Z"],
        )
        _store_messages(store, reminder.id, reminder.messages)
    return reminder


# -- when they fall due ----------------------------------------------------------------
def due_times(reminder: OwnReminder, shift: Shift, stop: dt.datetime) -> list[tuple[int, dt.datetime]]:
    """(occurrence index, due) of ``reminder`` in ``shift`` up to ``stop``, in time order.

    "every" counts from the start and stops at the planned end, like the built-in rules; "at"
    is the local clock time in the zone the shift started in (index: days after the start's
    date, so a night shift meets tomorrow's time once); "before_end" needs a planned end.
    """
    start, planned = shift.started_at, shift.planned_end
    found: list[tuple[int, dt.datetime]] = []
    if reminder.kind == "every" and reminder.minutes >= MIN_INTERVAL:
        step = dt.timedelta(minutes=reminder.minutes)
        index = 1
        while start + step * index <= stop:
            due = start + step * index
            if planned is not None and due >= planned:
                break
            found.append((index, due))
            index += 1
    elif reminder.kind == "at" and reminder.at_time is not None:
        local_start = local_time(start, shift.tz)
        for day in range(3):
            wall = dt.datetime.combine(local_start.date() + dt.timedelta(days=day), reminder.at_time,
                                       tzinfo=local_start.tzinfo)
            # Through UTC, so a time inside a DST gap lands on a real instant.
            due = wall.astimezone(dt.timezone.utc)
            if start <= due <= stop:
                found.append((day, due))
    elif reminder.kind == "before_end" and planned is not None:
        due = max(planned - dt.timedelta(minutes=reminder.minutes), start)
        if due <= stop:
            found.append((0, due))
    return found


def turns_before(store: Store, shift_id: int) -> dict[str, int]:
    """How many times each own reminder fell due in earlier shifts: where its rotation goes on."""
    rows = store.db.execute(
        "SELECT rule_key, count(*) FROM reminder_events WHERE rule_key LIKE ? AND shift_id < ? GROUP BY rule_key",
        [RULE_PREFIX + "%", shift_id],
    ).fetchall()
    return dict(rows)
