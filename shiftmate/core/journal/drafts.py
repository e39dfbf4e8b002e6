"""Half-written reflections and captures, kept on disk so a crash or a closed window never loses them.

A draft is a form's fields as JSON under a key: "reflect:<entry id>" for a reflection,
``CAPTURE_DRAFT_KEY`` for the one capture window (no entry yet, so ``entry_id`` is NULL). It
is replaced every few seconds while the person types, removed when the entry is saved (in
the same transaction) or discarded, and offered back with a notice on the next start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, SystemClock, to_iso

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store


@dataclass(frozen=True)
class JournalDraft:
    """The fields of an unsaved reflection, and when they were last kept."""

    key: str
    entry_id: int | None
    fields: dict
    saved_at: str


CAPTURE_DRAFT_KEY = "capture"


def reflection_draft_key(entry_id: int) -> str:
    return f"reflect:{entry_id}"


def save_draft(
    store: Store, key: str, entry_id: int | None, fields: dict, *, clock: Clock | None = None
) -> JournalDraft:
    saved_at = to_iso((clock or SystemClock()).now())
    with store.db.atomic():
        store.db.execute(
            "INSERT INTO journal_drafts (key, entry_id, fields, saved_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET entry_id = excluded.entry_id, "
            "fields = excluded.fields, saved_at = excluded.saved_at",
            [key, entry_id, json.dumps(fields, ensure_ascii=False), saved_at],
        )
    return JournalDraft(key, entry_id, fields, saved_at)


def load_draft(store: Store, key: str) -> JournalDraft | None:
    row = store.db.execute(
        "SELECT key, entry_id, fields, saved_at FROM journal_drafts WHERE key = ?", [key]
    ).fetchone()
    return JournalDraft(row[0], row[1], json.loads(row[2]), row[3]) if row else None


def list_drafts(store: Store) -> list[JournalDraft]:
    """Drafts newest first, only those whose entry still exists."""
    rows = store.db.execute(
        "SELECT key, entry_id, fields, saved_at FROM journal_drafts "
        "WHERE entry_id IS NULL OR entry_id IN (SELECT id FROM journal_entries) "
        "ORDER BY saved_at DESC, key"
    ).fetchall()
    return [JournalDraft(r[0], r[1], json.loads(r[2]), r[3]) for r in rows]


def discard_draft(store: Store, key: str) -> None:
    with store.db.atomic():
        store.db.execute("DELETE FROM journal_drafts WHERE key = ?", [key])
