"""`shiftmate pack …` as a manager and a worker run it: validate, import, list, remove, export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shiftmate.cli.main import main
from tests.helpers import assert_one_line_error, run_cli
from tests.packs.builders import store_pack, write

BROKEN = Path(__file__).resolve().parent.parent / "packs" / "broken"

EXPECTED = [
    ("01-unclosed-string", 4, "not valid TOML on line 4: "),
    ("02-duplicate-key", 5, "not valid TOML on line 5: Cannot overwrite a value"),
    ("03-newer-schema", 1, "schema: is 3: this pack was made for a newer ShiftMate"),
    ("04-bad-pack-id", 2, "id: must be 1–64 characters"),
    ("05-version-zero", 3, "version: must be a whole number from 1 to 1000000"),
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
    ("16-bad-phrase-step", 15, "phrase[2].step: must be one of listen, acknowledge, ask, own, alternatives, "
                               "boundary, help, after"),
    ("17-contact-in-schema-1", 15, "contact[1]: [[contact]] needs schema = 2"),
    ("18-contact-without-how", 10, "contact[1].how: is missing"),
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


def test_the_readme_example_of_the_stores_information_is_valid(tmp_path, capsys):
    readme = (Path(__file__).resolve().parent.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("#### The store's own information (schema 2)", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    path = write(tmp_path, "store.shiftpack.toml", example)
    assert main(["pack", "validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "version 3" in out and "contact" in out and "phrase" in out and "policy" in out


def test_unknown_keys_one_slip_away_suggest_the_known_key(capsys, tmp_path):
    text = (store_pack().replace("    required = true\n", "    requierd = true\n", 1)
            .replace("    locked = true\n", "    lockd = true\n", 1)
            .replace('title = "Acme store rules"', 'title = "Acme store rules"\nOrganisation = "x"\ncolour = "red"'))
    path = write(tmp_path, "slips.shiftpack.toml", text)
    assert main(["pack", "validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert "checklist[1].section[1].item[1].requierd: unknown key, ignored; did you mean `required`?" in err
    assert "checklist[1].section[1].item[1].lockd: unknown key, ignored; did you mean `locked`?" in err
    assert "Organisation: unknown key, ignored; did you mean `organization`?" in err
    assert "colour: unknown key, ignored\n" in err  # nothing close: no guess


def test_an_unknown_key_with_terminal_escapes_is_shown_escaped(capsys, tmp_path):
    text = store_pack().replace('title = "Acme store rules"', 'title = "Acme store rules"\n"\\u001b]0;pwned\\u0007\\u001b[2J" = 1')
    path = write(tmp_path, "escapes.shiftpack.toml", text)
    assert main(["pack", "validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "'\\x1b]0;pwned\\x07\\x1b[2J': unknown key, ignored" in err


def _at_most_a_gigabyte():  # a reader that never stops fails here instead of filling the machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and /dev are POSIX")
def test_validate_refuses_pipes_devices_and_folders_without_reading_them(tmp_path):
    fifo = tmp_path / "pipe.shiftpack.toml"
    os.mkfifo(fifo)
    cases = [(fifo, "it is a pipe"), (Path("/dev/zero"), "it is a device"),
             (Path("/dev/urandom"), "it is a device"), (tmp_path, "it is a folder")]
    for path, words in cases:
        done = subprocess.run([sys.executable, "-m", "shiftmate", "pack", "validate", str(path)],
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                              preexec_fn=_at_most_a_gigabyte)
        assert done.returncode == 2, (path, done.stderr)
        assert assert_one_line_error(done.stderr).startswith(f"{path}: cannot be read: {words}"), done.stderr


@pytest.mark.skipif(os.name != "posix", reason="a file grown with truncate is sparse only on POSIX file systems")
def test_a_huge_sparse_pack_file_is_refused_after_the_limit(tmp_path, capsys):
    path = tmp_path / "huge.shiftpack.toml"
    with open(path, "wb") as handle:
        handle.truncate(8 << 30)  # 8 GiB of nothing, which takes no room on disk
    assert main(["pack", "validate", str(path)]) == 2
    assert "is larger than 1024 KiB" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes are POSIX")
def test_export_never_replaces_a_pipe_or_writes_into_a_folder(tmp_path, capsys):
    fifo = tmp_path / "pipe.shiftpack.toml"
    os.mkfifo(fifo)
    for target, words in ((fifo, "it is a pipe"), (tmp_path, "is a folder")):
        code = main(["pack", "export", "before-shift", "-o", str(target), "--id", "my.pack", "--title", "Mine"])
        assert code == 2 and words in assert_one_line_error(capsys.readouterr().err)
    assert fifo.is_fifo()
