"""One way in for packs: the built-in pack installs through the import every pack takes.

Nothing but ``core/packs/install.py`` writes the ``packs`` table (the migrations that made
it excepted), and a new database gets exactly the rows the built-in pack always gave it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from shiftmate.core.clock import FakeClock, to_iso
from shiftmate.core.packs.install import builtin_pack
from shiftmate.core.storage.store import Store

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "shiftmate"
ROWS = Path(__file__).with_name("builtin_pack_rows.json")

# The frozen migrations that create and fill the table, and the one import path.
MIGRATIONS = {"shiftmate/core/checklists/tables.py", "shiftmate/core/packs/tables.py"}
IMPORT_PATH = "shiftmate/core/packs/install.py"

# SQL that writes the table, and sqlite-utils' writes through db["packs"] / db.table("packs").
_TABLE = r"""[\["'`]?packs\b(?!\.)"""
WRITES = [
    re.compile(r"\b(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+)?INTO\s+" + _TABLE, re.IGNORECASE),
    re.compile(r"\bUPDATE\s+(?:OR\s+\w+\s+)?" + _TABLE, re.IGNORECASE),
    re.compile(r"\bDELETE\s+FROM\s+" + _TABLE, re.IGNORECASE),
    re.compile(r"""(?:\[|\.table\()\s*["']packs["']\s*[\])]\s*\.\s*(?:insert|upsert|update|delete)"""),
]
STAMPS = ("installed_at", "created_at", "updated_at", "deleted_at")


def writers_of_the_packs_table() -> dict[str, int]:
    """Each file under shiftmate/ that writes the packs table, with how many writes it holds."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        count = sum(len(pattern.findall(text)) for pattern in WRITES)
        if count:
            found[path.relative_to(ROOT).as_posix()] = count
    return found


def test_the_patterns_see_every_way_of_writing_the_table():
    for line in ['db["packs"].upsert({})', "db.table('packs').insert({})",
                 "INSERT OR REPLACE INTO packs (id)", "UPDATE packs SET x = 1", "delete from [packs]"]:
        assert any(pattern.search(line) for pattern in WRITES), line
    for line in ["SELECT 1 FROM packs", 'topic == "packs"', "UPDATE checklists SET origin_pack = NULL",
                 "resource_path('packs', 'builtin.shiftpack.toml')"]:
        assert not any(pattern.search(line) for pattern in WRITES), line


def test_only_the_import_path_writes_the_packs_table():
    writers = writers_of_the_packs_table()
    assert set(writers) - MIGRATIONS == {IMPORT_PATH}, writers
    # Its two writes: recording a pack as it arrives (every pack, the built-in one too) and
    # marking one removed.
    assert writers[IMPORT_PATH] == 2, writers


STORE_INFO_TABLES = ("pack_contacts", "pack_phrases", "pack_policies")


def _writes_of(table: str) -> list[re.Pattern]:
    name = rf"""[\["'`]?{table}\b"""
    return [
        re.compile(r"\b(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+)?INTO\s+" + name, re.IGNORECASE),
        re.compile(r"\bUPDATE\s+(?:OR\s+\w+\s+)?" + name, re.IGNORECASE),
        re.compile(r"\bDELETE\s+FROM\s+" + name, re.IGNORECASE),
        re.compile(rf"""(?:\[|\.table\()\s*["']{table}["']\s*[\])]\s*\.\s*(?:insert|upsert|update|delete)"""),
        # A table name in a loop ("for table in (...)" then DELETE FROM {table}) is written too.
        re.compile(rf"""["']{table}["']"""),
    ]


def writers_of_the_store_info_tables() -> dict[str, set[str]]:
    """Each file under shiftmate/ that names or writes a store information table, with the tables."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for table in STORE_INFO_TABLES:
            if any(pattern.search(text) for pattern in _writes_of(table)):
                found.setdefault(path.relative_to(ROOT).as_posix(), set()).add(table)
    return found


def test_only_the_import_path_writes_the_store_information_tables():
    for table in STORE_INFO_TABLES:
        for line in [f'db["{table}"].insert({{}})', f"INSERT INTO {table} (pack_id)", f"UPDATE {table} SET x = 1",
                     f"delete from [{table}]", f'for t in ("{table}",):']:
            assert any(pattern.search(line) for pattern in _writes_of(table)), line
        assert not any(pattern.search(f"SELECT 1 FROM {table} AS info") for pattern in _writes_of(table))
    writers = writers_of_the_store_info_tables()
    # The migration creates them (CREATE TABLE is not a write); the readers only SELECT.
    assert writers == {IMPORT_PATH: set(STORE_INFO_TABLES)}, writers


def test_a_new_database_gets_the_builtin_pack_as_it_always_did(location):
    clock = FakeClock("2026-11-23T06:40:00", zone="Europe/Berlin")
    with Store.open(location, clock=clock) as store:
        rows = {}
        for table in json.loads(ROWS.read_text(encoding="utf-8")):
            cursor = store.db.execute(f"SELECT * FROM {table} ORDER BY rowid")
            columns = [c[0] for c in cursor.description]
            rows[table] = [dict(zip(columns, row)) for row in cursor.fetchall()]
    stamps = {row[c] for table in rows.values() for row in table for c in STAMPS if row.get(c)}
    assert stamps == {to_iso(clock.now())}  # stamped by the clock the store was opened with
    assert not any(row.get("deleted_at") for table in rows.values() for row in table)
    for table in rows.values():
        for row in table:
            row.update({c: "<stamp>" for c in STAMPS if row.get(c)})
    # The rows the built-in pack gave a new database before it took the import path. When the
    # pack file changes on purpose, write the new rows to builtin_pack_rows.json.
    assert rows == json.loads(ROWS.read_text(encoding="utf-8"))
    assert rows["packs"][0]["sha256"] == builtin_pack().sha256


def test_the_builtin_pack_is_installed_once_and_stays_deleted(location):
    from shiftmate.core.checklists.library import ChecklistLibrary

    with Store.open(location) as store:
        library = ChecklistLibrary(store)
        library.delete("before-shift")
    with Store.open(location) as store:
        assert [c.key for c in ChecklistLibrary(store).list()] == ["after-shift"]
        assert store.db.execute("SELECT count(*) FROM checklists").fetchone()[0] == 2
