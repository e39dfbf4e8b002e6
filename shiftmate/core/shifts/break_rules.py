"""Break deadlines from break-law presets: reminders, not legal advice.

A preset is a list of ``BreakRequirement`` rows (data, not code). Each requirement applies to a
shift longer than ``applies_over`` minutes (or of unknown length), and is met by breaks that
start before the deadline, each at least ``min_part`` minutes long, adding up to ``required``.
Warnings come 30 and 10 minutes before the deadline and at it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.shifts.records import Break, Shift
from shiftmate.core.storage.settings import TEXT, Kind, Setting

WARN_BEFORE_MINUTES = (30, 10, 0)
# Titles, sources and labels are translated where shown (context "BreakRules"); a custom
# rule's own label is not in the translations and shows as typed.
DISCLAIMER = "Reminders, not legal advice."


@dataclass(frozen=True)
class BreakRequirement:
    """One break a preset asks for, counted in minutes from shift start."""

    key: str
    label: str
    applies_over: int  # shift longer than this many minutes
    deadline: int  # the break must start before this many minutes after start
    required: int  # minutes of break needed
    min_part: int  # shortest break that counts towards ``required``


@dataclass(frozen=True)
class BreakPreset:
    """A named set of requirements, with where its facts come from."""

    key: str
    title: str
    source: str
    requirements: tuple[BreakRequirement, ...]


PRESETS: dict[str, BreakPreset] = {
    preset.key: preset
    for preset in (
        BreakPreset("none", QT_TRANSLATE_NOOP("BreakRules", "No break deadlines"), "", ()),
        BreakPreset(
            "california",
            QT_TRANSLATE_NOOP("BreakRules", "California (meal breaks)"),
            QT_TRANSLATE_NOOP(
                "BreakRules",
                "California Labor Code §512 and IWC wage orders: a 30-minute meal period "
                "starting before the end of the 5th hour on shifts over 5 hours, a second before "
                "the end of the 10th hour on shifts over 10 hours.",
            ),
            (
                BreakRequirement("meal-1", QT_TRANSLATE_NOOP("BreakRules", "Meal break"), 300, 300, 30, 30),
                BreakRequirement("meal-2", QT_TRANSLATE_NOOP("BreakRules", "Second meal break"), 600, 600, 30, 30),
            ),
        ),
        BreakPreset(
            "germany",
            QT_TRANSLATE_NOOP("BreakRules", "Germany (Arbeitszeitgesetz)"),
            QT_TRANSLATE_NOOP(
                "BreakRules",
                "Arbeitszeitgesetz §4: 30 minutes of breaks on days over 6 hours, 45 minutes over "
                "9 hours, in parts of at least 15 minutes, and never more than 6 hours in a row "
                "without one.",
            ),
            (
                BreakRequirement("rest-6h", QT_TRANSLATE_NOOP("BreakRules", "30-minute break"), 360, 360, 30, 15),
                BreakRequirement("rest-9h", QT_TRANSLATE_NOOP("BreakRules", "45 minutes of breaks"), 540, 540, 45, 15),
            ),
        ),
        BreakPreset(
            "eu",
            QT_TRANSLATE_NOOP("BreakRules", "European Union (Working Time Directive)"),
            QT_TRANSLATE_NOOP(
                "BreakRules",
                "Directive 2003/88/EC, Article 4: a rest break when the working day is longer than "
                "6 hours; its length is set by national law (15 minutes used here).",
            ),
            (BreakRequirement("rest-6h", QT_TRANSLATE_NOOP("BreakRules", "Rest break"), 360, 360, 15, 15),),
        ),
    )
}
CUSTOM = "custom"


@dataclass(frozen=True)
class DeadlineStatus:
    """Where one requirement stands for a shift at a moment."""

    requirement: BreakRequirement
    deadline_at: dt.datetime
    taken_minutes: float  # qualifying break time so far
    met: bool
    on_qualifying_break: bool

    @property
    def missed(self) -> bool:
        return not self.met and not self.on_qualifying_break

    def state(self, now: dt.datetime) -> str:
        """"met", "on break", "missed" or "due"."""
        if self.met:
            return "met"
        if self.on_qualifying_break:
            return "on break"
        return "missed" if now >= self.deadline_at else "due"


def shown(text: str) -> str:
    """A preset's title, source or label in the window's language; a custom label as typed."""
    return translate("BreakRules", text) if text else text


def custom_requirements(text: str | None) -> tuple[BreakRequirement, ...]:
    """The user's own requirements, stored as JSON in settings."""
    if not text:
        return ()
    try:
        rows = json.loads(text)
        return tuple(validate_requirement(BreakRequirement(**row)) for row in rows)
    except (ValueError, TypeError) as exc:
        raise BadInput(f"The custom break rules in settings cannot be read: {exc}.") from None


def validate_requirement(req: BreakRequirement) -> BreakRequirement:
    if not 0 <= req.applies_over <= 24 * 60:
        raise BadInput("A break rule applies to shifts of 0 to 24 hours.")
    if not 1 <= req.deadline <= 24 * 60:
        raise BadInput("A break deadline must be within 24 hours of the start.")
    if not 1 <= req.min_part <= req.required <= 8 * 60:
        raise BadInput("A break must last between 1 minute and 8 hours.")
    return req


def custom_to_json(requirements: list[BreakRequirement]) -> str:
    return json.dumps([asdict(validate_requirement(r)) for r in requirements])


# The chosen preset's key, or CUSTOM for the worker's own rule kept in CUSTOM_RULES (its JSON,
# as ``custom_to_json`` writes it). A damaged custom rule reads as none: no deadlines.
PRESET = Setting("breaks.preset", TEXT, "none", check=lambda key: key in PRESETS or key == CUSTOM)
CUSTOM_RULES = Setting("breaks.custom", Kind("break rules", custom_requirements, custom_to_json), ())


def requirements_for(preset_key: str) -> tuple[BreakRequirement, ...]:
    """The requirements of a preset (CUSTOM's are the worker's own, kept in CUSTOM_RULES)."""
    preset = PRESETS.get(preset_key)
    return preset.requirements if preset else ()


def applies(req: BreakRequirement, shift: Shift) -> bool:
    length = shift.planned_length()
    if length is None:  # unknown length: the shift might be long, so remind
        return True
    return length > dt.timedelta(minutes=req.applies_over)


def deadline_status(
    req: BreakRequirement, shift: Shift, breaks: list[Break], now: dt.datetime
) -> DeadlineStatus:
    deadline_at = shift.started_at + dt.timedelta(minutes=req.deadline)
    min_part = dt.timedelta(minutes=req.min_part)
    taken = dt.timedelta(0)
    on_break = False
    for brk in breaks:
        if brk.started_at > deadline_at:
            continue
        if brk.ended_at is None:
            on_break = True  # still running: it may yet be long enough
            continue
        if brk.length() >= min_part:
            taken += brk.length()
    met = taken >= dt.timedelta(minutes=req.required)
    return DeadlineStatus(req, deadline_at, taken.total_seconds() / 60, met, on_break and not met)


def deadlines(
    requirements: tuple[BreakRequirement, ...], shift: Shift, breaks: list[Break], now: dt.datetime
) -> list[DeadlineStatus]:
    return [deadline_status(r, shift, breaks, now) for r in requirements if applies(r, shift)]


def warning_times(req: BreakRequirement, shift: Shift) -> list[dt.datetime]:
    """When the warnings for ``req`` fall: 30 and 10 minutes before the deadline and at it."""
    deadline_at = shift.started_at + dt.timedelta(minutes=req.deadline)
    return [deadline_at - dt.timedelta(minutes=m) for m in WARN_BEFORE_MINUTES]
