"""The window's log, the crash notice on the next start, and Settings ▸ About (issue 20, item 2).

The log is read back after a session in which a person typed words no log may hold: a
journal entry, a passphrase, and a data-thread error whose message quotes them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication

from shiftmate.core.system.diagnostics import CRASH_NAME, LOG_NAME, RUNNING_NAME, LogSession, log_folder
from shiftmate.ui.shell.crash_notice import CrashNotice, start_window_log
from tests.ui.privacy.test_privacy_settings import fill_dialog_when_shown

SECRET_ENTRY = "Zanzibar customer shouted about marmalade"
SECRET_PASSPHRASE = "quokka lantern 7731"
SECRET_ERROR = "pumpernickel-in-the-error"


@pytest.fixture
def log_session(tmp_path):
    session = LogSession(tmp_path / "logs").begin()
    yield session
    session.end()


def all_log_text(folder) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace")
                     for path in sorted(folder.iterdir()) if path.is_file())


def test_a_session_log_holds_what_happened_and_nothing_anyone_typed(window, qtbot, log_session):
    start_window_log(window, log_session, window.services.location.root)
    # A journal entry, typed and saved as a person does.
    window.journal.open_capture()
    capture = window.journal.capture
    qtbot.keyClicks(capture.text_edit, SECRET_ENTRY)
    with qtbot.waitSignal(window.journal.capture_saved, timeout=10_000):
        qtbot.mouseClick(capture.save_button, Qt.LeftButton)
    # A passphrase set in Settings ▸ Privacy.
    settings = window.show_screen("settings")
    fill_dialog_when_shown(qtbot, SECRET_PASSPHRASE)
    with qtbot.waitSignal(window.services.opened, timeout=20_000):
        settings.privacy.protect_button.click()
    # An unexpected error on the data thread whose message quotes what was typed.
    failures = []

    def job(store):
        raise ValueError(f"{SECRET_ERROR} {SECRET_ENTRY} {SECRET_PASSPHRASE}")

    window.services.run(job, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert SECRET_ERROR in failures[0]  # the person is told; the log is not
    log_session.end()

    text = all_log_text(log_session.folder)
    assert "ShiftMate 0.1.0 started" in text and "ShiftMate quit" in text
    assert "unexpected error on the data thread" in text and "builtins.ValueError" in text
    assert "in job" in text  # the stack is kept for the bug report
    for word in ("Zanzibar", "marmalade", "quokka", "7731", "pumpernickel"):
        assert word not in text, f"{word!r} reached the log"
    assert not (log_session.folder / RUNNING_NAME).exists()


def test_a_crash_shows_the_notice_once_with_copy_debug_info(tmp_path, window, qtbot):
    folder = tmp_path / "logs"
    # A run that dies of a fatal error: faulthandler writes its stack into crash.log.
    died = subprocess.run(
        [sys.executable, "-c",
         "import faulthandler, sys; from shiftmate.core.system.diagnostics import LogSession; "
         f"LogSession({str(folder)!r}).begin(); faulthandler._sigsegv()"],
        capture_output=True, text=True, timeout=60, check=False)
    assert died.returncode != 0
    assert (folder / RUNNING_NAME).exists() and "Segmentation fault" in (folder / CRASH_NAME).read_text()

    session = LogSession(folder).begin()
    try:
        notice = start_window_log(window, session, window.services.location.root)
        assert isinstance(notice, CrashNotice)
        qtbot.waitExposed(notice)
        assert not notice.isModal()
        from PySide6.QtWidgets import QLabel

        assert notice.windowTitle() == "ShiftMate closed unexpectedly"
        assert "ShiftMate closed unexpectedly last time." in [label.text() for label in notice.findChildren(QLabel)]
        details = notice.details.toPlainText()
        assert "Segmentation fault" in details and "SQLCipher:" in details and "Qt:" in details
        qtbot.mouseClick(notice.copy_button, Qt.LeftButton)
        copied = QApplication.clipboard().text()
        assert copied.startswith("ShiftMate:") and "Segmentation fault" in copied
        assert "Log folder:" in copied and notice.isVisible()  # copying leaves the notice open
        notice.close()
    finally:
        session.end()
    # A clean quit: the next start says nothing.
    again = LogSession(folder).begin()
    try:
        assert again.previous_crash is None
    finally:
        again.end()


def test_a_run_ended_from_outside_is_noticed_too(tmp_path):
    folder = tmp_path / "logs"
    killed = subprocess.run(
        [sys.executable, "-c",
         "import os, signal; from shiftmate.core.system.diagnostics import LogSession; "
         f"LogSession({str(folder)!r}).begin(); os.kill(os.getpid(), signal.SIGKILL)"],
        capture_output=True, timeout=60, check=False)
    assert killed.returncode != 0
    session = LogSession(folder).begin()
    try:
        assert session.previous_crash is not None and "ended from outside" in session.previous_crash
    finally:
        session.end()


@pytest.mark.qt_log_ignore("shiftmate-test: a Qt warning")  # pytest-qt, chained after the log, sees it too
def test_qt_warnings_go_to_the_log(window, qtbot, log_session):
    from PySide6.QtCore import qWarning

    start_window_log(window, log_session, window.services.location.root)
    qWarning("shiftmate-test: a Qt warning")
    log_session.end()
    assert "WARNING shiftmate.qt: shiftmate-test: a Qt warning" in (log_session.folder / LOG_NAME).read_text()


def test_settings_about_shows_the_versions_and_copies_the_debug_info(window, qtbot):
    settings = window.show_screen("settings")
    qtbot.waitUntil(lambda: "Qt" in settings.about_labels, timeout=10_000)
    assert settings.about_labels["Qt"].text() == qVersion()
    assert settings.about_labels["Log folder"].text() == str(log_folder(window.services.location.root))
    assert settings.about_labels["SQLCipher"].text()
    assert settings.about_labels["Installed as"].text() in ("pip", "pip (editable)", "source checkout")
    qtbot.mouseClick(settings.copy_debug_button, Qt.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"Qt: {qVersion()}" in " ".join(copied.split())
    assert "Data folder:" in copied and str(window.services.location.root) in copied


def test_logs_of_a_data_folder_given_by_hand_stay_beside_it(tmp_path, monkeypatch):
    monkeypatch.delenv("SHIFTMATE_LOG_DIR", raising=False)
    assert log_folder(tmp_path / "portable") == tmp_path / "portable" / "logs"
    monkeypatch.setenv("SHIFTMATE_LOG_DIR", str(tmp_path / "elsewhere"))
    assert log_folder(tmp_path / "portable") == tmp_path / "elsewhere"


def test_doctor_json_reports_the_same_facts_as_about(data_dir):
    import json

    from tests.helpers import run_cli

    result = run_cli("--data-dir", str(data_dir), "doctor", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["qt_version"] == qVersion() and report["pyside6_version"]
    assert report["python_version"].endswith(sys.version.split()[0])
    assert report["install_kind"] in ("pip", "pip (editable)", "source checkout")
    assert report["log_dir"] == str(data_dir / "logs") and report["os"]


@pytest.mark.e2e
@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGTERM")
def test_the_running_app_logs_its_session_and_a_clean_quit_leaves_no_crash_behind(data_dir):
    from tests.e2e.test_app_process import RunningApp

    app = RunningApp(data_dir)
    try:
        app.wait_for("ready")
        logs = data_dir / "logs"
        assert (logs / RUNNING_NAME).exists()
        assert app.stop() == 0
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()
    text = (logs / LOG_NAME).read_text(encoding="utf-8")
    assert "ShiftMate 0.1.0 started" in text and "ShiftMate quit" in text
    assert not (logs / RUNNING_NAME).exists() and not (logs / CRASH_NAME).exists()


def test_settings_about_shows_the_licence_and_the_third_party_notices(window, qtbot):
    settings = window.show_screen("settings")
    qtbot.waitUntil(lambda: "Qt" in settings.about_labels, timeout=10_000)
    qtbot.mouseClick(settings.licences_button, Qt.LeftButton)
    dialog = settings.licences_dialog
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    assert "MIT" in text and "* Qt 6" in text and "LGPL-3.0-only" in text and "OpenSSL" in text
    dialog.reject()
