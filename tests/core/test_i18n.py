"""The core's words in the window's language, without Qt: built-in content, fallbacks, codes."""

from __future__ import annotations

import datetime as dt

import pytest

from shiftmate.core import i18n
from shiftmate.core.shifts.break_rules import PRESETS
from shiftmate.core.checklists.runs import ChecklistRuns
from shiftmate.core.checklists.words import shown_checklist, shown_history, shown_run
from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.clock import FakeClock
from shiftmate.core.errors import BadInput
from shiftmate.core.journal.entries import channel_label, feeling_label
from shiftmate.core.packs.install import ensure_builtin_pack, import_pack_file
from shiftmate.core.shifts.reminder_rules import reminder_rules, update_rule
from shiftmate.core.shifts.reminders import occurrences_until
from shiftmate.core.shifts.records import start_shift

# A stand-in for Qt's translator: a few words, keyed like the .ts file (context, English).
WORDS = {
    (i18n.BUILTIN_CONTEXT, "Before my shift"): "Antes de mi turno",
    (i18n.BUILTIN_CONTEXT, "Grooming and appearance"): "Aseo y presentación",
    (i18n.BUILTIN_CONTEXT, "Water bottle filled"): "Botella de agua llena",
    (i18n.BUILTIN_CONTEXT, "Phone away and on silent"): "Celular guardado y en silencio",
    ("ReminderRules", "Time for some water. A few sips keep your voice and your patience going."):
        "Hora de tomar agua.",
    ("BreakRules", "Meal break"): "Descanso para comer",
    ("Reminders", "{label} due in {left} minutes: at least %n minutes, starting before the deadline."):
        "{label} en {left} minutos: al menos %n minutos.",
    ("Journal", "Phone"): "Teléfono",
    ("Feelings", "tired"): "cansancio",
}


def fake_translate(context, text, disambiguation=None, n=-1):
    return WORDS.get((context, text), text).replace("%n", str(n))


@pytest.fixture
def spanish():
    i18n.use_translator(fake_translate)
    yield
    i18n.use_translator(None)


@pytest.fixture
def store(store):
    """The shared store, with the built-in checklists in it."""
    ensure_builtin_pack(store)
    return store


def test_language_codes_accept_regions_and_refuse_unknown_languages():
    assert [i18n.language_code(c) for c in ("es", "es_MX", "es-419", "ES", "en_GB.UTF-8")] == [
        "es", "es", "es", "es", "en"]
    with pytest.raises(BadInput, match="no translation for the language 'fr'.*es \\(Español\\)"):
        i18n.language_code("fr")


def test_system_preferences_pick_the_first_language_shiftmate_speaks():
    assert i18n.first_supported(["fr-FR", "es-MX", "en-US"]) == "es"
    assert i18n.first_supported(["en-GB", "es"]) == "en"
    assert i18n.first_supported(["C"]) == "en"
    assert i18n.first_supported([]) == "en"


def test_without_a_translator_the_core_speaks_the_english_it_was_written_in():
    assert i18n.translate("Anything", "Hello") == "Hello"
    assert i18n.translate("Anything", "%n entries", n=3) == "3 entries"
    assert channel_label("phone") == "Phone"


def test_a_missing_translation_falls_back_to_english(spanish):
    assert i18n.translate("ReminderRules", "A sentence nobody translated.") == "A sentence nobody translated."
    assert i18n.builtin_text("Anger I meet today is about the situation, not about me") == (
        "Anger I meet today is about the situation, not about me")
    assert feeling_label("tired") == "cansancio" and feeling_label("angry") == "angry"


def test_builtin_checklist_is_shown_translated_but_stored_in_english(store, spanish):
    library = ChecklistLibrary(store)
    checklist = library.get("before-shift")
    edited = next(i for i in checklist.items if i.key == "water-ready")
    library.update_item(edited.id, text="Water bottle filled with ice")  # the worker's own words
    shown = shown_checklist(library.get("before-shift"))
    assert shown.title == "Antes de mi turno"
    assert shown.sections[0].title == "Aseo y presentación"
    texts = {i.key: i.text for i in shown.items}
    assert texts["phone-away"] == "Celular guardado y en silencio"
    assert texts["water-ready"] == "Water bottle filled with ice"  # edited: shown as typed
    assert texts["station-ready"] == "My station is stocked, clean and set up"  # untranslated: English
    stored = library.get("before-shift")
    assert stored.title == "Before my shift"
    assert {i.key: i.text for i in stored.items}["phone-away"] == "Phone away and on silent"


def test_a_run_copies_english_and_shows_it_in_the_window_language(store, spanish):
    runs = ChecklistRuns(store, FakeClock("2026-03-10T08:00", "UTC"))
    run_id = runs.start_or_resume("before-shift")
    stored = runs.get(run_id)
    assert stored.title == "Before my shift"
    assert {i.key: i.text for i in stored.items}["phone-away"] == "Phone away and on silent"
    shown = shown_run(stored)
    assert shown.title == "Antes de mi turno"
    assert {i.key: i.text for i in shown.items}["phone-away"] == "Celular guardado y en silencio"
    assert shown.items[0].section_title == "Aseo y presentación"
    runs.close(run_id)
    history = shown_history(runs.history("before-shift", limit_open=50))
    assert ("water-ready", "Botella de agua llena") in {(k, t) for k, t, _ in history.most_often_open}


def test_a_managers_pack_is_never_translated(store, spanish, tmp_path):
    pack = tmp_path / "p.shiftpack.toml"
    pack.write_text(
        'schema = 1\nid = "corner.rules"\nversion = 1\ntitle = "Corner"\norganization = "Corner"\n'
        '[[checklist]]\nid = "corner"\ntitle = "Before my shift"\nwhen = "before-shift"\n'
        '  [[checklist.section]]\n  id = "s"\n  title = "Grooming and appearance"\n'
        '    [[checklist.section.item]]\n    id = "p"\n    text = "Phone away and on silent"\n'
        '    locked = true\n',
        encoding="utf-8",
    )
    import_pack_file(store, pack)
    corner = next(c for c in ChecklistLibrary(store).list() if c.origin_pack == "corner.rules")
    shown = shown_checklist(corner)
    assert shown.title == "Before my shift"
    assert shown.items[0].text == "Phone away and on silent"


def test_builtin_reminders_and_deadlines_speak_the_window_language(store, spanish):
    rules = {r.key: r for r in reminder_rules(store)}
    assert rules["water"].message == "Hora de tomar agua."
    update_rule(store, "stretch", enabled=True, message="Stretch now, my way", minutes=90, quiet_during_break=True)
    assert {r.key: r for r in reminder_rules(store)}["stretch"].message == "Stretch now, my way"
    clock = FakeClock("2026-03-10T08:00", "UTC")
    shift = start_shift(store, clock, planned_end=clock.now() + dt.timedelta(hours=8))
    requirements = PRESETS["california"].requirements
    clock.advance(hours=5)
    deadline = [o for o in occurrences_until(shift, [], requirements, clock.now()) if o.kind == "deadline"]
    assert deadline[0].message == "Descanso para comer en 30 minutos: al menos 30 minutos."


@pytest.fixture
def as_on_the_command_line():
    """No window's translator or number format (one an earlier test's window left is put back)."""
    translator, number_format = i18n.use_translator(None), i18n.use_number_format(None)
    yield
    i18n.use_translator(translator)
    i18n.use_number_format(number_format)


def test_a_count_reads_in_the_singular_without_a_window(as_on_the_command_line):
    """The command line has no Qt translator: English plurals come from shiftmate_en.ts."""
    from shiftmate.core.insights.readings import InsightsReadings

    assert i18n.translate("JournalScreen", "%n entries", None, 1) == "1 entry"
    assert i18n.translate("JournalScreen", "%n entries", None, 0) == "0 entries"
    assert i18n.translate("JournalScreen", "%n entries", None, 2) == "2 entries"
    assert InsightsReadings.tr("Reflecting left intensity unchanged on average (%n entries).", "", 1) == (
        "Reflecting left intensity unchanged on average (1 entry).")
    assert i18n.translate("Nowhere", "%n things", None, 1) == "1 things"  # not a catalogued plural: as written


def test_numbers_use_the_windows_decimal_sign_and_a_point_without_one(as_on_the_command_line):
    assert i18n.number(1.94) == "1.9" and i18n.number(2, 0) == "2"
    i18n.use_number_format(lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","))
    assert i18n.number(1.94) == "1,9"
    i18n.use_number_format(None)


def test_the_command_lines_own_counts_say_one_in_the_singular():
    assert i18n.counted(1, "checklist", "checklists") == "1 checklist"
    assert i18n.counted(0, "checklist", "checklists") == "0 checklists"
