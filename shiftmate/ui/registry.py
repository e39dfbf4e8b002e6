"""The one table of what the window is made of: screens, Today's cards, Settings' sections and
the window's parts, each named lazily as "module:Class" under ``shiftmate.ui``.

A new feature adds its own files and one line here. Each kind is made in the table's order
and handed the window's ``WindowContext`` (shiftmate/ui/context.py):

- a screen (``Screen(context)``) when the sidebar first shows it;
- a Today card (``Card(context)``) when Today is made, top to bottom;
- a Settings section (``Section(context, parent)``): ``NOW`` ones with the screen, above
  "Your data"; ``SOON`` ones one per turn of the event loop, below it and above "About";
- a window part (``Part(context)``, found by its key with ``context.part(key)``): ``NOW``
  before the screen shown first, ``SOON`` after it (so the first screen's queries queue
  first when the database opens), ``READY`` once the window has painted (the tray). A NOW
  or SOON part asked for before its turn is made then.
"""

from __future__ import annotations

import importlib
from collections import namedtuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

SCREEN, CARD, SECTION, PART = "screen", "card", "section", "part"
NOW, SOON, READY = "now", "soon", "ready"

# A named tuple, not a dataclass: nothing before the first paint needs ``dataclasses``.
# kind: one of the four above; key: stable (a screen's is in screenshot file names and the
# saved "last screen"; a part's is how others find it); factory: "module:Class", imported
# when first made; title: a screen's, untranslated, shown through
# QCoreApplication.translate("Screens", …); when: see the module docstring.
Entry = namedtuple("Entry", "kind key factory title when", defaults=("", NOW))
ScreenSpec = Entry  # the old name of a screen's row


TABLE: tuple[Entry, ...] = (
    # The sidebar, top to bottom (Ctrl+1 … Ctrl+6).
    Entry(SCREEN, "today", "today.screen:TodayScreen", QT_TRANSLATE_NOOP("Screens", "Today")),
    Entry(SCREEN, "checklists", "checklists.screen:ChecklistsScreen", QT_TRANSLATE_NOOP("Screens", "Checklists")),
    Entry(SCREEN, "journal", "journal.screen:JournalScreen", QT_TRANSLATE_NOOP("Screens", "Journal")),
    Entry(SCREEN, "breaks", "shifts.screen:BreaksScreen", QT_TRANSLATE_NOOP("Screens", "Breaks")),
    Entry(SCREEN, "insights", "insights.screen:InsightsScreen", QT_TRANSLATE_NOOP("Screens", "Insights")),
    Entry(SCREEN, "settings", "settings.screen:SettingsScreen", QT_TRANSLATE_NOOP("Screens", "Settings")),
    # Today's cards, top to bottom.
    Entry(CARD, "shift", "shifts.today_card:ShiftCard"),
    Entry(CARD, "mission", "mission.today_card:MissionCard"),  # my mission before a shift, this shift's tip
    Entry(CARD, "summary", "insights.today_card:WeeklySummaryCard"),
    Entry(CARD, "good_moment", "journal.recall:GoodMomentCard"),  # one past good moment, before a shift
    Entry(CARD, "checklist", "checklists.today_card:ChecklistCard"),
    Entry(CARD, "journal", "journal.today_card:JournalCard"),
    Entry(CARD, "moment", "moment.today_card:WhatToSayCard"),  # In front of a customer? What to say (F3)
    # Settings, top to bottom. Language first, so someone who does not read the current
    # language finds it without scrolling; then text size and colours.
    Entry(SECTION, "language_box", "settings.language:LanguageBox"),
    Entry(SECTION, "appearance_box", "settings.appearance:AppearanceBox"),
    Entry(SECTION, "break_settings", "shifts.settings_section:BreakSettingsBox", when=SOON),
    Entry(SECTION, "moment_settings", "moment.settings_section:MomentSettingsBox", when=SOON),
    Entry(SECTION, "own_reminders", "shifts.own_reminders_section:OwnRemindersBox", when=SOON),
    Entry(SECTION, "roster", "shifts.roster_section:RosterSettingsBox", when=SOON),  # Roster — Import .ics or .csv…
    Entry(SECTION, "pack_settings", "packs.settings_section:PackSettingsBox", when=SOON),
    Entry(SECTION, "mission_settings", "mission.settings_section:MissionSettingsBox", when=SOON),
    Entry(SECTION, "tips_settings", "mission.settings_section:TipsSettingsBox", when=SOON),
    Entry(SECTION, "autostart_box", "settings.autostart:AutostartBox", when=SOON),
    Entry(SECTION, "privacy", "privacy.settings_section:PrivacySettingsBox", when=SOON),
    Entry(SECTION, "backups", "privacy.settings_section:BackupsBox", when=SOON),
    # The window's parts, in the order they are made (their shortcuts appear in this order).
    Entry(PART, "journal", "journal.actions:JournalActions"),  # Ctrl+N, capture and reflection windows
    Entry(PART, "moment", "moment.actions:MomentActions", when=SOON),  # F3: the What to say card
    Entry(PART, "shift_companion", "shifts.companion:ShiftCompanion", when=SOON),  # reminders, toast, breathing
    Entry(PART, "packs", "packs.actions:PackActions", when=SOON),  # machine-wide packs, a dropped pack file
    Entry(PART, "lock", "privacy.lock:LockController", when=SOON),  # unlock screen, Ctrl+L, auto-lock
    Entry(PART, "shortcuts", "shell.shortcuts_sheet:ShortcutsSheetAction", when=SOON),  # F1, Ctrl+/
    Entry(PART, "recovery", "privacy.recovery:RecoveryOffer", when=SOON),  # an unreadable file was moved aside
    Entry(PART, "tray", "shell.tray:Tray", when=READY),  # where the desktop has one
)


def entries(kind: str, when: str | None = None) -> list[Entry]:
    """The rows of one kind (and moment), in table order; read at each call, so tests can
    patch ``TABLE``."""
    return [e for e in TABLE if e.kind == kind and (when is None or e.when == when)]


def entry(kind: str, key: str) -> Entry | None:
    return next((e for e in TABLE if e.kind == kind and e.key == key), None)


def load(row: Entry):
    """The class (or factory) a row names, imported now."""
    module_name, class_name = row.factory.split(":")
    module = importlib.import_module(f"shiftmate.ui.{module_name}")
    return getattr(module, class_name)


load_screen_class = load  # the old name


def __getattr__(name: str):
    if name == "SCREENS":  # the old name: the sidebar's rows
        return tuple(entries(SCREEN))
    raise AttributeError(name)
