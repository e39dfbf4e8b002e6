"""What a bug report needs: the versions and folders in force, and a window session's log.

``debug_facts`` is shown in Settings ▸ About, copied by "Copy debug info" and printed by
``doctor --json`` and ``--version --verbose``. ``LogSession`` keeps the window's log folder:
a rotating ``shiftmate.log``, ``crash.log`` where faulthandler writes a fatal error's stack,
and a ``running`` marker whose presence at the next start means the last one did not end.

The log never holds what a person typed: messages are ShiftMate's own fixed sentences, and
an exception is logged by its type and stack frames (code, not data), never by its message,
which can quote a journal entry, a note or a pack. No Qt here: the Qt message handler is
installed by the window (shiftmate.ui.shell.crash_notice).
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from shiftmate import APP_NAME, __version__

LOG_DIR_ENV = "SHIFTMATE_LOG_DIR"
LOG_NAME = "shiftmate.log"
CRASH_NAME = "crash.log"
PREVIOUS_CRASH_NAME = "crash-previous.log"
RUNNING_NAME = "running"
LOG_BYTES = 512 * 1024  # a few weeks of a normal user's start-ups per file
LOG_BACKUPS = 3
LOGGER = "shiftmate"


def log_folder(data_root: Path) -> Path:
    """Where the logs go: ``SHIFTMATE_LOG_DIR``, else platformdirs' user log folder.

    A data folder given with ``--data-dir`` or ``SHIFTMATE_DATA_DIR`` (a portable copy, a
    test) keeps its own logs in ``logs/`` beside the data, so it never writes to, or reads a
    crash from, the usual ShiftMate's logs.
    """
    if os.environ.get(LOG_DIR_ENV):
        return Path(os.environ[LOG_DIR_ENV]).expanduser().absolute()
    import platformdirs

    if Path(data_root) != Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).absolute():
        return Path(data_root) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def install_kind() -> str:
    """How this ShiftMate was installed: bundle, Flatpak, pip, pip (editable) or source checkout."""
    if os.environ.get("FLATPAK_ID"):
        return "Flatpak"
    if getattr(sys, "frozen", False):
        return "bundle"
    import json
    from importlib import metadata

    # A checkout's own shiftmate.egg-info can come first on sys.path: the installed copy
    # is the one pip left a direct_url.json in (an install from a folder or an editable one).
    found = list(metadata.distributions(name="shiftmate"))
    for dist in found:
        try:
            direct = json.loads(dist.read_text("direct_url.json") or "null")
        except ValueError:
            direct = None
        if isinstance(direct, dict):
            return "pip (editable)" if direct.get("dir_info", {}).get("editable") else "pip"
    return "pip" if found else "source checkout"


def _distribution_version(*names: str) -> str | None:
    from importlib import metadata

    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def qt_versions() -> dict[str, str | None]:
    """Qt and PySide6 versions, without importing Qt when it is not loaded yet (the CLI)."""
    pyside = sys.modules.get("PySide6")
    pyside_version = getattr(pyside, "__version__", None) or _distribution_version(
        "PySide6-Essentials", "PySide6")
    core = sys.modules.get("PySide6.QtCore")
    # PySide6 wheels carry the Qt of their own version; a loaded QtCore says for certain.
    qt = core.qVersion() if core is not None else pyside_version
    return {"qt": qt, "pyside6": pyside_version}


def debug_facts(data_root: Path) -> dict[str, str]:
    """Versions, system and folders, as plain strings, in the order a report lists them."""
    from shiftmate.core.storage.database import sqlite_versions

    sqlite = sqlite_versions()
    qt = qt_versions()
    return {
        "ShiftMate": __version__,
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "Qt": qt["qt"] or "not installed",
        "PySide6": qt["pyside6"] or "not installed",
        "SQLite": sqlite["sqlite"],
        "SQLCipher": sqlite["sqlcipher"],
        "OS": platform.platform(),
        "Installed as": install_kind(),
        "Data folder": str(data_root),
        "Log folder": str(log_folder(data_root)),
    }


def format_debug_info(facts: dict[str, str], crash: str | None = None) -> str:
    """The facts as ``Name: value`` lines (and a crash log under them), ready to paste."""
    width = max(len(name) for name in facts)
    lines = [f"{name + ':':<{width + 1}} {value}" for name, value in facts.items()]
    if crash:
        lines += ["", "Last crash:", crash.rstrip()]
    return "\n".join(lines) + "\n"


def describe_exception(exc: BaseException) -> str:
    """An exception as its type and stack (file, line, function, code), without its message."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__} (message left out: it can hold user text)"]
    lines += [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in frames]
    return "\n".join(lines)


class LogSession:
    """The window's log folder for one run: begin at start, end at a clean quit."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.previous_crash: str | None = None  # set by begin() when the last run did not end
        self._crash_file = None
        self._handler = None
        self._hooks = None

    @property
    def log_file(self) -> Path:
        return self.folder / LOG_NAME

    def begin(self) -> "LogSession":
        """Note how the last run ended, mark this one running, and catch fatal errors.

        Cheap enough to run before the first paint (a few file operations); the logging
        module itself waits for ``start_logging``.
        """
        import faulthandler

        from shiftmate.core.storage.paths import make_private_dir

        make_private_dir(self.folder)
        running, crash = self.folder / RUNNING_NAME, self.folder / CRASH_NAME
        crashed = running.exists() or (crash.exists() and crash.stat().st_size > 0)
        if crashed:
            text = crash.read_text(encoding="utf-8", errors="replace") if crash.exists() else ""
            # The stack of a fatal error, or for a run that was killed, nothing to show.
            self.previous_crash = text.strip() or "(no stack was written: the process was ended from outside)"
            if crash.exists():
                os.replace(crash, self.folder / PREVIOUS_CRASH_NAME)  # shown once, kept once
        running.write_text(f"{os.getpid()}\n", encoding="ascii")
        self._crash_file = open(crash, "a", encoding="utf-8")  # noqa: SIM115 - open while running
        self._faulthandler_was_on = faulthandler.is_enabled()
        faulthandler.enable(self._crash_file, all_threads=True)
        return self

    def start_logging(self) -> None:
        """The rotating log, and hooks that log uncaught exceptions on any thread."""
        import logging
        import logging.handlers
        import threading

        handler = logging.handlers.RotatingFileHandler(
            self.log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger(LOGGER)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        self._handler = handler
        previous = sys.excepthook, threading.excepthook

        def excepthook(kind, exc, tb):
            logger.error("uncaught exception:\n%s", describe_exception(exc.with_traceback(tb)))
            previous[0](kind, exc, tb)

        def thread_excepthook(args):
            if args.exc_value is not None:
                logger.error("uncaught exception on thread %s:\n%s",
                             args.thread.name if args.thread else "?", describe_exception(args.exc_value))
            previous[1](args)

        sys.excepthook, threading.excepthook = excepthook, thread_excepthook
        self._hooks = previous
        # The system and install kind come later (log_environment): reading every installed
        # package's metadata costs the GUI thread ~15 ms just after the first paint.
        logger.info("ShiftMate %s started (Python %s)", __version__, platform.python_version())
        if self.previous_crash is not None:
            logger.warning("the previous run did not end cleanly")

    def end(self) -> None:
        """A clean quit: the next start shows no crash notice."""
        import faulthandler

        if self._handler is not None:
            import logging
            import threading

            logger = logging.getLogger(LOGGER)
            logger.info("ShiftMate quit")
            logger.removeHandler(self._handler)
            self._handler.close()
            self._handler = None
            sys.excepthook, threading.excepthook = self._hooks
        if self._crash_file is not None:
            faulthandler.disable()
            if self._faulthandler_was_on and sys.__stderr__ is not None:
                faulthandler.enable(sys.__stderr__)
            self._crash_file.close()
            self._crash_file = None
            crash = self.folder / CRASH_NAME
            if crash.exists() and crash.stat().st_size == 0:
                crash.unlink()
        (self.folder / RUNNING_NAME).unlink(missing_ok=True)


def start_log_session(data_root: Path) -> LogSession | None:
    """A begun LogSession for the window, or None when the log folder cannot be written.

    A log is a help, never a reason not to start.
    """
    from shiftmate.core.errors import ShiftMateError

    try:
        return LogSession(log_folder(data_root)).begin()
    except (OSError, ShiftMateError):
        return None


def log_environment() -> None:
    """Log the system and how ShiftMate was installed (a data-thread job once start-up is done)."""
    if "logging" not in sys.modules:
        return
    import logging

    logging.getLogger(LOGGER).info("running on %s, installed as %s", platform.platform(), install_kind())


def log_unexpected(where: str, exc: BaseException) -> None:
    """Log an unexpected exception (type and stack only) if a log is open; never raises."""
    if "logging" not in sys.modules:  # no log in this process (the command line)
        return
    import logging

    logger = logging.getLogger(LOGGER)
    if logger.handlers:
        logger.error("unexpected error %s:\n%s", where, describe_exception(exc))
