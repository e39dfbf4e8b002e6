"""Words the core shows to people, and the languages ShiftMate speaks — without Qt.

The core never imports Qt, so it cannot translate by itself. It marks its words in the two
spellings Qt's ``lupdate`` finds in Python: ``translate("Context", "text")`` for words said
now, and ``QT_TRANSLATE_NOOP("Context", "text")`` for constants translated where they are
shown. The window plugs Qt's translator in (``use_translator``); the command line leaves the
English as written. Missing translations fall back to the English source text.
"""

from __future__ import annotations

from collections.abc import Callable

from shiftmate.core.errors import BadInput

# The languages ShiftMate ships, by code, with their own names (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
SYSTEM = "system"  # the saved choice "follow the system's language"

# The context of the built-in pack's words (checklist titles, items, help) in the .ts file.
BUILTIN_CONTEXT = "BuiltinChecklists"

Translator = Callable[[str, str, "str | None", int], str]
_translator: Translator | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for translation in ``context``; the caller translates it where shown."""
    return text


# The same languages named in a sentence of the window's language ("from the next start,
# ShiftMate speaks Spanish"); a new language gets a line here too.
LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (English without a window); ``%n`` becomes ``n``."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def use_translator(translator: Translator | None) -> None:
    """Called by the window with Qt's ``QCoreApplication.translate``; None goes back to English."""
    global _translator
    _translator = translator


def language_name(code: str) -> str:
    """``code``'s name in the window's language: "Spanish", "español"."""
    return translate("Languages", LANGUAGE_NAMES[code])


def builtin_text(text: str) -> str:
    """A word of the built-in pack in the window's language; anything else comes back as is."""
    return translate(BUILTIN_CONTEXT, text) if text else text


def language_code(text: str) -> str:
    """``es``, ``es_MX``, ``es-419``, ``EN`` … as one of ``LANGUAGES``; BadInput otherwise."""
    code = (text or "").strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    if code in LANGUAGES:
        return code
    choices = ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())
    raise BadInput(f"ShiftMate has no translation for the language '{text}'; choose one of: {choices}.")


def first_supported(ui_languages: list[str]) -> str:
    """The first of the system's preferred languages that ShiftMate speaks, else English."""
    for name in ui_languages:
        try:
            return language_code(name)
        except BadInput:
            continue
    return SOURCE_LANGUAGE
