"""The store information of schema 2 packs in the database: written by installing, replaced by
an update, deleted with the pack; read back in install order by core.packs.store_info."""

from __future__ import annotations

from shiftmate.core.packs.format import parse_pack
from shiftmate.core.packs.install import PRELOADED, import_pack, preload_site_packs, remove_pack
from shiftmate.core.packs.store_info import (
    PackContact,
    PackPhrase,
    PackPolicy,
    pack_contacts,
    pack_phrases,
    pack_policies,
)
from shiftmate.core.storage.schema import MIGRATION_NAMES
from tests.packs.builders import store_info_pack, store_pack, write

DANA = PackContact("acme.store", "Dana, shift lead", "ext. 210, or the red phone by the till",
                   "a customer crosses the line; refunds over $50")
SAM = PackContact("acme.store", "Sam, store manager", "0151 496 0000", "")
POLICY = PackPolicy("acme.store", "Shouting, insults or threats: you may stop serving and call the shift lead.",
                    ("A refund up to $20 without a receipt", "A free drink after a long wait"))


def rows(store) -> dict:
    return {table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("pack_contacts", "pack_phrases", "pack_policies")}


def test_the_migration_is_named_as_assigned():
    assert "m007_pack_store_info" in MIGRATION_NAMES


def test_a_new_database_has_no_store_information(store):
    assert (pack_contacts(store.db), pack_phrases(store.db), pack_policies(store.db)) == ([], [], [])


def test_installing_a_schema_2_pack_writes_its_contacts_phrases_and_policy_in_file_order(store):
    import_pack(store, parse_pack(store_info_pack()))
    assert pack_contacts(store.db) == [DANA, SAM]
    assert pack_phrases(store.db) == [
        PackPhrase("acme.store", "own", "I'll sort this out with the kitchen and be back in two minutes."),
        PackPhrase("acme.store", "help", "Let me get Dana, our shift lead.")]
    assert pack_policies(store.db) == [POLICY]


def test_an_update_replaces_the_store_information_and_the_same_version_changes_nothing(store):
    import_pack(store, parse_pack(store_info_pack()))
    newer = store_info_pack(2, store_info='\n[[contact]]\nname = "Lee, new lead"\nhow = "ext. 211"\n')
    import_pack(store, parse_pack(newer))
    assert pack_contacts(store.db) == [PackContact("acme.store", "Lee, new lead", "ext. 211", "")]
    assert (pack_phrases(store.db), pack_policies(store.db)) == ([], [])
    again = store_info_pack(2)  # the same version with other words: nothing changes
    import_pack(store, parse_pack(again))
    assert [c.name for c in pack_contacts(store.db)] == ["Lee, new lead"]
    import_pack(store, parse_pack(store_pack(3)))  # schema 1 again: no store information left
    assert rows(store) == {"pack_contacts": 0, "pack_phrases": 0, "pack_policies": 0}


def test_removing_a_pack_removes_its_store_information_and_a_reinstall_brings_it_back(store):
    import_pack(store, parse_pack(store_info_pack()))
    import_pack(store, parse_pack(store_info_pack(pack_id="acme.other")))
    remove_pack(store, "acme.store")
    assert {c.pack_id for c in pack_contacts(store.db)} == {"acme.other"}
    assert [p.pack_id for p in pack_policies(store.db)] == ["acme.other"]
    import_pack(store, parse_pack(store_info_pack(2)))  # back in its first place
    assert [c.pack_id for c in pack_contacts(store.db)] == ["acme.store", "acme.store", "acme.other", "acme.other"]


def test_readers_list_packs_in_install_order_and_an_update_keeps_its_place(store):
    import_pack(store, parse_pack(store_info_pack(pack_id="b.second")))
    import_pack(store, parse_pack(store_info_pack(pack_id="a.first")))
    import_pack(store, parse_pack(store_info_pack(2, pack_id="b.second")))
    assert [c.pack_id for c in pack_contacts(store.db)] == ["b.second", "b.second", "a.first", "a.first"]
    assert [p.pack_id for p in pack_phrases(store.db)] == ["b.second", "b.second", "a.first", "a.first"]
    assert [p.pack_id for p in pack_policies(store.db)] == ["b.second", "a.first"]


def test_a_refused_pack_writes_no_store_information(store):
    import pytest

    from shiftmate.core.packs.format import PackInvalid

    broken = store_info_pack().replace('step = "help"', 'step = "shout"')
    with pytest.raises(PackInvalid):
        import_pack(store, parse_pack(broken))
    assert rows(store) == {"pack_contacts": 0, "pack_phrases": 0, "pack_policies": 0}


def test_machine_wide_packs_bring_their_store_information_and_updates_replace_it(store, tmp_path):
    site = tmp_path / "site"
    write(site, "acme.shiftpack.toml", store_info_pack())
    [result] = preload_site_packs(store, [site]).results
    assert result.action == "installed"
    assert pack_contacts(store.db) == [DANA, SAM] and pack_policies(store.db) == [POLICY]
    assert store.db.execute("SELECT source_kind FROM packs WHERE id = 'acme.store'").fetchone()[0] == PRELOADED
    write(site, "acme.shiftpack.toml", store_info_pack(2, store_info='\n[policy]\nline = "Call Dana."\n'))
    preload_site_packs(store, [site])
    assert pack_contacts(store.db) == [] and pack_policies(store.db) == [PackPolicy("acme.store", "Call Dana.", ())]


def test_damaged_exceptions_read_as_none_rather_than_failing(store):
    import_pack(store, parse_pack(store_info_pack()))
    store.db.execute("UPDATE pack_policies SET exceptions = 'not json'")
    assert pack_policies(store.db)[0].exceptions == ()
