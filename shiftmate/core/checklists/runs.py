"""Running a checklist: a run copies its items, answers are saved one by one, history adds up.

A run belongs to the worker's local calendar day (and to a shift once shifts exist). It is
complete when no required item is open; a checklist without required items is complete
when every answerable item has an answer. Streaks count only the days the worker actually
ran the checklist, so days off never break them; a partial day does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.clock import Clock, local_day, to_iso
from shiftmate.core.errors import BadInput
from shiftmate.core.storage.store import Store

MAX_NOTE = 2000
YES_NO = ("yes", "no", "n/a")
_CHECK_ON = {"done", "yes", "y", "1", "true", "x", "on", "checked"}
_CLEAR = {"", "clear", "none", "-"}


@dataclass(frozen=True)
class RunItem:
    """One item as the run copied it, with the answer given so far (None when open)."""

    key: str
    section_title: str
    text: str
    kind: str
    help: str
    required: bool
    answer: str | None

    @property
    def answerable(self) -> bool:
        return self.kind != "instruction"

    @property
    def is_open(self) -> bool:
        return self.answerable and self.answer is None


@dataclass(frozen=True)
class ChecklistRun:
    id: int
    checklist_key: str
    title: str
    started_at: str
    local_day: str
    closed_at: str | None
    items: tuple[RunItem, ...]
    shift_id: int | None = None

    @property
    def answerable(self) -> list[RunItem]:
        return [i for i in self.items if i.answerable]

    @property
    def answered_count(self) -> int:
        return sum(1 for i in self.answerable if i.answer is not None)

    @property
    def required_open(self) -> list[RunItem]:
        return [i for i in self.items if i.required and i.is_open]

    @property
    def complete(self) -> bool:
        return is_complete(self.items)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "checklist": self.checklist_key, "title": self.title,
            "started_at": self.started_at, "day": self.local_day, "closed_at": self.closed_at,
            "shift_id": self.shift_id,
            "complete": self.complete, "answered": self.answered_count,
            "answerable": len(self.answerable),
            "items": [
                {"id": i.key, "section": i.section_title, "text": i.text, "kind": i.kind,
                 "required": i.required, "answer": i.answer}
                for i in self.items
            ],
        }


def is_complete(items) -> bool:
    required = [i for i in items if i.required]
    if required:
        return all(i.answer is not None for i in required)
    return all(not i.is_open for i in items)


@dataclass(frozen=True)
class ChecklistHistory:
    checklist_key: str
    days: dict[str, str]  # ISO day -> "complete" | "partial"
    current_streak: int
    best_streak: int
    most_often_open: list[tuple[str, str, int]]  # (item key, text, times left open)
    runs: int

    def to_dict(self) -> dict:
        return {
            "checklist": self.checklist_key, "runs": self.runs, "days": self.days,
            "current_streak": self.current_streak, "best_streak": self.best_streak,
            "most_often_open": [
                {"id": key, "text": text, "times": times} for key, text, times in self.most_often_open
            ],
        }


def normalize_answer(kind: str, raw: str | None) -> str | None:
    """The stored form of an answer, or None to clear it; BadInput for what a kind can't take."""
    text = "" if raw is None else str(raw)
    lowered = text.strip().lower()
    if kind == "instruction":
        raise BadInput("This item is an instruction; there is nothing to answer.")
    if kind == "note":
        if len(text) > MAX_NOTE:
            raise BadInput(f"A note can be at most {MAX_NOTE} characters; this one has {len(text)}.")
        return text if text.strip() else None
    if lowered in _CLEAR:
        return None
    if kind == "check":
        if lowered in _CHECK_ON:
            return "done"
        raise BadInput(f"'{text}' is not an answer for a check item; use done or clear.")
    if kind == "yes-no":
        value = {"y": "yes", "n": "no", "na": "n/a", "not applicable": "n/a"}.get(lowered, lowered)
        if value in YES_NO:
            return value
        raise BadInput(f"'{text}' is not yes, no or n/a.")
    if kind == "rating":
        if lowered in {"1", "2", "3", "4", "5"}:
            return lowered
        raise BadInput(f"'{text}' is not a rating from 1 to 5.")
    raise BadInput(f"Unknown item kind '{kind}'.")


class ChecklistRuns:
    """Starts, answers, closes and summarises runs in one Store."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.db = store.db
        self.clock = clock or store.clock

    def _today(self) -> str:
        return local_day(self.clock.now(), self.clock.zone_name()).isoformat()

    # -- starting -------------------------------------------------------------------
    def open_run_id(self, checklist_key: str) -> int | None:
        """Today's unfinished run of this checklist, if there is one."""
        row = self.db.execute(
            "SELECT id FROM checklist_runs WHERE checklist_key = ? AND closed_at IS NULL "
            "AND local_day = ? ORDER BY id DESC LIMIT 1",
            [checklist_key, self._today()],
        ).fetchone()
        return row[0] if row else None

    def today_run_id(self, checklist_key: str) -> int | None:
        """Today's run of this checklist to show: the unfinished one, else the last finished."""
        row = self.db.execute(
            "SELECT id FROM checklist_runs WHERE checklist_key = ? AND local_day = ? "
            "ORDER BY closed_at IS NULL DESC, id DESC LIMIT 1",
            [checklist_key, self._today()],
        ).fetchone()
        return row[0] if row else None

    def latest_run_id(self, checklist_key: str) -> int | None:
        row = self.db.execute(
            "SELECT max(id) FROM checklist_runs WHERE checklist_key = ?", [checklist_key]
        ).fetchone()
        return row[0] if row else None

    def _open_shift_id(self) -> int | None:
        if "shifts" not in self.db.table_names():
            return None
        row = self.db.execute("SELECT id FROM shifts WHERE ended_at IS NULL LIMIT 1").fetchone()
        return row[0] if row else None

    def start_or_resume(self, checklist_key: str, shift_id: int | None = None) -> int:
        """Resume today's unfinished run, or start one that copies the checklist as it is now.

        The run is linked to ``shift_id``, or to the shift in progress if there is one;
        otherwise it belongs to the calendar day alone.
        """
        checklist = ChecklistLibrary(self.store, self.clock).get(checklist_key)
        now = self.clock.now()
        with self.db.atomic():
            shift_id = shift_id if shift_id is not None else self._open_shift_id()
            existing = self.open_run_id(checklist_key)
            if existing is not None:
                if shift_id is not None:
                    self.db.execute(
                        "UPDATE checklist_runs SET shift_id = coalesce(shift_id, ?) WHERE id = ?",
                        [shift_id, existing],
                    )
                return existing
            # Runs left open on earlier days are closed as they stand.
            left_open = [row[0] for row in self.db.execute(
                "SELECT id FROM checklist_runs WHERE checklist_key = ? AND closed_at IS NULL", [checklist_key])]
            self.db.execute(
                "UPDATE checklist_runs SET closed_at = ? WHERE checklist_key = ? AND closed_at IS NULL",
                [to_iso(now), checklist_key],
            )
            for old_run in left_open:
                self._keep_win(old_run)
            zone = self.clock.zone_name()
            run_id = self.db["checklist_runs"].insert({
                "checklist_id": checklist.id, "checklist_key": checklist.key,
                "title": checklist.title, "started_at": to_iso(now), "tz": zone,
                "local_day": local_day(now, zone).isoformat(), "shift_id": shift_id,
            }).last_pk
            position = 0
            for section in checklist.sections:
                for item in section.items:
                    self.db["run_items"].insert({
                        "run_id": run_id, "position": position, "section_title": section.title,
                        "item_key": item.key, "text": item.text, "kind": item.kind,
                        "help": item.help, "required": int(item.required),
                    })
                    position += 1
            self._refresh_status(run_id)
            return run_id

    # -- answering ------------------------------------------------------------------
    def answer(self, run_id: int, item_key: str, value: str | None) -> str | None:
        """Save (or clear) one answer in its own transaction; returns the stored value."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT kind FROM run_items WHERE run_id = ? AND item_key = ?", [run_id, item_key]
            ).fetchone()
            if row is None:
                self._require_run(run_id)
                raise BadInput(f"Run {run_id} has no item '{item_key}'.")
            stored = normalize_answer(row[0], value)
            if stored is None:
                self.db.execute("DELETE FROM run_answers WHERE run_id = ? AND item_key = ?",
                                [run_id, item_key])
            else:
                self.db.execute(
                    "INSERT INTO run_answers (run_id, item_key, value, answered_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (run_id, item_key) DO UPDATE SET value = excluded.value, "
                    "answered_at = excluded.answered_at",
                    [run_id, item_key, stored, to_iso(self.clock.now())],
                )
            self._refresh_status(run_id)
            self._keep_win(run_id)
        return stored

    def close(self, run_id: int) -> ChecklistRun:
        with self.db.atomic():
            self._require_run(run_id)
            self.db.execute(
                "UPDATE checklist_runs SET closed_at = coalesce(closed_at, ?) WHERE id = ?",
                [to_iso(self.clock.now()), run_id],
            )
            self._keep_win(run_id)
        return self.get(run_id)

    def _keep_win(self, run_id: int) -> None:
        """A complete or finished run's "one win" becomes a good journal moment, in this transaction."""
        from shiftmate.core.journal.wins import keep_win

        keep_win(self.store, run_id, self.clock)

    def _require_run(self, run_id: int) -> None:
        if not self.db.execute("SELECT 1 FROM checklist_runs WHERE id = ?", [run_id]).fetchone():
            raise BadInput(f"There is no checklist run {run_id}.")

    def _refresh_status(self, run_id: int) -> None:
        items = self.get(run_id).items
        required_open = sum(1 for i in items if i.required and i.is_open)
        self.db.execute(
            "UPDATE checklist_runs SET completed = ?, required_open = ? WHERE id = ?",
            [int(is_complete(items)), required_open, run_id],
        )

    # -- reading --------------------------------------------------------------------
    def get(self, run_id: int) -> ChecklistRun:
        row = self.db.execute(
            "SELECT id, checklist_key, title, started_at, local_day, closed_at, shift_id "
            "FROM checklist_runs WHERE id = ?", [run_id]
        ).fetchone()
        if row is None:
            raise BadInput(f"There is no checklist run {run_id}.")
        items = tuple(
            RunItem(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6])
            for r in self.db.execute(
                "SELECT i.item_key, i.section_title, i.text, i.kind, i.help, i.required, a.value "
                "FROM run_items i LEFT JOIN run_answers a "
                "ON a.run_id = i.run_id AND a.item_key = i.item_key "
                "WHERE i.run_id = ? ORDER BY i.position", [run_id]
            ).fetchall()
        )
        return ChecklistRun(row[0], row[1], row[2], row[3], row[4], row[5], items, row[6])

    def history(self, checklist_key: str, limit_open: int = 5) -> ChecklistHistory:
        days = {
            day: "complete" if complete else "partial"
            for day, complete in self.db.execute(
                "SELECT local_day, max(completed) FROM checklist_runs WHERE checklist_key = ? "
                "GROUP BY local_day ORDER BY local_day", [checklist_key]
            ).fetchall()
        }
        runs = self.db.execute(
            "SELECT count(*) FROM checklist_runs WHERE checklist_key = ?", [checklist_key]
        ).fetchone()[0]
        current, best, streak = 0, 0, 0
        for status in days.values():
            streak = streak + 1 if status == "complete" else 0
            best = max(best, streak)
        current = streak
        open_items = [
            (key, text, times)
            for key, text, times in self.db.execute(
                "SELECT i.item_key, max(i.text), count(*) AS times FROM run_items i "
                "JOIN checklist_runs r ON r.id = i.run_id "
                "LEFT JOIN run_answers a ON a.run_id = i.run_id AND a.item_key = i.item_key "
                "WHERE r.checklist_key = ? AND i.kind != 'instruction' AND a.value IS NULL "
                "AND (r.closed_at IS NOT NULL OR r.local_day < ?) "
                "GROUP BY i.item_key ORDER BY times DESC, i.item_key LIMIT ?",
                [checklist_key, self._today(), limit_open],
            ).fetchall()
        ]
        return ChecklistHistory(checklist_key, days, current, best, open_items, runs)


def day_range(days: dict[str, str], first: dt.date, last: dt.date) -> dict[dt.date, str]:
    """Statuses for the days between ``first`` and ``last`` inclusive, for calendars."""
    out = {}
    for text, status in days.items():
        day = dt.date.fromisoformat(text)
        if first <= day <= last:
            out[day] = status
    return out
