"""Files ShiftMate ships beside its code: icons, built-in content, themes and translations."""
