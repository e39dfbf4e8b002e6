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


def make_qapplication(argv: list[str] | None = None):
    """The QApplication, created once, with ShiftMate's names and icon."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from shiftmate.core.resources import resource_path

    app = QApplication.instance() or QApplication(argv or [sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "shiftmate.svg"))))
    load_translations(app)
    return app


def load_translations(app) -> None:
    """Install Qt's own and ShiftMate's translations for the system language, if shipped."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from shiftmate.core.resources import resource_path

    if app.property("shiftmateTranslations"):
        return
    locale = QLocale.system()
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        translators.append(qt)
    own = QTranslator(app)
    if own.load(locale, "shiftmate", "_", str(resource_path("translations"))):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty("shiftmateTranslations", True)


def build_main_window(location: DataLocation, scheme: str | None = None, clock=None):
    """The themed main window and its DataService (not yet opened); tests pass a FakeClock."""
    from PySide6.QtCore import QSettings

    from shiftmate.ui.appearance import Appearance
    from shiftmate.ui.data_service import DataService
    from shiftmate.ui.main_window import MainWindow

    app = make_qapplication()
    services = DataService(location, clock=clock)
    ui_state = QSettings(str(location.ui_state), QSettings.IniFormat)
    # Text size and colours (Settings ▸ Appearance) before the first widget exists.
    Appearance.install(app, ui_state, services, scheme=scheme)
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


def run_app(location: DataLocation, *, debug: bool = False) -> int:
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

    app = make_qapplication()
    instance.listen()
    from shiftmate.ui.appearance import Appearance
    from shiftmate.ui.theme import follow_system
    from shiftmate.ui.tray import Tray

    window, services = build_main_window(location)
    follow_system(app, Appearance.of(services).wanted_scheme)
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
    quit_on_termination_signals(app)
    if os.environ.get(STARTUP_PROBE_ENV):
        _install_startup_probe(window, app)
    window.show()
    services.open()
    services.failed.connect(lambda sentence: _log(debug, sentence))
    _log(debug, f"ready (data folder {location.root}, instance key {instance.key})")
    return app.exec()
