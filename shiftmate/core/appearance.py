"""The window's look as the worker chooses it in Settings ▸ Appearance: colours and text size.

Declared here, without Qt, beside the choices they take; the window keeps them in
``ui-state.ini`` (``ui.data.ui_state``), because the unlock screen and the first paint need
them before any database is open.
"""

from __future__ import annotations

from shiftmate.core.storage.settings import NUMBER, TEXT, Kind, Setting

SYSTEM = "system"  # follow the system's light or dark
SCHEMES = ("light", "dark", "high-contrast")
THEME_CHOICES = (SYSTEM,) + SCHEMES
TEXT_SIZES = (100, 125, 150, 175, 200)  # percent, as offered in Settings


def nearest_text_size(percent: int) -> int:
    return min(TEXT_SIZES, key=lambda size: abs(size - percent))


THEME = Setting("appearance/theme", TEXT, SYSTEM, check=lambda choice: choice in THEME_CHOICES)
# A size between the offered ones (a hand-edited file) reads as the nearest offered size.
TEXT_SIZE = Setting("appearance/text_size",
                    Kind("text size", lambda text: nearest_text_size(NUMBER.load(text)), NUMBER.dump),
                    TEXT_SIZES[0])
