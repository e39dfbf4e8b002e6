"""`shiftmate pack …` as a manager and a worker run it: validate, import, list, remove, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shiftmate.cli import main
from tests.helpers import run_cli
from tests.packs.builders import store_pack, write

BROKEN = Path(__file__).resolve().parent.parent / "packs" / "broken"

EXPECTED = [
    ("01-unclosed-string", 4, "not valid TOML"),
    ("02-duplicate-key", 5, "not valid TOML: Cannot overwrite a value"),
    ("03-newer-schema", 1, "schema: is 2: this pack was made for a newer ShiftMate"),
    ("04-bad-pack-id", 2, "id: must be 1–64 characters"),
    ("05-version-zero", 3, "version: must be a whole number from 1 up"),
    ("06-bad-kind", 32, "checklist[2].section[1].item[4].kind: must be one of check, yes-no, rating, note, instruction"),
    ("07-duplicate-item-id", 17, "checklist[1].section[2].item[1].id: 'apron' is used by another item"),
    ("08-missing-text", 11, "checklist[1].section[1].item[1].text: is missing"),
    ("09-bad-when", 9, "checklist[1].when: must be one of before-shift, after-shift, any-time"),
    ("10-required-instruction", 15, "checklist[1].section[1].item[1].required: an instruction"),
    ("11-locked-not-bool", 14, "checklist[1].section[1].item[1].locked: must be true or false"),
    ("12-no-checklists", None, "checklist: a pack needs at least one [[checklist]]"),
    ("13-title-too-long", 8, "checklist[1].title: is 200 characters long; the limit is 120"),
    ("14-section-not-a-table", 8, "checklist[1].section: must be a list of [[section]] tables"),
    ("15-not-utf8", None, "is not UTF-8 text"),
]


@pytest.mark.parametrize("name, line, message", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_validate_names_file_line_and_field_of_each_broken_pack(capsys, name, line, message):
    path = BROKEN / f"{name}.shiftpack.toml"
    assert main(["pack", "validate", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    first = err.splitlines()[0]
    where = f"{path}:{line}: " if line else f"{path}: "
    assert first.startswith(where), first
    assert message in first


def test_every_broken_file_has_an_expectation():
    assert sorted(p.name.removesuffix(".shiftpack.toml") for p in BROKEN.iterdir()) == [e[0] for e in EXPECTED]


def test_validate_prints_one_summary_line_per_good_file(capsys, tmp_path):
    good = write(tmp_path, "acme.shiftpack.toml", store_pack())
    example = Path(__file__).resolve().parent.parent.parent / "resources" / "packs" / "example.shiftpack.toml"
    assert main(["pack", "validate", str(good), str(example)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == (f"{good}: 'Acme store rules' by Acme Foods, version 1, 1 checklist, 3 items")
    assert len(out.splitlines()) == 2 and err == ""


def test_validate_warns_about_unknown_keys_but_passes(capsys, tmp_path):
    path = write(tmp_path, "acme.shiftpack.toml", store_pack().replace('title = "Acme store rules"',
                                                                      'title = "Acme store rules"\ncolour = "red"'))
    assert main(["pack", "validate", str(path)]) == 0
    assert "colour: unknown key" in capsys.readouterr().err


def test_import_list_export_and_remove_from_the_command_line(tmp_path):
    pack = write(tmp_path, "acme.shiftpack.toml", store_pack())
    refused = run_cli("pack", "import", str(pack))
    assert refused.returncode == 2 and "add --yes" in refused.stderr
    done = run_cli("pack", "import", str(pack), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Installed 'Acme store rules' (acme.store) version 1." in done.stdout
    again = run_cli("pack", "import", str(pack), "--yes")
    assert "already installed; nothing changed" in again.stdout

    listed = json.loads(run_cli("pack", "list", "--json").stdout)
    acme = next(p for p in listed if p["id"] == "acme.store")
    assert (acme["source"], acme["organization"], acme["checklists"]) == ("imported", "Acme Foods", ["Acme opening"])

    out = tmp_path / "mine.shiftpack.toml"
    exported = run_cli("pack", "export", "before-shift", "-o", str(out), "--id", "my.pack", "--title", "Mine")
    assert exported.returncode == 0, exported.stderr
    assert run_cli("pack", "validate", str(out)).returncode == 0
    second = run_cli("pack", "export", "before-shift", "-o", str(out), "--id", "my.pack", "--title", "Mine")
    assert "version 2" in second.stdout  # the next version is proposed from the last export

    removed = run_cli("pack", "remove", "acme.store", "--yes")
    assert removed.returncode == 0 and "history of its checklists stays" in removed.stdout
    assert "acme.store" not in run_cli("pack", "list").stdout
    missing = run_cli("pack", "remove", "acme.store", "--yes")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_export_of_an_unknown_checklist_is_one_line_exit_2(tmp_path):
    result = run_cli("pack", "export", "nope", "-o", str(tmp_path / "x.shiftpack.toml"), "--id", "a", "--title", "A")
    assert result.returncode == 2 and "There is no checklist 'nope'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_readme_example_pack_is_valid(tmp_path, capsys):
    readme = (Path(__file__).resolve().parent.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Checklist packs", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    path = write(tmp_path, "readme.shiftpack.toml", example)
    assert main(["pack", "validate", str(path)]) == 0
    assert "'Corner Café store checklists' by Corner Café, version 2" in capsys.readouterr().out
