"""Keeps ``resources/translations`` in step with the sources: one command for translators.

    python -m shiftmate.translation_files update [--lang es]   # after changing any words
    python -m shiftmate.translation_files check                # what the test suite checks

``update`` runs Qt's ``lupdate`` over every ``shiftmate/**/*.py`` and the built-in pack's
words, merging into ``shiftmate_<lang>.ts`` (new strings arrive as unfinished, vanished ones
are dropped), then compiles every ``.ts`` to its ``.qm`` with ``lrelease``. Translate the
unfinished entries (Qt Linguist: ``pyside6-linguist resources/translations/shiftmate_es.ts``,
or any text editor), then run ``update`` again to compile. Works from a source checkout only.

English, the language the code is written in, has a catalogue of its plurals only
(``shiftmate_en.ts``, ``lupdate -pluralonly``): Qt shows ``"%n entries"`` as written, so its
singular ("%n entry") has to come from somewhere. ``update`` adds a new plural there as
unfinished, like any other language; write its two English forms.

The built-in pack is TOML, which lupdate cannot read: its titles, item texts and help are
written to a throw-away Python file of ``QT_TRANSLATE_NOOP("BuiltinChecklists", …)`` lines,
each on the same line number as in the TOML, and the .ts locations are pointed back at the
TOML file.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from shiftmate.core.i18n import BUILTIN_CONTEXT, LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = Path("resources") / "translations"
BUILTIN_PACK = Path("resources") / "packs" / "builtin.shiftpack.toml"
PACK_STUB_NAME = "builtin_shiftpack_words.py"
_PACK_KEYS = ("title", "text", "help")
# Spanish, like English, has one singular and one plural form in Qt's rules.
NUMERUS_FORMS = {"en": 2, "es": 2}
_PLACEHOLDER = re.compile(r"%(?:\d|n|L\d)|\{[^{}]*\}")


def qt_tool(name: str) -> Path:
    """lupdate / lrelease as shipped inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in the PySide6 installation at {folder}.")


def ts_path(lang: str, root: Path = ROOT) -> Path:
    return root / TRANSLATIONS / f"shiftmate_{lang}.ts"


def qm_path(lang: str, root: Path = ROOT) -> Path:
    return root / TRANSLATIONS / f"shiftmate_{lang}.qm"


def shipped_languages(root: Path = ROOT) -> list[str]:
    return sorted(p.stem.split("_", 1)[1] for p in (root / TRANSLATIONS).glob("shiftmate_*.ts"))


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the app, relative to ``root``, in a stable order."""
    return sorted(p.relative_to(root) for p in (root / "shiftmate").rglob("*.py"))


# -- the built-in pack -------------------------------------------------------------------
def builtin_pack_words(root: Path = ROOT) -> dict[int, str]:
    """Line number → text of every title, item text and help in the built-in pack."""
    from shiftmate.core.packs.format import load_pack

    words: dict[int, str] = {}
    path = root / BUILTIN_PACK
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(rf"\s*({'|'.join(_PACK_KEYS)})\s*=", line):
            value = next(iter(tomllib.loads(line.strip()).values()))
            if value:
                words[number] = value
    pack = load_pack(path, builtin=True)
    expected = {pack.title}
    for checklist in pack.checklists:
        expected.add(checklist.title)
        for section in checklist.sections:
            expected.add(section.title)
            for item in section.items:
                expected.update(t for t in (item.text, item.help) if t)
    if set(words.values()) != expected:
        raise ValueError(f"{BUILTIN_PACK}: write every title, text and help on one line as \"...\" "
                         f"so the translation tools find it ({sorted(expected - set(words.values()))[:3]}).")
    return words


def write_pack_stub(folder: Path, root: Path = ROOT) -> Path:
    words = builtin_pack_words(root)
    lines = [""] * max(words)
    for number, text in words.items():
        literal = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines[number - 1] = f'QT_TRANSLATE_NOOP("{BUILTIN_CONTEXT}", {literal})'
    stub = folder / PACK_STUB_NAME
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


# -- running Qt's tools -------------------------------------------------------------------
def run_lupdate(ts: Path, lang: str, root: Path = ROOT) -> None:
    """Extract into ``ts`` (created or merged), with locations relative to it; for the
    source language, its plurals only."""
    with tempfile.TemporaryDirectory(prefix="shiftmate-lupdate-") as tmp:
        stub = write_pack_stub(Path(tmp), root)
        command = [
            str(qt_tool("lupdate")), *map(str, source_files(root)), str(stub),
            "-ts", str(ts), "-no-obsolete", "-locations", "absolute", "-silent",
            "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
            *(["-pluralonly"] if lang == SOURCE_LANGUAGE else []),
        ]
        subprocess.run(command, cwd=root, check=True, capture_output=True, text=True)
    text = ts.read_text(encoding="utf-8")
    pack = Path("..") / "packs" / BUILTIN_PACK.name
    text = re.sub(rf'filename="[^"]*{re.escape(PACK_STUB_NAME)}"', f'filename="{pack.as_posix()}"', text)
    ts.write_text(text, encoding="utf-8")


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


# -- reading .ts files -----------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(f.text or "" for f in forms) if forms else (
                ((translation.text or "") if translation is not None else ""),)
            messages.append(Message(
                name, message.findtext("source") or "", message.findtext("comment") or "",
                message.get("numerus") == "yes", translation.get("type", "") if translation is not None else "",
                texts,
            ))
    return messages


def template_messages(lang: str, root: Path = ROOT) -> list[Message]:
    """What lupdate finds in the sources now (nothing translated)."""
    with tempfile.TemporaryDirectory(prefix="shiftmate-template-") as tmp:
        ts = Path(tmp) / f"shiftmate_{lang}.ts"
        run_lupdate(ts, lang, root)
        return read_ts(ts)


# -- checking -----------------------------------------------------------------------
def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(lang: str, root: Path = ROOT, template: list[Message] | None = None) -> list[str]:
    """Everything that would make ``lang`` incomplete or stale, one sentence each."""
    ts = ts_path(lang, root)
    if not ts.exists():
        return [f"{ts.name} does not exist; run: python -m shiftmate.translation_files update --lang {lang}"]
    found: list[str] = []
    wanted = {m.key for m in (template if template is not None else template_messages(lang, root))}
    messages = read_ts(ts)
    have = {m.key for m in messages}
    for context, source, _comment, _numerus in sorted(wanted - have):
        found.append(f"missing from {ts.name}: [{context}] {source!r}")
    for context, source, _comment, _numerus in sorted(have - wanted):
        found.append(f"no longer in the sources but still in {ts.name}: [{context}] {source!r}")
    forms = NUMERUS_FORMS.get(lang, 2)
    for m in messages:
        where = f"{ts.name}: [{m.context}] {m.source!r}"
        if m.state:
            found.append(f"{where} is {m.state}")
        if any(not t.strip() for t in m.translations):
            found.append(f"{where} has an empty translation")
            continue
        if m.numerus and len(m.translations) != forms:
            found.append(f"{where} needs {forms} plural forms, has {len(m.translations)}")
        for translation in m.translations:
            expected = _placeholders(m.source)
            got = _placeholders(translation)
            if m.numerus and "%n" not in got and len(m.translations) > 1:
                got = sorted(got + ["%n"])  # a singular form may spell the number out ("un")
            if got != expected:
                found.append(f"{where}: placeholders {got} in the translation, {expected} in the source")
            if "&" in m.source.replace("&&", "") and "&" not in translation.replace("&&", ""):
                found.append(f"{where}: the translation has lost its keyboard mnemonic (&)")
    qm = qm_path(lang, root)
    if not qm.exists():
        found.append(f"{qm.name} is missing; run: python -m shiftmate.translation_files update")
    else:
        with tempfile.TemporaryDirectory(prefix="shiftmate-lrelease-") as tmp:
            fresh = Path(tmp) / qm.name
            run_lrelease(ts, fresh)
            if fresh.read_bytes() != qm.read_bytes():
                found.append(f"{qm.name} is older than {ts.name}; run: python -m shiftmate.translation_files update")
    return found


# -- the command ------------------------------------------------------------------------
def update(langs: list[str], root: Path = ROOT) -> None:
    for lang in langs:
        ts = ts_path(lang, root)
        ts.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts, lang, root)
        run_lrelease(ts, qm_path(lang, root))
        unfinished = [m for m in read_ts(ts) if m.state == "unfinished"]
        print(f"{ts.relative_to(root)}: {len(read_ts(ts))} messages, {len(unfinished)} to translate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m shiftmate.translation_files", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("update", "check"))
    parser.add_argument("--lang", action="append", metavar="CODE",
                        help="a language code (default: every shipped .ts); repeat for more")
    args = parser.parse_args(argv)
    if not (ROOT / BUILTIN_PACK).exists():
        print("This works in a source checkout of ShiftMate only.", file=sys.stderr)
        return 2
    langs = args.lang or shipped_languages()
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown:
        print(f"Add {unknown[0]!r} to LANGUAGES in shiftmate/core/i18n.py first.", file=sys.stderr)
        return 2
    if args.action == "update":
        update(langs)
        return 0
    found = [p for lang in langs for p in problems(lang)]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
