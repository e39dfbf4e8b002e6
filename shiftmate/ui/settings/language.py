"""Settings section "Language": follow the system, or always English or Español.

The choice is saved in ``ui-state.ini`` beside the database (it is needed before a protected
database is unlocked) and applies from the next start; "Restart now" starts ShiftMate again
when the running app offers it. Live switching would mean rebuilding every screen, the tray
and open dialogs, for a choice made once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton

from shiftmate.core import i18n
from shiftmate.core.storage.paths import tighten_file
from shiftmate.ui.look.language import current_language, save_choice, saved_choice, system_language
from shiftmate.ui.widgets.screen import plain_label


class LanguageBox(QGroupBox):
    """A language choice saved for the next start, with a way to restart now."""

    choice_saved = Signal(str)  # "system" or a language code

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language"))
        self.ui_state_path = Path(context.services.location.ui_state)
        self._restart_app = context.restart  # None where the app cannot start itself again
        self.combo = QComboBox()
        system_name = i18n.language_name(system_language())
        self.combo.addItem(self.tr("System default (%1)").replace("%1", system_name), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language in its own words
        self.combo.setProperty("notForTranslation", [name for name in i18n.LANGUAGES.values()])
        self.combo.setCurrentIndex(max(self.combo.findData(saved_choice(self._settings())), 0))
        self.combo.currentIndexChanged.connect(self._chosen)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        self.note = plain_label("", object_name="emptyBody")
        self.restart_button = QPushButton(self.tr("Restart &now"))
        self.restart_button.clicked.connect(self.restart)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(label, self.combo)
        form.addRow(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._show_note(just_saved=False)

    def _settings(self) -> QSettings:
        return QSettings(str(self.ui_state_path), QSettings.IniFormat)

    def _wanted(self) -> str:
        choice = self.combo.currentData()
        return system_language() if choice == i18n.SYSTEM else choice

    def _chosen(self, _index: int) -> None:
        settings = self._settings()
        save_choice(settings, self.combo.currentData())
        tighten_file(Path(settings.fileName()))
        self._show_note(just_saved=True)
        self.choice_saved.emit(self.combo.currentData())

    def _show_note(self, *, just_saved: bool) -> None:
        now = current_language()
        pending = now not in (None, self._wanted())
        if pending and just_saved:
            self.note.setText(self.tr("Saved. ShiftMate speaks %1 from its next start.")
                              .replace("%1", i18n.language_name(self._wanted())))
        elif pending:  # this start was told another language (``--lang``)
            self.note.setText(self.tr("%1 for this start only; from the next start, %2.")
                              .replace("%1", i18n.language_name(now))
                              .replace("%2", i18n.language_name(self._wanted())))
        else:
            self.note.setText(self.tr("Words missing from a translation are shown in English."))
        self.restart_button.setVisible(pending and self._can_restart())

    def _can_restart(self) -> bool:
        return self._restart_app is not None

    def restart(self) -> None:
        """Quit and start again in the chosen language (only where the app can restart)."""
        if self._restart_app is not None:
            self._restart_app()
