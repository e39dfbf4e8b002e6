"""The scheduler benchmark runs (tiny size); its figures are read by people, not asserted."""

from tests.perf.bench_scheduler import run


def test_scheduler_benchmark_runs():
    assert run(2)["ticks"] == 1440
