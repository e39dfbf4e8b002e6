"""`shiftmate insights [--json] [--period 4w|3m|12m]`: the Insights screen's figures as text.

No Qt here. The text form prints each section's one-sentence reading and its table; --json
prints every figure (averages rounded to two decimals).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from shiftmate.core.storage.paths import DataLocation

if TYPE_CHECKING:
    from shiftmate.core.insights.figures import Insights

# core.insights.figures' PERIOD_WEEKS keys and DEFAULT_PERIOD, spelled out so that building the
# parser imports no core module (a test keeps the two in step).
PERIODS = ("4w", "3m", "12m")
DEFAULT_PERIOD = "4w"


def add_commands(commands) -> None:
    insights = commands.add_parser(
        "insights", help="show whether the habits help (figures per week)",
        description="Show the Insights figures for a period: reflection, difficult interactions, "
        "good moments, tags, the pre-shift checklist, breaks and shifts.",
    )
    insights.add_argument("--period", choices=list(PERIODS), default=DEFAULT_PERIOD,
                          help="4 weeks, 3 months or 12 months (default 4w)")
    insights.add_argument("--json", action="store_true", help="print as JSON")
    insights.set_defaults(handler=_cmd_insights)


def _num(value, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_insights(ins: Insights) -> str:
    from shiftmate.core.insights.readings import readings

    words = readings(ins)
    out = [f"Insights {ins.period.first_day} to {ins.period.last_day} ({ins.period.key})", ""]

    def section(title: str, key: str, header: str, lines: list[str]) -> None:
        out.append(f"{title}: {words[key]}")
        if lines:
            out.append("  " + header)
            out.extend("  " + line for line in lines)
        out.append("")

    section("Does reflecting help", "reflection", "week        entries  before  after",
            [f"{w.week}  {w.entries:7d}  {_num(w.before):>6}  {_num(w.after):>5}" for w in ins.reflection])
    section("Difficult interactions", "interactions", "week        channel      count",
            [f"{c.week}  {c.channel or '-':<11}  {c.count:5d}" for c in ins.interactions])
    section("When they happen", "heatmap", "weekday  hour  count",
            [f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[c.weekday]:<7}  {c.hour:02d}:00 {c.count:5d}"
             for c in ins.heatmap])
    section("Good moments", "good_moments", "week        count",
            [f"{w.week}  {w.count:5d}" for w in ins.good_moments])
    section("Top tags", "tags", "tag                  entries  before  after  1st half  2nd half",
            [f"{t.tag[:20]:<20} {t.entries:7d}  {_num(t.before):>6}  {_num(t.after):>5}  "
             f"{_num(t.first_half):>8}  {_num(t.second_half):>8}" for t in ins.tags])
    section("Pre-shift checklist", "checklist", "item most often left open      times",
            [f"{i.text[:30]:<30} {i.times:5d}" for i in ins.left_open])
    section("Breaks", "breaks", "week        shifts  breaks  deadlines met/due  water+stretch done",
            [f"{w.week}  {w.shifts:6d}  {w.breaks_taken:6d}  {w.deadlines_met:>9}/{w.deadlines_due:<7}  "
             f"{w.care_done}/{w.care_total}" for w in ins.breaks])
    arriving = {a.week: a.arriving for a in ins.arriving}
    section("Shifts", "shifts", "week        shifts  hours  arriving  day rating",
            [f"{w.week}  {w.shifts:6d}  {w.hours:5.1f}  {_num(arriving.get(w.week)):>8}  "
             f"{_num(w.day_rating):>10}" for w in ins.shifts])
    return "\n".join(out).rstrip() + "\n"


def _cmd_insights(args, location: DataLocation) -> int:
    from shiftmate.core.clock import SystemClock
    from shiftmate.core.insights.figures import compute_insights
    from shiftmate.core.insights.readings import readings
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        ins = compute_insights(store, SystemClock(), args.period)
    if args.json:
        data = ins.to_dict()
        data["readings"] = readings(ins)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_insights(ins), end="")
    return 0
