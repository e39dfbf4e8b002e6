"""Tables for shifts, breaks, reminder rules, reminder events and breathing sessions.

Called once by the migration ``m004_shifts_breaks`` in ``schema.py``. Like every migration it
must never change once shipped: later changes go into a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

def create_shift_tables(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            planned_end TEXT,
            tz TEXT NOT NULL,
            role TEXT,
            arrive_rating INTEGER,
            day_rating INTEGER,
            win TEXT,
            end_note TEXT,
            last_tick_at TEXT,
            paused_until TEXT,
            paused_to_end INTEGER NOT NULL DEFAULT 0
        )"""
    )
    # At most one shift is open at a time; the database itself refuses a second.
    db.execute("CREATE UNIQUE INDEX shifts_one_open ON shifts((ended_at IS NULL)) WHERE ended_at IS NULL")
    db.execute("CREATE INDEX shifts_started ON shifts(started_at)")
    db.execute(
        """
        CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER REFERENCES shifts(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            kind TEXT NOT NULL DEFAULT 'break',
            tz TEXT NOT NULL
        )"""
    )
    db.execute("CREATE UNIQUE INDEX breaks_one_open ON breaks((ended_at IS NULL)) WHERE ended_at IS NULL")
    db.execute("CREATE INDEX breaks_shift ON breaks(shift_id, started_at)")
    # Holds the worker's own changes to the built-in rules (and their own rules); the
    # built-in defaults live in code, so an untouched install stores no rule rows.
    db.execute(
        """
        CREATE TABLE reminder_rules (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('every', 'after_start', 'before_end', 'after_hard_moment')),
            minutes INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            quiet_during_break INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """
        CREATE TABLE reminder_events (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,
            rule_key TEXT NOT NULL,
            occurrence INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            due_at TEXT NOT NULL,
            shown_at TEXT,
            state TEXT NOT NULL CHECK (state IN ('shown', 'snoozed', 'done', 'skipped', 'missed')),
            snoozed_until TEXT,
            acted_at TEXT,
            note TEXT,
            UNIQUE (shift_id, rule_key, occurrence)
        )"""
    )
    db.execute("CREATE INDEX reminder_events_state ON reminder_events(shift_id, state)")
    db.execute(
        """
        CREATE TABLE breathing_sessions (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER REFERENCES shifts(id) ON DELETE SET NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            tz TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            completed INTEGER NOT NULL
        )"""
    )


def create_own_reminder_tables(db: Database) -> None:
    """The worker's own reminders (migration ``m012_own_reminders``).

    A message row holds either ``idea``, the key of a built-in idea shown in the window's
    language, or ``text``, the worker's own words (an edited idea becomes text): the edit is
    stored, never the translation, so an untouched idea follows the language.
    """
    db.execute(
        """
        CREATE TABLE own_reminders (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('every', 'at', 'before_end')),
            minutes INTEGER NOT NULL DEFAULT 0,
            at_time TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            quiet_during_break INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE own_reminder_messages (
            reminder_id INTEGER NOT NULL REFERENCES own_reminders(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            idea TEXT,
            text TEXT,
            CHECK ((idea IS NULL) != (text IS NULL)),
            PRIMARY KEY (reminder_id, position)
        )"""
    )


def create_roster_tables(db: Database) -> None:
    """Planned shifts from an imported roster (migration ``m011_roster``).

    ``uid`` is the calendar event's UID (with the occurrence's RECURRENCE-ID for a repeating
    one) or, for a CSV row, its date and start: a re-import updates by it and never adds a
    second copy. The reminder columns hold the one "before your shift" reminder of each.
    """
    db.execute(
        """
        CREATE TABLE planned_shifts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            tz TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            started_shift_id INTEGER REFERENCES shifts(id) ON DELETE SET NULL,
            reminder_state TEXT CHECK (reminder_state IN ('shown', 'snoozed', 'done', 'skipped')),
            reminder_shown_at TEXT,
            reminder_snoozed_until TEXT
        )"""
    )
    db.execute("CREATE INDEX planned_shifts_start ON planned_shifts(starts_at)")
    db.execute("CREATE INDEX planned_shifts_source ON planned_shifts(source, starts_at)")
