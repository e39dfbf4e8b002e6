"""`shiftmate phrases` as a person runs it: the card's steps in order with each line's source,
JSON for scripts, the worker's own lines, and hostile input refused in one line."""

from __future__ import annotations

import json

import pytest

from shiftmate.core.moment.builtin import STEP_KEYS
from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e


def test_phrases_prints_the_steps_in_order_and_json_names_each_line_s_source(data_dir):
    base = ("--data-dir", str(data_dir))
    added = run_cli(*base, "phrases", "add", "boundary", "I'll get my lead now.")
    assert added.returncode == 0, added.stderr
    line_id = added.stdout.strip()
    assert line_id.startswith("mine:")
    text = run_cli(*base, "phrases")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("1. Listen first (listen)\n")
    assert "   - I'll get my lead now.  [mine]" in text.stdout
    assert [text.stdout.index(f"({key})") for key in STEP_KEYS] == sorted(
        text.stdout.index(f"({key})") for key in STEP_KEYS)
    data = json.loads(run_cli(*base, "phrases", "--json").stdout)
    assert [s["step"] for s in data["steps"]] == list(STEP_KEYS)
    assert data["contacts"] == [] and data["policy"] == []
    first = data["steps"][0]["lines"][0]
    assert first["source"] == "built-in" and first["text"] and first["id"] == "builtin:listen.1"
    assert data["steps"][5]["lines"][-1] == {"text": "I'll get my lead now.", "source": "mine", "id": line_id}

    assert run_cli(*base, "phrases", "hide", "builtin:listen.1").returncode == 0
    assert run_cli(*base, "phrases", "hide", line_id).returncode == 0
    data = json.loads(run_cli(*base, "phrases", "--json").stdout)
    assert data["steps"][0]["lines"][0]["id"] == "builtin:listen.2"
    assert all(line["source"] != "mine" for line in data["steps"][5]["lines"])
    assert run_cli(*base, "phrases", "restore", "builtin:listen.1").returncode == 0
    assert run_cli(*base, "phrases", "restore", line_id).returncode == 0
    data = json.loads(run_cli(*base, "phrases", "--json").stdout)
    assert data["steps"][0]["lines"][0]["id"] == "builtin:listen.1"
    assert data["steps"][5]["lines"][-1]["id"] == line_id


@pytest.mark.parametrize("args, said", [
    (("add", "boundary", "x" * 100_000), "at most 200 characters"),
    (("add", "boundary", "  \t "), "empty line"),
    (("add", "shout", "hi"), "invalid choice"),
    (("hide", "builtin:nope"), "no line 'builtin:nope'"),
    (("hide", "pack:acme:0"), "manager's pack"),
])
def test_bad_phrases_input_is_one_line_on_stderr_and_exit_2(data_dir, args, said):
    result = run_cli("--data-dir", str(data_dir), "phrases", *args)
    assert result.returncode == 2
    assert said in assert_one_line_error(result.stderr)
    assert "mine" not in run_cli("--data-dir", str(data_dir), "phrases").stdout


def test_a_managers_pack_brings_its_lines_contacts_and_policy_to_the_card(data_dir):
    from shiftmate.core.system.resources import resource_path

    base = ("--data-dir", str(data_dir))
    imported = run_cli(*base, "pack", "import", "--yes", str(resource_path("packs", "example.shiftpack.toml")))
    assert imported.returncode == 0, imported.stderr
    data = json.loads(run_cli(*base, "phrases", "--json").stdout)
    pack_lines = [(s["step"], line["text"]) for s in data["steps"] for line in s["lines"]
                  if line["source"] == "example.corner-cafe"]
    assert pack_lines and all(step in STEP_KEYS for step, _text in pack_lines)
    assert {c["name"] for c in data["contacts"]} >= {"Dana, shift lead", "Sam, store manager"}
    assert all(c["source"] == "example.corner-cafe" for c in data["contacts"])
    assert data["policy"] and data["policy"][0]["exceptions"]
    text = run_cli(*base, "phrases").stdout
    assert "[example.corner-cafe]" in text and "Dana, shift lead" in text
    removed = run_cli(*base, "pack", "remove", "--yes", "example.corner-cafe")
    assert removed.returncode == 0, removed.stderr
    after = json.loads(run_cli(*base, "phrases", "--json").stdout)
    assert after["contacts"] == [] and after["policy"] == []
    assert not any(line["source"] == "example.corner-cafe" for s in after["steps"] for line in s["lines"])
