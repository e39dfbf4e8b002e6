"""`shiftmate demo-data` reads as one worker's weeks in the machine's own time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from shiftmate.core.clock import FakeClock, from_iso, local_time
from shiftmate.core.demo import fill_demo_data
from shiftmate.core.journal.exchange import entries_for_export
from shiftmate.core.shifts.records import recent_breaks, recent_shifts

ZONE = "America/Chicago"


@pytest.mark.parametrize("now", ["2026-03-10T10:05", "2026-03-10T14:20", "2026-11-01T19:40"])
def test_demo_data_is_one_workers_life_up_to_now_in_the_machines_zone(store, now):
    clock = FakeClock(now, ZONE)
    fill_demo_data(store, days=42, seed=7, clock=clock)
    now = clock.now()
    worked = sorted(recent_shifts(store, 500), key=lambda s: s.started_at)
    assert len(worked) > 20 and {s.tz for s in worked} == {ZONE}
    assert [s.is_open for s in worked].count(True) == 1 and worked[-1].is_open
    for earlier, later in zip(worked, worked[1:]):
        assert earlier.ended_at <= later.started_at  # one shift at a time
    breaks = recent_breaks(store, 500)
    assert breaks and {b.tz for b in breaks} == {ZONE}
    assert all(b.started_at <= now and b.ended_at is not None and b.ended_at <= now for b in breaks)

    entries = entries_for_export(store)
    assert len(entries) > 15 and {e.tz for e in entries} == {ZONE}
    wins = {row[0] for row in store.db.execute("SELECT entry_id FROM journal_wins")}
    assert wins  # the after-shift runs' "one win" became good moments
    for entry in entries:
        moment = from_iso(entry.occurred_at)
        assert moment <= now
        if entry.id in wins:  # written in the after-shift checklist, just after the shift
            assert entry.kind == "good"
            assert any(s.ended_at and s.ended_at <= moment <= s.ended_at + dt.timedelta(hours=1) for s in worked)
            continue
        assert any(s.started_at <= moment <= (s.ended_at or now) for s in worked), entry.occurred_at
        assert not 1 <= local_time(moment, ZONE).hour <= 4  # a hard moment at work, not at 3 am
    assert {e.kind for e in entries if e.id not in wins} == {"hard", "good"}
    thanked = [e for e in entries if "thanked me by name" in e.text]
    assert all(e.kind == "good" for e in thanked)  # whenever the seed picks it, it is a good moment

    runs = store.db.execute("SELECT shift_id, tz, started_at FROM checklist_runs").fetchall()
    assert runs and {tz for _shift, tz, _at in runs} == {ZONE}
    assert all(shift_id is not None for shift_id, _tz, _at in runs)
    assert all(from_iso(at) <= now for _shift, _tz, at in runs)
    assert max(local_time(s.started_at, ZONE).hour for s in worked[:-1]) <= 14


def test_demo_data_without_a_clock_uses_the_machines_zone(store, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    fill_demo_data(store, days=7, seed=2)
    assert {s.tz for s in recent_shifts(store)} == {"Asia/Tokyo"}
    now = dt.datetime.now(dt.timezone.utc)
    assert all(b.ended_at <= now for b in recent_breaks(store))
