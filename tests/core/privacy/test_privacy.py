"""Passphrase protection: nothing readable is left behind, wrong keys change nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat

import pytest

from shiftmate.core.privacy import passphrase as privacy
from shiftmate.core.privacy.backups import back_up_now, list_backups
from shiftmate.core.storage.encryption import PassphraseNeeded, WrongPassphrase, is_protected
from shiftmate.core.journal.entries import JournalEntry, add_entry, entry_count
from shiftmate.core.storage.store import Store

MARKER = "Marker sentence: the blue heron sings at quarter past nine."
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc)
PASS = "correct horse 'battery' \"staple\" ünïcode"


def fill(location, entries: int = 30) -> None:
    store = Store.open(location)
    try:
        add_entry(store, JournalEntry(text=MARKER, tags=("heron",)))
        for n in range(entries):
            add_entry(store, JournalEntry(text=f"ordinary entry {n} " + "padding " * 20))
        back_up_now(store, now=NOW - dt.timedelta(days=1))  # a plaintext backup exists
    finally:
        store.close()


def every_byte_under(root) -> list[tuple[str, bytes]]:
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                found.append((path, handle.read()))
    return found


def assert_marker_nowhere(root) -> None:
    needles = [MARKER.encode(), b"blue heron", MARKER.encode("utf-16-le"), b"heron"]
    for path, data in every_byte_under(root):
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path}"


def entries(location, passphrase=None) -> int:
    store = Store.open(location, passphrase=passphrase)
    try:
        return entry_count(store)
    finally:
        store.close()


def test_after_protecting_no_file_under_the_data_dir_holds_the_marker(location):
    fill(location)
    assert any(MARKER.encode() in data for _p, data in every_byte_under(location.root))
    privacy.protect(location, PASS, now=NOW)
    assert_marker_nowhere(location.root)
    assert not location.database.read_bytes().startswith(b"SQLite format 3")
    assert is_protected(location.database)
    assert entries(location, PASS) == 31
    assert all(b.encrypted for b in list_backups(location))
    assert len(list_backups(location)) == 2  # the old one and the one made before encrypting


def test_protecting_can_remove_plaintext_backups_instead(location):
    fill(location)
    privacy.protect(location, PASS, now=NOW, plaintext_backups="remove")
    assert_marker_nowhere(location.root)
    assert list_backups(location) == []


def test_a_protected_database_needs_its_passphrase_and_a_wrong_one_changes_nothing(location):
    fill(location, entries=3)
    privacy.protect(location, PASS, now=NOW)
    before = {p: hashlib.sha256(d).hexdigest() for p, d in every_byte_under(location.root)}
    with pytest.raises(PassphraseNeeded):
        Store.open(location)
    with pytest.raises(WrongPassphrase) as caught:
        Store.open(location, passphrase="not it")
    assert caught.value.exit_code == 2 and "\n" not in caught.value.sentence
    after = {p: hashlib.sha256(d).hexdigest() for p, d in every_byte_under(location.root)}
    counted = str(location.root / "unlock-failures.json")  # the wrong try is counted, nothing else
    assert counted in after and {p: h for p, h in after.items() if p != counted} == before


def test_changing_the_passphrase_rekeys_database_and_backups(location):
    fill(location, entries=3)
    privacy.protect(location, PASS, now=NOW)
    privacy.change(location, PASS, "new one", now=NOW + dt.timedelta(hours=1))
    with pytest.raises(WrongPassphrase):
        Store.open(location, passphrase=PASS)
    assert entries(location, "new one") == 4
    assert_marker_nowhere(location.root)
    from shiftmate.core.privacy.backups import check_backup

    for backup in list_backups(location):
        assert check_backup(backup.path, "new one") == "new one"


def test_removing_the_passphrase_gives_back_plain_sqlite(location):
    fill(location, entries=3)
    privacy.protect(location, PASS, now=NOW)
    privacy.remove(location, PASS, now=NOW + dt.timedelta(hours=1))
    assert location.database.read_bytes().startswith(b"SQLite format 3")
    assert not is_protected(location.database)
    assert entries(location) == 4
    assert all(not b.encrypted for b in list_backups(location))


def test_the_old_file_and_its_wal_are_gone_after_protecting(location):
    fill(location, entries=3)
    privacy.protect(location, PASS, now=NOW)
    names = sorted(p.name for p in location.root.iterdir())
    assert names == ["backups", "shiftmate.db", "shiftmate.db.lock", "shiftmate.db.lock-gate",
                     "shiftmate.db.protected"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_dir_is_0700_and_every_file_0600(location):
    fill(location, entries=3)
    privacy.protect(location, PASS, now=NOW)
    store = Store.open(location, passphrase=PASS)
    back_up_now(store, now=NOW + dt.timedelta(hours=2))
    store.close()
    assert stat.S_IMODE(location.root.stat().st_mode) == 0o700
    for folder, _dirs, files in os.walk(location.root):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
        for name in files:
            assert stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) == 0o600, name


def test_a_passphrase_with_quotes_cannot_inject_sql(location):
    fill(location, entries=1)
    nasty = "x'; ATTACH DATABASE 'evil.db' AS e; --"
    privacy.protect(location, nasty, now=NOW)
    assert entries(location, nasty) == 2
    assert not (location.root / "evil.db").exists()


def test_setting_the_same_passphrase_again_finishes_backups_left_plain_by_a_crash(location):
    fill(location, entries=2)
    plain_copy = next(b.path for b in list_backups(location)).read_bytes()
    privacy.protect(location, PASS, now=NOW)
    (location.backups / "shiftmate-20260301-090000-manual.db").write_bytes(plain_copy)
    with pytest.raises(WrongPassphrase):
        privacy.protect(location, "another", now=NOW)
    privacy.protect(location, PASS, now=NOW)
    assert_marker_nowhere(location.root)


def test_a_backup_killed_before_its_rename_leaves_no_plaintext_after_protecting(location):
    fill(location, entries=2)
    # What `shiftmate backup` killed between copying and renaming leaves: a full plain copy.
    leftover = location.backups / "shiftmate-20260302-080000-daily.db.converting"
    leftover.write_bytes(location.database.read_bytes())
    privacy.protect(location, PASS, now=NOW)
    assert not leftover.exists()
    assert_marker_nowhere(location.root)


def test_changing_the_passphrase_encrypts_backups_a_kill_after_the_swap_left_plain(location):
    fill(location, entries=2)
    plain = [(b.path, b.path.read_bytes()) for b in list_backups(location)]
    privacy.protect(location, PASS, now=NOW)
    for path, data in plain:  # as if `passphrase set` was killed right after the swap
        path.write_bytes(data)
    privacy.change(location, PASS, "new one", now=NOW + dt.timedelta(hours=1))
    assert_marker_nowhere(location.root)
    from shiftmate.core.privacy.backups import check_backup

    for backup in list_backups(location):
        assert check_backup(backup.path, "new one") == "new one"


def test_opening_finishes_what_an_interrupted_conversion_left(location):
    fill(location, entries=2)
    plain = [(b.path, b.path.read_bytes()) for b in list_backups(location)]
    privacy.protect(location, PASS, now=NOW)
    for path, data in plain:
        path.write_bytes(data)
    (location.root / "shiftmate.db.converting").write_bytes(plain[0][1])
    from shiftmate.core.storage.encryption import plaintext_copies

    assert len(plaintext_copies(location)) == 2
    assert entries(location, PASS) == 3  # an open, as the window's start or any command does
    assert plaintext_copies(location) == []
    assert_marker_nowhere(location.root)


def test_a_plaintext_copy_that_cannot_be_encrypted_stays_listed(location):
    fill(location, entries=1)
    privacy.protect(location, PASS, now=NOW)
    damaged = location.backups / "shiftmate-20260301-070000-manual.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
    from shiftmate.core.storage.encryption import plaintext_copies

    entries(location, PASS)
    assert plaintext_copies(location) == [damaged]


def test_wrong_passphrases_are_counted_in_the_data_folder_and_make_every_opener_wait(location):
    from shiftmate.core.privacy.unlock_limit import FILE_NAME, TooManyTries

    fill(location, entries=1)
    privacy.protect(location, PASS, now=NOW)
    for n in range(5):
        with pytest.raises(WrongPassphrase):
            Store.open(location, passphrase=f"guess {n}", now=NOW)
    assert stat.S_IMODE((location.root / FILE_NAME).stat().st_mode) == 0o600
    # A new process (a restart, another command) finds the same count: no key is tried,
    # not even the right one, until the wait is over.
    with pytest.raises(TooManyTries) as caught:
        Store.open(location, passphrase=PASS, now=NOW + dt.timedelta(seconds=4))
    assert caught.value.exit_code == 2 and "wait 1 seconds" in caught.value.sentence
    with pytest.raises(WrongPassphrase):
        Store.open(location, passphrase="guess 6", now=NOW + dt.timedelta(seconds=5))
    with pytest.raises(TooManyTries):
        Store.open(location, passphrase=PASS, now=NOW + dt.timedelta(seconds=14))
    Store.open(location, passphrase=PASS, now=NOW + dt.timedelta(seconds=15)).close()
    assert not (location.root / FILE_NAME).exists()  # a passphrase that opens starts again at zero


def test_a_program_writing_past_the_lock_makes_the_conversion_say_so(location, monkeypatch):
    """ShiftMate's own writers wait for a conversion; another program (or an older ShiftMate)
    does not, and the copy then misses its rows: the sentence says that, not "did not match"."""
    import sqlite3

    from shiftmate.core.storage import encryption
    from shiftmate.core.errors import DatabaseProblem

    fill(location, entries=1)
    real_counts = encryption.row_counts
    calls = []

    def counts_then_a_foreign_write(conn, schema="main"):
        counts = real_counts(conn, schema)
        if not calls:  # right after the source was counted, before it is copied
            calls.append(1)
            foreign = sqlite3.connect(location.database)
            foreign.execute("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'y', 'z')")
            foreign.commit()
            foreign.close()
        return counts

    monkeypatch.setattr(encryption, "row_counts", counts_then_a_foreign_write)
    with pytest.raises(DatabaseProblem) as caught:
        privacy.protect(location, PASS, now=NOW)
    assert "another program wrote to the database while it was being converted" in caught.value.sentence
    assert not is_protected(location.database)
