"""Good moments stay out of every figure of difficult interactions, and have their own per week."""

from __future__ import annotations

from shiftmate.core.clock import FakeClock
from shiftmate.core.insights.figures import GoodWeek, compute_insights
from shiftmate.core.insights.readings import last_week_summary, readings
from shiftmate.core.journal.entries import JournalEntry, add_entry
from tests.core.insights.test_insights import TODAY, ZONE, data, shift  # noqa: F401 - the fixture

# A thank-you on the phone at 13:00, tagged like the hard moments and even given intensities:
# counted among them, it would move every journal figure.
GOOD = [
    ("2026-03-29T11:00:00+00:00", "phone", ["refund"]),
    ("2026-03-30T12:00:00+00:00", "phone", ["rude"]),
    ("2026-03-31T12:00:00+00:00", "in_person", ["refund"]),
    ("2026-03-10T12:00:00+00:00", "chat", []),
]


def add_good_moments(store) -> None:
    for at, channel, tags in GOOD:
        add_entry(store, JournalEntry(text="Thanked me by name", occurred_at=at, tz=ZONE, channel=channel,
                                      kind="good", intensity_before=9, intensity_after=1, tags=tuple(tags)),
                  clock=TODAY)


def without_good(figures: dict) -> dict:
    figures = dict(figures)
    figures.pop("good_moments")
    return figures


def test_every_figure_is_unchanged_by_good_moments(data):
    monday = FakeClock("2026-03-30T09:00", ZONE)
    data.db.execute("DELETE FROM shifts WHERE id = 2")
    shift(data, "2026-03-30T07:00:00+00:00", None)  # the first shift of the week: Today's summary
    periods = ("4w", "3m", "12m")
    before = {p: compute_insights(data, TODAY, p) for p in periods}
    summary = last_week_summary(data, monday)
    assert summary[1] == "Hard moments logged: 2; reflecting took intensity from 7.0 to 3.5."
    add_good_moments(data)
    for period in periods:
        after = compute_insights(data, TODAY, period)
        assert without_good(after.to_dict()) == without_good(before[period].to_dict())
        words, old_words = readings(after), readings(before[period])
        assert {k: v for k, v in words.items() if k != "good_moments"} == {
            k: v for k, v in old_words.items() if k != "good_moments"}
    assert last_week_summary(data, monday) == summary


def test_good_moments_per_week(data):
    assert compute_insights(data, TODAY).good_moments == []
    assert readings(compute_insights(data, TODAY))["good_moments"].startswith("Note a thank-you")
    add_good_moments(data)
    ins = compute_insights(data, TODAY, "4w")
    # 03-29 13:00 CEST is Sunday of the week of 03-23; two on 03-30 and 03-31; one on 03-10.
    assert ins.good_moments == [GoodWeek("2026-03-09", 1), GoodWeek("2026-03-23", 1), GoodWeek("2026-03-30", 2)]
    assert ins.to_dict()["good_moments"] == {
        "total": 4,
        "weeks": [{"week": "2026-03-09", "count": 1}, {"week": "2026-03-23", "count": 1},
                  {"week": "2026-03-30", "count": 2}],
    }
    assert readings(ins)["good_moments"] == (
        "Good moments noted: 4; none of them counts among the difficult interactions.")
