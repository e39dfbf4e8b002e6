"""Settings kept in ``ui-state.ini`` beside the database, read and written through their core
declarations (``core.appearance``, ``core.i18n.LANGUAGE``) like those in the database.

They live there because the unlock screen of a protected database needs them before the
database opens. The window's own geometry and last screen are kept in the same file by the
main window; they are the window's state, not settings.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from shiftmate.core.storage.settings import Setting


def read(ui_state: QSettings, setting: Setting):
    """``setting``'s value in ``ui_state``; its default when none is kept or it no longer reads."""
    return setting.load(ui_state.value(setting.key))


def write(ui_state: QSettings, setting: Setting, value) -> None:
    """Keep ``value`` (BadInput, and nothing written, for a value the setting does not take)."""
    ui_state.setValue(setting.key, setting.dump(value))
