"""Pack files for tests, written as a manager would write them."""

from __future__ import annotations

from pathlib import Path


def acme_opening(version: int, pack_id: str = "acme.store") -> str:
    """The start of the store's pack: its header and the opening checklist up to its first section."""
    return f'''schema = 1
id = "{pack_id}"
version = {version}
title = "Acme store rules"
organization = "Acme Foods"

[[checklist]]
id = "acme-opening"
title = "Acme opening"
when = "before-shift"

  [[checklist.section]]
  id = "uniform"
  title = "Uniform"
'''


def store_pack(version: int = 1, *, station_text: str = "Till float counted", extra: str = "",
               pack_id: str = "acme.store") -> str:
    """The store's pack; version 2 changes one item, adds one and drops another."""
    dropped = "" if version > 1 else '''
    [[checklist.section.item]]
    id = "badge"
    text = "Badge on"
    locked = true
'''
    added = '''
    [[checklist.section.item]]
    id = "hairnet"
    text = "Hairnet on in the kitchen"
    locked = true
''' if version > 1 else ""
    return acme_opening(version, pack_id) + f'''
    [[checklist.section.item]]
    id = "apron"
    text = "{"Clean apron, tied at the back" if version > 1 else "Clean apron"}"
    required = true
    locked = true
{dropped}{added}
  [[checklist.section]]
  id = "station"
  title = "Station"

    [[checklist.section.item]]
    id = "till"
    text = "{station_text}"
    locked = true
{extra}'''


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


STORE_INFO = '''
[[contact]]
name = "Dana, shift lead"
how = "ext. 210, or the red phone by the till"
when = "a customer crosses the line; refunds over $50"

[[contact]]
name = "Sam, store manager"
how = "0151 496 0000"

[[phrase]]
step = "own"
text = "I'll sort this out with the kitchen and be back in two minutes."

[[phrase]]
step = "help"
text = "Let me get Dana, our shift lead."

[policy]
line = "Shouting, insults or threats: you may stop serving and call the shift lead."
exceptions = ["A refund up to $20 without a receipt", "A free drink after a long wait"]
'''


def store_info_pack(version: int = 1, *, store_info: str = STORE_INFO, pack_id: str = "acme.store") -> str:
    """The store's pack as schema 2, with who to call, two card lines and the policy."""
    return store_pack(version, pack_id=pack_id).replace("schema = 1", "schema = 2", 1) + store_info
