"""Settings kept in ui-state.ini (appearance, language) through their declarations: a file
written before the declarations reads the same, and writes keep the same text."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from shiftmate.core import appearance, i18n
from shiftmate.ui.data import ui_state

# ui-state.ini as the code before the declarations wrote it for these choices.
OLD_FILE = "[appearance]\ntext_size=150\ntheme=high-contrast\n\n[ui]\nlanguage=es\n"


def test_a_file_written_before_the_declarations_reads_the_same(tmp_path):
    path = tmp_path / "ui-state.ini"
    path.write_text(OLD_FILE, encoding="utf-8")
    settings = QSettings(str(path), QSettings.IniFormat)
    assert ui_state.read(settings, appearance.TEXT_SIZE) == 150
    assert ui_state.read(settings, appearance.THEME) == "high-contrast"
    assert ui_state.read(settings, i18n.LANGUAGE) == "es"


def test_writes_keep_the_text_the_old_code_kept(tmp_path):
    path = tmp_path / "ui-state.ini"
    settings = QSettings(str(path), QSettings.IniFormat)
    ui_state.write(settings, appearance.TEXT_SIZE, 150)
    ui_state.write(settings, appearance.THEME, "high-contrast")
    ui_state.write(settings, i18n.LANGUAGE, "es_MX")  # kept as the language's code
    settings.sync()
    assert path.read_text(encoding="utf-8") == OLD_FILE
    assert ui_state.read(settings, appearance.TEXT_SIZE) == 150  # before and after a reopen


def test_unreadable_values_read_as_the_defaults_and_stay_in_the_file(tmp_path):
    path = tmp_path / "ui-state.ini"
    text = "[appearance]\ntext_size=huge\ntheme=purple\n\n[ui]\nlanguage=tlh\n"
    path.write_text(text, encoding="utf-8")
    settings = QSettings(str(path), QSettings.IniFormat)
    assert ui_state.read(settings, appearance.TEXT_SIZE) == appearance.TEXT_SIZE.default == 100
    assert ui_state.read(settings, appearance.THEME) == appearance.THEME.default == "system"
    assert ui_state.read(settings, i18n.LANGUAGE) == i18n.LANGUAGE.default == i18n.SYSTEM
    settings.sync()
    assert path.read_text(encoding="utf-8") == text


def test_a_size_between_the_offered_ones_reads_as_the_nearest(tmp_path):
    settings = QSettings(str(tmp_path / "ui-state.ini"), QSettings.IniFormat)
    settings.setValue(appearance.TEXT_SIZE.key, "130")
    assert ui_state.read(settings, appearance.TEXT_SIZE) == 125
