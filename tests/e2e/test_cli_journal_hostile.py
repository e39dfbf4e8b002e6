"""Hostile `journal import` files and arguments: each ends in exit 2 and one sentence naming
the entry and the field, never "unexpected error", and nothing is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shiftmate.cli.main import main
from tests.helpers import assert_one_line_error

pytestmark = pytest.mark.e2e


def ours(**fields):
    entry = {"text": "A customer shouted", "uid": "hostile-1", **fields}
    return json.dumps({"format": "shiftmate-journal", "version": 1, "entries": [entry]})


def jrnl(**fields):
    entry = {"date": "2026-01-02", "time": "10:00", "title": "Rough call", "body": "", **fields}
    return json.dumps({"tags": [], "entries": [entry]})


# (name, file content, words the one line must hold)
FILES = [
    ("tags-a-number", ours(tags=5), "Entry 1 of {path} cannot be imported: the field tags must be a list of texts, not 5"),
    ("tags-a-text", ours(tags="abc"), 'the field tags must be a list of texts, not "abc"'),
    ("tags-numbers", ours(tags=[1, 2]), "the field tags must be a list of texts; its item 1 is 1"),
    ("feelings-a-number", ours(feelings=5), "the field feelings must be a list of texts, not 5"),
    ("feelings-a-text", ours(feelings="angry"), 'the field feelings must be a list of texts, not "angry"'),
    ("id-a-text", ours(id="7"), 'the field id must be a whole number from 1 to 9223372036854775807 or null, not "7"'),
    ("id-a-float", ours(id=7.5), "the field id must be a whole number"),
    ("id-2-to-the-70", ours(id=2**70), "the field id must be a whole number"),
    ("id-30-digits", ours(id=10**29), "the field id must be a whole number"),
    ("id-true", ours(id=True), "the field id must be a whole number"),
    ("uid-a-list", ours(uid=["a"]), "the field uid must be text, not a list"),
    ("tz-a-number", ours(tz=5), "the field tz must be text, not 5"),
    ("tz-a-folder", ours(tz="America"), "Unknown time zone 'America'"),
    ("tz-too-long", ours(tz="a" * 5000), "Unknown time zone"),
    ("flag-a-text", ours(manager_should_know="no"), 'the field manager_should_know must be true or false, not "no"'),
    ("created-a-list", ours(created_at=["x"]), "the field created_at must be text, not a list"),
    ("year-9999-behind-utc", ours(occurred_at="9999-12-31T23:00:00-05:00"), "too close to the ends of the calendar"),
    ("year-1-ahead-of-utc", ours(occurred_at="0001-01-01T01:00:00+05:00"), "too close to the ends of the calendar"),
    ("lone-surrogate", ours(text="\ud800"), "broken character"),
    ("infinity", ours(id=float("inf")), "Infinity is not a number JSON allows"),
    ("a-number-of-5000-digits", '{"entries": [{"n": 1' + "0" * 5000 + "}]}", "a number thousands of digits long"),
    ("200000-deep-arrays", '{"entries": [' + "[" * 200_000 + "]" * 200_000 + "]}", "nested too deeply"),
    ("200000-deep-objects", '{"entries": [' + '{"a":' * 200_000 + "1" + "}" * 200_000 + "]}", "nested too deeply"),
    ("same-second-clashing-ids", json.dumps({"format": "shiftmate-journal", "version": 1, "entries": [
        {"text": "a", "uid": "a", "id": 5, "occurred_at": "2026-01-01T10:00:00+00:00"},
        {"text": "b", "uid": "b", "id": 5 + 2**24, "occurred_at": "2026-01-01T10:00:00+00:00"}]}),
     "Entry 2 of {path} cannot be imported: another entry holds its place"),
    ("format-version-a-text", '{"format": "shiftmate-journal", "version": "1", "entries": []}', 'format version of "1"'),
    ("jrnl-tags-a-text", jrnl(tags="abc"), 'Entry 1 of {path} cannot be imported: its tags must be a list of texts, not "abc"'),
    ("jrnl-tags-a-number", jrnl(tags=5), "its tags must be a list of texts, not 5"),
    ("jrnl-date-a-number", jrnl(date=20260102), "its date must be text, not 20260102"),
    ("jrnl-title-a-list", jrnl(title=["a"]), "its title must be text, not a list"),
    ("jrnl-year-9999-behind-utc", jrnl(date="9999-12-31", time="23:00:00-05:00"), "too close to the ends of the calendar"),
    ("jrnl-year-1-ahead-of-utc", jrnl(date="0001-01-01", time="01:00+05:00"), "too close to the ends of the calendar"),
    ("jrnl-starred-a-text", jrnl(starred="no"), 'its starred must be true or false, not "no"'),
]


def entries_in(data_dir: Path, capsys) -> list:
    assert main(["--data-dir", str(data_dir), "journal", "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name, content, words", FILES, ids=[f[0] for f in FILES])
def test_a_hostile_import_file_is_exit_2_naming_entry_and_field(tmp_path, data_dir, capsys, name, content, words):
    assert main(["--data-dir", str(data_dir), "journal", "add", "--text", "mine"]) == 0
    capsys.readouterr()
    path = tmp_path / f"{name}.json"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    code = main(["--data-dir", str(data_dir), "journal", "import", str(path)])
    out, err = capsys.readouterr()
    line = assert_one_line_error(err)
    assert code == 2, line
    assert "unexpected" not in line and out == ""
    assert words.format(path=path) in line
    assert [e["first_line"] for e in entries_in(data_dir, capsys)] == ["mine"]  # nothing imported


def test_the_same_entry_twice_in_one_file_is_imported_once(tmp_path, data_dir, capsys):
    entry = {"text": "twice", "uid": "same-uid"}
    path = tmp_path / "twice.json"
    path.write_text(json.dumps({"format": "shiftmate-journal", "version": 1, "entries": [entry, entry]}))
    assert main(["--data-dir", str(data_dir), "journal", "import", str(path)]) == 0
    assert "Imported 1 entry from" in capsys.readouterr().out
    assert len(entries_in(data_dir, capsys)) == 1


ARGUMENTS = [
    (["add", "--text", "x", "--at", "9999-12-31T23:59:59-05:00"], "too close to the ends of the calendar"),
    (["add", "--text", "x", "--at", "0001-01-01T00:00:00+05:00"], "too close to the ends of the calendar"),
    (["add", "--text", "x", "--at", "9999-12-31T23:59:59"], "too close to the ends of the calendar"),
    (["show", "1" + "0" * 29], "is not a journal entry id from 1 to 9223372036854775807"),
    (["delete", "1" + "0" * 29, "--yes"], "is not a journal entry id from 1 to 9223372036854775807"),
    (["list", "--limit", "1" + "0" * 29], "is not a whole number from 1 to 9223372036854775807"),
    (["search", "x", "--limit", "1" + "0" * 29], "is not a whole number from 1 to 9223372036854775807"),
    (["export", "--format", "json", "-o", "{folder}"], "{folder} is a folder; name a file to write"),
    (["export", "--format", "md", "-o", "{folder}"], "{folder} is a folder; name a file to write"),
    (["export", "--format", "csv", "-o", "{folder}"], "{folder} is a folder; name a file to write"),
    (["import", "{folder}"], "Cannot read {folder}: it is a folder, not a file"),
]


@pytest.mark.parametrize("args, words", ARGUMENTS, ids=[" ".join(a[:2]) + f"-{i}" for i, (a, _w) in enumerate(ARGUMENTS)])
def test_hostile_arguments_are_exit_2_in_one_sentence(tmp_path, data_dir, capsys, args, words):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    args = [a.format(folder=folder) for a in args]
    code = main(["--data-dir", str(data_dir), "journal", *args])
    line = assert_one_line_error(capsys.readouterr().err)
    assert code == 2, line
    assert "unexpected" not in line and words.format(folder=folder) in line
    assert list(folder.iterdir()) == []


def test_export_at_the_ends_of_the_calendar_is_every_entry(tmp_path, data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # ahead of UTC: the first day of year 1 starts before it
    assert main(["--data-dir", str(data_dir), "journal", "add", "--text", "mine"]) == 0
    out = tmp_path / "all.json"
    code = main(["--data-dir", str(data_dir), "journal", "export", "--format", "json", "-o", str(out),
                 "--since", "0001-01-01", "--until", "9999-12-31"])
    assert code == 0, capsys.readouterr().err
    assert len(json.loads(out.read_text())["entries"]) == 1


def _at_most_a_gigabyte():  # an import that never stops reading fails here, not by filling the machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and /dev are POSIX")
def test_import_from_a_pipe_or_a_device_is_refused_at_once(tmp_path, data_dir):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, words in ((fifo, "it is a pipe"), (Path("/dev/zero"), "it is a device"),
                        (Path("/dev/urandom"), "it is a device")):
        done = subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(data_dir), "journal", "import",
                               str(path)], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                              preexec_fn=_at_most_a_gigabyte)
        assert done.returncode == 2, done.stderr
        assert f"Cannot read {path}: {words}" in assert_one_line_error(done.stderr)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes are POSIX")
def test_export_never_replaces_a_pipe_or_a_device(tmp_path, data_dir, capsys):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert main(["--data-dir", str(data_dir), "journal", "export", "--format", "json", "-o", str(fifo)]) == 2
    assert "it is a pipe" in assert_one_line_error(capsys.readouterr().err)
    assert Path(fifo).is_fifo()


def test_a_30_digit_run_id_is_exit_2_in_one_sentence(data_dir, capsys):
    code = main(["--data-dir", str(data_dir), "checklist", "answer", "1" + "0" * 29, "apron", "done"])
    line = assert_one_line_error(capsys.readouterr().err)
    assert code == 2 and "is not a run id from 1 to 9223372036854775807" in line
