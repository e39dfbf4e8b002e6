"""The Settings screen: where the data lives, and facts about this ShiftMate."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from shiftmate import __version__
from shiftmate.ui import registry
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.screen import Screen, listen, plain_label


class SettingsScreen(Screen):
    """Data location and app facts; each feature adds its sections through the registry."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        services = self.services
        # Settings grows with every feature: its sections scroll instead of being squeezed.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(page)
        set_accessible(scroll, self.tr("Settings page"),
                       self.tr("Page Up and Page Down scroll; Tab goes from setting to setting."))
        self.content.addWidget(scroll, 1)
        self.content = page_layout
        self.set_title(self.tr("Settings"))

        # The registry's sections made with the screen (language, then text size and
        # colours): above the data, and made first so that Tab reaches them first.
        self._sections: dict[str, QWidget] = {}
        for row in registry.entries(registry.SECTION, registry.NOW):
            self._sections[row.key] = registry.load(row)(self.context, self)
        data_box = QGroupBox(self.tr("Your data"), self)
        form = QFormLayout(data_box)
        self._data_form = form
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
        self._about_form = about
        self.about_labels: dict[str, object] = {}
        self._about_asked = False
        self.copy_debug_button = QPushButton(self.tr("Copy &debug info"), about_box)
        self.copy_debug_button.clicked.connect(self.copy_debug_info)
        self.licences_button = QPushButton(self.tr("&Licences…"), about_box)
        self.licences_button.clicked.connect(self.show_licences)
        # The facts read package metadata and open SQLite: on the data thread (see _fill_about).
        QTimer.singleShot(0, self, self._fill_about)

        for section in self._sections.values():
            self.content.addWidget(section)
        self.content.addWidget(data_box)
        self.content.addWidget(about_box)
        self.content.addStretch(1)
        self._about_box = about_box
        # The other sections are made one per turn of the event loop once the screen
        # exists (or at once when asked for, in their order): made together, with the page
        # laid out and painted, they stalled the window for longer than a frame should.
        self._later = registry.entries(registry.SECTION, registry.SOON)
        self._section_order = tuple(row.key for row in self._later)
        self._section_timer = QTimer(self)
        self._section_timer.setInterval(0)
        self._section_timer.timeout.connect(self._make_next_section)
        self._section_timer.start()

        listen(self, services.opened, self._on_opened)
        listen(self, services.failed, self._on_failed)
        if services.info is not None:
            self._on_opened(services.info)
        elif services.problem is not None:
            self._on_failed(services.problem)

    # -- the sections, made lazily ------------------------------------------------------
    def section(self, key: str) -> QWidget:
        """The registry's section ``key``, made now if it has not been yet."""
        return self._sections[key] if key in self._sections else self._section(key)

    # The sections tests used to reach as attributes.
    language_box = property(lambda self: self.section("language_box"))
    appearance_box = property(lambda self: self.section("appearance_box"))
    break_settings = property(lambda self: self._section("break_settings"))
    pack_settings = property(lambda self: self._section("pack_settings"))
    autostart_box = property(lambda self: self._section("autostart_box"))
    privacy = property(lambda self: self._section("privacy"))
    backups = property(lambda self: self._section("backups"))

    def finish_pending(self) -> None:
        """Make every section now (for `shiftmate screenshot`)."""
        if self._section_order:
            self._section(self._section_order[-1])
        self._section_timer.stop()

    def _make_next_section(self) -> None:
        missing = [name for name in self._section_order if name not in self._sections]
        if missing:
            self._section(missing[0])
        if len(missing) <= 1:
            self._section_timer.stop()

    def _section(self, name: str) -> QWidget:
        """The named section, making it (and any made before it in the page order) now."""
        for row in self._later:
            if row.key not in self._sections:
                widget = registry.load(row)(self.context, self)
                self._sections[row.key] = widget
                self.content.insertWidget(self.content.indexOf(self._about_box), widget)
                # A form keeps the rows it laid out while the page grew around it; at 200 % the
                # wrapped paths of "Your data" were left a line short once the page got long.
                self._data_form.invalidate()
            if row.key == name:
                return self._sections[name]
        raise KeyError(name)

    def _on_opened(self, info: dict) -> None:
        self._fill_about()
        self.status_label.setText(
            self.tr("Open and healthy (schema version %1)").replace(
                "%1", str(info["schema_version"])
            )
        )

    def _on_failed(self, sentence: str) -> None:
        self.status_label.setText(sentence)

    def _fill_about(self) -> None:
        """Ask the data thread for the About facts: reading every installed package's metadata
        and opening SQLite took longer than a frame (the Settings screen's first open stalled
        96 ms on the benchmark), so the GUI thread only shows the answer."""
        if self.about_labels or self._about_asked:
            return
        root = self.services.location.root

        def job(_store):
            from shiftmate.core.system.diagnostics import debug_facts

            return debug_facts(root)

        self._about_asked = True
        self.services.run(job, self._show_about, self._about_not_yet)

    def _about_not_yet(self, _sentence: str) -> None:
        self._about_asked = False  # the database is not open yet (locked): asked again when it is

    def _show_about(self, facts: dict) -> None:
        if self.about_labels:
            return
        names = {  # the facts' names as the window shows them; the copied text stays English
            "Python": self.tr("Python:"), "Qt": self.tr("Qt:"), "PySide6": self.tr("PySide6:"),
            "SQLite": self.tr("SQLite:"), "SQLCipher": self.tr("SQLCipher:"),
            "OS": self.tr("System:"), "Installed as": self.tr("Installed as:"),
            "Log folder": self.tr("Log folder:"),
        }
        kinds = {  # how it was installed, in the window's language (the copied text stays English)
            "pip": self.tr("pip"), "pip (editable)": self.tr("pip (editable)"), "bundle": self.tr("bundle"),
            "Flatpak": "Flatpak", "source checkout": self.tr("source checkout"),
        }
        for key, value in facts.items():
            if key in names:
                label = plain_label(kinds.get(value, value) if key == "Installed as" else value)
                self.about_labels[key] = label
                self._about_form.addRow(names[key], label)
        self._about_form.addRow(self.tr("Licence:"), plain_label(self.tr("MIT, with third-party notices")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_debug_button)
        buttons.addWidget(self.licences_button)
        buttons.addStretch(1)
        self._about_form.addRow(buttons)

    def show_licences(self):
        """The licence and third-party notices, in a window of their own."""
        from shiftmate.ui.settings.licences_dialog import LicencesDialog

        dialog = LicencesDialog(self)
        self.licences_dialog = dialog
        dialog.open()
        return dialog

    def copy_debug_info(self) -> str:
        """The same facts as doctor --json, on the clipboard for a bug report."""
        from shiftmate.ui.shell.crash_notice import copy_debug_info

        return copy_debug_info(self.services.location.root)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.location.root)))


