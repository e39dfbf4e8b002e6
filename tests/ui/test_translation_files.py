"""The shipped translations are complete, compiled and in step with the words in the code.

When this fails after a change to any user-visible words, run
``python -m shiftmate.translation_files update`` and translate what it lists as unfinished.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from shiftmate import translation_files as tf
from shiftmate.core.i18n import BUILTIN_CONTEXT, LANGUAGES
from shiftmate.core.system.resources import resource_path

ROOT = tf.ROOT
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


@pytest.fixture(scope="module")
def spanish_template():
    return tf.template_messages("es")


def test_spanish_is_complete_translated_and_compiled(spanish_template):
    assert tf.shipped_languages() == ["en", "es"]
    assert tf.problems("es", template=spanish_template) == []
    assert resource_path("translations", "shiftmate_es.qm").exists()  # where the app looks for it


def test_spanish_plural_forms_have_singular_and_plural(spanish_template):
    numerus = [m for m in tf.read_ts(tf.ts_path("es")) if m.numerus]
    assert len(numerus) >= 8
    for message in numerus:
        assert len(message.translations) == 2 and all("%n" in t for t in message.translations), message


def test_english_has_the_singular_and_plural_of_every_count(spanish_template):
    """Qt shows "%n entries" as written, "1 entries": English needs a catalogue of its plurals."""
    assert tf.problems("en") == []
    english = {m.key: m for m in tf.read_ts(tf.ts_path("en"))}
    plurals = {m.key for m in spanish_template if m.numerus}
    assert set(english) == plurals and len(plurals) >= 20
    for message in english.values():
        singular, plural = message.translations
        assert plural == message.source and singular != message.source or "required open" in message.source, message
    assert resource_path("translations", "shiftmate_en.qm").exists()


def test_check_names_a_new_plural_without_its_english_forms(checkout_copy):
    journal = checkout_copy / "shiftmate" / "ui" / "journal" / "screen.py"
    text = journal.read_text(encoding="utf-8")
    journal.write_text(text.replace('self.tr("%n entries match", "", total)', 'self.tr("%n entries found", "", total)'),
                       encoding="utf-8")
    assert "missing from shiftmate_en.ts: [JournalScreen] '%n entries found'" in tf.problems("en", checkout_copy)
    tf.update(["en"], checkout_copy)
    assert "shiftmate_en.ts: [JournalScreen] '%n entries found' is unfinished" in tf.problems("en", checkout_copy)


def test_the_builtin_pack_is_in_the_catalogue(spanish_template):
    builtin = {m.source for m in spanish_template if m.context == "BuiltinChecklists"}
    assert {"Before my shift", "Phone away and on silent", "ShiftMate basics"} <= builtin
    # The pack's words, and the words of earlier versions that runs done before an update
    # still show (core.packs.install keeps them marked for translation).
    from shiftmate.core.packs.install import EARLIER_BUILTIN_WORDS

    assert builtin == set(tf.builtin_pack_words().values()) | EARLIER_BUILTIN_WORDS


@pytest.fixture
def checkout_copy(tmp_path):
    """The sources and resources in a scratch folder, to change without touching the tree."""
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "shiftmate", root / "shiftmate", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", root / "resources", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_check_names_a_new_untranslated_string_and_a_stale_qm(checkout_copy):
    settings = checkout_copy / "shiftmate" / "ui" / "settings" / "screen.py"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('self.tr("About")', 'self.tr("About ShiftMate")'), encoding="utf-8")
    found = tf.problems("es", checkout_copy)
    assert "missing from shiftmate_es.ts: [SettingsScreen] 'About ShiftMate'" in found
    assert "no longer in the sources but still in shiftmate_es.ts: [SettingsScreen] 'About'" in found

    tf.update(["es"], checkout_copy)  # the integrator's one command
    found = tf.problems("es", checkout_copy)
    assert found == ["shiftmate_es.ts: [SettingsScreen] 'About ShiftMate' is unfinished",
                     "shiftmate_es.ts: [SettingsScreen] 'About ShiftMate' has an empty translation"]

    ts = tf.ts_path("es", checkout_copy)
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        "<source>About ShiftMate</source>\n        <translation type=\"unfinished\"></translation>",
        "<source>About ShiftMate</source>\n        <translation>Acerca de ShiftMate</translation>"),
        encoding="utf-8")
    assert tf.problems("es", checkout_copy) == [
        "shiftmate_es.qm is older than shiftmate_es.ts; run: python -m shiftmate.translation_files update"]
    tf.update(["es"], checkout_copy)
    assert tf.problems("es", checkout_copy) == []


def test_check_names_lost_placeholders_and_mnemonics(checkout_copy):
    ts = tf.ts_path("es", checkout_copy)
    text = ts.read_text(encoding="utf-8")
    text = text.replace("<translation>Guardado en %1</translation>", "<translation>Guardado</translation>")
    text = text.replace("<translation>&amp;Abrir la carpeta de datos</translation>",
                        "<translation>Abrir la carpeta de datos</translation>")
    ts.write_text(text, encoding="utf-8")
    found = "\n".join(tf.problems("es", checkout_copy))
    assert "[InsightsScreen] 'Saved to %1': placeholders [] in the translation, ['%1'] in the source" in found
    assert "[SettingsScreen] '&Open data folder': the translation has lost its keyboard mnemonic" in found


def _python_sources():
    for path in sorted((ROOT / "shiftmate").rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in TRANSLATE_CALLS:
                yield name, node


def test_every_context_in_the_catalogue_is_one_the_code_asks_for(spanish_template):
    """lupdate takes a context from the class around ``self.tr`` or the literal first argument;
    ``other.tr(...)`` or a module-level ``tr`` give a context the running code never asks for."""
    asked = {BUILTIN_CONTEXT}  # the built-in pack's words, asked for by core.i18n.builtin_text
    for _path, tree in _python_sources():
        asked |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        asked |= set(_named_contexts(tree))
        for name, call in _calls(tree):
            if name != "tr" and call.args and isinstance(call.args[0], ast.Constant):
                asked.add(call.args[0].value)
    contexts = {m.context for m in spanish_template}
    assert contexts - asked == set()


def _named_contexts(tree):
    """``Name = Context("Name")`` in the core: lupdate reads ``Name.tr(…)`` as context Name."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "Context"):
            yield node.value.args[0].value
            assert [t.id for t in node.targets] == [node.value.args[0].value], "name it as its context"


def test_translated_text_is_a_literal_lupdate_can_read():
    """An f-string or a concatenation never matches a catalogue entry; an expression holding a
    string literal (``r["message"]``) makes lupdate extract that literal instead."""
    wrong = []
    for path, tree in _python_sources():
        for name, call in _calls(tree):
            index = 0 if name == "tr" else 1
            if isinstance(call.func, ast.Name) and name == "tr":
                wrong.append(f"{path.name}:{call.lineno}: a free tr() has no context lupdate can see")
                continue
            if len(call.args) <= index:
                continue
            text = call.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                continue
            if any(isinstance(n, (ast.Constant, ast.JoinedStr)) and isinstance(getattr(n, "value", ""), str)
                   for n in ast.walk(text)):
                wrong.append(f"{path.name}:{call.lineno}: {ast.unparse(text)}")
        for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            # lupdate reads nothing inside an f-string: a tr() there is never in a catalogue
            wrong += [f"{path.name}:{call.lineno}: {name}() inside an f-string"
                      for name, call in _calls(fstring)]
    assert wrong == []


def test_the_app_bundle_ships_the_translations():
    spec = (ROOT / "packaging" / "shiftmate.spec").read_text(encoding="utf-8")
    assert 'DATAS = [(str(ROOT / "resources"), "shiftmate/resources")' in spec  # translations inside
    assert Path(tf.qm_path("es")).is_relative_to(ROOT / "resources")
    import plistlib

    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleLocalizations"] == list(LANGUAGES)  # macOS offers the app these
