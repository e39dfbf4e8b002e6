"""The roster: planned shifts imported from a calendar (.ics) or a simple CSV file.

A planned shift is stored as UTC instants plus the IANA zone it is planned in, like a shift
that runs (records.py), so one across midnight or a DST change keeps its real length. An
import reads the whole file first (roster_ics.py, roster_csv.py) and then changes the table
in one transaction (roster_import.py): a file that cannot be read changes nothing. A re-import updates by
``uid``, never adds a second copy, and removes what the same file no longer holds within
the dates it covers (``IMPORT_WINDOW``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, from_iso, local_time, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.settings import NUMBER, Setting

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_OCCURRENCES = 2000  # occurrences expanded from one file within the window
WINDOW_BEFORE = dt.timedelta(days=14)
WINDOW_AFTER = dt.timedelta(days=120)
MAX_PLANNED_LENGTH = dt.timedelta(hours=24)
MAX_ROLE_LENGTH = 200  # as records.MAX_ROLE_LENGTH: a planned role becomes the shift's role
# "Start my shift" offers a planned shift from this long before its start until its end.
OFFER_BEFORE = dt.timedelta(hours=2)

# How long before a planned shift the "before your shift" reminder comes; 0 turns it off.
REMIND_BEFORE = Setting("roster.remind_before_minutes", NUMBER, 45, lambda m: 0 <= m <= 24 * 60)


@dataclass(frozen=True)
class PlannedShift:
    """One shift from the roster, planned from ``starts_at`` to ``ends_at`` (UTC) in zone ``tz``."""

    id: int
    uid: str
    source: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    tz: str
    role: str
    imported_at: dt.datetime
    started_shift_id: int | None = None
    reminder_state: str | None = None
    reminder_shown_at: dt.datetime | None = None
    reminder_snoozed_until: dt.datetime | None = None

    def length(self) -> dt.timedelta:
        return self.ends_at - self.starts_at

    def local(self, moment: dt.datetime) -> dt.datetime:
        return local_time(moment, self.tz)

    def to_json(self) -> dict:
        """The shape of ``roster list --json`` (stable): UTC instants with "Z"."""
        return {
            "id": self.id,
            "uid": self.uid,
            "start": zulu(self.starts_at),
            "end": zulu(self.ends_at),
            "tz": self.tz,
            "role": self.role,
            "source": self.source,
        }


@dataclass(frozen=True)
class PlannedEntry:
    """A planned shift read from a file, before it is stored."""

    uid: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    tz: str
    role: str


@dataclass
class ReadRoster:
    """What a file holds: the shifts in the window, and what was left out and why."""

    entries: list[PlannedEntry] = field(default_factory=list)
    cancelled: set[str] = field(default_factory=set)  # uids the file marks STATUS:CANCELLED
    skipped: dict[str, int] = field(default_factory=dict)  # reason → count

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


@dataclass(frozen=True)
class ImportResult:
    """What an import changed."""

    source: str
    added: int
    updated: int
    removed: int
    unchanged: int
    skipped: dict[str, int]

    def to_json(self) -> dict:
        return {"source": self.source, "added": self.added, "updated": self.updated, "removed": self.removed,
                "unchanged": self.unchanged, "skipped": dict(self.skipped)}


def zulu(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def import_window(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    return now - WINDOW_BEFORE, now + WINDOW_AFTER


def clean_role(text: str) -> str:
    role = " ".join((text or "").split())
    return role[:MAX_ROLE_LENGTH]


# -- storing ---------------------------------------------------------------------------
_COLUMNS = ("id, uid, source, starts_at, ends_at, tz, role, imported_at, started_shift_id, "
            "reminder_state, reminder_shown_at, reminder_snoozed_until")


def _opt(text: str | None) -> dt.datetime | None:
    return from_iso(text) if text else None


def _planned(row) -> PlannedShift:
    (id_, uid, source, starts, ends, tz, role, imported, started, state, shown, snoozed) = row
    return PlannedShift(id_, uid, source, from_iso(starts), from_iso(ends), tz, role or "", from_iso(imported),
                        started, state, _opt(shown), _opt(snoozed))


def apply_roster(store: Store, clock: Clock, source: str, read: ReadRoster) -> ImportResult:
    now = clock.now()
    start, end = import_window(now)
    added = updated = unchanged = removed = 0
    seen: set[str] = set()
    with store.db.atomic():
        for entry in read.entries:
            if entry.uid in seen:
                continue  # the same occurrence twice in one file: the first counts
            seen.add(entry.uid)
            row = store.db.execute(
                "SELECT id, starts_at, ends_at, tz, role, source FROM planned_shifts WHERE uid = ?", [entry.uid]
            ).fetchone()
            values = [to_iso(entry.starts_at), to_iso(entry.ends_at), entry.tz, entry.role]
            if row is None:
                store.db.execute(
                    "INSERT INTO planned_shifts (uid, source, starts_at, ends_at, tz, role, imported_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [entry.uid, source, *values, to_iso(now)],
                )
                added += 1
            elif list(row[1:5]) == values and row[5] == source:
                unchanged += 1
            else:
                moved = row[1] != values[0]
                # A moved shift gets its reminder again, at its new time.
                store.db.execute(
                    "UPDATE planned_shifts SET starts_at = ?, ends_at = ?, tz = ?, role = ?, source = ?, "
                    "imported_at = ?" + (", reminder_state = NULL, reminder_shown_at = NULL, "
                                         "reminder_snoozed_until = NULL" if moved else "") + " WHERE id = ?",
                    [*values, source, to_iso(now), row[0]],
                )
                updated += 1
        for uid in read.cancelled - seen:
            removed += store.db.execute("DELETE FROM planned_shifts WHERE uid = ?", [uid]).rowcount
        stale = [
            id_ for id_, uid in store.db.execute(
                "SELECT id, uid FROM planned_shifts WHERE source = ? AND starts_at >= ? AND starts_at <= ?",
                [source, to_iso(start), to_iso(end)],
            ).fetchall() if uid not in seen
        ]
        for id_ in stale:
            removed += store.db.execute("DELETE FROM planned_shifts WHERE id = ?", [id_]).rowcount
    return ImportResult(source, added, updated, removed, unchanged, dict(read.skipped))


def planned_shifts(store: Store, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                   limit: int = 1000) -> list[PlannedShift]:
    """Planned shifts that overlap [start, end), earliest first."""
    sql = f"SELECT {_COLUMNS} FROM planned_shifts WHERE 1"
    params: list = []
    if start is not None:
        sql += " AND ends_at > ?"
        params.append(to_iso(start))
    if end is not None:
        sql += " AND starts_at < ?"
        params.append(to_iso(end))
    rows = store.db.execute(sql + " ORDER BY starts_at, id LIMIT ?", [*params, limit]).fetchall()
    return [_planned(r) for r in rows]


def get_planned(store: Store, planned_id: int) -> PlannedShift | None:
    row = store.db.execute(f"SELECT {_COLUMNS} FROM planned_shifts WHERE id = ?", [planned_id]).fetchone()
    return _planned(row) if row else None


def upcoming_shifts(store: Store, now: dt.datetime, limit: int = 5) -> list[PlannedShift]:
    """The planned shifts not over yet and not already started, earliest first."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE ends_at > ? AND started_shift_id IS NULL "
        "ORDER BY starts_at, id LIMIT ?",
        [to_iso(now), limit],
    ).fetchall()
    return [_planned(r) for r in rows]


def next_planned(store: Store, now: dt.datetime) -> PlannedShift | None:
    """The next planned shift still to start."""
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE starts_at > ? AND started_shift_id IS NULL "
        "ORDER BY starts_at, id LIMIT 1",
        [to_iso(now)],
    ).fetchone()
    return _planned(row) if row else None


def planned_near(store: Store, now: dt.datetime) -> PlannedShift | None:
    """The planned shift "Start my shift" offers: from ``OFFER_BEFORE`` its start until its end."""
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM planned_shifts WHERE starts_at <= ? AND ends_at > ? "
        "AND started_shift_id IS NULL ORDER BY starts_at, id LIMIT 1",
        [to_iso(now + OFFER_BEFORE), to_iso(now)],
    ).fetchone()
    return _planned(row) if row else None


def mark_started(store: Store, planned_id: int, shift_id: int) -> None:
    """The shift ``shift_id`` is the planned one: no more offer, and its reminder is answered."""
    store.db.execute(
        "UPDATE planned_shifts SET started_shift_id = ?, reminder_state = CASE WHEN reminder_state IN "
        "('shown', 'snoozed') THEN 'done' ELSE reminder_state END, reminder_snoozed_until = NULL WHERE id = ?",
        [shift_id, planned_id],
    )


def remove_planned(store: Store, planned_id: int) -> PlannedShift:
    """Remove one planned shift; returns it, so it can be put back (undo)."""
    with store.db.atomic():
        planned = get_planned(store, planned_id)
        if planned is None:
            raise BadInput(f"There is no planned shift {planned_id}.")
        store.db.execute("DELETE FROM planned_shifts WHERE id = ?", [planned_id])
    return planned


def restore_planned(store: Store, planned: PlannedShift) -> PlannedShift:
    """Put back a planned shift removed by ``remove_planned`` (unless its uid came back meanwhile)."""
    with store.db.atomic():
        store.db.execute(
            "INSERT OR IGNORE INTO planned_shifts (id, uid, source, starts_at, ends_at, tz, role, imported_at, "
            "reminder_state, reminder_shown_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [planned.id, planned.uid, planned.source, to_iso(planned.starts_at), to_iso(planned.ends_at),
             planned.tz, planned.role, to_iso(planned.imported_at), planned.reminder_state,
             planned.reminder_shown_at and to_iso(planned.reminder_shown_at)],
        )
    return get_planned(store, planned.id) or planned
