"""The injectable clock: UTC storage, local days across midnight and DST."""

import datetime as dt

from shiftmate.core.clock import FakeClock, SystemClock, from_iso, local_day, to_iso


def test_fake_clock_moves_only_when_told():
    clock = FakeClock("2026-03-28T22:00:00", zone="Europe/Berlin")
    assert to_iso(clock.now()) == "2026-03-28T21:00:00+00:00"
    clock.advance(hours=5)
    assert to_iso(clock.now()) == "2026-03-29T02:00:00+00:00"


def test_local_day_crosses_midnight_and_dst():
    # 23:30 in Berlin on the night clocks go forward: still the 28th locally.
    moment = from_iso("2026-03-28T22:30:00+00:00")
    assert local_day(moment, "Europe/Berlin") == dt.date(2026, 3, 28)
    assert local_day(moment + dt.timedelta(hours=1), "Europe/Berlin") == dt.date(2026, 3, 29)


def test_system_clock_is_utc_and_names_a_zone():
    clock = SystemClock()
    assert clock.now().utcoffset() == dt.timedelta(0)
    assert clock.zone_name()
