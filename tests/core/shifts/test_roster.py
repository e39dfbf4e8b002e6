"""The roster on a fake clock: .ics and CSV imports, re-imports, hostile files, the offer to start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shiftmate.core.clock import FakeClock, local_time
from shiftmate.core.errors import BadInput
from shiftmate.core.shifts import roster
from shiftmate.core.shifts.roster import planned_shifts
from shiftmate.core.shifts.roster_import import import_roster

ROSTERS = Path(__file__).parent / "rosters"
UTC = dt.timezone.utc


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def by_start(store):
    return {p.starts_at: p for p in planned_shifts(store)}


@pytest.fixture
def london():
    return FakeClock("2026-03-16T12:00", "Europe/London")


def test_a_weekly_rule_across_the_dst_change_keeps_the_local_time_and_moves_in_utc(store, london):
    result = import_roster(store, london, ROSTERS / "weekly_london.ics")
    shifts = by_start(store)
    barista = [p for p in shifts.values() if p.uid.startswith("weekly-barista")]
    # 6 weeks, minus the EXDATE of 31 March; 7 April moved to 8 April 10:00.
    assert [p.starts_at for p in barista] == [
        utc("2026-03-17T09:00"), utc("2026-03-24T09:00"),  # GMT: 09:00 local is 09:00 UTC
        utc("2026-04-08T09:00"),  # the moved one, 10:00 BST
        utc("2026-04-14T08:00"), utc("2026-04-21T08:00"),  # BST: 09:00 local is 08:00 UTC
    ]
    assert {local_time(p.starts_at, p.tz).strftime("%H:%M") for p in barista if p.role == "Barista"} == {"09:00"}
    assert all(p.length() == dt.timedelta(hours=8) and p.tz == "Europe/London" for p in barista)
    moved = shifts[utc("2026-04-08T09:00")]
    assert moved.role == "Barista (swapped day)"
    assert moved.uid == "weekly-barista@example.test/20260407T080000Z"
    assert utc("2026-03-31T09:00") not in shifts  # EXDATE
    assert shifts[utc("2026-03-20T07:00")].uid == "stocktake@example.test"  # a single event keeps its UID
    assert (result.added, result.updated, result.removed) == (6, 0, 0)


def test_reimport_updates_by_uid_removes_cancelled_and_missing_and_never_duplicates(store, london):
    import_roster(store, london, ROSTERS / "weekly_london.ics")
    again = import_roster(store, london, ROSTERS / "weekly_london.ics")
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 6)
    ids = {p.uid: p.id for p in planned_shifts(store)}
    source = ROSTERS / "weekly_london.ics"
    changed = store.location.root / source.name
    changed.write_bytes((ROSTERS / "weekly_london_v2.ics").read_bytes())  # the same file name, next week
    result = import_roster(store, london, changed)
    shifts = by_start(store)
    # The moved occurrence moved again (updated, same row); 14 April cancelled; the stocktake is gone.
    assert utc("2026-04-08T11:00") in shifts
    assert shifts[utc("2026-04-08T11:00")].id == ids["weekly-barista@example.test/20260407T080000Z"]
    assert utc("2026-04-14T08:00") not in shifts
    assert utc("2026-03-20T07:00") not in shifts
    assert (result.added, result.updated, result.removed) == (0, 1, 2)
    assert result.skipped == {"cancelled": 1}
    twice = import_roster(store, london, changed)
    assert (twice.added, twice.updated, twice.removed) == (0, 0, 0)
    uids = [p.uid for p in planned_shifts(store)]
    assert len(uids) == len(set(uids)) == 4


def test_floating_utc_all_day_across_midnight_and_duration(store):
    clock = FakeClock("2026-10-19T12:00", "Europe/Berlin")
    result = import_roster(store, clock, ROSTERS / "mixed.ics")
    shifts = {p.uid.split("/")[0]: p for p in planned_shifts(store)}
    floating = shifts["floating@example.test"]
    assert floating.starts_at == utc("2026-10-20T07:00")  # 09:00 in Berlin (CEST), the machine's zone
    assert floating.tz == "Europe/Berlin"
    till = shifts["utc@example.test"]
    assert (till.starts_at, till.ends_at, till.tz) == (utc("2026-10-21T14:00"), utc("2026-10-21T22:00"),
                                                      "Europe/Berlin")
    night = shifts["night-dst@example.test"]
    assert night.tz == "America/New_York"
    assert night.length() == dt.timedelta(hours=9)  # 22:00 EDT to 06:00 EST: one hour more
    assert shifts["duration@example.test"].length() == dt.timedelta(hours=6)
    assert "all-day@example.test" not in shifts and "cancelled@example.test" not in shifts
    assert result.skipped == {"all-day": 1, "cancelled": 1}
    weekly = sorted(p.starts_at for p in planned_shifts(store) if p.uid.startswith("weekly-ny"))
    # New York leaves DST on 1 November: 09:00 local is 13:00 UTC, then 14:00 UTC.
    assert weekly == [utc("2026-10-26T13:00"), utc("2026-11-02T14:00"), utc("2026-11-09T14:00")]


def test_a_cancelled_event_is_removed_on_reimport(store, tmp_path):
    clock = FakeClock("2026-10-19T12:00", "UTC")
    path = tmp_path / "work.ics"
    text = (ROSTERS / "mixed.ics").read_text(encoding="utf-8")
    path.write_text(text.replace("STATUS:CANCELLED\n", ""), encoding="utf-8")
    import_roster(store, clock, path)
    assert any(p.uid == "cancelled@example.test" for p in planned_shifts(store))
    path.write_text(text, encoding="utf-8")
    result = import_roster(store, clock, path)
    assert not any(p.uid == "cancelled@example.test" for p in planned_shifts(store))
    assert result.removed == 1


def test_csv_roster_machine_zone_across_midnight_and_dst(store, london):
    result = import_roster(store, london, ROSTERS / "roster.csv")
    shifts = planned_shifts(store)
    assert [(p.role, p.length()) for p in shifts] == [
        ("Barista", dt.timedelta(hours=8)),
        ("Night fill", dt.timedelta(hours=8)),
        ("Across the DST change", dt.timedelta(hours=7)),  # the clocks go forward that night
    ]
    assert all(p.tz == "Europe/London" for p in shifts)
    assert result.added == 3
    assert import_roster(store, london, ROSTERS / "roster.csv").unchanged == 3


def test_a_bad_csv_row_is_named_and_nothing_is_imported(store, london):
    with pytest.raises(BadInput, match="Row 3: '2026-03-32' is not a date"):
        import_roster(store, london, ROSTERS / "bad_row.csv")
    assert planned_shifts(store) == []


@pytest.mark.parametrize("name, fragment", [
    ("endless.ics", "repeats more than 2,000 times"),
    ("every_minute.ics", "repeats more than 2,000 times"),
    ("bad_dates.ics", "cannot be read"),
])
def test_hostile_calendars_get_one_sentence_and_change_nothing(store, london, name, fragment):
    import_roster(store, london, ROSTERS / "roster.csv")
    before = planned_shifts(store)
    with pytest.raises(BadInput, match=fragment) as caught:
        import_roster(store, london, ROSTERS / name)
    assert "\n" not in caught.value.sentence
    assert planned_shifts(store) == before


def test_huge_binary_and_foreign_files_are_refused(store, london, tmp_path):
    huge = tmp_path / "huge.ics"
    huge.write_bytes(b"BEGIN:VCALENDAR\n" + b"X" * (roster.MAX_FILE_BYTES + 1))
    binary = tmp_path / "roster.ics"
    binary.write_bytes(bytes(range(256)) * 10)
    text = tmp_path / "notes.ics"
    text.write_text("just some notes", encoding="utf-8")
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:x\n", encoding="utf-8")
    for path, fragment in ((huge, "larger than 2 MB"), (binary, "not a text file"),
                           (text, "not an iCalendar"), (broken, "cannot be read|not a readable")):
        with pytest.raises(BadInput, match=fragment):
            import_roster(store, london, path)
    with pytest.raises(BadInput, match="There is no file"):
        import_roster(store, london, tmp_path / "missing.ics")
    assert planned_shifts(store) == []


def test_only_the_window_is_expanded_and_next_and_near_planned(store):
    clock = FakeClock("2026-06-01T06:30", "Europe/London")  # a Monday
    import_roster(store, clock, ROSTERS / "every_week.ics")
    shifts = planned_shifts(store)
    first, last = shifts[0].starts_at, shifts[-1].starts_at
    assert first >= clock.now() - roster.WINDOW_BEFORE - dt.timedelta(days=1)
    assert last <= clock.now() + roster.WINDOW_AFTER
    assert 90 < len(shifts) < 110
    nxt = roster.next_planned(store, clock.now())
    assert local_time(nxt.starts_at, nxt.tz).strftime("%a %H:%M") == "Mon 09:00"
    assert roster.planned_near(store, clock.now()) is None  # 2 h 30 min ahead: not offered yet
    clock.advance(minutes=31)
    assert roster.planned_near(store, clock.now()) == nxt


def test_remove_and_restore_a_planned_shift(store, london):
    import_roster(store, london, ROSTERS / "roster.csv")
    first = planned_shifts(store)[0]
    removed = roster.remove_planned(store, first.id)
    assert first.id not in [p.id for p in planned_shifts(store)]
    roster.restore_planned(store, removed)
    assert planned_shifts(store)[0] == first
    with pytest.raises(BadInput, match="no planned shift 999"):
        roster.remove_planned(store, 999)
