"""`shiftmate journal …` as a person runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def cli(data_dir, *args, **kw):
    return run_cli("--data-dir", str(data_dir), "journal", *args, **kw)


def test_add_list_show_search_delete(data_dir):
    added = cli(data_dir, "add", "--text", "Customer <b>yelled</b> about a refund", "--intensity", "8",
                "--after", "3", "--channel", "phone", "--tag", "refund", "--at", "2026-03-10T09:00:00+01:00")
    assert added.returncode == 0, added.stderr
    entry_id = int(added.stdout)
    listed = json.loads(cli(data_dir, "list", "--json").stdout)
    assert listed[0]["first_line"] == "Customer <b>yelled</b> about a refund"
    assert listed[0]["occurred_at"] == "2026-03-10T08:00:00+00:00"
    found = json.loads(cli(data_dir, "search", "refun", "--json").stdout)
    assert [r["id"] for r in found] == [entry_id]
    shown = json.loads(cli(data_dir, "show", str(entry_id), "--json").stdout)
    assert (shown["intensity_before"], shown["intensity_after"], shown["tags"]) == (8, 3, ["refund"])
    refused = cli(data_dir, "delete", str(entry_id))
    assert refused.returncode == 2 and "--yes" in assert_one_line_error(refused.stderr)
    assert cli(data_dir, "delete", str(entry_id), "--yes").returncode == 0
    assert json.loads(cli(data_dir, "list", "--json").stdout) == []


def test_add_reads_the_text_from_standard_input(data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "shiftmate", "--data-dir", str(data_dir), "journal", "add"],
        input="piped in\nsecond line\n", capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(cli(data_dir, "show", result.stdout.strip(), "--json").stdout)
    assert shown["text"] == "piped in\nsecond line"


@pytest.mark.parametrize("args, fragment", [
    (["add", "--text", "x", "--intensity", "11"], "not between 0 and 10"),
    (["add", "--text", "  "], "what happened"),
    (["add", "--text", "x", "--at", "soon"], "not a date and time"),
    (["show", "999"], "no journal entry with id 999"),
    (["import", "missing.json"], "There is no file"),
    (["export", "--format", "md", "-o", "/no/such/dir/x.md"], "does not exist"),
    ([], "needs a sub-command"),
])
def test_journal_mistakes_are_one_line_and_exit_2(data_dir, args, fragment):
    result = cli(data_dir, *args)
    assert result.returncode == 2
    assert fragment in assert_one_line_error(result.stderr)


def test_export_json_then_import_into_another_folder(data_dir, tmp_path):
    cli(data_dir, "add", "--text", "one", "--tag", "a")
    cli(data_dir, "add", "--text", "two")
    out = tmp_path / "journal.json"
    exported = cli(data_dir, "export", "--format", "json", "-o", str(out), "--tag", "a")
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "other"
    imported = run_cli("--data-dir", str(other), "journal", "import", str(out))
    assert imported.returncode == 0 and "Imported 1 entry from" in imported.stdout
    assert [r["first_line"] for r in json.loads(cli(other, "list", "--json").stdout)] == ["one"]


def test_pdf_export_writes_a_pdf(data_dir, tmp_path):
    cli(data_dir, "add", "--text", "<img src=x> & 😤 שלום")
    out = tmp_path / "journal.pdf"
    result = cli(data_dir, "export", "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
