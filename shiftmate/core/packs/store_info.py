"""What the installed packs say about the store: who to call, lines for the "What to say"
card, and the store's policy. Read only; ``core/packs/install.py`` writes these rows.

Every reader lists the installed packs in install order (the order the packs first arrived:
an update keeps a pack's place, so the card does not reshuffle with every new version), and
within one pack the file's own order. A removed pack brings nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.storage.database import SqlDatabase


@dataclass(frozen=True)
class PackPhrase:
    """A line a pack adds to one step of the "What to say" card (a ``PHRASE_STEPS`` key)."""

    pack_id: str
    step: str
    text: str


@dataclass(frozen=True)
class PackContact:
    """Someone to call, how to reach them, and when (``when`` may be empty)."""

    pack_id: str
    name: str
    how: str
    when: str


@dataclass(frozen=True)
class PackPolicy:
    """Where a store draws the line, and what a worker may grant without asking."""

    pack_id: str
    line: str
    exceptions: tuple[str, ...]


_IN_INSTALL_ORDER = ("JOIN packs ON packs.id = info.pack_id WHERE packs.removed_at IS NULL "
                     "ORDER BY packs.rowid")


def pack_phrases(db: SqlDatabase) -> list[PackPhrase]:
    rows = db.execute(f"SELECT info.pack_id, info.step, info.text FROM pack_phrases AS info "
                      f"{_IN_INSTALL_ORDER}, info.position").fetchall()
    return [PackPhrase(*row) for row in rows]


def pack_contacts(db: SqlDatabase) -> list[PackContact]:
    rows = db.execute(f"SELECT info.pack_id, info.name, info.how, info.when_ FROM pack_contacts AS info "
                      f"{_IN_INSTALL_ORDER}, info.position").fetchall()
    return [PackContact(*row) for row in rows]


def pack_policies(db: SqlDatabase) -> list[PackPolicy]:
    rows = db.execute(f"SELECT info.pack_id, info.line, info.exceptions FROM pack_policies AS info "
                      f"{_IN_INSTALL_ORDER}").fetchall()
    return [PackPolicy(pack_id, line, _texts(exceptions)) for pack_id, line, exceptions in rows]


def _texts(raw: str) -> tuple[str, ...]:
    """The exceptions as stored; a damaged value reads as none rather than failing the card."""
    try:
        value = json.loads(raw)
    except ValueError:
        return ()
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()
