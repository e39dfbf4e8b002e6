"""Starting the window: single instance, QApplication, theme, translations, tray.

The window appears before the database is opened: opening (and its integrity check)
runs on the data thread, so start-up time does not grow with the data.
"""

from __future__ import annotations

import os
import sys
import time

from shiftmate import APP_NAME, __version__
from shiftmate.core.paths import DataLocation
from shiftmate.ui.qt_platform import check_display

DESKTOP_ID = "io.github.shiftmate.ShiftMate"
STARTUP_PROBE_ENV = "SHIFTMATE_STARTUP_PROBE"


def _log(debug: bool, message: str) -> None:
    if debug:
        print(f"shiftmate: {message}", file=sys.stderr, flush=True)


def make_qapplication(argv: list[str] | None = None, language: str | None = None):
    """The QApplication, created once, with ShiftMate's names, icon and translations."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from shiftmate.core.resources import resource_path

    app = QApplication.instance() or QApplication(argv or [sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "shiftmate.svg"))))
    load_translations(app, language)
    return app


def load_translations(app, language: str | None = None) -> None:
    """Install Qt's own and ShiftMate's translations for ``language`` (else the system's).

    Without a language, translations a window already chose stay as they are.
    """
    from shiftmate.ui.language import current_language, install_language, system_language

    if language is None and current_language(app) is not None:
        return
    install_language(app, language or system_language())


def build_main_window(location: DataLocation, scheme: str | None = None, clock=None,
                      language: str | None = None):
    """The themed main window and its DataService (not yet opened); tests pass a FakeClock.

    ``language`` (``--lang``) overrides the one saved in Settings and the system's.
    """
    from PySide6.QtCore import QSettings

    from shiftmate.ui.data_service import DataService
    from shiftmate.ui.language import resolve_language
    from shiftmate.ui.main_window import MainWindow
    from shiftmate.ui.theme import apply_theme

    ui_state = QSettings(str(location.ui_state), QSettings.IniFormat)
    app = make_qapplication(language=resolve_language(language, ui_state))
    apply_theme(app, scheme)
    services = DataService(location, clock=clock)
    window = MainWindow(services, ui_state)
    return window, services


def _install_startup_probe(window, app) -> None:
    """For tests/perf: print 'first-paint' once the window has painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Paint and not getattr(self, "done", False):
                self.done = True
                print(f"first-paint {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint(window)
    window.installEventFilter(probe)


def quit_on_termination_signals(app) -> None:
    """SIGINT/SIGTERM end the app through Qt (so state is saved) instead of killing it.

    Python only runs signal handlers between bytecodes, which never happens while Qt's
    event loop waits; a wake-up fd watched by a QSocketNotifier gets Python to run them.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Read, app)

    def drain() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(drain)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    app._shiftmate_signal_sockets = (reader, writer, notifier)  # keep alive with the app


def restart_command(argv: list[str]) -> list[str]:
    """The command that starts ShiftMate again as it was started, minus ``--lang``."""
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "shiftmate", *args]


def run_app(location: DataLocation, *, debug: bool = False, language: str | None = None) -> int:
    """Show the window, or bring an already running one to the front. Returns the exit code."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        check_display()
    location.ensure()
    from shiftmate.ui.single_instance import SingleInstance

    instance = SingleInstance(location)
    if not instance.claim_lock():
        if instance.hand_over():
            _log(debug, "ShiftMate is already running; brought its window to the front.")
            return 0
        print(
            f"shiftmate: ShiftMate is already running on {location.root} but did not answer; "
            "close it or wait a moment and try again.",
            file=sys.stderr,
        )
        return 1

    from PySide6.QtCore import QSettings

    from shiftmate.ui.language import resolve_language

    language = resolve_language(language, QSettings(str(location.ui_state), QSettings.IniFormat))
    app = make_qapplication(language=language)
    instance.listen()
    from shiftmate.ui.theme import follow_system
    from shiftmate.ui.tray import Tray

    window, services = build_main_window(location, language=language)
    follow_system(app)
    tray = Tray(window, app.windowIcon(), app)
    window.shift_companion.attach_tray(tray)
    window.hide_on_close = tray.available
    app.setQuitOnLastWindowClosed(not tray.available)

    def bring_to_front() -> None:
        window.bring_to_front()
        _log(debug, "a second launch asked for the window; brought it to the front.")

    instance.activation_requested.connect(bring_to_front)

    def on_quit() -> None:
        window.save_state()
        services.close()
        instance.release()

    app.aboutToQuit.connect(on_quit)

    def restart() -> None:
        app._shiftmate_restart = True
        app.quit()

    app.shiftmate_restart = restart  # Settings ▸ Language offers "Restart now" when this is set
    quit_on_termination_signals(app)
    if os.environ.get(STARTUP_PROBE_ENV):
        _install_startup_probe(window, app)
    window.show()
    services.open()
    services.failed.connect(lambda sentence: _log(debug, sentence))
    _log(debug, f"ready (data folder {location.root}, instance key {instance.key}, language {language})")
    code = app.exec()
    if getattr(app, "_shiftmate_restart", False):
        # Started only now, after the lock is released, so it does not hand over to us.
        import subprocess

        command = restart_command(sys.argv)
        _log(debug, f"restarting: {' '.join(command)}")
        subprocess.Popen(command, start_new_session=True, close_fds=True)
    return code
