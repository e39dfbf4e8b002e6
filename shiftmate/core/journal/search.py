"""Reading the journal back: newest-first pages, full-text search and filters that combine.

Pages are fetched by key (the last row's ``sort_key``: time, then id), never by OFFSET, so page 500 costs
what page 1 costs. Search goes through the FTS5 index with every typed word quoted and
prefix-matched ("refun" finds "refund"); odd input (quotes, brackets, AND/OR/NEAR, emoji)
is never parsed as FTS syntax, so it can never raise.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import namedtuple
from zoneinfo import ZoneInfo

from shiftmate.core.clock import to_iso
from shiftmate.core.journal.words import first_line

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

PAGE_SIZE = 200
COUNT_CAP = 1000  # searches say "more than 1000" rather than count 60,000 matches per keystroke
# Word characters as FTS5's unicode61 tokenizer sees them (letters and digits; "_" splits).
_WORD = re.compile(r"[^\W_]+")


# The two records below are named tuples, not dataclasses: importing ``dataclasses`` pulls
# in ``inspect`` (and ast, dis, tokenize), about a fifth of a command-line search's time.
class JournalFilter(namedtuple(
    "JournalFilter", "query since until tag channel open_follow_ups min_intensity zone kind",
    defaults=("", None, None, "", "", False, None, "UTC", ""),
)):
    """What the person is looking for; every part is optional and they all combine.

    ``since`` and ``until`` (``datetime.date`` or None) are the first and last local days
    included, local to ``zone``; ``min_intensity`` is an int or None; ``kind`` is "hard",
    "good" or "" for both.
    """

    __slots__ = ()

    @property
    def is_empty(self) -> bool:
        return self == JournalFilter(zone=self.zone)


class EntryRow(namedtuple(
    "EntryRow", "id occurred_at tz channel first_line tags intensity_before intensity_after "
    "follow_up_open sort_key kind",
    defaults=("hard",),
)):
    """One line of the journal list: just what the list shows.

    ``tags`` is a tuple of strings; ``sort_key`` is the row's newest-first position, the
    key for the next page; ``kind`` is "hard" or "good".
    """

    __slots__ = ()


def query_words(query: str) -> list[str]:
    return _WORD.findall(query)


def fts_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed; None when nothing is searchable.

    Each word becomes a quoted string with a prefix star, joined by AND: the words may
    appear in any order and any field, and the last one may be half typed.
    """
    words = query_words(query)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def match_pattern(query: str) -> re.Pattern | None:
    """A regex finding where the typed words start words (None when nothing is searchable)."""
    words = query_words(query)
    if not words:
        return None
    return re.compile(
        r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")",
        re.IGNORECASE,
    )


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the typed words start words of ``text``: (start, length) pairs for highlighting."""
    pattern = match_pattern(query)
    if pattern is None or not text:
        return []
    return [(m.start(), m.end() - m.start()) for m in pattern.finditer(text)]


def _day_start_utc(day: dt.date, zone: str) -> str:
    try:
        return to_iso(dt.datetime.combine(day, dt.time.min, tzinfo=ZoneInfo(zone)))
    except OverflowError:  # the first day of year 1 ahead of UTC: nothing is earlier
        return "0001-01-01T00:00:00+00:00"


def _where(flt: JournalFilter) -> tuple[list[str], list]:
    """Conditions on ``journal_entries e`` for everything but the text search."""
    clauses, params = [], []
    if flt.since:
        clauses.append("e.occurred_at >= ?")
        params.append(_day_start_utc(flt.since, flt.zone))
    if flt.until and flt.until < dt.date.max:  # up to the last day of the calendar is no bound
        clauses.append("e.occurred_at < ?")
        params.append(_day_start_utc(flt.until + dt.timedelta(days=1), flt.zone))
    if flt.tag:
        clauses.append(
            "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(flt.tag)
    if flt.channel:
        clauses.append("e.channel = ?")
        params.append(flt.channel)
    if flt.open_follow_ups:
        clauses.append("e.follow_up = 1 AND e.follow_up_done = 0")
    if flt.kind:
        clauses.append("e.kind = ?")
        params.append(flt.kind)
    if flt.min_intensity:
        clauses.append("e.intensity_before >= ?")
        params.append(flt.min_intensity)
    return clauses, params


def _source(flt: JournalFilter) -> tuple[str, str, list[str], list]:
    """FROM clause, the newest-first key column, and the conditions, for ``flt``.

    With words to find, the FTS index drives: its rowid is the entries' ``sort_key``, so
    it yields matches newest first and the query stops after one page.
    """
    clauses, params = _where(flt)
    expression = fts_expression(flt.query)
    if expression:
        source = "journal_entries_fts f JOIN journal_entries e ON e.sort_key = f.rowid"
        return source, "f.rowid", ["journal_entries_fts MATCH ?", *clauses], [expression, *params]
    return "journal_entries e", "e.sort_key", clauses, params


def list_page(
    store: Store,
    flt: JournalFilter = JournalFilter(),
    *,
    after: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[EntryRow]:
    """Up to ``limit`` rows, newest first, older than the row whose ``sort_key`` is ``after``."""
    source, key, clauses, params = _source(flt)
    if after is not None:
        clauses.append(f"{key} < ?")
        params.append(after)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = store.db.execute(
        "SELECT e.id, e.occurred_at, e.tz, e.channel, substr(e.text, 1, 400), e.tags, e.intensity_before, "
        f"e.intensity_after, e.follow_up AND NOT e.follow_up_done, e.sort_key, e.kind FROM {source} "
        f"{where} ORDER BY {key} DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        EntryRow(
            id=r[0], occurred_at=r[1], tz=r[2], channel=r[3], first_line=first_line(r[4]),
            tags=tuple(json.loads(r[5])) if r[5] else (), intensity_before=r[6],
            intensity_after=r[7], follow_up_open=bool(r[8]), sort_key=r[9], kind=r[10],
        )
        for r in rows
    ]


def count_entries(store: Store, flt: JournalFilter = JournalFilter(), *, cap: int | None = None) -> int:
    """How many entries match; with ``cap``, counting stops at ``cap + 1`` (bounded work)."""
    source, _key, clauses, params = _source(flt)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    if cap is None:
        return store.db.execute(f"SELECT count(*) FROM {source} {where}", params).fetchone()[0]
    return store.db.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {source} {where} LIMIT ?)", [*params, cap + 1]
    ).fetchone()[0]


def search_ids(store: Store, flt: JournalFilter, limit: int = PAGE_SIZE) -> list[int]:
    return [row.id for row in list_page(store, flt, limit=limit)]
