"""What a write changed, said by the write itself (Anki's ``OpChanges``, qutebrowser's ``SqlTable.changed``).

A write goes through ``DataService.write(job, changes, …)``; once its callback has run the service
emits ``changed(changes, source)`` and each view refreshes only for the kinds it shows
(``widgets.screen.subscribe``). A clock tick is not a change: the shift companion has its own
``ticked`` signal for the views that show the time. Writes by another process arrive as
``STORED``: anything the file holds may have changed.

Imported on the start-up path: nothing here but ``enum``.
"""

from __future__ import annotations

import enum


class Changes(enum.Flag):
    """The kinds of data a write may change; combine them with ``|``."""

    NONE = 0
    JOURNAL = enum.auto()  # entries, their tags and reflections
    DRAFTS = enum.auto()  # what is being written, kept on disk (capture, reflection)
    CHECKLISTS = enum.auto()  # checklists, their runs and answers
    PACKS = enum.auto()  # installed managers' packs (and the checklists they bring)
    SHIFTS = enum.auto()
    BREAKS = enum.auto()
    REMINDERS = enum.auto()  # reminder rules, pauses and the reminders shown or answered
    SETTINGS = enum.auto()
    BREATHING = enum.auto()  # breathing resets done
    BACKUPS = enum.auto()  # the backup files beside the database (not in it)
    MOMENT = enum.auto()  # the "What to say" card's own, edited and hidden lines
    # Everything the database file holds: what another process may have written.
    STORED = JOURNAL | DRAFTS | CHECKLISTS | PACKS | SHIFTS | BREAKS | REMINDERS | SETTINGS | BREATHING | MOMENT


class Wrote:
    """What a write job returns when only the job knows what it changed (an import that may
    or may not add checklists): ``value`` goes to ``on_done``, ``changes`` join the declared ones."""

    __slots__ = ("value", "changes")

    def __init__(self, value, changes: Changes) -> None:
        self.value = value
        self.changes = changes

    def __repr__(self) -> str:
        return f"Wrote({self.value!r}, {self.changes!r})"
