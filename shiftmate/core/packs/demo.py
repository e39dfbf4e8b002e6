"""Demo data for packs: the commented example pack, imported as a worker would."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from shiftmate.core.packs.install import import_pack
from shiftmate.core.packs.format import load_pack
from shiftmate.core.system.resources import resource_path

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store


def demo_packs(store: Store, _rng: random.Random, _days: int, *, clock=None) -> int:
    """Import the example pack (Corner Café); returns how many checklists it brought."""
    pack = load_pack(resource_path("packs", "example.shiftpack.toml"))
    import_pack(store, pack)
    return len(pack.checklists)
