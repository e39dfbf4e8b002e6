"""Which language the window speaks, and loading its translations (Qt's own and ShiftMate's).

The language is chosen once per start, before any widget exists: ``--lang`` on the command
line, else the choice saved in Settings ▸ Language (``ui-state.ini``, so the unlock screen of
a protected database speaks it too), else the system's preferred languages. A string missing
from a translation shows in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from shiftmate.core import i18n
from shiftmate.core.system.resources import resource_path
from shiftmate.ui.data import ui_state as saved


class _Installed:
    """The language this process's QApplication speaks, and the translators installed for it
    (one QApplication per process; tests and the screenshot command swap languages on it)."""

    app = None
    code: str | None = None
    translators: list = []


_installed = _Installed()


def saved_choice(ui_state: QSettings) -> str:
    """The choice saved in Settings ▸ Language: "system" or a language code (a hand-edited
    file's unknown language follows the system rather than refuse to start)."""
    return saved.read(ui_state, i18n.LANGUAGE)


def save_choice(ui_state: QSettings, choice: str) -> None:
    saved.write(ui_state, i18n.LANGUAGE, choice)
    ui_state.sync()


def system_language() -> str:
    """The first of the system's preferred languages that ShiftMate speaks, else English."""
    return i18n.first_supported(QLocale.system().uiLanguages())


def resolve_language(override: str | None, ui_state: QSettings | None) -> str:
    """The language for this start: ``override`` (``--lang``), the saved choice, the system."""
    if override:
        return i18n.language_code(override)
    choice = saved_choice(ui_state) if ui_state is not None else i18n.SYSTEM
    return system_language() if choice == i18n.SYSTEM else choice


def current_language(app=None) -> str | None:
    app = app or QCoreApplication.instance()
    return _installed.code if app is not None and app is _installed.app else None


def install_language(app, code: str) -> None:
    """Make ``code`` the language of ``app``: translators, default locale, the core's words.

    Calling it again with another code swaps the translators (tests, the screenshot
    command); widgets made before keep their words.
    """
    code = i18n.language_code(code)
    if current_language(app) == code:
        return
    if _installed.app is app:
        for translator in _installed.translators:
            app.removeTranslator(translator)
    system = QLocale.system()
    # The system's own locale keeps its region (es_MX dates, en_GB weeks) when it speaks the
    # chosen language; "C" counts as English.
    speaks = system.language() in (QLocale(code).language(), QLocale.C if code == "en" else None)
    locale = system if speaks else QLocale(code)
    translators = []
    if code != i18n.SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt)
    # English has a catalogue too, of its plurals only ("1 entry", "2 entries"): Qt shows a
    # source text with %n as written, which is the plural. Loaded by its file name, so a
    # system locale of another language with English chosen still finds it.
    own = QTranslator(app)
    if own.load(f"shiftmate_{code}", str(resource_path("translations"))):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    _installed.app, _installed.code, _installed.translators = app, code, translators
    # Dates, month names and Qt's own widgets (calendars, dialogs) follow the language too.
    QLocale.setDefault(locale)
    i18n.use_translator(QCoreApplication.translate)
    i18n.use_number_format(lambda value, decimals: QLocale().toString(value, "f", decimals))


def local_date_text(moment, fmt: str) -> str:
    """A date (or a datetime's date and time) in Qt's ``fmt`` with the language's day and month
    names: ``local_date_text(day, "ddd d MMM")`` is "Mon 3 Mar" in English, "lun 3 mar" in Spanish.
    """
    from PySide6.QtCore import QDate, QDateTime, QTime

    date = QDate(moment.year, moment.month, moment.day)
    if hasattr(moment, "hour"):
        return QLocale().toString(QDateTime(date, QTime(moment.hour, moment.minute, moment.second)), fmt)
    return QLocale().toString(date, fmt)
