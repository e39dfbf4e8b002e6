"""Auto-lock: how many minutes a protected window may sit unused before it locks (0: never)."""

from __future__ import annotations

from shiftmate.core.storage.settings import NUMBER, Setting

MAX_AUTOLOCK_MINUTES = 240  # four hours: past that, "never" is the honest choice
AUTOLOCK_MINUTES = Setting("privacy.autolock_minutes", NUMBER, 5,
                           check=lambda minutes: 0 <= minutes <= MAX_AUTOLOCK_MINUTES)
