"""Writers during a conversion: no entry reported saved is lost, whatever the moment.

Two writer processes add journal entries every few milliseconds while `shiftmate passphrase set` and
`passphrase change` run again and again from the command line, and some of those are killed
with SIGKILL at a random moment. A writer prints "saved" only after ``add_entry`` returned;
a refused write ("ShiftMate is changing the passphrase …") is tried again. At the end every
entry reported saved must be in the database. ``SHIFTMATE_CONVERSION_TRIALS`` sets how many
conversions run (the README's figures come from 100).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from shiftmate.core.storage.encryption import (
    WrongPassphrase,
    is_protected,
    open_keyed,
    plaintext_copies,
    work_leftovers,
)
from shiftmate.core.journal.entries import JournalEntry, add_entries
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")]

TRIALS = int(os.environ.get("SHIFTMATE_CONVERSION_TRIALS", "6"))
KEYS = ("first key", "second key")

WRITER = r"""
import random, sys, time
from pathlib import Path
from shiftmate.core.storage.encryption import is_protected
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store

location = DataLocation(Path(sys.argv[1]))
name = sys.argv[2]
keys = sys.argv[3].split("|")

def open_store():
    while True:
        candidates = keys if is_protected(location.database) else [None]
        for key in candidates:
            try:
                store = Store.open(location, passphrase=key)
            except Exception as exc:  # a wrong key, or a conversion under way
                last = exc
                continue
            # This writer guesses between two keys; its wrong guesses are not what this
            # test is about, and would make every opener wait (core.privacy.unlock_limit).
            (location.root / "unlock-failures.json").unlink(missing_ok=True)
            return store
        print("reopen-failed", type(last).__name__, flush=True)
        time.sleep(0.01)

store = open_store()
n = 0
while True:
    text = f"{name} {n}"
    try:
        add_entry(store, JournalEntry(text=text))
    except Exception as exc:
        print("refused", type(exc).__name__, str(exc).replace("\n", " ")[:200], flush=True)
        try:
            store.close()
        except Exception:
            pass
        store = open_store()
        continue  # the same text again: it was never reported saved
    print("saved", text, flush=True)  # only after add_entry returned
    n += 1
    time.sleep(random.random() * 0.02)  # a person's pace, not a benchmark's
"""


def current_key(location):
    if not is_protected(location.database):
        return None
    for key in KEYS:
        try:
            open_keyed(location.database, key).close()
            return key
        except WrongPassphrase:
            continue
    raise AssertionError("the database opens with neither passphrase")


def cli(data_dir, *args, env):
    return subprocess.Popen(
        [sys.executable, "-m", "shiftmate", "--debug", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        env={**os.environ, **env},
    )


def test_no_entry_reported_saved_is_lost_while_the_passphrase_is_set_and_changed(data_dir):
    location = DataLocation(data_dir)
    store = Store.open(location)
    add_entries(store, (JournalEntry(text=f"kept {n}") for n in range(40)))
    store.close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), f"w{i}", "|".join(KEYS)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         stdin=subprocess.DEVNULL)
        for i in range(2)
    ]
    rng = random.Random(16)
    outcomes = {"converted": 0, "killed": 0, "failed": 0}
    failures = []
    try:
        time.sleep(0.3)  # the writers are writing before the first conversion
        for trial in range(TRIALS):
            old = current_key(location)
            new = KEYS[1] if old == KEYS[0] else KEYS[0]
            if old is None:
                proc = cli(data_dir, "passphrase", "set", "--plaintext-backups", "encrypt",
                           env={"SHIFTMATE_PASSPHRASE": new})
            else:
                proc = cli(data_dir, "passphrase", "change",
                           env={"SHIFTMATE_PASSPHRASE": old, "SHIFTMATE_NEW_PASSPHRASE": new})
            if trial % 3 == 2:  # a kill at a random moment of the conversion
                time.sleep(rng.random() * 2.0)
                proc.send_signal(signal.SIGKILL)
                outcomes["killed"] += 1
            _out, err = proc.communicate(timeout=120)
            if trial % 3 != 2:
                if proc.returncode == 0:
                    outcomes["converted"] += 1
                else:
                    outcomes["failed"] += 1
                    failures.append(err.strip())
            for backup in location.backups.glob("*"):
                backup.unlink()  # only to keep each conversion short; backups have their own tests
    finally:
        for writer in writers:
            writer.send_signal(signal.SIGKILL)
        outputs = [writer.communicate(timeout=30)[0] for writer in writers]
    # Only whole lines: a writer killed in the middle of printing acknowledged nothing.
    saved = {line.split(" ", 1)[1] for out in outputs for line in out.split("\n")[:-1]
             if line.startswith("saved ")}
    refusals = [line for out in outputs for line in out.splitlines() if line.startswith("refused")]
    key = current_key(location)
    store = Store.open(location, passphrase=key)  # also finishes what a kill left
    try:
        present = {row[0] for row in store.db.execute("SELECT text FROM journal_entries")}
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    assert work_leftovers(location) == [] and plaintext_copies(location) == []
    lost = saved - present
    print(f"\nconversion trials: {TRIALS} {outcomes}; entries reported saved: {len(saved)}; "
          f"lost: {len(lost)}; refused writes: {len(refusals)}")
    for line in sorted(set(r.split(" ", 2)[1] + " " + r.split(" ", 2)[2][:90] for r in refusals)):
        print("  refusal:", line)
    for failure in failures:
        print("  failed conversion:", failure[-3000:])
    assert {f"kept {n}" for n in range(40)} <= present
    assert not lost, f"{len(lost)} of {len(saved)} entries reported saved are gone: {sorted(lost)[:5]}"
    assert saved, "the writers never wrote"
    assert not failures, failures
