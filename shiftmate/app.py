"""Starting the window: single instance, QApplication, theme, translations, tray.

The window appears before the database is opened: opening (and its integrity check)
runs on the data thread, so start-up time does not grow with the data.
"""

from __future__ import annotations

import os
import sys
import time

from shiftmate import APP_NAME, __version__
from shiftmate.core.storage.paths import DataLocation

DESKTOP_ID = "io.github.shiftmate.ShiftMate"
FUSION_PROPERTY = "shiftmateFusion"  # the app was created with Qt's Fusion style
FINISH_START_MS = 500  # after the first paint, at the latest: tray, single-instance server
STARTUP_PROBE_ENV = "SHIFTMATE_STARTUP_PROBE"


def _log(debug: bool, message: str) -> None:
    if debug:
        print(f"shiftmate: {message}", file=sys.stderr, flush=True)


def make_qapplication(argv: list[str] | None = None, language: str | None = None):
    """The QApplication, created once, with ShiftMate's names, icon and translations."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from shiftmate.core.system.resources import resource_path

    app = QApplication.instance()
    if app is None:
        # The Fusion style (see ui/look/theme.py) is chosen here, on Qt's own command line:
        # setStyle() would hand Python a QStyle, whose enums cost PySide ~10 ms to build.
        app = QApplication([*(argv or [sys.argv[0] if sys.argv else APP_NAME]), "-style", "fusion"])
        app.setProperty(FUSION_PROPERTY, True)
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
    from shiftmate.ui.look.language import current_language, install_language, system_language

    if language is None and current_language(app) is not None:
        return
    install_language(app, language or system_language())


def build_main_window(location: DataLocation, scheme: str | None = None, clock=None,
                      language: str | None = None, restart=None):
    """The themed main window and its DataService (not yet opened); tests pass a FakeClock.

    ``language`` (``--lang``) overrides the one saved in Settings and the system's;
    ``restart``, where the app can start itself again, is offered by Settings ▸ Language.
    """
    from shiftmate.ui.shell.import_speed import load_pyside

    load_pyside()
    from PySide6.QtCore import QSettings

    from shiftmate.ui.look.appearance import Appearance
    from shiftmate.ui.data.service import DataService
    from shiftmate.ui.look.language import resolve_language
    from shiftmate.ui.shell.main_window import MainWindow

    ui_state = QSettings(str(location.ui_state), QSettings.IniFormat)
    app = make_qapplication(language=resolve_language(language, ui_state))
    services = DataService(location, clock=clock)
    # Text size and colours (Settings ▸ Appearance) before the first widget exists.
    appearance = Appearance.install(app, ui_state, services, scheme=scheme)
    window = MainWindow(services, ui_state, appearance=appearance, restart=restart)
    return window, services


def _install_startup_probe(window, services, app, mode: str, warmed=lambda: True) -> None:
    """For tests/perf: report start-up moments on stdout, then quit (SHIFTMATE_STARTUP_PROBE).

    Every mode prints ``first-paint <epoch seconds>`` on the window's first Paint event. Mode
    ``today`` then waits until Today's cards show their first answers from the database
    (``today-data``, with the peak RSS at that moment) and until every query queued so far
    has answered (``data-idle``), keeps the event loop running one more second (and until the
    background warm-up is done, ``warmed``), and prints the peak RSS then
    (``settled-rss-kb``) and the longest gap between turns of a 1 ms timer since the loop
    started (``stall-ms``).
    Other modes quit right after the first paint. The probe only observes.
    """
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if not self.done and event.type() == QEvent.Paint:
                self.done = True
                print(f"first-paint {time.time():.6f}", flush=True)
                if mode != "today":
                    QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint(window)
    window.installEventFilter(probe)
    if mode != "today":
        return
    state = {"last": None, "longest": 0.0, "today_at": None, "data_at": None}

    def today_has_data() -> bool:
        if window.current_screen_key() != "today":
            return services.info is not None and services.is_idle
        return window.screen_widget("today").has_data

    def tick() -> None:
        now = time.perf_counter()
        if state["last"] is not None:
            state["longest"] = max(state["longest"], now - state["last"])
        state["last"] = now
        if state["today_at"] is None and probe.done and today_has_data():
            state["today_at"] = now
            print(f"today-data {time.time():.6f}", flush=True)
            print(f"peak-rss-kb {_peak_rss_kb()}", flush=True)
        if state["data_at"] is None and state["today_at"] is not None and services.is_idle:
            state["data_at"] = now
            print(f"data-idle {time.time():.6f}", flush=True)
        elif state["data_at"] is not None and now - state["data_at"] >= 1.0 and warmed():
            watchdog.stop()
            print(f"settled-rss-kb {_peak_rss_kb()}", flush=True)
            print(f"stall-ms {state['longest'] * 1000:.1f}", flush=True)
            app.quit()

    watchdog = QTimer(window)
    watchdog.setTimerType(Qt.PreciseTimer)
    watchdog.timeout.connect(tick)
    watchdog.start(1)


def _peak_rss_kb() -> int:
    """This process's peak resident memory in KiB (VmHWM on Linux; getrusage elsewhere).

    ``ru_maxrss`` survives ``execve`` on Linux, so there it can report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def quit_on_termination_signals(app, quit_app=None):
    """SIGINT/SIGTERM end the app through Qt (so state is saved) instead of killing it.

    ``quit_app`` (the window's) keeps drafts and ends the loop; without it, ``app.quit()``.

    Python only runs signal handlers between bytecodes, which never happens while Qt's
    event loop waits; a wake-up fd watched by a QSocketNotifier gets Python to run them.
    Returns the socket pair and notifier, which the caller keeps for as long as it runs.
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
        signal.signal(signum, lambda *_: (quit_app or app.quit)())
    return reader, writer, notifier


def after_first_paint(window, callback, *, fallback_ms: int = 1000) -> None:
    """Run ``callback`` once, on the loop turn after ``window`` first paints.

    Start-up work the first picture does not need waits for it. Should the window never
    paint (started minimized, or a window manager that delays mapping), ``callback`` runs
    after ``fallback_ms`` anyway.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self.run)
            return False

        def run(self) -> None:
            if not self.done:
                self.done = True
                callback()

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, watcher.run)


def _log_milestones(window, services) -> None:
    """With ``--debug``: what the person would see change, one line each (tests/desktop waits
    on them). Names and counts only, never anything the person typed."""
    services.opened.connect(lambda info: _log(True, f"database open (schema version {info.get('schema_version')})"))
    services.locked.connect(lambda: _log(True, "locked"))
    window.screen_shown.connect(lambda key: _log(True, f"showing {key}"))

    def ticked(result) -> None:
        if result.to_show or result.missed:
            _log(True, f"reminders shown: {len(result.to_show)}, missed: {len(result.missed)}")

    window.shift_companion.ticked.connect(ticked)


def restart_command(argv: list[str]) -> list[str]:
    """The command that starts ShiftMate again as it was started, minus ``--lang`` and
    ``--minimized`` (the person pressed Restart in the window: it comes back in sight)."""
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang=") and arg != "--minimized":
            args.append(arg)
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "shiftmate", *args]


def open_packs_when_asked(app, window, services, pack_file: str | None = None):
    """Show the import preview for a pack the desktop handed over, once the database is open.

    ``pack_file`` comes from the command line (the desktop entry's ``%f``, Windows' "Open
    with"); macOS sends a double-clicked file as a FileOpen event to the running app instead.
    Returns the event filter on ``app``; it goes with ``window`` (``app.removeEventFilter``
    ends it sooner). Its ``open_pack`` takes the packs a later launch hands over.
    """
    from PySide6.QtCore import QEvent, QObject, Qt

    def open_pack(path: str) -> None:
        if services.info is not None:
            window.packs.import_file(path, window)
        else:  # still opening (or locked): once it is open
            services.opened.connect(lambda _info: window.packs.import_file(path, window),
                                    type=Qt.SingleShotConnection)

    class FileOpen(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.FileOpen and event.file().lower().endswith(".shiftpack.toml"):
                open_pack(event.file())
                return True
            return False

        def open_pack(self, path: str) -> None:
            open_pack(path)

    # Owned by the window: a window gone (tests build many) takes its filter with it.
    file_open = FileOpen(window)
    app.installEventFilter(file_open)
    if pack_file:
        open_pack(os.path.abspath(pack_file))
    return file_open


def _cannot_write_sentence(location: DataLocation) -> str:
    """Why the single-instance lock could not be written: most often a full disk."""
    from shiftmate.core.storage.disk_space import LOW_SPACE_BYTES, free_bytes
    from shiftmate.core.errors import DiskFull

    free = free_bytes(location.root)
    if free is not None and free < LOW_SPACE_BYTES:
        return DiskFull(location.root).sentence
    return (f"Cannot write in the data folder {location.root}; check that it can be "
            "written, then try again (nothing was changed).")


def show_first(window, minimized: bool = False) -> None:
    """Show the window, or with ``minimized`` (``--minimized``, the log-in start) keep it out
    of sight: hidden where a tray icon will bring it back, else minimised, so the person can
    still find it in the task bar. Reminders run either way."""
    if not minimized:
        window.show()
        return
    from PySide6.QtWidgets import QSystemTrayIcon

    if QSystemTrayIcon.isSystemTrayAvailable():
        return  # the tray part (made once the database answered) is the way back
    window.showMinimized()


def run_app(location: DataLocation, *, debug: bool = False, language: str | None = None,
            pack_file: str | None = None, minimized: bool = False) -> int:
    """Show the window, or bring an already running one to the front. Returns the exit code.

    Before the first paint only the window and the screen shown first are built. Once it
    has painted, the database opens on the data thread (which then imports the core): the
    data thread needs the same interpreter lock as the window, so starting it earlier
    delays the first paint by about as much as it gains. The single-instance server, the
    tray, SIGTERM handling and following the desktop's light/dark switch come once the first
    data has arrived (or half a second after the paint, whichever is first).
    """
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        from shiftmate.ui.shell.qt_platform import check_display

        check_display()
    location.ensure()
    from shiftmate.ui.shell.import_speed import load_pyside

    load_pyside()  # before the first Qt module (ui/shell/import_speed.py)
    from shiftmate.ui.shell.single_instance import SingleInstance

    instance = SingleInstance(location)
    if not instance.claim_lock():
        if not instance.held_elsewhere():
            print(f"shiftmate: {_cannot_write_sentence(location)}", file=sys.stderr)
            return 1
        # A pack given to a later launch (a double-click while the window runs) goes to the
        # running window, which shows its import preview.
        if instance.hand_over(open_file=os.path.abspath(pack_file) if pack_file else None):
            _log(debug, "ShiftMate is already running; brought its window to the front"
                 + (f" to preview {pack_file}." if pack_file else "."))
            return 0
        print(
            f"shiftmate: ShiftMate is already running on {location.root} but did not answer; "
            "close it or wait a moment and try again.",
            file=sys.stderr,
        )
        return 1

    from shiftmate.core.system.diagnostics import start_log_session

    # Before anything can crash: faulthandler and the "running" marker (the log comes later).
    log_session = start_log_session(location.root)

    from PySide6.QtCore import QSettings

    from shiftmate.ui.look.language import resolve_language

    language = resolve_language(language, QSettings(str(location.ui_state), QSettings.IniFormat))
    app = make_qapplication(language=language)
    restarting = []

    def restart() -> None:  # Settings ▸ Language's "Restart now"
        restarting.append(True)
        # Not app.quit(): that asks the window to close, and a window that hides to the tray
        # refuses, so the restart waited for the next real quit. quit_app keeps the drafts too.
        window.quit_app()

    window, services = build_main_window(location, language=language, restart=restart)

    def bring_to_front() -> None:
        window.bring_to_front()
        _log(debug, "a second launch asked for the window; brought it to the front.")

    finished = []  # what finish_start made, kept while the app runs
    warming = []  # what first opens need, done ahead once start-up has answered (ui/shell/warm_up.py)

    def finish_start() -> None:
        if finished:
            return
        from shiftmate.ui import registry
        from shiftmate.ui.look.theme import follow_system

        finished.append(quit_on_termination_signals(app, window.quit_app))
        instance.listen()
        instance.activation_requested.connect(bring_to_front)
        follow_system(app, window.context.appearance.wanted_scheme)
        window.make_parts(registry.READY)  # the tray
        tray = window.context.part("tray")
        window.hide_on_close = tray.available
        app.setQuitOnLastWindowClosed(not tray.available)
        _log(debug, f"ready (data folder {location.root}, instance key {instance.key}, language {language})")
        file_open = open_packs_when_asked(app, window, services, pack_file)
        finished.append(file_open)
        instance.file_requested.connect(file_open.open_pack)

    def after_paint() -> None:
        from PySide6.QtCore import QTimer

        from shiftmate.ui.shell.crash_notice import start_window_log

        start_window_log(window, log_session, location.root)
        # The database opens on the next turn: the log (10–15 ms to start) is there first to
        # record what the open meets, and the two do not add up to one long turn.
        QTimer.singleShot(0, window, open_data)

    def open_data() -> None:
        from PySide6.QtCore import QTimer

        def log_environment() -> None:
            from shiftmate.core.system.diagnostics import log_environment as job

            services.run(lambda _store: job(), None, lambda _sentence: None)  # a log line, never a banner

        services.idle.connect(finish_start)
        QTimer.singleShot(FINISH_START_MS, finish_start)
        services.open()
        # Once start-up's queries have answered: what first opens need, ahead, in small steps.
        from shiftmate.ui.shell.warm_up import warm_up_after_start

        warming.append(warm_up_after_start(window))
        if log_session is not None:
            # After the warm-up, the end of start-up: finding how ShiftMate was installed reads
            # every folder on the import path (about 20 ms of Python the window would wait on).
            warming[-1].finished.connect(log_environment)

    def on_quit() -> None:
        for warm in warming:
            warm.stop()
        window.save_state()
        window.journal.keep_drafts()  # the last seconds of typing, queued before the close
        services.close()
        instance.release()
        if log_session is not None:
            log_session.end()  # last: a quit that got this far was clean

    app.aboutToQuit.connect(on_quit)
    services.failed.connect(lambda sentence: _log(debug, sentence))
    if debug:
        _log_milestones(window, services)
    if os.environ.get(STARTUP_PROBE_ENV):
        _install_startup_probe(window, services, app, os.environ[STARTUP_PROBE_ENV],
                               warmed=lambda: all(warm.wait(0) for warm in warming))
    after_first_paint(window, after_paint)  # never painted (--minimized): after a second
    show_first(window, minimized)
    code = app.exec()
    if restarting:
        # Started only now, after the lock is released, so it does not hand over to us.
        import subprocess

        command = restart_command(sys.argv)
        _log(debug, f"restarting: {' '.join(command)}")
        subprocess.Popen(command, start_new_session=True, close_fds=True)
    return code
