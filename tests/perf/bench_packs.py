"""Pack benchmark: validating, importing and updating a large pack, and exporting it again.

Run: ``python tests/perf/bench_packs.py [--checklists 30] [--items 300]``. Prints its
figures; asserts nothing. All of this runs on the data thread in the app, never the GUI's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shiftmate.core.checklists.library import ChecklistLibrary  # noqa: E402
from shiftmate.core.packs.export import export_pack  # noqa: E402
from shiftmate.core.packs.install import import_pack  # noqa: E402
from shiftmate.core.packs.format import parse_pack  # noqa: E402
from shiftmate.core.storage.paths import DataLocation  # noqa: E402
from shiftmate.core.storage.store import Store  # noqa: E402


def big_pack(checklists: int, items: int, version: int) -> str:
    lines = ['schema = 1', 'id = "bench.pack"', f"version = {version}", 'title = "Benchmark pack"',
             'organization = "Bench Ltd"']
    per_section = 30
    for c in range(checklists):
        lines += ["[[checklist]]", f'id = "list-{c}"', f'title = "Checklist {c}"']
        for s in range(0, items, per_section):
            lines += ["[[checklist.section]]", f'id = "s-{s}"', f'title = "Section {s}"']
            for i in range(s, min(s + per_section, items)):
                if version > 1 and i % 10 == 0:
                    continue  # version 2 drops every tenth item ...
                text = f"Item {i} of checklist {c}" + (" (changed)" if version > 1 and i % 7 == 0 else "")
                lines += ["[[checklist.section.item]]", f'id = "i-{i}"', f'text = "{text}"', "locked = true"]
            if version > 1:  # ... and adds one per section
                lines += ["[[checklist.section.item]]", f'id = "new-{s}"', 'text = "New in version 2"']
    return "\n".join(lines) + "\n"


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checklists", type=int, default=30)
    parser.add_argument("--items", type=int, default=300)
    args = parser.parse_args()
    v1, v2 = big_pack(args.checklists, args.items, 1), big_pack(args.checklists, args.items, 2)
    total = args.checklists * args.items
    print(f"pack: {args.checklists} checklists x {args.items} items = {total} items, {len(v1.encode()) // 1024} KiB")
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(DataLocation(Path(folder)))
        try:
            pack1 = timed("validate", lambda: parse_pack(v1))
            timed("import (one transaction)", lambda: import_pack(store, pack1))
            pack2 = parse_pack(v2)
            timed("update to version 2 in place", lambda: import_pack(store, pack2))
            keys = [c.key for c in ChecklistLibrary(store).list() if c.origin_pack == "bench.pack"][:10]
            timed(f"export {len(keys)} of its checklists", lambda: export_pack(
                store, keys, pack_id="bench.copy", title="Copy", version=1))
        finally:
            store.close()


if __name__ == "__main__":
    main()
