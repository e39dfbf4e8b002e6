"""The Settings screen: where the data lives, and facts about this ShiftMate."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from shiftmate import __version__
from shiftmate.ui.screens.base import Screen, plain_label


class SettingsScreen(Screen):
    """Data location and app facts now; privacy, reminders and packs add their sections."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        # Settings grows with every feature: its sections scroll instead of being squeezed.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(page)
        self.content.addWidget(scroll, 1)
        self.content = page_layout
        self.set_title(self.tr("Settings"))

        data_box = QGroupBox(self.tr("Your data"), self)
        form = QFormLayout(data_box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.data_dir_label = plain_label(str(services.location.root))
        self.database_label = plain_label(str(services.location.database))
        self.status_label = plain_label(self.tr("Opening…"))
        form.addRow(self.tr("Data folder:"), self.data_dir_label)
        form.addRow(self.tr("Database file:"), self.database_label)
        form.addRow(self.tr("Status:"), self.status_label)
        form.addRow(
            plain_label(
                self.tr(
                    "Everything ShiftMate stores is in this one folder on this computer. Nothing is ever sent anywhere."
                ),
                object_name="emptyBody",
            )
        )
        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("&Open data folder"), data_box)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        about_box = QGroupBox(self.tr("About"), self)
        about = QFormLayout(about_box)
        about.addRow(self.tr("Version:"), plain_label(__version__))
        about.addRow(
            self.tr("Appearance:"),
            plain_label(self.tr("Light or dark, following your system.")),
        )

        from shiftmate.ui.language_settings import LanguageBox

        # First, so someone who does not read the current language finds it without scrolling.
        self.language_box = LanguageBox(services.location.ui_state, self)
        self.content.addWidget(self.language_box)
        self.content.addWidget(data_box)
        from shiftmate.ui.break_settings import BreakSettingsBox

        self.break_settings = BreakSettingsBox(services, self)
        self.content.addWidget(self.break_settings)
        from shiftmate.ui.pack_settings import PackSettingsBox

        self.pack_settings = PackSettingsBox(services, self)
        self.content.addWidget(self.pack_settings)

        from shiftmate.ui.autostart_settings import AutostartBox

        self.autostart_box = AutostartBox(self)
        self.content.addWidget(self.autostart_box)

        from shiftmate.ui.privacy_settings import BackupsBox, PrivacySettingsBox

        self.privacy = PrivacySettingsBox(services, parent=self)
        self.backups = BackupsBox(services, self)
        self.content.addWidget(self.privacy)
        self.content.addWidget(self.backups)
        self.content.addWidget(about_box)
        self.content.addStretch(1)

        services.opened.connect(self._on_opened)
        services.failed.connect(self._on_failed)
        if services.info is not None:
            self._on_opened(services.info)
        elif services.problem is not None:
            self._on_failed(services.problem)

    def _on_opened(self, info: dict) -> None:
        self.status_label.setText(
            self.tr("Open and healthy (schema version %1)").replace(
                "%1", str(info["schema_version"])
            )
        )

    def _on_failed(self, sentence: str) -> None:
        self.status_label.setText(sentence)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.location.root)))


