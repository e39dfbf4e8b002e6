"""The "What to say" card's tables, created by migration ``m006_moment_phrases`` (frozen once shipped).

``moment_builtin_changes`` holds what the worker changed of a built-in line, by the line's key
(``listen.1``): the edited text (NULL while it is the shipped one, so it stays translated) and
whether it is hidden. Deleting the row restores the line. ``moment_own_lines`` holds the lines
the worker added, each under one step, in ``position`` order.
"""

from __future__ import annotations

_DDL = """
CREATE TABLE moment_builtin_changes (
    key TEXT PRIMARY KEY,
    text TEXT,
    hidden INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))
);
CREATE TABLE moment_own_lines (
    id INTEGER PRIMARY KEY,
    step TEXT NOT NULL,
    text TEXT NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))
);
CREATE INDEX moment_own_lines_by_step ON moment_own_lines (step, position, id);
"""


def create_moment_tables(db) -> None:
    # One statement at a time: ``executescript`` would COMMIT the migration's transaction first.
    for statement in _DDL.split(";"):
        if statement.strip():
            db.execute(statement)
