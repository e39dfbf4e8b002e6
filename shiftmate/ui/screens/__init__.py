"""The screens of the main window, in sidebar order, created lazily on first visit."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # stable: file names of screenshots, saved "last screen"
    title: str  # untranslated; shown through QCoreApplication.translate("Screens", …)
    factory: str  # "module:Class", imported when the screen is first shown


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("today", QT_TRANSLATE_NOOP("Screens", "Today"), "today:TodayScreen"),
    ScreenSpec("checklists", QT_TRANSLATE_NOOP("Screens", "Checklists"), "checklists:ChecklistsScreen"),
    ScreenSpec("journal", QT_TRANSLATE_NOOP("Screens", "Journal"), "journal:JournalScreen"),
    ScreenSpec("breaks", QT_TRANSLATE_NOOP("Screens", "Breaks"), "breaks:BreaksScreen"),
    ScreenSpec("insights", QT_TRANSLATE_NOOP("Screens", "Insights"), "insights:InsightsScreen"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Screens", "Settings"), "settings:SettingsScreen"),
)


def load_screen_class(spec: ScreenSpec):
    module_name, class_name = spec.factory.split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, class_name)
