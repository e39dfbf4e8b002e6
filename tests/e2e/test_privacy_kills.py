"""Crash safety: SIGKILL at random moments while writing, encrypting, re-keying and restoring."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time

import pytest

from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.privacy.backups import back_up_now, list_backups
from shiftmate.core.storage.encryption import PassphraseNeeded, WrongPassphrase
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")]

WRITER_KILLS = 20
CONVERSION_KILLS = 5  # per operation; each run derives keys, which is slow by design

WRITER = r"""
import sys
from pathlib import Path
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
store = Store.open(DataLocation(Path(sys.argv[1])))
n = int(sys.argv[2])
while True:
    text = f"entry {n}"
    entry_id = add_entry(store, JournalEntry(text=text))
    print("saved", entry_id, text, flush=True)  # only after add_entry returned
    n += 1
"""

CONVERT = r"""
import sys, datetime as dt
from pathlib import Path
from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.privacy.backups import restore_backup
from shiftmate.core.storage.paths import DataLocation
location = DataLocation(Path(sys.argv[1]))
now = dt.datetime.now(dt.timezone.utc)
action = sys.argv[2]
print("start", flush=True)
if action == "protect":
    privacy.protect(location, "new", now=now)
elif action == "change":
    privacy.change(location, "old", "new", now=now)
else:
    restore_backup(location, Path(sys.argv[3]), "old", now)
print("done", flush=True)
"""


def texts(location, passphrase=None) -> set[str]:
    store = Store.open(location, passphrase=passphrase)
    try:
        assert store.quick_check().ok
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in store.db.execute("SELECT text FROM journal_entries")}
    finally:
        store.close()


def wait_for_line(proc, timeout: float = 60) -> str:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise AssertionError("the child said nothing in time")
    return proc.stdout.readline()


def kill(proc) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()


def test_every_entry_reported_saved_survives_sigkill_20_times(data_dir):
    location = DataLocation(data_dir)
    rng = random.Random(7)
    reported: set[str] = set()
    next_number = 0
    for _round in range(WRITER_KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), str(next_number)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        )
        try:
            for _ in range(rng.randint(1, 6)):
                line = wait_for_line(proc)
                assert line.startswith("saved "), line
                reported.add(line.split(" ", 2)[2].strip())
            time.sleep(rng.random() * 0.02)  # a random moment, possibly mid-transaction
        finally:
            kill(proc)
        present = texts(location)
        assert reported <= present
        next_number = 1000 * (_round + 1)


def make_store(location, passphrase, count=40):
    store = Store.open(location, passphrase=passphrase)
    try:
        add_entries(store, (JournalEntry(text=f"kept {n}") for n in range(count)))
    finally:
        store.close()


def opens_with_either(location, keys) -> set[str]:
    for key in keys:
        try:
            return texts(location, key)
        except (WrongPassphrase, PassphraseNeeded):
            continue
    raise AssertionError("the database opens with neither passphrase")


@pytest.mark.parametrize("action", ["protect", "change", "restore"])
def test_a_kill_while_converting_loses_nothing(tmp_path, action):
    rng = random.Random(action)
    for round_ in range(CONVERSION_KILLS):
        data_dir = tmp_path / f"{action}-{round_}"
        location = DataLocation(data_dir)
        extra = []
        if action == "protect":
            make_store(location, None)
        else:
            make_store(location, None)
            privacy.protect(location, "old", now=_now())
        if action == "restore":
            store = Store.open(location, passphrase="old")
            backup = back_up_now(store, now=_now())
            store.close()
            extra = [str(backup)]
        proc = subprocess.Popen(
            [sys.executable, "-c", CONVERT, str(data_dir), action, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        )
        try:
            assert wait_for_line(proc).strip() == "start"
            time.sleep(rng.random() * 1.5)  # anywhere from before the backup to after the swap
        finally:
            kill(proc)
        present = opens_with_either(location, [None, "old", "new"])
        assert {f"kept {n}" for n in range(40)} <= present
        for backup in list_backups(location):
            assert backup.path.stat().st_size > 0


def _now():
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc)


PLAIN_MARKER = "Marker: the careful heron stacked the saucers."

STOP_BEFORE_RENAME = r"""
import os, sys, time
from pathlib import Path
import shiftmate.core.storage.database as database

class _Os:  # the module's os, except that the rename of the finished copy never comes
    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def replace(src, dst):
        print("copied", flush=True)
        time.sleep(600)

database.os = _Os()
from shiftmate.core.privacy.backups import back_up_now
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
back_up_now(Store.open(DataLocation(Path(sys.argv[1]))))
"""

STOP_AFTER_SWAP = r"""
import sys, time, datetime as dt
from pathlib import Path
from shiftmate.core.privacy import passphrase as privacy

def _stop(*args, **kwargs):  # the database is encrypted; its backups are not yet
    print("swapped", flush=True)
    time.sleep(600)

privacy.follow_backups = _stop
from shiftmate.core.storage.paths import DataLocation
privacy.protect(DataLocation(Path(sys.argv[1])), "first secret", now=dt.datetime.now(dt.timezone.utc))
"""


def files_with_marker(root) -> list[str]:
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as handle:
                if b"careful heron" in handle.read():
                    found.append(name)
    return found


def kill_when_it_says(script, data_dir, word) -> None:
    proc = subprocess.Popen([sys.executable, "-c", script, str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        assert wait_for_line(proc).strip() == word
    finally:
        kill(proc)


def plain_data(location) -> None:
    store = Store.open(location)
    try:
        add_entries(store, [JournalEntry(text=PLAIN_MARKER)] + [
            JournalEntry(text=f"entry {n} " + "padding " * 30) for n in range(200)])
        back_up_now(store, now=_now())
    finally:
        store.close()


def test_a_backup_killed_before_its_rename_leaves_no_plaintext_once_protected(data_dir):
    from tests.helpers import run_cli

    location = DataLocation(data_dir)
    plain_data(location)
    kill_when_it_says(STOP_BEFORE_RENAME, data_dir, "copied")
    assert any(name.endswith(".converting") for name in files_with_marker(data_dir))
    done = run_cli("--data-dir", str(data_dir), "passphrase", "set",
                   env={"SHIFTMATE_PASSPHRASE": "first secret"})
    assert done.returncode == 0, done.stderr
    assert files_with_marker(data_dir) == []


def test_a_kill_just_after_the_swap_leaves_no_plaintext_once_the_passphrase_changes(data_dir):
    from tests.helpers import run_cli

    location = DataLocation(data_dir)
    plain_data(location)
    kill_when_it_says(STOP_AFTER_SWAP, data_dir, "swapped")
    assert files_with_marker(data_dir)  # the backups are still plain
    assert not location.database.read_bytes().startswith(b"SQLite format 3")
    changed = run_cli("--data-dir", str(data_dir), "passphrase", "change",
                      env={"SHIFTMATE_PASSPHRASE": "first secret",
                           "SHIFTMATE_NEW_PASSPHRASE": "second secret"})
    assert changed.returncode == 0, changed.stderr
    assert files_with_marker(data_dir) == []
    assert PLAIN_MARKER in texts(location, "second secret")
