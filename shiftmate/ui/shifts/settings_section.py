"""The Settings section for breaks: which break-law preset, a Custom rule, and the sound."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QPushButton, QSpinBox, QWidget

from shiftmate.core.shifts import break_rules
from shiftmate.core.shifts.reminder_rules import SOUND
from shiftmate.core.errors import BadInput
from shiftmate.ui.widgets.screen import listen, plain_label
from shiftmate.ui.data.changes import Changes


class BreakSettingsBox(QGroupBox):
    """Pick a preset (labelled as reminders, not legal advice, with its source) or write your own."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services = context.services
        self.setTitle(self.tr("Breaks and reminders"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.preset_combo = QComboBox()
        # As narrow as a short name: the longest preset's width at 200 % text made the
        # Settings page scroll sideways; a long name is shortened in the closed box only.
        self.preset_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(12)
        for key, preset in break_rules.PRESETS.items():
            self.preset_combo.addItem(break_rules.shown(preset.title), key)
        self.preset_combo.addItem(self.tr("Custom (your own rule)"), break_rules.CUSTOM)
        self.source_label = plain_label("", object_name="emptyBody")

        self.custom_box = QWidget()
        custom = QFormLayout(self.custom_box)
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_required = QSpinBox()
        self.custom_required.setRange(1, 240)
        self.custom_required.setValue(30)
        self.custom_required.setSuffix(self.tr(" min"))
        self.custom_deadline = QSpinBox()
        self.custom_deadline.setRange(15, 24 * 60)
        self.custom_deadline.setSingleStep(15)
        self.custom_deadline.setValue(300)
        self.custom_deadline.setSuffix(self.tr(" min after the start"))
        self.custom_over = QSpinBox()
        self.custom_over.setRange(0, 24 * 60)
        self.custom_over.setSingleStep(30)
        self.custom_over.setValue(300)
        self.custom_over.setSuffix(self.tr(" min"))
        self.custom_save = QPushButton(self.tr("Save my rule"))
        self.custom_save.clicked.connect(self.save_custom)
        custom.addRow(self.tr("A break of at least:"), self.custom_required)
        custom.addRow(self.tr("Starting before:"), self.custom_deadline)
        custom.addRow(self.tr("On shifts longer than:"), self.custom_over)
        custom.addRow(self.custom_save)

        self.sound_check = QCheckBox(self.tr("Play a sound with each reminder"))
        self.sound_check.toggled.connect(self.save_sound)
        self.note_label = plain_label("", object_name="emptyBody")
        form.addRow(self.tr("Break deadlines:"), self.preset_combo)
        form.addRow(self.source_label)
        form.addRow(self.custom_box)
        form.addRow(self.sound_check)
        form.addRow(self.note_label)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        listen(self, services.opened, lambda _info: self.load())
        if services.is_open:
            self.load()
        self._describe()

    def load(self) -> None:
        def job(store):
            return store.read(break_rules.PRESET), store.read(break_rules.CUSTOM_RULES), store.read(SOUND)

        self.services.run(job, self._loaded)

    def _loaded(self, values) -> None:
        preset, requirements, sound = values
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(preset), 0))
        self.preset_combo.blockSignals(False)
        if requirements:  # none kept (or a damaged rule): the form keeps its own starting values
            req = requirements[0]
            self.custom_required.setValue(req.required)
            self.custom_deadline.setValue(req.deadline)
            self.custom_over.setValue(req.applies_over)
        self.sound_check.blockSignals(True)
        self.sound_check.setChecked(sound)
        self.sound_check.blockSignals(False)
        self._describe()

    def _describe(self) -> None:
        key = self.preset_combo.currentData()
        preset = break_rules.PRESETS.get(key)
        self.custom_box.setVisible(key == break_rules.CUSTOM)
        if key == break_rules.CUSTOM:
            text = self.tr("Reminders, not legal advice. Your own rule, warned 30 and 10 minutes ahead and at the deadline.")
        elif preset is None or not preset.requirements:
            text = self.tr("No break deadlines. Self-care reminders still come.")
        else:
            text = self.tr("Reminders, not legal advice. Source: %1").replace("%1", break_rules.shown(preset.source))
        self.source_label.setText(text)

    def _preset_chosen(self, _index: int) -> None:
        key = self.preset_combo.currentData()
        self._describe()
        self._save(break_rules.PRESET, key)

    def save_custom(self) -> None:
        requirement = break_rules.BreakRequirement(
            "custom-1",
            "Break",
            self.custom_over.value(),
            self.custom_deadline.value(),
            self.custom_required.value(),
            self.custom_required.value(),
        )
        try:
            break_rules.validate_requirement(requirement)  # said here, before any job runs
        except BadInput as exc:
            self.note_label.setText(exc.sentence)
            return
        self._save(break_rules.CUSTOM_RULES, (requirement,))

    def save_sound(self, on: bool) -> None:
        self._save(SOUND, on)

    def _save(self, setting, value) -> None:
        def done(_r) -> None:
            self.note_label.setText(self.tr("Saved."))

        self.services.write(lambda s: s.write(setting, value), Changes.SETTINGS, done, self.note_label.setText)
