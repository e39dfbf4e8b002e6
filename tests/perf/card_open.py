"""Card-open benchmark: from the F3 key press to the "What to say" card painted on screen.

Run: ``python -m tests.perf.card_open [--repeat 5]``. Starts the window (offscreen unless a
display is asked for) on a real data folder filled with demo data, waits until the database
is open and the card has been read ahead, then presses the real key (``QTest.keyClick``) and
measures with a monotonic clock until the card's first paint after it: the first open (the
window is made) and the reopens (the same window shown again). Prints the figures in ms and
asserts nothing; ``measure_card_open()`` returns them for the main benchmark.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _press_and_wait_for_paint(app, moment, target) -> float:
    from PySide6.QtCore import QEventLoop, QTimer, Qt
    from PySide6.QtTest import QTest

    painted = {"at": None}
    loop = QEventLoop()

    def on_paint() -> None:
        if painted["at"] is None:
            painted["at"] = time.perf_counter()
            loop.quit()

    def on_opened(card) -> None:
        card.painted.connect(on_paint)

    moment.card_opened.connect(on_opened)
    started = time.perf_counter()
    QTest.keyClick(target, Qt.Key_F3)
    if painted["at"] is None:
        QTimer.singleShot(10_000, loop.quit)  # never waits for ever
        loop.exec()
    moment.card_opened.disconnect(on_opened)
    if moment.card_window is not None:
        moment.card_window.painted.disconnect(on_paint)
    if painted["at"] is None:
        raise RuntimeError("the card was not painted within 10 s")
    return (painted["at"] - started) * 1000


def measure_card_open(repeat: int = 5, days: int = 60) -> dict:
    """{"first_open_ms", "reopen_ms" (median), "reopen_samples_ms", "repeat"} on demo data."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from shiftmate.app import build_main_window
    from shiftmate.core.demo import fill_demo_data
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.core.storage.store import Store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        location = DataLocation(Path(tmp) / "data")
        with Store.open(location) as store:
            fill_demo_data(store, days=days, seed=1)
        window, services = build_main_window(location, scheme="light")
        try:
            services.open()
            services.wait_idle()
            window.show()
            window.activateWindow()
            moment = window.context.part("moment")
            while moment.card is None:  # read ahead once the database opened
                app.processEvents()
                services.wait_idle()
            app.processEvents()
            first = _press_and_wait_for_paint(app, moment, window)
            reopens = []
            for _ in range(repeat):
                moment.card_window.close()
                app.processEvents()
                reopens.append(_press_and_wait_for_paint(app, moment, window))
        finally:
            if moment.card_window is not None:
                moment.card_window.close()
            window.hide()
            services.close()
            window.deleteLater()
            app.processEvents()
    return {"first_open_ms": round(first, 1), "reopen_ms": round(statistics.median(reopens), 1),
            "reopen_samples_ms": [round(t, 1) for t in reopens], "repeat": repeat}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    figures = measure_card_open(args.repeat)
    print(f"What to say card, F3 to painted: first open {figures['first_open_ms']:.1f} ms, "
          f"reopen median {figures['reopen_ms']:.1f} ms "
          f"(samples: {', '.join(f'{t:.1f}' for t in figures['reopen_samples_ms'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
