"""The journal's tables, created by migration ``m003_journal`` and grown by
``m009_reflection_more`` (each frozen once shipped).

``journal_entries`` holds one row per hard moment and its reflection. ``tags`` and
``entry_tags`` hold the tags (renamed and merged in one place); ``journal_entries.tags`` is a
copy of an entry's tag names kept in step by the core, so search and the list need no join.
``journal_entries_fts`` is an external-content FTS5 index over every text field, kept in
sync by triggers inside the same transaction as the write; its ``prefix`` option makes
"refun*" cheap. Its rowid is ``sort_key`` (the moment in seconds, then the id), so FTS5
hands matches back newest first and a search stops after one page instead of sorting
every match: that keeps "r" fast at 100,000 entries. ``journal_drafts`` keeps half-written reflections across crashes.

Migration ``m008_journal_good_moments`` (``add_good_moments``, frozen once shipped) gives every
entry a ``kind``: 'hard' (a difficult moment, what every entry was before) or 'good' (a
thank-you, praise, a win) and ``who`` (who it was with, asked of a good moment; not in the
search index, whose columns m003 fixed), and ``journal_wins``, which remembers which checklist run's "one
win" became which good entry, so finishing or editing the run never makes a second one.
"""

from __future__ import annotations

from sqlite_utils import Database

# The columns m003_journal indexed for search, frozen with that migration.
_M003_SEARCHABLE = (
    "text",
    "channel",
    "feelings",
    "feelings_note",
    "self_talk",
    "went_well",
    "do_differently",
    "in_control",
    "not_in_control",
    "needs_now",
    "tags",
)
# The columns m009_reflection_more added, each a person types into.
REFLECTION_MORE_COLUMNS = ("perspective", "balanced_thought", "what_i_did", "ask_of_manager", "agreed_next_time")
# Every column a person can type into, in the order the search index holds them (since m009).
# "who" comes from m008 (good moments), which runs before m009 makes the index again.
SEARCHABLE_COLUMNS = _M003_SEARCHABLE + REFLECTION_MORE_COLUMNS + ("who",)

_DDL = """
CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    occurred_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')),
    tz TEXT NOT NULL DEFAULT 'UTC',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')),
    channel TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    feelings TEXT NOT NULL DEFAULT '',
    feelings_note TEXT NOT NULL DEFAULT '',
    intensity_before INTEGER CHECK (intensity_before BETWEEN 0 AND 10),
    self_talk TEXT NOT NULL DEFAULT '',
    about TEXT NOT NULL DEFAULT '',
    went_well TEXT NOT NULL DEFAULT '',
    do_differently TEXT NOT NULL DEFAULT '',
    in_control TEXT NOT NULL DEFAULT '',
    not_in_control TEXT NOT NULL DEFAULT '',
    manager_should_know INTEGER NOT NULL DEFAULT 0,
    follow_up INTEGER NOT NULL DEFAULT 0,
    follow_up_on TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0,
    needs_now TEXT NOT NULL DEFAULT '',
    intensity_after INTEGER CHECK (intensity_after BETWEEN 0 AND 10),
    reflected_at TEXT,
    tags TEXT NOT NULL DEFAULT '',
    sort_key INTEGER GENERATED ALWAYS AS (
        CAST(strftime('%s', occurred_at) AS INTEGER) * 16777216 + (id % 16777216)
    ) STORED
);
CREATE UNIQUE INDEX journal_entries_by_time ON journal_entries (sort_key);
CREATE INDEX journal_entries_open_follow_ups ON journal_entries (follow_up, follow_up_done);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

CREATE TABLE journal_drafts (
    key TEXT PRIMARY KEY,
    entry_id INTEGER,
    fields TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""


def _fts_ddl(columns: tuple[str, ...]) -> str:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return f"""
CREATE VIRTUAL TABLE journal_entries_fts USING fts5(
    {cols},
    content='journal_entries', content_rowid='sort_key',
    prefix='1 2 3 4', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_entries_fts_ai AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_entries_fts (rowid, {cols}) VALUES (new.sort_key, {new});
END;
CREATE TRIGGER journal_entries_fts_ad AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_entries_fts (journal_entries_fts, rowid, {cols})
    VALUES ('delete', old.sort_key, {old});
END;
CREATE TRIGGER journal_entries_fts_au AFTER UPDATE ON journal_entries BEGIN
    INSERT INTO journal_entries_fts (journal_entries_fts, rowid, {cols})
    VALUES ('delete', old.sort_key, {old});
    INSERT INTO journal_entries_fts (rowid, {cols}) VALUES (new.sort_key, {new});
END;
"""


def create_journal_tables(db: Database) -> None:
    _run_script(db, _DDL + _fts_ddl(_M003_SEARCHABLE))


_FTS_OBJECTS = (
    "DROP TRIGGER journal_entries_fts_ai;\n"
    "DROP TRIGGER journal_entries_fts_ad;\n"
    "DROP TRIGGER journal_entries_fts_au;\n"
    "DROP TABLE journal_entries_fts;\n"
)


def add_reflection_more(db: Database) -> None:
    """m009_reflection_more: the kinder reflection, the manager summary, follow-up reminders.

    New text columns (perspective-taking, a balanced thought, what I did, what I'd like from
    my manager, what we agreed for next time) join the search index, which is made again
    over every column and rebuilt from the table in the same transaction. A follow-up's
    reminder remembers the local day it was last shown and the day it was put off to, so it
    shows once a day at most across restarts; a row goes with its entry.
    """
    for column in REFLECTION_MORE_COLUMNS:
        db.execute(f"ALTER TABLE journal_entries ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    _run_script(db, _FTS_OBJECTS + _fts_ddl(SEARCHABLE_COLUMNS))
    db.execute("INSERT INTO journal_entries_fts (journal_entries_fts) VALUES ('rebuild')")
    db.execute(
        """
        CREATE TABLE journal_follow_up_reminders (
            entry_id INTEGER PRIMARY KEY REFERENCES journal_entries(id) ON DELETE CASCADE,
            shown_on TEXT,
            put_off_to TEXT
        )"""
    )


KINDS = ("hard", "good")

# Every existing row becomes 'hard': until now the journal held only hard moments (the one
# "thanked me by name" demo entry among them is set right by the demo data, not here).
# ``journal_wins.entry_id`` is no foreign key: an entry deleted and then put back by Undo
# keeps its id, and the link with it.
_GOOD_MOMENTS_DDL = """
ALTER TABLE journal_entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'hard'
    CHECK (kind IN ('hard', 'good'));
ALTER TABLE journal_entries ADD COLUMN who TEXT NOT NULL DEFAULT '';
CREATE INDEX journal_entries_by_kind ON journal_entries (kind, sort_key);
CREATE TABLE journal_wins (
    run_id INTEGER PRIMARY KEY,
    entry_id INTEGER,
    text TEXT NOT NULL
);
"""


def add_good_moments(db: Database) -> None:
    _run_script(db, _GOOD_MOMENTS_DDL)


def _run_script(db: Database, script: str) -> None:
    """Run ``script`` statement by statement inside the migration's transaction.

    ``executescript`` would COMMIT first; ``sqlite3.complete_statement`` finds the ends
    of statements, including trigger bodies with their inner semicolons.
    """
    import sqlcipher3

    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        db.execute(buffer)
