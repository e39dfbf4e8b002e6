"""The built-in pack's new words reach a database made with an older version, at its next
opening, the way a pack update does; the worker's own changes and finished runs stay."""

from __future__ import annotations

import tomllib

from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.clock import FakeClock
from shiftmate.core.packs.format import BUILTIN_PACK_ID
from shiftmate.core.packs.install import BUILTIN_VERSION, builtin_pack, ensure_builtin_pack, remove_pack
from shiftmate.core.storage.store import Store
from shiftmate.core.system.resources import resource_path

OLD_TEXT = "At work I don't have to prove who I am"
OLD_HELP = ("Customers don't know your life, and what they think of you doesn't change it. "
            "Your job is what they need, not what they think.")


def items(store, key="before-shift"):
    return {item.key: item for item in ChecklistLibrary(store).get(key).items}


def as_version_1(store) -> None:
    """The database as version 1 of the built-in pack left it."""
    db = store.db
    db.execute("UPDATE packs SET version = 1 WHERE id = ?", [BUILTIN_PACK_ID])
    db.execute("UPDATE checklist_items SET text = ?, help = ? WHERE key = 'nothing-to-prove'", [OLD_TEXT, OLD_HELP])
    db.execute("DELETE FROM checklist_items WHERE key = 'know-exceptions'")
    db.conn.commit()


def test_the_shipped_version_is_the_one_the_code_compares_with():
    pack_file = resource_path("packs", "builtin.shiftpack.toml")
    assert tomllib.loads(pack_file.read_text(encoding="utf-8"))["version"] == BUILTIN_VERSION
    assert builtin_pack().version == BUILTIN_VERSION


def test_new_words_reach_an_older_database_and_runs_done_keep_theirs(location):
    clock = FakeClock("2026-11-23T07:30:00", zone="Europe/London")
    with Store.open(location) as store:
        as_version_1(store)
        library = ChecklistLibrary(store, clock)
        before = items(store)
        assert before["nothing-to-prove"].text == OLD_TEXT and "know-exceptions" not in before
        # What the worker did: reworded one item, removed another, made one optional.
        library.update_item(before["fresh-start"].id, text="Every customer gets my best, again")
        library.update_item(before["clean-and-fresh"].id, required=False)
        library.remove_item(before["water-ready"].id)
        runs = ChecklistRuns(store, clock)
        done = runs.start_or_resume("before-shift")
        runs.close(done)
        store.db.conn.commit()

    clock.advance(days=1)
    with Store.open(location) as store:  # opening it brings version 2
        now = items(store)
        version = store.db.execute("SELECT version FROM packs WHERE id = ?", [BUILTIN_PACK_ID]).fetchone()[0]
        assert version == BUILTIN_VERSION
        assert now["nothing-to-prove"].text != OLD_TEXT and now["nothing-to-prove"].help != OLD_HELP
        assert "know-exceptions" in now  # an item new in this version appears
        assert now["fresh-start"].text == "Every customer gets my best, again"  # the worker's words stay
        assert now["clean-and-fresh"].required is False
        assert "water-ready" not in now  # removed stays removed
        runs = ChecklistRuns(store, clock)
        old_run = {item.key: item for item in runs.get(done).items}
        assert old_run["nothing-to-prove"].text == OLD_TEXT  # a run done keeps its words
        fresh = {item.key: item for item in runs.get(runs.start_or_resume("before-shift")).items}
        assert fresh["nothing-to-prove"].text == now["nothing-to-prove"].text
        assert "know-exceptions" in fresh
        answers = items(store)
    with Store.open(location) as store:  # once is enough: the next opening changes nothing
        assert items(store) == answers


def test_a_removed_builtin_pack_stays_removed_after_an_upgrade(store):
    remove_pack(store, BUILTIN_PACK_ID)
    store.db.execute("UPDATE packs SET version = 1 WHERE id = ?", [BUILTIN_PACK_ID])
    ensure_builtin_pack(store)
    row = store.db.execute("SELECT version, removed_at FROM packs WHERE id = ?", [BUILTIN_PACK_ID]).fetchone()
    assert row[0] == 1 and row[1] is not None
    assert ChecklistLibrary(store).for_when("before-shift") == []
