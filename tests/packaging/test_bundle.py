"""The real thing: build the Linux bundle with packaging/build.sh and run it.

Takes about a minute on two cores (measured: ~55 s build, ~2 s smoke test), so it runs with
the rest of the suite; ``pytest -m "not packaging"`` leaves it out while iterating.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]


def run(argv, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          check=False, **kwargs)


def test_built_bundle_passes_its_smoke_test(tmp_path):
    dist = tmp_path / "dist"
    env = dict(os.environ, PYTHON=sys.executable, DIST=str(dist), WORK=str(tmp_path / "build"))
    build = run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=env, timeout=1800)
    assert build.returncode == 0, (build.stdout + build.stderr)[-4000:]

    bundle = dist / "ShiftMate"
    smoke = run([str(bundle / "ShiftMate"), "--smoke-test"], cwd=tmp_path, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    for screen in ("today", "checklists", "journal", "breaks", "insights", "settings"):
        assert f"screen {screen} shown" in smoke.stdout
    for kind in ("setting", "shift", "break", "checklist answer", "journal entry"):
        assert f"{kind} written and read back" in smoke.stdout
    assert "smoke-test: passed" in smoke.stdout
    # Shipped resources come from inside the bundle, not from this checkout.
    assert (bundle / "_internal" / "shiftmate" / "resources" / "packs" / "builtin.shiftpack.toml").is_file()
    assert not (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6WebEngineCore.so.6").exists()
    # The licence and the third-party notices ship with it (issue 20, item 3).
    assert "MIT License" in (bundle / "_internal" / "LICENSE").read_text(encoding="utf-8")
    licences = bundle / "_internal" / "shiftmate" / "resources" / "licenses"
    assert {"THIRD-PARTY-NOTICES.txt", "LGPL-3.0.txt", "GPL-3.0.txt"} <= {p.name for p in licences.iterdir()}

    bench = run([sys.executable, "tests/perf/bench_bundle.py", str(bundle), "--runs", "1", "--json"],
                cwd=ROOT, timeout=300)
    assert bench.returncode == 0, bench.stderr
    figures = json.loads(bench.stdout)
    assert figures["size_mb"] > 0 and figures["first_paint_median_ms"] > 0
    print(f"bundle figures: {figures}")
