"""The window in Spanish: --lang, Settings ▸ Language, built-in content, Qt's own words, fallbacks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCalendarWidget, QComboBox,
    QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit,
    QWidget,
)

from shiftmate import APP_NAME, __version__
from shiftmate import translation_files as tf
from shiftmate.core import i18n
from shiftmate.core.clock import FakeClock
from shiftmate.core.journal.entries import JournalEntry, add_entry
from shiftmate.core.storage.store import Store
from shiftmate.ui.look.language import current_language, install_language

SIDEBAR_ES = ["Hoy", "Listas", "Diario", "Descansos", "Tendencias", "Ajustes"]


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Every other test expects the English the code is written in."""
    yield
    install_language(qapp, "en")


@pytest.fixture
def make_window(open_window):
    """``make_window("es")``: a window started as with ``--lang es``, its database open."""
    return lambda language=None, clock=None, restart=None: open_window(clock=clock, language=language,
                                                                        restart=restart)


def sidebar(window):
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_lang_es_shows_the_window_in_spanish(make_window):
    window = make_window("es")
    assert current_language() == "es"
    assert sidebar(window) == SIDEBAR_ES
    assert [window.show_screen(key).title_label.text() for key in window.screen_keys()] == SIDEBAR_ES
    # The core's words come through the same translator (reminder rules, break presets).
    assert i18n.translate("ReminderRules", "Time for some water. A few sips keep your voice and your "
                          "patience going.").startswith("Hora de tomar agua")


def test_lang_en_overrides_a_saved_spanish_choice(make_window, location):
    location.ensure()
    QSettings(str(location.ui_state), QSettings.IniFormat).setValue(i18n.LANGUAGE.key, "es")
    assert sidebar(make_window("en"))[0] == "Today"


def test_builtin_checklist_is_shown_in_spanish_and_stored_in_english(make_window, qtbot, location):
    window = make_window("es", clock=FakeClock("2026-11-23T07:30:00", zone="Europe/London"))
    screen = window.show_screen("checklists")
    qtbot.waitUntil(lambda: screen.list.count() == 2, timeout=10_000)
    assert [screen.list.item(i).text() for i in range(2)] == ["Antes de mi turno", "Después de mi turno"]
    view = screen.run_view
    with qtbot.waitSignal(view.run_changed, timeout=10_000):
        window.open_checklist("before-shift")
    texts = {item.key: item.text for item in view.run.items}
    assert texts["phone-away"] == "Celular guardado y en silencio"
    assert view.run.items[0].section_title == "Aseo y presentación"
    help_text = next(i.help for i in view.run.items if i.key == "who-to-call")
    assert help_text.startswith("Escuchar y mantener la calma")
    window.services.close()
    store = Store.open(location)
    try:
        stored = store.db.execute("SELECT text FROM run_items WHERE item_key = 'phone-away'").fetchone()[0]
        title = store.db.execute("SELECT title FROM checklists WHERE key = 'before-shift'").fetchone()[0]
    finally:
        store.close()
    assert (stored, title) == ("Phone away and on silent", "Before my shift")  # switching back shows English


def test_settings_language_choice_persists_and_is_used_at_next_start(make_window, qtbot, location):
    window = make_window()  # the test environment's system language: English
    box = window.show_screen("settings").language_box
    assert box.combo.currentData() == i18n.SYSTEM and not box.restart_button.isVisibleTo(box)
    with qtbot.waitSignal(box.choice_saved, timeout=10_000):
        box.combo.setCurrentIndex(box.combo.findData("es"))
    assert box.note.text() == "Saved. ShiftMate speaks Spanish from its next start."
    assert sidebar(window)[0] == "Today"  # applies from the next start
    window.save_state()
    window.close()
    assert QSettings(str(location.ui_state), QSettings.IniFormat).value(i18n.LANGUAGE.key) == "es"

    again = make_window()
    assert sidebar(again) == SIDEBAR_ES
    box = again.show_screen("settings").language_box
    assert box.combo.currentText() == "Español"
    assert box.note.text() == "Las palabras que falten en una traducción se muestran en inglés."


def test_restart_now_asks_the_running_app_to_start_again(make_window, qtbot):
    asked = []
    box = make_window(restart=lambda: asked.append(True)).show_screen("settings").language_box
    box.combo.setCurrentIndex(box.combo.findData("es"))
    assert box.restart_button.isVisibleTo(box)
    qtbot.mouseClick(box.restart_button, Qt.LeftButton)
    assert asked == [True]


def test_restart_command_repeats_the_start_without_lang():
    from shiftmate.app import restart_command

    command = restart_command(["shiftmate", "--lang", "es", "--data-dir", "/d", "--lang=en", "--debug"])
    assert command[-3:] == ["--data-dir", "/d", "--debug"] and "--lang" not in " ".join(command)


def test_a_missing_string_falls_back_to_english_and_qt_speaks_spanish_too(qapp):
    install_language(qapp, "es")
    assert QCoreApplication.translate("SettingsScreen", "About") == "Acerca de"
    assert QCoreApplication.translate("SettingsScreen", "A sentence added after the translation") == (
        "A sentence added after the translation")
    assert i18n.translate("Journal", "A channel nobody translated") == "A channel nobody translated"
    buttons = QDialogButtonBox(QDialogButtonBox.Cancel)  # Qt's own words, from qtbase_es
    assert buttons.button(QDialogButtonBox.Cancel).text().replace("&", "") == "Cancelar"
    install_language(qapp, "en")
    assert QCoreApplication.translate("SettingsScreen", "About") == "About"
    assert buttons is not None


class CatalogueTranslator(QTranslator):
    """Marks a string ⟦…⟧ only when the .ts file holds it under the context the code asks with;
    anything else stays unmarked, so both untranslatable and uncatalogued words stand out."""

    def __init__(self, catalogue):
        super().__init__()
        self.catalogue = catalogue

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if (context, source) in self.catalogue else None

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def _inside_qt_widget(widget) -> bool:
    """Parts Qt builds and translates itself: a calendar's buttons, a tab bar's scroll arrows."""
    if isinstance(widget.parentWidget(), QTabBar):
        return True
    while widget is not None:
        if isinstance(widget, QCalendarWidget):
            return True
        widget = widget.parentWidget()
    return False


def visible_words(root) -> list[str]:
    """Every label, button, box title, tab, combo item, placeholder, header, suffix and accessible
    name under ``root``, except what a person or a pack wrote."""
    words = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _inside_qt_widget(widget) or widget.property("userText"):
            continue
        words += [widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            words.append(widget.text())
        if isinstance(widget, QAbstractButton):
            words.append(widget.toolTip())
        if isinstance(widget, QGroupBox):
            words.append(widget.title())
        if isinstance(widget, QTabWidget):
            words += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            words.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            words += [widget.specialValueText(), getattr(widget, "suffix", lambda: "")()]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            skip = set(widget.property("notForTranslation") or [])
            words += [widget.itemText(i) for i in range(widget.count()) if widget.itemText(i) not in skip]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and hasattr(widget, "horizontalHeader"):
            model = widget.model()
            words += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
    return words


def test_every_visible_word_is_in_the_spanish_catalogue(qtbot, make_window, location):
    """Screens, the capture window, a reflection and the breathing reset: each word on them is
    looked up in the .ts file under the context the code asks with (a word outside it would
    stay English in Spanish)."""
    location.ensure()
    store = Store.open(location)
    try:
        entry_id = add_entry(store, JournalEntry(text="A customer shouted", channel="phone"),
                             clock=FakeClock("2026-03-10T09:00:00"))
    finally:
        store.close()
    catalogue = {(m.context, m.source) for m in tf.read_ts(tf.ts_path("es"))}
    translator = CatalogueTranslator(catalogue)
    QApplication.installTranslator(translator)
    try:
        window = make_window()
        window.show()
        words = sidebar(window)
        for key in window.screen_keys():
            window.show_screen(key)
        assert window.services.wait_idle()
        words += visible_words(window)
        window.journal.open_capture()
        words += visible_words(window.journal.capture)
        with qtbot.waitSignal(window.journal.reflection_opened, timeout=10_000) as opened:
            window.journal.open_reflection(entry_id)
        dialog = opened.args[0]
        qtbot.waitUntil(lambda: dialog.entry is not None, timeout=10_000)
        words += visible_words(dialog)
        from shiftmate.ui.shifts.breathing_dialog import BreathingDialog

        breathing = BreathingDialog(window.services, window)
        qtbot.addWidget(breathing)
        words += visible_words(breathing)
    finally:
        QApplication.removeTranslator(translator)
    not_words = {str(location.root), str(location.database), __version__, APP_NAME, "A customer shouted"}
    from shiftmate.core.system.diagnostics import debug_facts  # Settings ▸ About: versions, system, folders

    not_words |= {value for key, value in debug_facts(location.root).items() if key != "Installed as"}
    # A count comes through the English catalogue's plural forms ("1 entry"), which Qt asks
    # before the test's translator; a step number before a translated title is no word.
    counted = [re.compile("^" + re.escape(form).replace("%n", r"\d+") + "$")
               for m in tf.read_ts(tf.ts_path("en")) for form in m.translations if "%n" in form]
    unmarked = sorted({w for w in words if w and any(c.isalpha() for c in w) and w not in not_words
                       and not re.sub(r"^\d+\.\s+", "", w).startswith("⟦")
                       and not any(pattern.match(w) for pattern in counted)})
    assert unmarked == [], "\n".join(unmarked)


def _one_entry(location, tag="queue"):
    store = Store.open(location)
    try:
        add_entry(store, JournalEntry(text="A long queue and a short temper.", tags=(tag,), intensity_before=7,
                                      intensity_after=5))
    finally:
        store.close()


@pytest.mark.parametrize("language, one_entry, tag_line", [
    ("en", "1 entry", "queue (1 entry)"),
    ("es", "1 entrada", "queue (1 entrada)"),
])
def test_one_of_something_is_said_in_the_singular(make_window, qtbot, location, language, one_entry, tag_line):
    from shiftmate.ui.journal.tags import TagsDialog

    _one_entry(location)
    window = make_window(language)
    journal = window.show_screen("journal")
    qtbot.waitUntil(lambda: journal.count_label.text() == one_entry, timeout=10_000)
    tags = TagsDialog(window.services, window)
    qtbot.addWidget(tags)
    qtbot.waitUntil(lambda: tags.model.rowCount() == 1, timeout=10_000)
    assert tags.model.item(0).text() == tag_line


def test_spanish_numbers_have_a_decimal_comma_and_counts_their_plural(make_window, qtbot, location):
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.insights.figures import compute_insights
    from shiftmate.core.insights.readings import readings
    from tests.ui.insights.test_insights_screen import fill_demo

    fill_demo(location)
    make_window("es")
    store = Store.open(location)
    try:
        words = readings(compute_insights(store, SystemClock(), "3m"))
    finally:
        store.close()
    assert i18n.number(1.94) == "1,9"
    import re

    assert re.search(r"\d,\d puntos en promedio \(\d+ entradas\)\.$", words["reflection"]), words["reflection"]
    assert re.search(r"^\d+,\d horas en \d+ turnos, \d+,\d horas por semana", words["shifts"]), words["shifts"]
