"""Changing the card: edit, hide, add, delete and restore lines, each undoable.

A line is named by its card id (``builtin:listen.1`` or ``mine:7``; a pack's lines are the
manager's and cannot be changed here). Every change returns a ``Kept`` snapshot of the line as
it was, and ``put_back(store, kept)`` returns it to exactly that: the window's Undo.

Text a worker types is cleaned the same way everywhere: tabs and line breaks become spaces,
other control characters are dropped, spaces at the ends are trimmed. A line that is then
empty or longer than ``LINE_LIMIT`` is refused with one sentence, and nothing is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import translate
from shiftmate.core.moment.builtin import BUILTIN_LINES, CONTEXT, STEP_KEYS

LINE_LIMIT = 200  # characters: a card line is read at a glance
OWN_LINES_PER_STEP = 20

_SPACES = re.compile(r"[\t\n\r\v\f\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Kept:
    """A line as it was before a change: its table's row, or None where it had none."""

    line_id: str
    row: tuple | None


def clean_line(text: str) -> str:
    """``text`` as one tidy line; BadInput when nothing is left or it is too long."""
    text = _CONTROL.sub("", _SPACES.sub(" ", str(text or ""))).strip()
    if not text:
        raise BadInput("A line needs a few words; an empty line was not saved.")
    if len(text) > LINE_LIMIT:
        raise BadInput(f"A line of the card holds at most {LINE_LIMIT} characters; "
                       f"this one has {len(text)}. Make it shorter.")
    return text


def _parse(line_id: str) -> tuple[str, str | int]:
    kind, _, rest = str(line_id).partition(":")
    if kind == "builtin" and rest in BUILTIN_LINES:
        return kind, rest
    if kind == "mine" and rest.isdigit():
        return kind, int(rest)
    if kind == "pack":
        raise BadInput("That line comes from a manager's pack; it changes with the pack.")
    raise BadInput(f"The card has no line '{line_id}'.")


def _row(store, kind: str, key) -> tuple | None:
    if kind == "builtin":
        return store.db.execute(
            "SELECT key, text, hidden FROM moment_builtin_changes WHERE key = ?", [key]).fetchone()
    return store.db.execute(
        "SELECT id, step, text, hidden, position FROM moment_own_lines WHERE id = ?", [key]).fetchone()


def _keep(store, line_id: str) -> tuple[str, str | int, Kept]:
    kind, key = _parse(line_id)
    row = _row(store, kind, key)
    if kind == "mine" and row is None:
        raise BadInput("That line of yours is no longer on the card.")
    return kind, key, Kept(line_id, tuple(row) if row is not None else None)


def put_back(store, kept: Kept) -> None:
    """The line exactly as ``kept`` holds it (Undo)."""
    kind, key = _parse(kept.line_id)
    with store.db.atomic():
        if kind == "builtin":
            store.db.execute("DELETE FROM moment_builtin_changes WHERE key = ?", [key])
            if kept.row is not None:
                store.db.execute("INSERT INTO moment_builtin_changes (key, text, hidden) VALUES (?, ?, ?)",
                                 list(kept.row))
        else:
            store.db.execute("DELETE FROM moment_own_lines WHERE id = ?", [key])
            if kept.row is not None:
                store.db.execute(
                    "INSERT INTO moment_own_lines (id, step, text, hidden, position) VALUES (?, ?, ?, ?, ?)",
                    list(kept.row))


def _set_builtin(store, key: str, text: str | None, hidden: bool) -> None:
    if text is None and not hidden:  # as shipped again: no row, so it follows the language
        store.db.execute("DELETE FROM moment_builtin_changes WHERE key = ?", [key])
        return
    store.db.execute(
        "INSERT INTO moment_builtin_changes (key, text, hidden) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET text = excluded.text, hidden = excluded.hidden, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')", [key, text, int(hidden)])


def add_line(store, step: str, text: str) -> str:
    """Add the worker's own line at the end of ``step``; returns its card id."""
    if step not in STEP_KEYS:
        raise BadInput(f"The card has no step '{step}'; the steps are: {', '.join(STEP_KEYS)}.")
    text = clean_line(text)
    with store.db.atomic():
        count, last = store.db.execute(
            "SELECT count(*), coalesce(max(position), 0) FROM moment_own_lines WHERE step = ?", [step]).fetchone()
        if count >= OWN_LINES_PER_STEP:
            raise BadInput(f"A step holds at most {OWN_LINES_PER_STEP} lines of your own.")
        cursor = store.db.execute("INSERT INTO moment_own_lines (step, text, position) VALUES (?, ?, ?)",
                                  [step, text, last + 1])
    return f"mine:{cursor.lastrowid}"


def edit_line(store, line_id: str, text: str) -> Kept:
    """Replace a line's words. A built-in line keeps the edit beside it (the shipped words stay,
    for Restore); an edit back to the words shown (in any language) changes nothing."""
    text = clean_line(text)
    with store.db.atomic():
        kind, key, kept = _keep(store, line_id)
        if kind == "builtin":
            old_text, hidden = (kept.row[1], bool(kept.row[2])) if kept.row else (None, False)
            builtin = BUILTIN_LINES[key].text
            if old_text is None and text in (builtin, translate(CONTEXT, builtin)):
                return kept
            _set_builtin(store, key, text, hidden)
        else:
            store.db.execute("UPDATE moment_own_lines SET text = ? WHERE id = ?", [text, key])
    return kept


def set_hidden(store, line_id: str, hidden: bool = True) -> Kept:
    """Hide a line from the card (or show it again); the editor still lists it."""
    with store.db.atomic():
        kind, key, kept = _keep(store, line_id)
        if kind == "builtin":
            _set_builtin(store, key, kept.row[1] if kept.row else None, hidden)
        else:
            store.db.execute("UPDATE moment_own_lines SET hidden = ? WHERE id = ?", [int(hidden), key])
    return kept


def delete_line(store, line_id: str) -> Kept:
    """Delete one of the worker's own lines (a built-in one is hidden instead)."""
    with store.db.atomic():
        kind, key, kept = _keep(store, line_id)
        if kind == "builtin":
            _set_builtin(store, key, kept.row[1] if kept.row else None, True)
        else:
            store.db.execute("DELETE FROM moment_own_lines WHERE id = ?", [key])
    return kept


def restore_line(store, line_id: str) -> Kept:
    """A built-in line as shipped again: its own words, translated, shown."""
    with store.db.atomic():
        kind, key, kept = _keep(store, line_id)
        if kind != "builtin":
            raise BadInput("Only a built-in line can be restored; your own lines can be edited or deleted.")
        _set_builtin(store, key, None, False)
    return kept
