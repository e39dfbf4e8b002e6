"""The after-shift "one win" becomes a good moment in the journal, once.

The built-in After my shift checklist asks for "One win today" (item ``one-win``, a note).
When a run holding a written win is complete or finished, the win is kept as a good journal
entry, in the same transaction as the run's write (``ChecklistRuns`` calls ``keep_win``).
``journal_wins`` remembers which entry each run's win became, so finishing a run, answering
its other items or editing the win later updates that entry and never adds a second one.
Clearing the win leaves the entry alone: it is the worker's now, to keep or delete.
"""

from __future__ import annotations

from shiftmate.core.clock import Clock, to_iso

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

WIN_ITEM = "one-win"


def keep_win(store: Store, run_id: int, clock: Clock) -> int | None:
    """Make or update the good entry of run ``run_id``'s win; its id, or None when there is none yet.

    Call it inside the run's own transaction, after the run's answers and status are written.
    """
    db = store.db
    row = db.execute(
        "SELECT r.completed, r.closed_at, r.tz, a.value, a.answered_at FROM checklist_runs r "
        "JOIN run_answers a ON a.run_id = r.id AND a.item_key = ? WHERE r.id = ?",
        [WIN_ITEM, run_id],
    ).fetchone()
    if row is None:
        return None
    completed, closed_at, zone, value, answered_at = row
    text = (value or "").strip()
    if not text or not (completed or closed_at):
        return None
    link = db.execute("SELECT entry_id, text FROM journal_wins WHERE run_id = ?", [run_id]).fetchone()
    entry_id = link[0] if link else None
    if entry_id is not None and not db.execute(
        "SELECT 1 FROM journal_entries WHERE id = ?", [entry_id]
    ).fetchone():
        entry_id = None  # deleted from the journal since
    if link and link[1] == text:
        return entry_id  # nothing new: the same words, kept (or deleted from the journal on purpose)
    with db.atomic():
        if entry_id is not None:
            db.execute("UPDATE journal_entries SET text = ?, updated_at = ? WHERE id = ?",
                       [text, to_iso(clock.now()), entry_id])
        else:
            from shiftmate.core.journal.entries import JournalEntry, add_entry

            entry_id = add_entry(
                store, JournalEntry(text=text, occurred_at=answered_at, tz=zone or "", kind="good"), clock=clock)
        db.execute(
            "INSERT INTO journal_wins (run_id, entry_id, text) VALUES (?, ?, ?) "
            "ON CONFLICT (run_id) DO UPDATE SET entry_id = excluded.entry_id, text = excluded.text",
            [run_id, entry_id, text],
        )
    return entry_id
