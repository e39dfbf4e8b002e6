"""The command line as a Unix tool: pipes, standard output, prompts, options anywhere, and
imported or pack text that can never drive the terminal."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys

import pytest

from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.store import Store
from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e

# An OSC that retitles the terminal, a clear-screen CSI, a C1 CSI, a bell and a carriage return.
HOSTILE = "Rude \x1b]0;PWNED\x07 customer \x1b[2J\x9b31m at \rthe till"


def seed(location, texts):
    store = Store.open(location)
    try:
        add_entries(store, [JournalEntry(text=text, tags=("till",)) for text in texts],
                    clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()


def shiftmate(*args, cwd=None, **kw):
    env = dict(os.environ, LC_ALL="", LC_PAPER="de_DE.UTF-8")
    return subprocess.run([sys.executable, "-m", "shiftmate", *args], capture_output=True, cwd=cwd,
                          env=env, timeout=60, stdin=subprocess.DEVNULL, **kw)


@pytest.mark.parametrize("fmt, starts", [("md", b"# ShiftMate journal"), ("json", b"{"),
                                         ("csv", b"id,uid,"), ("pdf", b"%PDF")])
def test_export_to_a_dash_writes_standard_output_and_no_file(data_dir, location, tmp_path, fmt, starts):
    seed(location, ["first call", "second call"])
    result = shiftmate("--data-dir", str(data_dir), "journal", "export", "--format", fmt, "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(starts)
    assert b"Exported" not in result.stdout and result.stderr == b""
    assert not (tmp_path / "-").exists()
    if fmt == "json":
        assert [e["text"] for e in json.loads(result.stdout)["entries"]] == ["first call", "second call"]


def test_a_reader_that_stops_early_gets_no_error_message(data_dir, location):
    seed(location, [f"entry {n}" for n in range(5)])
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `head -1` does once it has its line: every write now fails
    try:
        result = subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(data_dir), "journal", "list"],
                                stdout=write_end, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                text=True, timeout=60)
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141  # as a shell reports a tool ended by SIGPIPE, like cat or seq


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_add_at_a_terminal_says_what_it_waits_for(data_dir):
    import pty

    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "shiftmate", "--data-dir", str(data_dir), "journal", "add"],
                               stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slave)
    try:
        ready, _w, _x = select.select([process.stderr], [], [], 30)
        assert ready, "no prompt before waiting for the text"
        prompt = os.read(process.stderr.fileno(), 4096).decode()
        assert "What happened?" in prompt and "Ctrl+D" in prompt
        os.write(master, b"a customer swore at me\n\x04")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    shown = json.loads(run_cli("--data-dir", str(data_dir), "journal", "show", out.decode().strip(), "--json").stdout)
    assert shown["text"] == "a customer swore at me"


def test_global_options_may_follow_the_command(data_dir, location, tmp_path):
    seed(location, ["after the command"])
    listed = run_cli("journal", "list", "--json", "--data-dir", str(data_dir),
                     env={"SHIFTMATE_DATA_DIR": str(tmp_path / "elsewhere")})
    assert listed.returncode == 0, listed.stderr
    assert [r["first_line"] for r in json.loads(listed.stdout)] == ["after the command"]
    shown = run_cli("checklist", "show", "before-shift", "--data-dir", str(data_dir), "--debug")
    assert shown.returncode == 0, shown.stderr
    # Given before the command and not after, the option still holds.
    before = run_cli("--data-dir", str(data_dir), "journal", "list", "--json",
                     env={"SHIFTMATE_DATA_DIR": str(tmp_path / "elsewhere")})
    assert json.loads(before.stdout)[0]["first_line"] == "after the command"
    unknown = run_cli("journal", "list", "--data-dirr", str(data_dir))
    assert unknown.returncode == 2 and "--data-dirr" in assert_one_line_error(unknown.stderr)


def test_checklist_show_names_its_key_once_and_when_in_words(data_dir):
    shown = run_cli("--data-dir", str(data_dir), "checklist", "show", "before-shift")
    assert shown.returncode == 0, shown.stderr
    first = shown.stdout.splitlines()[0]
    assert first.count("before-shift") == 1 and "before a shift" in first, first
    listed = run_cli("--data-dir", str(data_dir), "checklist", "list").stdout
    assert "before a shift" in listed and "items, before-shift" not in listed


def _assert_no_raw_controls(text: str) -> None:
    for char in text:
        assert char in "\n\t" or not (ord(char) < 0x20 or 0x7f <= ord(char) <= 0x9f), repr(text)


def test_imported_terminal_escapes_are_shown_not_obeyed(data_dir, tmp_path):
    document = {"format": "shiftmate-journal", "version": 1,
                "entries": [{"uid": "0b8f7c1e-1d2a-4c3b-9e8f-7a6b5c4d3e2f", "text": HOSTILE, "occurred_at": "2026-03-10T09:00:00+00:00", "tz": "UTC",
                             "tags": ["\x1b[31mred"]}]}
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    imported = run_cli("--data-dir", str(data_dir), "journal", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    for args in (["list"], ["search", "till"], ["show", "1"]):
        result = run_cli("--data-dir", str(data_dir), "journal", *args)
        assert result.returncode == 0, result.stderr
        _assert_no_raw_controls(result.stdout)
        assert "Rude \\u001b]0;PWNED\\u0007 customer \\u001b[2J\\u009b31m" in result.stdout
        assert "\\u001b[31mred" in result.stdout
    assert "\\u000dthe till" in run_cli("--data-dir", str(data_dir), "journal", "show", "1").stdout
    # JSON stays JSON, with the text exactly as imported.
    shown = run_cli("--data-dir", str(data_dir), "journal", "show", "1", "--json")
    _assert_no_raw_controls(shown.stdout)
    assert json.loads(shown.stdout)["text"] == HOSTILE
    # An error quoting what was typed escapes it too.
    missing = run_cli("--data-dir", str(data_dir), "checklist", "show", "\x1b]0;x\x07")
    assert missing.returncode == 2
    _assert_no_raw_controls(missing.stderr)


def test_a_checklist_title_with_escapes_lists_escaped(data_dir, location):
    from shiftmate.core.checklists.library import ChecklistLibrary

    store = Store.open(location)
    try:
        ChecklistLibrary(store).create("Close \x1b[8mhidden\x1b[0m up")
    finally:
        store.close()
    listed = run_cli("--data-dir", str(data_dir), "checklist", "list")
    assert listed.returncode == 0, listed.stderr
    _assert_no_raw_controls(listed.stdout)
    assert "Close \\u001b[8mhidden\\u001b[0m up" in listed.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_pdf_is_never_poured_onto_a_terminal(data_dir, location):
    import pty

    seed(location, ["first call"])
    master, slave = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(data_dir), "journal", "export",
                                 "--format", "pdf", "-o", "-"], stdout=slave, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True, timeout=60)
    finally:
        os.close(slave)
        os.close(master)
    assert result.returncode == 2
    assert "redirect it" in assert_one_line_error(result.stderr)
