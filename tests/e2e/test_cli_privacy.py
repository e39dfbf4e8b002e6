"""The privacy CLI as a person runs it: passphrase set/change/remove, backup, backups, restore."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.helpers import assert_one_line_error, run_cli

pytestmark = pytest.mark.e2e

MARKER = "The lighthouse keeper whistles a marker tune at dawn."


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def protected(data_dir, tmp_path):
    """A data folder with one marked entry, protected with the passphrase in ``pass.txt``."""
    assert run_cli("journal", "add", "--text", MARKER).returncode == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("open sesame\n")
    done = run_cli("passphrase", "set", "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    return secret


def test_passphrase_set_encrypts_everything_and_commands_open_it_with_the_passphrase(data_dir, protected):
    for folder in data_dir.rglob("*"):
        if folder.is_file():
            assert MARKER.encode() not in folder.read_bytes(), folder
    assert not (data_dir / "shiftmate.db").read_bytes().startswith(b"SQLite format 3")
    by_file = run_cli("journal", "list", "--passphrase-file", str(protected))
    assert by_file.returncode == 0 and MARKER[:40] in by_file.stdout
    by_env = run_cli("journal", "list", env={"SHIFTMATE_PASSPHRASE": "open sesame"})
    assert by_env.returncode == 0 and MARKER[:40] in by_env.stdout
    doctor = run_cli("doctor", "--json", env={"SHIFTMATE_PASSPHRASE": "open sesame"})
    assert json.loads(doctor.stdout)["encrypted"] is True


def test_a_wrong_passphrase_exits_2_with_one_line_and_leaves_the_file_unchanged(data_dir, protected):
    database = data_dir / "shiftmate.db"
    before = digest(database)
    for command in (["journal", "list"], ["passphrase", "remove"], ["backup"]):
        result = run_cli(*command, env={"SHIFTMATE_PASSPHRASE": "wrong"})
        assert result.returncode == 2, command
        assert "passphrase does not open" in assert_one_line_error(result.stderr)
    assert digest(database) == before


def test_no_passphrase_without_a_terminal_exits_2_in_one_line(data_dir, protected):
    result = run_cli("journal", "list")
    assert result.returncode == 2
    assert "protected by a passphrase" in assert_one_line_error(result.stderr)


def test_change_then_remove_the_passphrase(data_dir, protected, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text("second secret")
    changed = run_cli("passphrase", "change", "--passphrase-file", str(protected),
                      "--new-passphrase-file", str(new))
    assert changed.returncode == 0, changed.stderr
    assert run_cli("journal", "list", "--passphrase-file", str(protected)).returncode == 2
    removed = run_cli("passphrase", "remove", env={"SHIFTMATE_PASSPHRASE": "second secret"})
    assert removed.returncode == 0, removed.stderr
    assert (data_dir / "shiftmate.db").read_bytes().startswith(b"SQLite format 3")
    assert MARKER[:40] in run_cli("journal", "list").stdout


def test_backup_backups_and_restore(data_dir, tmp_path):
    assert run_cli("journal", "add", "--text", "kept in the backup").returncode == 0
    made = run_cli("backup")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "elsewhere.db"
    assert run_cli("backup", "-o", str(out)).returncode == 0 and out.exists()
    again = run_cli("backup", "-o", str(out))
    assert again.returncode == 2 and "already exists" in assert_one_line_error(again.stderr)
    assert run_cli("journal", "add", "--text", "written after the backup").returncode == 0
    listed = json.loads(run_cli("backups", "--json").stdout)
    assert [b["reason"] for b in listed] == ["manual"]
    restored = run_cli("restore", listed[0]["path"])
    assert restored.returncode == 0, restored.stderr
    journal = run_cli("journal", "list").stdout
    assert "kept in the backup" in journal and "written after the backup" not in journal
    reasons = {b["reason"] for b in json.loads(run_cli("backups", "--json").stdout)}
    assert reasons == {"manual", "before-restore"}


def test_restoring_a_file_that_is_not_a_backup_is_refused_in_one_line(data_dir, tmp_path):
    assert run_cli("journal", "add", "--text", "x").returncode == 0
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    result = run_cli("restore", str(junk))
    assert result.returncode == 2
    assert_one_line_error(result.stderr)



def test_after_five_wrong_passphrases_the_command_line_waits_too(data_dir, protected):
    """20 wrong tries in a row used to be 20 tries; now the sixth and later ones wait."""
    outcomes = []
    for _ in range(20):
        wrong = run_cli("journal", "list", env={"SHIFTMATE_PASSPHRASE": "guess"})
        assert wrong.returncode == 2
        outcomes.append("tried" if "does not open" in assert_one_line_error(wrong.stderr) else "refused")
    assert outcomes[:5] == ["tried"] * 5
    assert outcomes.count("tried") <= 7  # one more after 5 s, one after 10 s more, at most
    import datetime as dt

    (data_dir / "unlock-failures.json").write_text(json.dumps(  # nine in a row: 80 s to wait
        {"failures": 9, "last": dt.datetime.now(dt.timezone.utc).isoformat()}))
    refused = run_cli("passphrase", "change", "--passphrase-file", str(protected),
                      env={"SHIFTMATE_NEW_PASSPHRASE": "another"})  # the right one waits as well
    assert refused.returncode == 2
    assert "Too many wrong passphrases; wait" in assert_one_line_error(refused.stderr)
