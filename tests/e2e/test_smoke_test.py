"""`shiftmate --smoke-test` from source: every screen, one record of each kind, exit 0."""

from __future__ import annotations

import sys

import pytest

from tests.helpers import run_cli


def test_smoke_test_visits_every_screen_writes_each_record_and_exits_0(data_dir):
    result = run_cli("--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    for screen in ("today", "checklists", "journal", "breaks", "insights", "settings"):
        assert f"smoke-test: screen {screen} shown" in result.stdout
    for kind in ("setting", "shift", "break", "checklist answer", "journal entry"):
        assert f"smoke-test: {kind} written and read back" in result.stdout
    assert "smoke-test: passed" in result.stdout
    assert not data_dir.exists()  # the user's own data folder is never touched


def test_smoke_test_checks_the_qt_binding_keeps_nones_reference_count():
    result = run_cli("--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke-test: Qt binding keeps None's reference count" in result.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: the bug is harmless")
def test_a_binding_that_drops_references_to_none_fails_the_smoke_test(qapp):
    # A stand-in for PySide6 6.12.0: each call that returns nothing loses one reference to None.
    import ctypes

    from shiftmate.smoke import SmokeTestFailed, calls_that_return_nothing, check_binding_refcounts

    real = calls_that_return_nothing()
    dropped = []

    def leaky() -> None:
        real()
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))
        dropped.append(1)

    try:
        with pytest.raises(SmokeTestFailed, match="loses a reference to None"):
            check_binding_refcounts(leaky, calls=2000)
    finally:
        for _ in dropped:  # give None its references back
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    assert check_binding_refcounts(calls=2000) < 1000  # the installed binding passes
