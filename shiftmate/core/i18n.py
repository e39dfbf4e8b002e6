"""Words the core shows to people, and the languages ShiftMate speaks — without Qt.

The core never imports Qt, so it cannot translate by itself. It marks its words in the two
spellings Qt's ``lupdate`` finds in Python: ``translate("Context", "text")`` for words said
now, and ``QT_TRANSLATE_NOOP("Context", "text")`` for constants translated where they are
shown. The window plugs Qt's translator in (``use_translator``); the command line leaves the
English as written. Missing translations fall back to the English source text.

Counts: a sentence with a count says it with ``%n`` and passes the number, spelled
``Words.tr("%n entries", "", n)`` where ``Words = Context("Words")``: that is the one
spelling lupdate's Python reader marks as a plural (it takes the context from the name
before ``.tr``), so each language gets its singular and plural forms. English has a
catalogue of its own for these, ``shiftmate_en.ts``, holding only the plurals
(``lupdate -pluralonly``): the window loads it like any translation, and without a window
``translate`` reads the English forms from it. Decimal numbers go through ``number()``,
which the window points at the language's own decimal sign ("1,9" in Spanish).
"""

from __future__ import annotations

from collections.abc import Callable

from shiftmate.core.errors import BadInput
from shiftmate.core.storage.settings import Kind, Setting

# The languages ShiftMate ships, by code, with their own names (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
SYSTEM = "system"  # the saved choice "follow the system's language"

# The context of the built-in pack's words (checklist titles, items, help) in the .ts file.
BUILTIN_CONTEXT = "BuiltinChecklists"

Translator = Callable[[str, str, "str | None", int], str]
_translator: Translator | None = None
_number_format: Callable[[float, int], str] | None = None
_english_plurals: dict[tuple[str, str], tuple[str, str]] | None = None


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
    if n < 0:
        return text
    forms = english_plurals().get((context, text))
    if forms is not None:
        text = forms[0] if n == 1 else forms[1]  # English: one singular, one plural
    return text.replace("%n", str(n))


class Context:
    """The words of one translation context, for sentences with a count (see the module's
    docstring): ``Words = Context("Words")`` then ``Words.tr("%n entries", "", n)``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


def english_plurals() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) → (singular, plural) from ``shiftmate_en.ts``, read once when needed."""
    global _english_plurals
    if _english_plurals is None:
        import xml.etree.ElementTree as ET

        from shiftmate.core.system.resources import resource_path

        found: dict[tuple[str, str], tuple[str, str]] = {}
        try:
            root = ET.parse(resource_path("translations", f"shiftmate_{SOURCE_LANGUAGE}.ts")).getroot()
        except (OSError, ET.ParseError):  # no catalogue: the source text, counted as written
            root = None
        for context in root.iter("context") if root is not None else ():
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                forms = [f.text or "" for f in message.iter("numerusform")]
                if len(forms) == 2 and all(forms):
                    found[(name, message.findtext("source") or "")] = (forms[0], forms[1])
        _english_plurals = found
    return _english_plurals


def number(value: float, decimals: int = 1) -> str:
    """``value`` with ``decimals`` places and the language's decimal sign: "1.9", "1,9"."""
    if _number_format is not None:
        return _number_format(float(value), decimals)
    return f"{value:.{decimals}f}"


def use_number_format(number_format: Callable[[float, int], str] | None) -> Callable[[float, int], str] | None:
    """Called by the window with a function of its locale; None goes back to "1.9".

    Returns the one used until now, so that a caller can put it back.
    """
    global _number_format
    previous, _number_format = _number_format, number_format
    return previous


def counted(n: int, singular: str, plural: str) -> str:
    """ "1 checklist", "2 checklists": the command line's own English, which is never translated."""
    return f"{n} {singular if n == 1 else plural}"


def use_translator(translator: Translator | None) -> Translator | None:
    """Called by the window with Qt's ``QCoreApplication.translate``; None goes back to English.

    Returns the one used until now, so that a caller can put it back.
    """
    global _translator
    previous, _translator = _translator, translator
    return previous


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


def _choice(text: str) -> str:
    return text if text == SYSTEM else language_code(text)


# The choice made in Settings ▸ Language: SYSTEM, or a code of LANGUAGES (kept in ui-state.ini,
# so the unlock screen of a protected database speaks it too). A code this version does not
# speak reads as SYSTEM.
LANGUAGE = Setting("ui/language", Kind("language", _choice, _choice), SYSTEM)


def first_supported(ui_languages: list[str]) -> str:
    """The first of the system's preferred languages that ShiftMate speaks, else English."""
    for name in ui_languages:
        try:
            return language_code(name)
        except BadInput:
            continue
    return SOURCE_LANGUAGE
