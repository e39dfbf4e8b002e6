"""The reminder scheduler: what is due now, recomputed from the wall clock on every tick.

Nothing here counts timer ticks. ``tick(store, clock)`` works out every occurrence due by now
from the shift start (UTC arithmetic, so a DST change never bends an offset), compares them
with the events already stored, and stores the new ones. Events are keyed by (shift, rule,
occurrence index) with a UNIQUE constraint, so a clock set back, a second tick or a restart
never fires anything twice, and nothing is lost. After a long gap (sleep) the stale ones are
stored as missed and reported once, in a "while you were away" summary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from shiftmate.core.shifts import break_rules
from shiftmate.core.clock import Clock, from_iso, local_time, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import Context, translate
from shiftmate.core.shifts.own_reminders import OwnReminder, own_reminders, turns_before
from shiftmate.core.shifts.own_reminders import due_times as own_due_times
from shiftmate.core.shifts.reminder_rules import MIN_INTERVAL, ReminderRule, reminder_rules
from shiftmate.core.shifts.records import Break, Shift, breaks_of, open_shift, start_shift
from shiftmate.core.shifts.roster import REMIND_BEFORE, PlannedShift, _COLUMNS, _planned, get_planned

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

# An occurrence noticed later than this after it fell due was missed (the computer slept,
# or ShiftMate was closed); it goes into the summary instead of popping up on its own.
LATE_AFTER = dt.timedelta(minutes=10)
SNOOZE_CHOICES = (5, 10, 15)
DEADLINE_PREFIX = "deadline:"
HORIZON = dt.timedelta(hours=16)  # reminders stop where a shift looks forgotten

Reminders = Context("Reminders")  # messages with a count: Reminders.tr(…, "", n)


@dataclass(frozen=True)
class Occurrence:
    """One time a rule falls due in a shift."""

    rule_key: str
    index: int
    due_at: dt.datetime
    kind: str  # "care" or "deadline"
    message: str
    quiet_during_break: bool


@dataclass(frozen=True)
class ReminderEvent:
    """A stored occurrence and what happened to it."""

    id: int
    shift_id: int
    rule_key: str
    occurrence: int
    kind: str
    message: str
    due_at: dt.datetime
    shown_at: dt.datetime | None
    state: str
    snoozed_until: dt.datetime | None
    note: str


@dataclass
class TickResult:
    """What a tick found: reminders to show now, and at most one away summary."""

    shift: Shift | None
    to_show: list[ReminderEvent] = field(default_factory=list)
    missed: list[ReminderEvent] = field(default_factory=list)

    @property
    def away_summary(self) -> bool:
        return bool(self.missed)


def active_requirements(store: Store) -> tuple[break_rules.BreakRequirement, ...]:
    preset = store.read(break_rules.PRESET)
    if preset == break_rules.CUSTOM:
        return store.read(break_rules.CUSTOM_RULES)
    return break_rules.requirements_for(preset)


# -- occurrences -----------------------------------------------------------------------
def occurrences_until(
    shift: Shift,
    rules: list[ReminderRule],
    requirements: tuple[break_rules.BreakRequirement, ...],
    until: dt.datetime,
    own: Sequence[OwnReminder] = (),
    turns: dict[str, int] | None = None,
) -> list[Occurrence]:
    """Every occurrence due at or before ``until`` (and before the shift's end), in time order.

    ``own`` are the worker's own reminders; ``turns`` says how far each one's messages have
    rotated in earlier shifts (``own_reminders.turns_before``).
    """
    start = shift.started_at
    stop = min(until, shift.ended_at or until, start + HORIZON)
    planned = shift.planned_end
    found: list[Occurrence] = []
    for rule in rules:
        if not rule.enabled:
            continue
        if rule.kind == "every" and rule.minutes >= MIN_INTERVAL:
            step = dt.timedelta(minutes=rule.minutes)
            index = 1
            while start + step * index <= stop:
                due = start + step * index
                if planned is not None and due >= planned:
                    break
                found.append(Occurrence(rule.key, index, due, "care", rule.message, rule.quiet_during_break))
                index += 1
        elif rule.kind == "after_start":
            due = start + dt.timedelta(minutes=rule.minutes)
            if due <= stop:
                found.append(Occurrence(rule.key, 0, due, "care", rule.message, rule.quiet_during_break))
        elif rule.kind == "before_end" and planned is not None:
            due = max(planned - dt.timedelta(minutes=rule.minutes), start)
            if due <= stop:
                found.append(Occurrence(rule.key, 0, due, "care", rule.message, rule.quiet_during_break))
    for reminder in own:
        if not reminder.enabled:
            continue
        done_before = (turns or {}).get(reminder.rule_key, 0)
        for turn, (index, due) in enumerate(own_due_times(reminder, shift, stop)):
            found.append(Occurrence(reminder.rule_key, index, due, "care", reminder.message_for(done_before + turn),
                                    reminder.quiet_during_break))
    for req in requirements:
        if not break_rules.applies(req, shift):
            continue
        for index, due in enumerate(break_rules.warning_times(req, shift)):
            if start <= due <= stop:
                found.append(
                    Occurrence(DEADLINE_PREFIX + req.key, index, due, "deadline", _deadline_message(req, index), True)
                )
    found.sort(key=lambda o: (o.due_at, o.rule_key))
    return found


def _deadline_message(req: break_rules.BreakRequirement, index: int) -> str:
    """Stored with the event, in the language of the window that was running when it fell due."""
    left = break_rules.WARN_BEFORE_MINUTES[index]
    label = break_rules.shown(req.label)
    if left:  # 30 or 10: only the break's own length can be one minute
        return Reminders.tr(
            "{label} due in {left} minutes: at least %n minutes, starting before the deadline.", "", req.required
        ).format(label=label, left=left)
    return Reminders.tr("{label} deadline now: start a break of at least %n minutes.", "", req.required).format(
        label=label)


# -- events ----------------------------------------------------------------------------
_EVENT_COLUMNS = "id, shift_id, rule_key, occurrence, kind, message, due_at, shown_at, state, snoozed_until, note"


def _event(row) -> ReminderEvent:
    (id_, shift_id, rule_key, occurrence, kind, message, due, shown, state, snoozed, note) = row
    return ReminderEvent(
        id_, shift_id, rule_key, occurrence, kind, message, from_iso(due),
        shown and from_iso(shown), state, snoozed and from_iso(snoozed), note or "",
    )


def events_of(store: Store, shift_id: int, states: tuple[str, ...] | None = None) -> list[ReminderEvent]:
    sql = f"SELECT {_EVENT_COLUMNS} FROM reminder_events WHERE shift_id = ?"
    params: list = [shift_id]
    if states:
        sql += f" AND state IN ({', '.join('?' for _ in states)})"
        params += list(states)
    return [_event(r) for r in store.db.execute(sql + " ORDER BY due_at, id", params).fetchall()]


def get_event(store: Store, event_id: int) -> ReminderEvent:
    if event_id < 0:  # a reminder before a planned shift (see "before a planned shift" below)
        return get_before_shift_event(store, event_id)
    row = store.db.execute(f"SELECT {_EVENT_COLUMNS} FROM reminder_events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        raise BadInput("That reminder no longer exists.")
    return _event(row)


def waiting_for_action(store: Store, shift_id: int) -> list[ReminderEvent]:
    """Reminders shown and not yet acted on: they stay until the worker answers them."""
    return events_of(store, shift_id, ("shown",))


def _quiet_reason(occ: Occurrence, shift: Shift, breaks: list[Break], requirements, now) -> str | None:
    if shift.paused_to_end:
        return "paused until the end of the shift"
    if shift.paused_until is not None and occ.due_at < shift.paused_until:
        return "paused"
    if occ.quiet_during_break and any(b.covers(occ.due_at) for b in breaks):
        return "on a break"
    if occ.kind == "deadline":
        key = occ.rule_key[len(DEADLINE_PREFIX):]
        req = next((r for r in requirements if r.key == key), None)
        if req is not None:
            status = break_rules.deadline_status(req, shift, breaks, now)
            if status.met or status.on_qualifying_break:
                return "break taken"
    return None


def tick(store: Store, clock: Clock) -> TickResult:
    """Store what fell due since the last tick and say what to show now.

    Safe to call at any rate, after any jump of the clock, and from a fresh process.
    """
    now = clock.now()
    with store.db.atomic():
        shift = open_shift(store)
        if shift is None:  # between shifts, only the reminder before a planned one can come
            return TickResult(None, to_show=before_shift_due(store, now))
        result = TickResult(shift)
        rules = reminder_rules(store)
        requirements = active_requirements(store)
        breaks = breaks_of(store, shift.id)
        stored = {
            (rule_key, occurrence)
            for rule_key, occurrence in store.db.execute(
                "SELECT rule_key, occurrence FROM reminder_events WHERE shift_id = ?", [shift.id]
            ).fetchall()
        }
        own, turns = own_reminders(store), turns_before(store, shift.id)
        fresh = [
            o for o in occurrences_until(shift, rules, requirements, now, own, turns)
            if (o.rule_key, o.index) not in stored
        ]
        # Of several occurrences of one rule that piled up, only the newest can still matter.
        newest: dict[str, Occurrence] = {}
        for occ in fresh:
            newest[occ.rule_key] = occ
        for occ in fresh:
            quiet = _quiet_reason(occ, shift, breaks, requirements, now)
            if quiet:
                state, note = "skipped", quiet
            elif newest[occ.rule_key] is not occ or now - occ.due_at > LATE_AFTER:
                state, note = "missed", "while you were away"
            else:
                state, note = "shown", None
            cursor = store.db.execute(
                "INSERT OR IGNORE INTO reminder_events (shift_id, rule_key, occurrence, kind, message, "
                "due_at, shown_at, state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [shift.id, occ.rule_key, occ.index, occ.kind, occ.message, to_iso(occ.due_at),
                 to_iso(now) if state == "shown" else None, state, note],
            )
            if not cursor.rowcount:
                continue
            event = get_event(store, cursor.lastrowid)
            if state == "shown":
                result.to_show.append(event)
            elif state == "missed":
                result.missed.append(event)
        # Snoozes that have run out come back once; a clock set back only delays them.
        for event in events_of(store, shift.id, ("snoozed",)):
            if event.snoozed_until is not None and event.snoozed_until <= now:
                store.db.execute(
                    "UPDATE reminder_events SET state = 'shown', shown_at = ?, snoozed_until = NULL WHERE id = ?",
                    [to_iso(now), event.id],
                )
                result.to_show.append(get_event(store, event.id))
        if shift.paused_until is not None and shift.paused_until <= now:
            store.db.execute("UPDATE shifts SET paused_until = NULL WHERE id = ?", [shift.id])
        store.db.execute(
            "UPDATE shifts SET last_tick_at = max(coalesce(last_tick_at, ''), ?) WHERE id = ?",
            [to_iso(now), shift.id],
        )
    return result


def queue_hard_moment_reset(store: Store, clock: Clock) -> ReminderEvent | None:
    """Offer the breathing reset after a difficult interaction was logged (journal capture)."""
    now = clock.now()
    with store.db.atomic():
        shift = open_shift(store)
        rule = next((r for r in reminder_rules(store) if r.kind == "after_hard_moment" and r.enabled), None)
        if shift is None or rule is None:
            return None
        index = store.db.execute(
            "SELECT coalesce(max(occurrence), -1) + 1 FROM reminder_events WHERE shift_id = ? AND rule_key = ?",
            [shift.id, rule.key],
        ).fetchone()[0]
        due = now + dt.timedelta(minutes=rule.minutes)
        state = "shown" if rule.minutes == 0 else "snoozed"
        cursor = store.db.execute(
            "INSERT INTO reminder_events (shift_id, rule_key, occurrence, kind, message, due_at, shown_at, "
            "state, snoozed_until) VALUES (?, ?, ?, 'breathing', ?, ?, ?, ?, ?)",
            [shift.id, rule.key, index, rule.message, to_iso(due), to_iso(now) if state == "shown" else None,
             state, None if state == "shown" else to_iso(due)],
        )
        return get_event(store, cursor.lastrowid)


# -- acting on a reminder --------------------------------------------------------------
def actions_for(event: ReminderEvent) -> tuple[str, ...]:
    """What a reminder can be answered with, for every place that shows it (toast, tray,
    desktop notification): a break deadline also offers "start_break"."""
    base = ("done", "snooze", "skip")
    return ("start_break",) + base if event.kind == "deadline" else base


def act_on(store: Store, clock: Clock, event_id: int, action: str, *, snooze_minutes: int = 0) -> ReminderEvent:
    """Done, Skip, Snooze or (a deadline) Start break on a shown reminder; stored before this returns.

    "start_break" starts the break and answers the reminder Done in one transaction (on a
    break already, it only answers); answered already, it still starts the break the worker
    asked for.
    """
    if event_id < 0:  # a reminder before a planned shift (see "before a planned shift" below)
        return act_on_before_shift(store, clock, event_id, action, snooze_minutes=snooze_minutes)
    now = clock.now()
    with store.db.atomic():
        event = get_event(store, event_id)
        if action == "start_break":
            from shiftmate.core.shifts.records import open_break, start_break

            if open_break(store) is None:
                start_break(store, clock)
            action = "done"
        if event.state not in ("shown", "snoozed"):
            return event  # already answered (a second click, another window): nothing to do
        if action == "done":
            store.db.execute(
                "UPDATE reminder_events SET state = 'done', acted_at = ?, snoozed_until = NULL WHERE id = ?",
                [to_iso(now), event_id],
            )
        elif action == "skip":
            store.db.execute(
                "UPDATE reminder_events SET state = 'skipped', acted_at = ?, snoozed_until = NULL WHERE id = ?",
                [to_iso(now), event_id],
            )
        elif action == "snooze":
            if snooze_minutes not in SNOOZE_CHOICES:
                raise BadInput(f"Snooze is 5, 10 or 15 minutes, not {snooze_minutes}.")
            store.db.execute(
                "UPDATE reminder_events SET state = 'snoozed', acted_at = ?, snoozed_until = ? WHERE id = ?",
                [to_iso(now), to_iso(now + dt.timedelta(minutes=snooze_minutes)), event_id],
            )
        else:
            raise BadInput(f"Unknown reminder action '{action}'.")
        return get_event(store, event_id)


def next_due(store: Store, clock: Clock) -> Occurrence | None:
    """The next reminder or deadline warning still to come in the open shift, if any."""
    now = clock.now()
    shift = open_shift(store)
    if shift is None:
        return None
    rules = reminder_rules(store)
    requirements = active_requirements(store)
    horizon = (shift.planned_end or shift.started_at + HORIZON) + dt.timedelta(minutes=1)
    snoozed = [e.snoozed_until for e in events_of(store, shift.id, ("snoozed",)) if e.snoozed_until]
    own, turns = own_reminders(store), turns_before(store, shift.id)
    for occ in occurrences_until(shift, rules, requirements, max(horizon, now), own, turns):
        if occ.due_at > now:
            if snoozed and min(snoozed) < occ.due_at:
                break
            return occ
    if snoozed:
        return Occurrence("snoozed", 0, min(snoozed), "care", "", False)
    return None



def skip_before_recorded(store: Store, shift: Shift, now: dt.datetime) -> None:
    """A shift started at an earlier time (``start_shift(started_at=…)``): what fell due before
    it was recorded is stored as skipped, not reported as missed "while you were away"."""
    rules = reminder_rules(store)
    for occ in occurrences_until(shift, rules, active_requirements(store), now):
        store.db.execute(
            "INSERT OR IGNORE INTO reminder_events (shift_id, rule_key, occurrence, kind, message, due_at, "
            "state, note) VALUES (?, ?, ?, ?, ?, ?, 'skipped', 'before the shift was recorded')",
            [shift.id, occ.rule_key, occ.index, occ.kind, occ.message, to_iso(occ.due_at)],
        )


def start_shift_at(store: Store, clock: Clock, **options) -> Shift:
    """``records.start_shift`` (same options), and for a shift started earlier than now, what
    fell due before it was recorded is stored as skipped: the worker was not "away"."""
    with store.db.atomic():
        shift = start_shift(store, clock, **options)
        if shift.started_at < clock.now():
            skip_before_recorded(store, shift, clock.now())
    return shift


# -- before a planned shift -------------------------------------------------------------
# The reminder before a planned shift: N minutes ahead (``REMIND_BEFORE``), offer Before my shift.
#
# It goes through the same path as every reminder (``reminders.tick`` → the companion's toast,
# tray and desktop notification; ``reminders.act_on`` for Done, Snooze, Skip), as a
# ``ReminderEvent`` of kind ``before_shift``. Its state lives on the planned shift's row, not in
# ``reminder_events``, whose rows belong to a shift that runs: before a shift, none does. So
# that the two never mix, its event id is the planned shift's id negated (always below zero).
#
# It comes while no shift is open, from ``REMIND_BEFORE`` minutes before the start until the
# start; a shift started from the planned one answers it.
BEFORE_SHIFT_KIND = "before_shift"
BEFORE_SHIFT_RULE = "before-shift"


def event_id_of(planned_id: int) -> int:
    return -planned_id


def is_before_shift_event(event_id: int) -> bool:
    return event_id < 0


def _before_shift_message(planned: PlannedShift) -> str:
    start = local_time(planned.starts_at, planned.tz).strftime("%H:%M")
    if planned.role:
        return translate("Reminders", "Your shift starts at {start} ({role}). Time for Before my shift.").format(
            start=start, role=planned.role)
    return translate("Reminders", "Your shift starts at {start}. Time for Before my shift.").format(start=start)


def _before_shift_event(planned: PlannedShift, minutes: int) -> ReminderEvent:
    state = planned.reminder_state or "shown"
    return ReminderEvent(
        event_id_of(planned.id), 0, BEFORE_SHIFT_RULE, 0, BEFORE_SHIFT_KIND, _before_shift_message(planned),
        planned.starts_at - dt.timedelta(minutes=minutes), planned.reminder_shown_at, state,
        planned.reminder_snoozed_until, "",
    )


def _before_minutes(store: Store) -> int:
    return store.read(REMIND_BEFORE)


def before_shift_due(store: Store, now: dt.datetime) -> list[ReminderEvent]:
    """Store and return the reminders that fall due now (called inside ``reminders.tick``,
    while no shift is open). A snooze that ran out comes back while the shift is still ahead."""
    minutes = _before_minutes(store)
    if minutes <= 0:
        return []
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE started_shift_id IS NULL AND starts_at > ? "
        "AND starts_at <= ? AND (reminder_state IS NULL OR (reminder_state = 'snoozed' "
        "AND reminder_snoozed_until <= ?)) ORDER BY starts_at",
        [to_iso(now), to_iso(now + dt.timedelta(minutes=minutes)), to_iso(now)],
    ).fetchall()
    shown = []
    for row in rows:
        planned = _planned(row)
        store.db.execute(
            "UPDATE planned_shifts SET reminder_state = 'shown', reminder_shown_at = ?, "
            "reminder_snoozed_until = NULL WHERE id = ?",
            [to_iso(now), planned.id],
        )
        shown.append(_before_shift_event(get_planned(store, planned.id), minutes))
    return shown


def waiting_before_shift(store: Store, now: dt.datetime) -> list[ReminderEvent]:
    """Shown and not answered, for a shift not over yet: the toast keeps them until answered."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE reminder_state = 'shown' AND started_shift_id IS NULL "
        "AND ends_at > ? ORDER BY starts_at",
        [to_iso(now)],
    ).fetchall()
    minutes = _before_minutes(store)
    return [_before_shift_event(_planned(row), minutes) for row in rows]


def get_before_shift_event(store: Store, event_id: int) -> ReminderEvent:
    planned = get_planned(store, -event_id)
    if planned is None or planned.reminder_state is None:
        raise BadInput("That reminder no longer exists.")
    return _before_shift_event(planned, _before_minutes(store))


def act_on_before_shift(store: Store, clock: Clock, event_id: int, action: str, *,
                        snooze_minutes: int = 0) -> ReminderEvent:
    """Done, Skip or Snooze; as ``reminders.act_on`` for a reminder of a running shift."""
    now = clock.now()
    with store.db.atomic():
        event = get_before_shift_event(store, event_id)
        if event.state not in ("shown", "snoozed"):
            return event
        planned_id = -event_id
        if action in ("done", "skip"):
            state = "done" if action == "done" else "skipped"
            store.db.execute(
                "UPDATE planned_shifts SET reminder_state = ?, reminder_snoozed_until = NULL WHERE id = ?",
                [state, planned_id],
            )
        elif action == "snooze":
            if snooze_minutes not in SNOOZE_CHOICES:
                raise BadInput(f"Snooze is 5, 10 or 15 minutes, not {snooze_minutes}.")
            store.db.execute(
                "UPDATE planned_shifts SET reminder_state = 'snoozed', reminder_snoozed_until = ? WHERE id = ?",
                [to_iso(now + dt.timedelta(minutes=snooze_minutes)), planned_id],
            )
        else:
            raise BadInput(f"Unknown reminder action '{action}'.")
        return get_before_shift_event(store, event_id)
