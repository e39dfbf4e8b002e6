"""Settings ▸ Appearance: text size (100–200 %) and colours (system, light, dark, high contrast)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from shiftmate.core.appearance import TEXT_SIZES, THEME_CHOICES
from shiftmate.ui.look.appearance import Appearance
from shiftmate.ui.widgets.screen import plain_label

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("AppearanceBox", "Follow the system (light or dark)"),
    "light": QT_TRANSLATE_NOOP("AppearanceBox", "Light"),
    "dark": QT_TRANSLATE_NOOP("AppearanceBox", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("AppearanceBox", "High contrast (white on black)"),
}


class AppearanceBox(QGroupBox):
    """Two choices that apply at once and are remembered for the next start."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Appearance"))
        self.appearance: Appearance | None = context.appearance
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.text_size_combo = QComboBox()
        for percent in TEXT_SIZES:
            self.text_size_combo.addItem(self.tr("%1 %").replace("%1", str(percent)), percent)
        self.theme_combo = QComboBox()
        for key in THEME_CHOICES:
            self.theme_combo.addItem(QCoreApplication.translate("AppearanceBox", THEME_LABELS[key]), key)
        form.addRow(self.tr("&Text size:"), self.text_size_combo)
        form.addRow(self.tr("&Colours:"), self.theme_combo)
        form.addRow(plain_label(
            self.tr("Text size scales every screen; 200 % is twice the normal size. High contrast "
                    "uses white text on black with a yellow highlight."),
            object_name="emptyBody"))
        self.text_size_combo.setAccessibleDescription(self.tr("Applies at once to every window."))
        self.theme_combo.setAccessibleDescription(self.tr("Applies at once to every window."))
        self._show_choices()
        self.text_size_combo.currentIndexChanged.connect(self._text_size_chosen)
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)

    def _show_choices(self) -> None:
        if self.appearance is None:  # a screen made without a window (some tests)
            self.setEnabled(False)
            return
        self.text_size_combo.setCurrentIndex(max(0, self.text_size_combo.findData(self.appearance.shown_text_size())))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(self.appearance.theme_choice())))

    def _text_size_chosen(self, _index: int) -> None:
        self.appearance.set_text_size(self.text_size_combo.currentData())

    def _theme_chosen(self, _index: int) -> None:
        self.appearance.set_theme_choice(self.theme_combo.currentData())
