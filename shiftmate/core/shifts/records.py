"""Shifts and the breaks taken in them: starting, ending, and noticing a forgotten end.

A shift is stored as UTC instants plus the IANA zone the worker was in when it started, so it
may cross midnight and a daylight-saving change; every duration is true elapsed time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, from_iso, local_time, to_iso
from shiftmate.core.errors import BadInput, ShiftMateError

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

# A shift still open this long after its planned end, or after its start, was probably
# forgotten: the next start asks whether to close it at the planned time.
FORGOTTEN_AFTER_PLANNED_END = dt.timedelta(hours=4)
FORGOTTEN_AFTER_START = dt.timedelta(hours=16)
MAX_SHIFT_LENGTH = dt.timedelta(hours=24)
MAX_STARTED_EARLIER = dt.timedelta(hours=16)  # as FORGOTTEN_AFTER_START: older is not "late"
MAX_ROLE_LENGTH = 200
MAX_NOTE_LENGTH = 2000


@dataclass(frozen=True)
class Shift:
    """One shift: when it started (and ended), where the worker was, and how it went."""

    id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    planned_end: dt.datetime | None
    tz: str
    role: str
    day_rating: int | None
    end_note: str
    last_tick_at: dt.datetime | None
    paused_until: dt.datetime | None
    paused_to_end: bool

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    def elapsed(self, now: dt.datetime) -> dt.timedelta:
        """True elapsed time since the start (UTC arithmetic, so DST never bends it)."""
        return (self.ended_at or now) - self.started_at

    def planned_length(self) -> dt.timedelta | None:
        return None if self.planned_end is None else self.planned_end - self.started_at

    def local(self, moment: dt.datetime) -> dt.datetime:
        return local_time(moment, self.tz)

    def is_forgotten(self, now: dt.datetime) -> bool:
        if not self.is_open:
            return False
        if self.planned_end is not None and now - self.planned_end >= FORGOTTEN_AFTER_PLANNED_END:
            return True
        return now - self.started_at >= FORGOTTEN_AFTER_START

    def suggested_close(self) -> dt.datetime:
        """Where a forgotten shift is closed: the planned end, else when ShiftMate last saw it."""
        if self.planned_end is not None:
            return self.planned_end
        if self.last_tick_at is not None:
            return max(self.last_tick_at, self.started_at)
        return self.started_at


@dataclass(frozen=True)
class Break:
    """A break in a shift; ``ended_at`` is None while the worker is on it."""

    id: int
    shift_id: int | None
    started_at: dt.datetime
    ended_at: dt.datetime | None
    kind: str
    tz: str

    def length(self, now: dt.datetime | None = None) -> dt.timedelta:
        end = self.ended_at or now or self.started_at
        return max(end - self.started_at, dt.timedelta(0))

    def covers(self, moment: dt.datetime) -> bool:
        return self.started_at <= moment and (self.ended_at is None or moment < self.ended_at)


class ShiftAlreadyOpen(ShiftMateError):
    """Starting a shift while one is open; ``forgotten`` says whether it looks forgotten."""

    def __init__(self, shift: Shift, forgotten: bool) -> None:
        self.shift = shift
        self.forgotten = forgotten
        started = shift.local(shift.started_at).strftime("%a %d %b %H:%M")
        if forgotten:
            sentence = (
                f"Your shift from {started} is still open; end it first "
                "(it can be closed at its planned end)."
            )
        else:
            sentence = f"A shift is already in progress (started {started})."
        super().__init__(sentence)


def _opt(text: str | None) -> dt.datetime | None:
    return from_iso(text) if text else None


def _shift(row: dict) -> Shift:
    return Shift(
        id=row["id"],
        started_at=from_iso(row["started_at"]),
        ended_at=_opt(row["ended_at"]),
        planned_end=_opt(row["planned_end"]),
        tz=row["tz"],
        role=row["role"] or "",
        day_rating=row["day_rating"],
        end_note=row["end_note"] or "",
        last_tick_at=_opt(row["last_tick_at"]),
        paused_until=_opt(row["paused_until"]),
        paused_to_end=bool(row["paused_to_end"]),
    )


def _break(row: dict) -> Break:
    return Break(
        id=row["id"],
        shift_id=row["shift_id"],
        started_at=from_iso(row["started_at"]),
        ended_at=_opt(row["ended_at"]),
        kind=row["kind"],
        tz=row["tz"],
    )


def _rows(store: Store, sql: str, params=()) -> list[dict]:
    cursor = store.db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# -- reading ---------------------------------------------------------------------------
def open_shift(store: Store) -> Shift | None:
    rows = _rows(store, "SELECT * FROM shifts WHERE ended_at IS NULL LIMIT 1")
    return _shift(rows[0]) if rows else None


def get_shift(store: Store, shift_id: int) -> Shift | None:
    rows = _rows(store, "SELECT * FROM shifts WHERE id = ?", [shift_id])
    return _shift(rows[0]) if rows else None


def recent_shifts(store: Store, limit: int = 50) -> list[Shift]:
    return [_shift(r) for r in _rows(store, "SELECT * FROM shifts ORDER BY started_at DESC LIMIT ?", [limit])]


def latest_shift(store: Store) -> Shift | None:
    shifts = recent_shifts(store, 1)
    return shifts[0] if shifts else None


def breaks_of(store: Store, shift_id: int) -> list[Break]:
    return [
        _break(r)
        for r in _rows(store, "SELECT * FROM breaks WHERE shift_id = ? ORDER BY started_at", [shift_id])
    ]


def open_break(store: Store) -> Break | None:
    rows = _rows(store, "SELECT * FROM breaks WHERE ended_at IS NULL LIMIT 1")
    return _break(rows[0]) if rows else None


def recent_breaks(store: Store, limit: int = 200) -> list[Break]:
    return [_break(r) for r in _rows(store, "SELECT * FROM breaks ORDER BY started_at DESC LIMIT ?", [limit])]


# -- writing ---------------------------------------------------------------------------
def planned_end_from(
    now: dt.datetime, zone: str, *, until: str | None = None, hours: float | None = None
) -> dt.datetime | None:
    """The planned end from "HH:MM" (next time that local clock time comes) or a length."""
    if until and hours is not None:
        raise BadInput("Give either an end time or a length, not both.")
    if hours is not None:
        if not 0 < hours <= MAX_SHIFT_LENGTH.total_seconds() / 3600:
            raise BadInput(f"A shift length must be more than 0 and at most 24 hours, not {hours:g}.")
        return now + dt.timedelta(hours=hours)
    if not until:
        return None
    try:
        clock_time = dt.time.fromisoformat(until.strip())
    except ValueError:
        raise BadInput(f"'{until}' is not a time like 17:30.") from None
    local_now = local_time(now, zone)
    candidate = local_now.replace(
        hour=clock_time.hour, minute=clock_time.minute, second=0, microsecond=0, fold=0
    )
    # Round-trip through UTC so a wall time inside a DST gap/overlap lands on a real instant.
    end = candidate.astimezone(dt.timezone.utc)
    if end <= now:  # "until 02:00" at 22:00 means tomorrow: shifts cross midnight
        end = (candidate.replace(tzinfo=None) + dt.timedelta(days=1)).replace(
            tzinfo=candidate.tzinfo
        ).astimezone(dt.timezone.utc)
    return end


def started_at_from(now: dt.datetime, zone: str, text: str) -> dt.datetime:
    """When a shift started from "HH:MM" (the latest time that local clock time came) or an
    ISO 8601 date and time (without an offset: local). Checked by ``start_shift``."""
    text = (text or "").strip()
    try:
        if len(text) <= 5 and ":" in text:
            clock_time = dt.time.fromisoformat(text)
            candidate = local_time(now, zone).replace(
                hour=clock_time.hour, minute=clock_time.minute, second=0, microsecond=0, fold=0)
            moment = candidate.astimezone(dt.timezone.utc)
            if moment > now:  # "started at 23:30" just after midnight means yesterday
                moment = (candidate.replace(tzinfo=None) - dt.timedelta(days=1)).replace(
                    tzinfo=candidate.tzinfo).astimezone(dt.timezone.utc)
            return moment
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise BadInput(f"'{text}' is not a time like 08:30 or 2026-12-01T08:30.") from None
    if moment.tzinfo is None:
        from zoneinfo import ZoneInfo

        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(dt.timezone.utc)


def start_shift(
    store: Store,
    clock: Clock,
    *,
    planned_end: dt.datetime | None = None,
    role: str = "",
    close_forgotten: bool = False,
    started_at: dt.datetime | None = None,
    planned_id: int | None = None,
) -> Shift:
    """Start a shift now, or at ``started_at`` when it began earlier (late or forgotten).

    A forgotten open shift is closed at its planned time if asked to. ``planned_id`` is the
    roster's planned shift this one is (its offer and its reminder are then answered).
    Callers start through ``reminders.start_shift_at``, which also settles what fell due
    before an earlier start was recorded.
    """
    now = clock.now()
    role = (role or "").strip()
    if len(role) > MAX_ROLE_LENGTH:
        raise BadInput(f"The role or place is longer than {MAX_ROLE_LENGTH} characters.")
    start = now if started_at is None else started_at.astimezone(dt.timezone.utc).replace(microsecond=0)
    if start > now + dt.timedelta(seconds=59):
        raise BadInput("A shift cannot start in the future; start it when you arrive.")
    start = min(start, now)
    if now - start > MAX_STARTED_EARLIER:
        raise BadInput("A shift can be started at most 16 hours earlier than now.")
    if planned_end is not None and not (max(start, now) < planned_end <= start + MAX_SHIFT_LENGTH):
        raise BadInput("The planned end must be after now and within 24 hours of the start.")
    with store.db.atomic():
        current = open_shift(store)
        if current is not None:
            forgotten = current.is_forgotten(now)
            if not (forgotten and close_forgotten):
                raise ShiftAlreadyOpen(current, forgotten)
            _close(store, current, current.suggested_close(), note="closed at the planned time")
        last = latest_shift(store)
        if last is not None and last.ended_at is not None and start < last.ended_at:
            raise BadInput(
                "A shift cannot start before your last shift ended "
                f"({last.local(last.ended_at).strftime('%a %d %b %H:%M')})."
            )
        cursor = store.db.execute(
            "INSERT INTO shifts (started_at, planned_end, tz, role, last_tick_at) VALUES (?, ?, ?, ?, ?)",
            [to_iso(start), planned_end and to_iso(planned_end), clock.zone_name(), role or None, to_iso(now)],
        )
        shift = get_shift(store, cursor.lastrowid)
        if planned_id is not None:
            from shiftmate.core.shifts.roster import mark_started

            mark_started(store, planned_id, shift.id)
        return shift


def _close(store: Store, shift: Shift, at: dt.datetime, *, note: str = "", rating: int | None = None) -> None:
    at = max(at, shift.started_at)
    store.db.execute(
        "UPDATE breaks SET ended_at = ? WHERE shift_id = ? AND ended_at IS NULL",
        [to_iso(max(at, shift.started_at)), shift.id],
    )
    # Reminders nobody acted on before the end are recorded as missed, never left hanging.
    store.db.execute(
        "UPDATE reminder_events SET state = 'missed', acted_at = ?, note = coalesce(note, 'shift ended') "
        "WHERE shift_id = ? AND state IN ('shown', 'snoozed')",
        [to_iso(at), shift.id],
    )
    store.db.execute(
        "UPDATE shifts SET ended_at = ?, day_rating = coalesce(?, day_rating), "
        "end_note = coalesce(?, end_note) WHERE id = ?",
        [to_iso(at), rating, note or None, shift.id],
    )


def end_shift(
    store: Store,
    clock: Clock,
    *,
    day_rating: int | None = None,
    note: str = "",
    at_planned: bool = False,
) -> Shift:
    """End the open shift now (or at its planned end), with an optional 1–5 day rating."""
    if day_rating is not None and not 1 <= day_rating <= 5:
        raise BadInput(f"A day rating is 1 to 5, not {day_rating}.")
    note = (note or "").strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise BadInput(f"The note is longer than {MAX_NOTE_LENGTH} characters.")
    now = clock.now()
    with store.db.atomic():
        current = open_shift(store)
        if current is None:
            raise BadInput("No shift is in progress.")
        at = current.suggested_close() if at_planned else now
        _close(store, current, min(at, now), note=note, rating=day_rating)
        return get_shift(store, current.id)


def start_break(store: Store, clock: Clock, *, kind: str = "break") -> Break:
    now = clock.now()
    with store.db.atomic():
        shift = open_shift(store)
        if shift is None:
            raise BadInput("Start your shift before taking a break.")
        if open_break(store) is not None:
            raise BadInput("You are already on a break.")
        cursor = store.db.execute(
            "INSERT INTO breaks (shift_id, started_at, kind, tz) VALUES (?, ?, ?, ?)",
            [shift.id, to_iso(now), kind, clock.zone_name()],
        )
        return _break(_rows(store, "SELECT * FROM breaks WHERE id = ?", [cursor.lastrowid])[0])


def end_break(store: Store, clock: Clock) -> Break:
    now = clock.now()
    with store.db.atomic():
        current = open_break(store)
        if current is None:
            raise BadInput("You are not on a break.")
        store.db.execute(
            "UPDATE breaks SET ended_at = ? WHERE id = ?", [to_iso(max(now, current.started_at)), current.id]
        )
        return _break(_rows(store, "SELECT * FROM breaks WHERE id = ?", [current.id])[0])


def pause_reminders(store: Store, clock: Clock, *, minutes: int | None) -> None:
    """Pause reminders for ``minutes``, or until the shift ends when None; 0 resumes."""
    with store.db.atomic():
        shift = open_shift(store)
        if shift is None:
            raise BadInput("No shift is in progress.")
        if minutes is None:
            store.db.execute("UPDATE shifts SET paused_to_end = 1, paused_until = NULL WHERE id = ?", [shift.id])
        else:
            until = to_iso(clock.now() + dt.timedelta(minutes=minutes)) if minutes > 0 else None
            store.db.execute(
                "UPDATE shifts SET paused_to_end = 0, paused_until = ? WHERE id = ?", [until, shift.id]
            )
