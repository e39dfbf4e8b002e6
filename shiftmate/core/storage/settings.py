"""Settings declared once: a key, the kind of value, its default (Picard's ``options.py``).

Each feature declares its own settings in its core module (``break_rules.PRESET``,
``reminder_rules.SOUND``, ``autolock.AUTOLOCK_MINUTES``, ``i18n.LANGUAGE``, …) and every
reader and writer goes through that declaration: ``store.read(PRESET)`` and
``store.write(PRESET, "germany")`` for the database's ``settings`` table, ``ui.data.ui_state``
for the few kept in ``ui-state.ini`` (needed before a protected database is unlocked). No
caller spells a key or a default of its own.

A value is kept as the same text the code before these declarations wrote ("1"/"0" for a
flag, decimal digits for a number, JSON), so existing databases and ``ui-state.ini`` files read
unchanged. A stored value that no longer reads (a hand-edited file, a value this version does
not know, a damaged row) reads as the default, without an error; nothing is rewritten, so
the stored text stays for a version that understands it, until the person changes the setting.

Loaded on the command line's search path and before the window's first paint: plain classes,
no dataclasses or typing.
"""

from __future__ import annotations

import json

from shiftmate.core.errors import BadInput

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from collections.abc import Callable


class Kind:
    """How one kind of value is kept as text: ``load`` reads the text (raising ValueError,
    TypeError or BadInput when it cannot), ``dump`` writes it."""

    __slots__ = ("name", "load", "dump")

    def __init__(self, name: str, load: Callable[[str], object], dump: Callable[[object], str]) -> None:
        self.name = name
        self.load = load
        self.dump = dump

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


def _load_flag(text: str) -> bool:
    if text in ("1", "0"):
        return text == "1"
    raise ValueError(f"not a flag: {text!r}")


def _load_number(text: str) -> int:
    return int(text.strip())  # int("²") and int("x") raise ValueError


def _dump_number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput(f"A whole number is needed, not {value!r}.")
    return str(value)


def _dump_text(value: object) -> str:
    if not isinstance(value, str):
        raise BadInput(f"A text is needed, not {value!r}.")
    return value


def _dump_json(value: object) -> str:
    try:
        return json.dumps(value)
    except (TypeError, ValueError) as exc:
        raise BadInput(f"{value!r} cannot be kept as JSON: {exc}.") from None


TEXT = Kind("text", str, _dump_text)
FLAG = Kind("flag", _load_flag, lambda value: "1" if value else "0")
NUMBER = Kind("number", _load_number, _dump_number)
JSON = Kind("json", json.loads, _dump_json)


class Setting:
    """One setting: its stored ``key``, its ``kind``, its ``default``, and an optional ``check``
    a value must pass (a stored value that fails it reads as the default; writing one is BadInput).

    The default is shared by every read that falls back to it: treat a read value as read-only.
    """

    __slots__ = ("key", "kind", "default", "check")

    def __init__(self, key: str, kind: Kind, default: object,
                 check: Callable[[object], bool] | None = None) -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.check = check

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.kind!r}, {self.default!r})"

    def item(self, name: str) -> Setting:
        """The setting of one member of a family keyed by a prefix (one per pack: ``key + id``)."""
        return Setting(self.key + name, self.kind, self.default, self.check)

    def load(self, stored: object) -> object:
        """The value kept as ``stored`` (text, or None when nothing is stored); the default when
        there is none or it no longer reads."""
        if stored is None:
            return self.default
        try:
            value = self.kind.load(str(stored))
            if self.check is None or self.check(value):
                return value
        except (ValueError, TypeError, BadInput):
            pass
        return self.default

    def dump(self, value: object) -> str:
        """The text to keep for ``value``; BadInput when the value is not one this setting takes."""
        text = self.kind.dump(value)  # BadInput for a value not of the kind
        if self.check is not None and not self.check(value):
            raise BadInput(f"{value!r} is not a value the setting {self.key} takes.")
        return text


__all__ = ["FLAG", "JSON", "NUMBER", "TEXT", "Kind", "Setting"]
