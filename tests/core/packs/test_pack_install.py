"""Installing, updating, preloading and removing packs through the one import path."""

from __future__ import annotations

from dataclasses import replace

import pytest

from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.checklists.library import BUILTIN_PACK_ID, ChecklistLibrary
from shiftmate.core.errors import BadInput
from shiftmate.core.clock import FakeClock
from shiftmate.core.packs.install import (
    BUILTIN_VERSION,
    IMPORTED,
    INSTALLED,
    KEPT_PRELOADED,
    PRELOADED,
    UNCHANGED,
    UPDATED,
    builtin_pack,
    import_pack,
    import_pack_file,
    installed_packs,
    preload_site_packs,
    remove_pack,
    site_pack_dirs,
)
from shiftmate.core.packs.format import PackInvalid, parse_pack
from tests.packs.builders import acme_opening, store_pack, write


def acme(store):
    library = ChecklistLibrary(store)
    key = next(c.key for c in library.list() if c.origin_pack == "acme.store")
    return library.get(key)


def texts(checklist):
    return [(s.title, [i.text for i in s.items]) for s in checklist.sections]


def test_an_imported_pack_arrives_locked_and_listed(store):
    result = import_pack(store, parse_pack(store_pack(), "acme.shiftpack.toml"))
    assert result.action == INSTALLED
    checklist = acme(store)
    assert all(item.locked for item in checklist.items)
    assert texts(checklist) == [("Uniform", ["Clean apron", "Badge on"]), ("Station", ["Till float counted"])]
    [listed] = [p for p in installed_packs(store) if p.id == "acme.store"]
    assert (listed.title, listed.organization, listed.version, listed.source_kind) == (
        "Acme store rules", "Acme Foods", 1, IMPORTED)
    assert listed.checklists == ("Acme opening",)


def test_a_higher_version_updates_in_place_and_keeps_the_workers_items(store):
    import_pack(store, parse_pack(store_pack()))
    library = ChecklistLibrary(store)
    checklist = acme(store)
    uniform = checklist.sections[0]
    mine = library.add_item(uniform.id, "Check my shoes", index=1)  # between apron and badge
    own_section = library.add_section(checklist.key, "My own")
    library.add_item(own_section, "Stretch")
    runs = ChecklistRuns(store, FakeClock("2026-11-23T08:00:00", zone="Europe/London"))
    run_id = runs.start_or_resume(checklist.key)

    result = import_pack(store, parse_pack(store_pack(2)))

    assert (result.action, result.previous_version) == (UPDATED, 1)
    after = acme(store)
    assert after.id == checklist.id
    assert texts(after) == [
        ("Uniform", ["Clean apron, tied at the back", "Check my shoes", "Hairnet on in the kitchen"]),
        ("Station", ["Till float counted"]),
        ("My own", ["Stretch"]),
    ]
    archived = store.db.execute(
        "SELECT deleted_at FROM checklist_items WHERE key = 'badge' AND checklist_id = ?", [after.id]
    ).fetchone()
    assert archived[0] is not None
    assert any(i.id == mine and not i.locked for i in after.items)
    assert [i.text for i in runs.get(run_id).items] == ["Clean apron", "Check my shoes", "Badge on",
                                                       "Till float counted", "Stretch"]


def test_the_same_or_a_lower_version_changes_nothing_and_says_so(store):
    import_pack(store, parse_pack(store_pack(2)))
    before = texts(acme(store))
    same = import_pack(store, parse_pack(store_pack(2, station_text="Different")))
    lower = import_pack(store, parse_pack(store_pack(1)))
    assert same.action == lower.action == UNCHANGED
    assert "already installed" in same.sentence and "older version 1" in lower.sentence
    assert texts(acme(store)) == before


def test_a_preloaded_pack_wins_over_a_hand_imported_copy(store, tmp_path):
    import_pack(store, parse_pack(store_pack(3, station_text="Hand copy")))
    folder = tmp_path / "site" / "packs"
    write(folder, "acme.shiftpack.toml", store_pack(1, station_text="Machine copy"))
    report = preload_site_packs(store, [folder])
    assert [r.action for r in report.results] == [UPDATED]
    assert texts(acme(store))[1] == ("Station", ["Machine copy"])
    again = import_pack(store, parse_pack(store_pack(9, station_text="Hand copy")))
    assert again.action == KEPT_PRELOADED
    assert texts(acme(store))[1] == ("Station", ["Machine copy"])
    assert [p.source_kind for p in installed_packs(store) if p.id == "acme.store"] == [PRELOADED]


def test_a_broken_preloaded_pack_is_skipped_with_a_notice_and_the_rest_load(store, tmp_path):
    folder = tmp_path / "site"
    write(folder, "a-broken.shiftpack.toml", "schema = 1\nid = [\n")
    write(folder, "b-good.shiftpack.toml", store_pack())
    write(folder, "ignored.toml", store_pack(pack_id="other.pack"))
    report = preload_site_packs(store, [folder])
    assert [r.pack_id for r in report.results] == ["acme.store"]
    assert len(report.problems) == 1 and "a-broken.shiftpack.toml" in report.problems[0]


def test_a_removed_pack_hides_its_checklists_and_keeps_their_history(store):
    import_pack(store, parse_pack(store_pack()))
    key = acme(store).key
    runs = ChecklistRuns(store, FakeClock("2026-11-23T08:00:00", zone="Europe/London"))
    run_id = runs.start_or_resume(key)
    removed = remove_pack(store, "acme.store")
    assert removed.title == "Acme store rules"
    assert all(c.origin_pack != "acme.store" for c in ChecklistLibrary(store).list())
    assert "acme.store" not in [p.id for p in installed_packs(store)]
    assert runs.get(run_id).items
    assert import_pack(store, parse_pack(store_pack())).action == INSTALLED  # by hand, it comes back
    assert acme(store).key == key


def test_a_removed_preloaded_pack_stays_removed_until_a_newer_one_arrives(store, tmp_path):
    folder = tmp_path / "site"
    write(folder, "acme.shiftpack.toml", store_pack())
    preload_site_packs(store, [folder])
    remove_pack(store, "acme.store")
    assert preload_site_packs(store, [folder]).results[0].action == UNCHANGED
    write(folder, "acme.shiftpack.toml", store_pack(2))
    assert preload_site_packs(store, [folder]).results[0].action == INSTALLED
    assert "Hairnet on in the kitchen" in [i.text for i in acme(store).items]


def test_import_from_a_file_reads_it_through_the_same_path(store, tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_pack())
    assert import_pack_file(store, path).action == INSTALLED


def test_site_folders_are_every_xdg_config_dir_with_packs(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path}/one:{tmp_path}/two")
    dirs = site_pack_dirs()
    assert dirs == [tmp_path / "one" / "ShiftMate" / "packs", tmp_path / "two" / "ShiftMate" / "packs"]
    monkeypatch.setenv("SHIFTMATE_SITE_PACKS_DIR", str(tmp_path / "override"))
    assert site_pack_dirs() == [tmp_path / "override"]


def test_a_worker_item_with_a_key_the_new_version_uses_keeps_its_text(store):
    import_pack(store, parse_pack(store_pack()))
    library = ChecklistLibrary(store)
    item_id = library.add_item(acme(store).sections[0].id, "Hairnet on in the kitchen")
    import_pack(store, parse_pack(store_pack(2)))
    items = {i.id: i for i in acme(store).items}
    assert items[item_id].text == "Hairnet on in the kitchen" and not items[item_id].locked
    assert sum(i.text == "Hairnet on in the kitchen" for i in items.values()) == 2


def builtin_titles(store):
    return sorted(c.title for c in ChecklistLibrary(store).list() if c.origin_pack == BUILTIN_PACK_ID)


@pytest.mark.parametrize("pack_id", [BUILTIN_PACK_ID, "shiftmate.extra"])
def test_a_pack_cannot_take_the_builtin_id_or_the_apps_prefix(store, tmp_path, pack_id):
    before = builtin_titles(store)
    assert before == ["After my shift", "Before my shift"]
    hostile = store_pack(9, pack_id=pack_id)
    with pytest.raises(PackInvalid) as refused:
        parse_pack(hostile, "takeover.shiftpack.toml")
    assert refused.value.problems[0].field == "id" and "reserved" in refused.value.problems[0].message
    path = write(tmp_path, "takeover.shiftpack.toml", hostile)
    with pytest.raises(PackInvalid):
        import_pack_file(store, path)
    folder = write(tmp_path / "site", "takeover.shiftpack.toml", hostile).parent
    report = preload_site_packs(store, [folder])
    assert report.results == [] and "reserved" in report.problems[0]
    # A Pack built without the parser is refused by the import path itself.
    forged = replace(builtin_pack(), version=99, checklists=parse_pack(store_pack()).checklists)
    with pytest.raises(BadInput):
        import_pack(store, forged)
    assert builtin_titles(store) == before
    assert [p.version for p in installed_packs(store) if p.id == BUILTIN_PACK_ID] == [BUILTIN_VERSION]


def test_the_highest_version_in_the_site_folder_wins_whatever_the_file_names(store, tmp_path):
    folder = tmp_path / "site"
    write(folder, "a-acme-v2.shiftpack.toml", store_pack(2))
    write(folder, "b-acme-v1.shiftpack.toml", store_pack(1))
    write(folder, "c-acme-v2-again.shiftpack.toml", store_pack(2, station_text="Same version, later file"))
    report = preload_site_packs(store, [folder])
    assert [(r.pack_id, r.version) for r in report.results] == [("acme.store", 2)]
    assert "Hairnet on in the kitchen" in [i.text for i in acme(store).items]
    assert texts(acme(store))[1] == ("Station", ["Till float counted"])  # the first file of the two v2s
    # The other way round: v1 sorts first by name, v2 still wins.
    other = tmp_path / "other"
    write(other, "a.shiftpack.toml", store_pack(1, pack_id="acme.other"))
    write(other, "z.shiftpack.toml", store_pack(3, pack_id="acme.other"))
    assert [(r.pack_id, r.version) for r in preload_site_packs(store, [other]).results] == [("acme.other", 3)]


def test_a_more_important_site_folder_still_wins_for_the_same_pack_id(store, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    write(first, "acme.shiftpack.toml", store_pack(1, station_text="From the first folder"))
    write(second, "acme.shiftpack.toml", store_pack(2))
    report = preload_site_packs(store, [first, second])
    assert [(r.pack_id, r.version) for r in report.results] == [("acme.store", 1)]
    assert texts(acme(store))[1] == ("Station", ["From the first folder"])


def test_a_site_pack_notice_keeps_the_line_of_the_problem(store, tmp_path):
    folder = tmp_path / "site"
    write(folder, "syntax.shiftpack.toml", "schema = 1\nid = = \"a\"\ntitle = \"x\"\n")
    write(folder, "field.shiftpack.toml", store_pack().replace('text = "Clean apron"', 'text = 7'))
    problems = sorted(preload_site_packs(store, [folder]).problems)
    assert problems[0].startswith(f"{folder / 'field.shiftpack.toml'}, line 18: must be text (")
    assert problems[1].startswith(f"{folder / 'syntax.shiftpack.toml'}: not valid TOML on line 2: ")


@pytest.mark.parametrize("control", ["\\u001b", "\\u007f", "\\u009b", "\\u0000"])
def test_pack_text_with_a_control_character_is_refused(control):
    with pytest.raises(PackInvalid) as refused:
        parse_pack(store_pack().replace('organization = "Acme Foods"', f'organization = "Acme{control}[2J"'))
    assert refused.value.problems[0].message == "contains control characters"


def three_item_pack(version: int, keys: list[str]) -> str:
    items = "".join(f'''
    [[checklist.section.item]]
    id = "{key}"
    text = "{key.title()}"
    locked = true
''' for key in keys)
    return acme_opening(version) + items


@pytest.mark.parametrize("v2_keys, expected", [
    # the item just above the worker's is dropped: it stays below the one above that
    (["apron", "gloves", "hairnet"], ["Apron", "Check my shoes", "Gloves", "Hairnet"]),
    # every item above it is dropped: it stays above the one that was below it
    (["gloves", "hairnet"], ["Check my shoes", "Gloves", "Hairnet"]),
    # the manager reorders: it follows the item it followed
    (["gloves", "badge", "apron"], ["Gloves", "Badge", "Check my shoes", "Apron"]),
])
def test_a_workers_item_between_pack_items_stays_there_when_its_neighbour_goes(store, v2_keys, expected):
    import_pack(store, parse_pack(three_item_pack(1, ["apron", "badge", "gloves"])))
    library = ChecklistLibrary(store)
    uniform = acme(store).sections[0]
    library.add_item(uniform.id, "Check my shoes", index=2)  # between badge and gloves
    assert texts(acme(store)) == [("Uniform", ["Apron", "Badge", "Check my shoes", "Gloves"])]

    import_pack(store, parse_pack(three_item_pack(2, v2_keys)))

    assert texts(acme(store)) == [("Uniform", expected)]


def sectioned_pack(version: int, sections: list[str]) -> str:
    body = "".join(f'''
  [[checklist.section]]
  id = "{key}"
  title = "{key.title()}"

    [[checklist.section.item]]
    id = "{key}-item"
    text = "{key.title()} item"
    locked = true
''' for key in sections)
    return three_item_pack(version, []).split("  [[checklist.section]]")[0] + body


def test_a_workers_section_between_pack_sections_stays_there_when_its_neighbour_goes(store):
    import_pack(store, parse_pack(sectioned_pack(1, ["uniform", "station", "closing"])))
    library = ChecklistLibrary(store)
    checklist = acme(store)
    mine = library.add_section(checklist.key, "My own")
    library.move_section(mine, 2)  # between station and closing
    assert [s.title for s in acme(store).sections] == ["Uniform", "Station", "My own", "Closing"]

    import_pack(store, parse_pack(sectioned_pack(2, ["uniform", "closing", "hygiene"])))

    assert [s.title for s in acme(store).sections] == ["Uniform", "My own", "Closing", "Hygiene"]
