"""Correcting the break log: change when a break started and ended, delete one, put it back.

A worker forgets to press Back, or presses On break by mistake; the log must be theirs to put
right. Every change returns the break as it was, so the window can undo it with
``restore_break``. A corrected break stays inside its shift, ends no later than now and never
overlaps another break of the same shift, so break deadlines keep adding up honestly.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, local_time, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.shifts.records import Break, _break, _rows, breaks_of, get_shift, open_break

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

# What a break was, as the log names it (the key is stored, the name translated where shown).
BREAK_KINDS = {
    "break": QT_TRANSLATE_NOOP("BreakLog", "Break"),
    "meal": QT_TRANSLATE_NOOP("BreakLog", "Meal break"),
    "rest": QT_TRANSLATE_NOOP("BreakLog", "Rest break"),
}


def kind_name(kind: str) -> str:
    """A break kind's name in the window's language; an unknown stored kind shows as stored."""
    return translate("BreakLog", BREAK_KINDS[kind]) if kind in BREAK_KINDS else kind


# A break shorter than this was most likely a slip of the finger: the window asks about it.
SHORT_BREAK = dt.timedelta(minutes=1)


def get_break(store: Store, break_id: int) -> Break:
    rows = _rows(store, "SELECT * FROM breaks WHERE id = ?", [break_id])
    if not rows:
        raise BadInput(translate("BreakLog", "That break is no longer in the log."))
    return _break(rows[0])


def _hm(moment: dt.datetime, zone: str) -> str:
    return local_time(moment, zone).strftime("%H:%M")


def _end_text(moment: dt.datetime | None, zone: str) -> str:
    return _hm(moment, zone) if moment is not None else translate("BreakLog", "now")


def edit_break(
    store: Store, clock: Clock, break_id: int, *, started_at: dt.datetime, ended_at: dt.datetime | None,
    kind: str | None = None,
) -> Break:
    """Give a break new times (and kind); returns the break as it was (for undo).

    ``ended_at`` may stay None only for the break the worker is on now; ``kind`` None keeps it.
    """
    now = clock.now()
    with store.db.atomic():
        before = get_break(store, break_id)
        kind = before.kind if kind is None else kind
        if kind not in BREAK_KINDS and kind != before.kind:
            raise BadInput(translate("BreakLog", "A break is a break, a meal break or a rest break."))
        if ended_at is None and before.ended_at is not None:
            raise BadInput(translate("BreakLog", "A finished break needs an end time."))
        if started_at > now or (ended_at is not None and ended_at > now):
            raise BadInput(translate("BreakLog", "A break cannot start or end later than now."))
        if ended_at is not None and ended_at <= started_at:
            raise BadInput(translate("BreakLog", "A break has to end after it starts."))
        shift = get_shift(store, before.shift_id) if before.shift_id is not None else None
        if shift is not None:
            shift_end = shift.ended_at or now
            if started_at < shift.started_at or (ended_at or now) > shift_end:
                raise BadInput(translate("BreakLog", "A break has to fall inside its shift ({start}–{end}).").format(
                    start=_hm(shift.started_at, shift.tz), end=_end_text(shift.ended_at, shift.tz)))
            for other in breaks_of(store, shift.id):
                if other.id == break_id:
                    continue
                other_end = other.ended_at or now
                if started_at < other_end and other.started_at < (ended_at or now):
                    raise BadInput(translate("BreakLog", "That overlaps your break at {start}–{end}.").format(
                        start=_hm(other.started_at, other.tz), end=_end_text(other.ended_at, other.tz)))
        store.db.execute(
            "UPDATE breaks SET started_at = ?, ended_at = ?, kind = ? WHERE id = ?",
            [to_iso(started_at), ended_at and to_iso(ended_at), kind, break_id],
        )
    return before


def delete_break(store: Store, break_id: int) -> Break:
    """Take a break out of the log; returns it whole so it can be put back."""
    with store.db.atomic():
        gone = get_break(store, break_id)
        store.db.execute("DELETE FROM breaks WHERE id = ?", [break_id])
    return gone


def restore_break(store: Store, brk: Break) -> Break:
    """Put a break back exactly as it was (same id and times): the undo of a change or delete."""
    with store.db.atomic():
        if brk.shift_id is not None and get_shift(store, brk.shift_id) is None:
            raise BadInput(translate("BreakLog", "The shift of that break is no longer there."))
        current = open_break(store)
        if brk.ended_at is None and current is not None and current.id != brk.id:
            raise BadInput(translate("BreakLog", "You are on another break now; end it first."))
        store.db.execute(
            "INSERT OR REPLACE INTO breaks (id, shift_id, started_at, ended_at, kind, tz) VALUES (?, ?, ?, ?, ?, ?)",
            [brk.id, brk.shift_id, to_iso(brk.started_at), brk.ended_at and to_iso(brk.ended_at), brk.kind, brk.tz],
        )
    return brk


def times_from_clock(brk: Break, start: dt.time, end: dt.time | None) -> tuple[dt.datetime, dt.datetime | None]:
    """The instants a worker means by clock times typed for ``brk`` (in the zone it was taken in).

    The start is the day (before, of or after the break's start) that puts it nearest to where
    it was; an end earlier than the start is the next morning, as on a night shift.
    """
    zone = local_time(brk.started_at, brk.tz).tzinfo
    day = local_time(brk.started_at, brk.tz).date()
    candidates = [
        dt.datetime.combine(day + dt.timedelta(days=d), start, tzinfo=zone).astimezone(dt.timezone.utc)
        for d in (-1, 0, 1)
    ]
    started_at = min(candidates, key=lambda c: abs(c - brk.started_at))
    if end is None:
        return started_at, None
    start_day = local_time(started_at, brk.tz).date()
    ended_at = dt.datetime.combine(start_day, end, tzinfo=zone).astimezone(dt.timezone.utc)
    if ended_at <= started_at:
        ended_at = dt.datetime.combine(start_day + dt.timedelta(days=1), end, tzinfo=zone).astimezone(dt.timezone.utc)
    return started_at, ended_at
