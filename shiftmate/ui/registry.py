"""The screens of the main window, in sidebar order, created lazily on first visit."""

from __future__ import annotations

import importlib
from collections import namedtuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

# A named tuple, not a dataclass: nothing before the first paint needs ``dataclasses``.
# key: stable (file names of screenshots, the saved "last screen"); title: untranslated,
# shown through QCoreApplication.translate("Screens", …); factory: "module:Class",
# imported when the screen is first shown.
ScreenSpec = namedtuple("ScreenSpec", "key title factory")


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("today", QT_TRANSLATE_NOOP("Screens", "Today"), "today.screen:TodayScreen"),
    ScreenSpec("checklists", QT_TRANSLATE_NOOP("Screens", "Checklists"), "checklists.screen:ChecklistsScreen"),
    ScreenSpec("journal", QT_TRANSLATE_NOOP("Screens", "Journal"), "journal.screen:JournalScreen"),
    ScreenSpec("breaks", QT_TRANSLATE_NOOP("Screens", "Breaks"), "shifts.screen:BreaksScreen"),
    ScreenSpec("insights", QT_TRANSLATE_NOOP("Screens", "Insights"), "insights.screen:InsightsScreen"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Screens", "Settings"), "settings.screen:SettingsScreen"),
)


def load_screen_class(spec: ScreenSpec):
    module_name, class_name = spec.factory.split(":")
    module = importlib.import_module(f"shiftmate.ui.{module_name}")
    return getattr(module, class_name)
