"""`shiftmate pack …` with schema 2 packs: validate, show, import, export and re-import the
store's contacts, phrases and policy."""

from __future__ import annotations

import json

from shiftmate.cli.main import main
from shiftmate.core.packs.format import load_pack
from tests.helpers import assert_one_line_error, run_cli
from tests.packs.builders import store_info_pack, store_pack, write


def test_validate_counts_what_a_schema_2_pack_brings(capsys, tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_info_pack())
    assert main(["pack", "validate", str(path)]) == 0
    assert capsys.readouterr().out == (f"{path}: 'Acme store rules' by Acme Foods, version 1, 1 checklist, 3 items, "
                                       "2 contacts, 2 phrases, a policy\n")


def test_validate_names_the_line_of_a_bad_phrase_step(capsys, tmp_path):
    text = store_info_pack().replace('step = "help"', 'step = "shout"')
    path = write(tmp_path, "acme.shiftpack.toml", text)
    assert main(["pack", "validate", str(path)]) == 2
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if 'step = "shout"' in row)
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (f"{path}:{line}: phrase[2].step: must be one of listen, acknowledge, ask, own, "
                                   "alternatives, boundary, help, after")


def test_validate_tells_a_schema_1_pack_with_contacts_it_needs_schema_2(capsys, tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_pack() + '\n[[contact]]\nname = "Dana"\nhow = "ext. 210"\n')
    assert main(["pack", "validate", str(path)]) == 2
    assert "contact[1]: [[contact]] needs schema = 2" in capsys.readouterr().err


def test_show_lists_contacts_phrases_and_policy_and_prints_stable_json(capsys, tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_info_pack())
    assert main(["pack", "show", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        "  Acme opening (3 items, before-shift)",
        "Who to call:",
        "  Dana, shift lead: ext. 210, or the red phone by the till (when: a customer crosses the line; refunds over $50)",
        "  Sam, store manager: 0151 496 0000",
        "Lines for the 'What to say' card:",
        "  [own] I'll sort this out with the kitchen and be back in two minutes.",
        "  [help] Let me get Dana, our shift lead.",
        "Policy: Shouting, insults or threats: you may stop serving and call the shift lead.",
        "  exception: A refund up to $20 without a receipt",
        "  exception: A free drink after a long wait",
    ]
    assert main(["pack", "show", str(path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown) == ["file", "schema", "id", "version", "title", "organization", "checklists", "contacts",
                           "phrases", "policy", "warnings"]
    assert shown["schema"] == 2 and shown["checklists"] == [
        {"id": "acme-opening", "title": "Acme opening", "when": "before-shift", "items": 3}]
    assert shown["contacts"][1] == {"name": "Sam, store manager", "how": "0151 496 0000", "when": ""}
    assert shown["phrases"][0] == {"step": "own", "text": "I'll sort this out with the kitchen and be back in two minutes."}
    assert shown["policy"] == {"line": "Shouting, insults or threats: you may stop serving and call the shift lead.",
                               "exceptions": ["A refund up to $20 without a receipt", "A free drink after a long wait"]}
    plain = write(tmp_path, "plain.shiftpack.toml", store_pack())
    assert main(["pack", "show", str(plain), "--json"]) == 0
    plain_shown = json.loads(capsys.readouterr().out)
    assert (plain_shown["contacts"], plain_shown["phrases"], plain_shown["policy"]) == ([], [], None)


def test_show_of_a_broken_file_is_one_line_exit_2(tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_info_pack().replace('name = "Dana, shift lead"', "name = 5"))
    result = run_cli("pack", "show", str(path))
    assert result.returncode == 2 and "contact[1].name: must be text" in assert_one_line_error(result.stderr)


def test_import_export_and_reimport_keep_the_store_information(tmp_path):
    pack = write(tmp_path, "acme.shiftpack.toml", store_info_pack())
    done = run_cli("pack", "import", str(pack), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Who to call:" in done.stdout and "  Sam, store manager: 0151 496 0000" in done.stdout

    out = tmp_path / "again.shiftpack.toml"
    exported = run_cli("pack", "export", "acme-opening", "-o", str(out), "--id", "acme.store", "--title", "Acme",
                       "--version", "2")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.rstrip().endswith("3 items, 2 contacts, 2 phrases, a policy.")
    original, again = load_pack(pack), load_pack(out)
    assert again.schema == 2
    assert (again.contacts, again.phrases, again.policy) == (original.contacts, original.phrases, original.policy)

    plain = tmp_path / "plain.shiftpack.toml"
    without = run_cli("pack", "export", "before-shift", "-o", str(plain), "--id", "my.pack", "--title", "Mine",
                      "--no-store-info")
    assert without.returncode == 0, without.stderr
    assert load_pack(plain).schema == 1 and "schema = 1\n" in plain.read_text(encoding="utf-8")

    # Imported on another computer, the export gives the rows the original gave here.
    other = tmp_path / "other"
    assert run_cli("pack", "import", str(out), "--yes", env={"SHIFTMATE_DATA_DIR": str(other)}).returncode == 0
    assert store_rows(other) == store_rows(tmp_path / "data")


def store_rows(folder):
    from shiftmate.core.packs.store_info import pack_contacts, pack_phrases, pack_policies
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.core.storage.store import Store

    with Store.open(DataLocation(folder)) as store:
        return pack_contacts(store.db), pack_phrases(store.db), pack_policies(store.db)
