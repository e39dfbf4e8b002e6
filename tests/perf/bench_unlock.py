"""Unlock benchmark: time to open an encrypted database of 10,000 journal entries.

Run: ``python tests/perf/bench_unlock.py [--entries 10000] [--repeat 5]``. Prints its figures
and asserts nothing. "Unlock" is what the unlock screen waits for: ``Store.open`` with the
passphrase (SQLCipher's default key derivation, the quick check, migrations check), and
the first page of the journal list. Encrypting the folder is timed as well.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shiftmate.core.privacy import passphrase as privacy  # noqa: E402
from shiftmate.core.journal.entries import add_entries, entry_count  # noqa: E402
from shiftmate.core.journal.search import JournalFilter, list_page  # noqa: E402
from shiftmate.core.storage.paths import DataLocation  # noqa: E402
from shiftmate.core.storage.store import Store  # noqa: E402
from tests.perf.bench_journal import make_entries  # noqa: E402

PASSPHRASE = "a long passphrase for the benchmark"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    import random

    with tempfile.TemporaryDirectory() as tmp:
        location = DataLocation(Path(tmp) / "data")
        store = Store.open(location)
        add_entries(store, make_entries(args.entries, random.Random(1)))
        store.close()
        started = time.perf_counter()
        privacy.protect(location, PASSPHRASE, now=dt.datetime.now(dt.timezone.utc))
        encrypt_s = time.perf_counter() - started
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            store = Store.open(location, passphrase=PASSPHRASE)
            list_page(store, JournalFilter(), limit=200)
            times.append(time.perf_counter() - started)
            count = entry_count(store)
            store.close()
        size_mb = location.database.stat().st_size / 1e6
    print(f"entries: {count} (database {size_mb:.1f} MB)")
    print(f"encrypt the data folder (passphrase set): {encrypt_s * 1000:.0f} ms")
    print(f"unlock (open with passphrase + first journal page) median: "
          f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
