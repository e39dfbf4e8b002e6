"""One instance per data folder: the second launch hands over to the first."""

from __future__ import annotations

import subprocess
import sys

from shiftmate.ui.shell.single_instance import LOCK_NAME, SingleInstance, instance_key


def test_second_instance_cannot_claim_and_brings_the_first_forward(qtbot, location):
    location.ensure()
    first = SingleInstance(location)
    assert first.claim_lock()
    first.listen()
    second = SingleInstance(location)
    assert not second.claim_lock()
    with qtbot.waitSignal(first.activation_requested, timeout=5_000):
        assert second.hand_over(timeout_s=2)
    first.release()


def test_after_release_the_next_launch_is_first(qtbot, location):
    location.ensure()
    first = SingleInstance(location)
    assert first.claim_lock()
    first.listen()
    first.release()
    again = SingleInstance(location)
    assert again.claim_lock()
    again.release()


def test_a_lock_left_by_a_crashed_process_does_not_block_start(qtbot, location):
    location.ensure()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    import socket

    (location.root / LOCK_NAME).write_text(f"{pid}\nshiftmate\n{socket.gethostname()}\n")
    instance = SingleInstance(location)
    assert instance.claim_lock()
    instance.listen()
    instance.release()


def test_hand_over_gives_up_when_nobody_answers(location):
    lonely = SingleInstance(location)
    assert lonely.hand_over(timeout_s=0.2) is False


def test_key_is_per_data_folder_and_can_be_overridden(tmp_path, monkeypatch):
    from shiftmate.core.storage.paths import DataLocation

    monkeypatch.delenv("SHIFTMATE_INSTANCE_KEY")
    a, b = DataLocation(tmp_path / "a"), DataLocation(tmp_path / "b")
    assert instance_key(a) != instance_key(b)
    assert instance_key(a) == instance_key(DataLocation(tmp_path / "a"))
    monkeypatch.setenv("SHIFTMATE_INSTANCE_KEY", "test-key")
    assert instance_key(a) == "test-key"



def test_the_instance_lock_is_private_to_the_user(location):
    """It names the host, machine and boot: 0600 like every file in the data folder."""
    import os
    import stat

    location.ensure()
    old_mask = os.umask(0o022)  # the usual umask, under which the lock was 0644
    try:
        instance = SingleInstance(location)
        assert instance.claim_lock()
    finally:
        os.umask(old_mask)
    try:
        assert stat.S_IMODE((location.root / LOCK_NAME).stat().st_mode) == 0o600
    finally:
        instance.release()


def test_a_later_launch_hands_over_the_pack_file_it_was_given(qtbot, location, tmp_path):
    location.ensure()
    first = SingleInstance(location)
    assert first.claim_lock()
    first.listen()
    pack = str(tmp_path / "ünïcode — acme.shiftpack.toml")
    second = SingleInstance(location)
    with qtbot.waitSignal(first.file_requested, timeout=5_000) as asked:
        with qtbot.waitSignal(first.activation_requested, timeout=5_000):
            assert second.hand_over(timeout_s=2, open_file=pack)
    assert asked.args == [pack]
    first.release()


def test_a_message_in_pieces_is_read_whole_and_a_stray_writer_is_ignored(qtbot, location, tmp_path):
    from PySide6.QtNetwork import QLocalSocket

    location.ensure()
    first = SingleInstance(location)
    assert first.claim_lock()
    first.listen()
    asked: list[str] = []
    first.file_requested.connect(asked.append)
    stray = QLocalSocket()
    stray.connectToServer(first.key)
    assert stray.waitForConnected(2000)
    stray.write(b"open relative/path.shiftpack.toml\n")  # not absolute: never opened
    stray.flush()
    pack = str(tmp_path / "acme.shiftpack.toml")
    piece = QLocalSocket()
    piece.connectToServer(first.key)
    assert piece.waitForConnected(2000)
    piece.write(b"open " + pack.encode()[:5])
    piece.flush()
    qtbot.waitUntil(lambda: first.unfinished_messages == 2, timeout=5_000)  # both pieces arrived alone
    with qtbot.waitSignal(first.activation_requested, timeout=5_000):
        piece.write(pack.encode()[5:] + b"\nactivate\n")
        piece.flush()
    assert asked == [pack]
    stray.write(b"activate\n")
    with qtbot.waitSignal(first.activation_requested, timeout=5_000):
        stray.flush()
    assert asked == [pack]
    first.release()
