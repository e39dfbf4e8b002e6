"""The "What to say" card's built-in lines: eight steps for the minutes in front of a hard customer.

Written in ShiftMate's own words from the facts in ``shared/content/seed-advice.md`` (the
comment beside each line names the facts by number; ``docs/content.md`` maps them). They are
constants marked for translation in the ``WhatToSay`` context and translated where shown, so a
built-in line follows the window's language until the worker edits it. Each line has a key
(``listen.1``) that never changes once shipped: the worker's edits and hidden lines point at it.
"""

from __future__ import annotations

from dataclasses import dataclass

from shiftmate.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "WhatToSay"  # the translation context of the card's words; never renamed


@dataclass(frozen=True)
class BuiltinLine:
    """One built-in line of a step; ``key`` is how the worker's edits find it."""

    key: str
    text: str


@dataclass(frozen=True)
class BuiltinStep:
    """One step of the card as shipped: its key, its title and its lines (English)."""

    key: str
    title: str
    lines: tuple[BuiltinLine, ...]


def _step(key: str, title: str, *texts: str) -> BuiltinStep:
    return BuiltinStep(key, title, tuple(BuiltinLine(f"{key}.{n}", t) for n, t in enumerate(texts, 1)))


BUILTIN_STEPS: tuple[BuiltinStep, ...] = (
    _step(
        "listen",
        QT_TRANSLATE_NOOP("WhatToSay", "Listen first"),
        QT_TRANSLATE_NOOP("WhatToSay", "Let them finish. Don't jump in with a fix yet."),  # 45, 50
        QT_TRANSLATE_NOOP("WhatToSay", "Nod. Say \u201cI see\u201d or \u201cI understand.\u201d"),  # 51
        QT_TRANSLATE_NOOP("WhatToSay", "Phone away, eyes on them, arms uncrossed."),  # 83, 63, 59
        QT_TRANSLATE_NOOP("WhatToSay", "Breathe slowly. The anger is at the situation, not you."),  # 64, 48, 12
    ),
    _step(
        "acknowledge",
        QT_TRANSLATE_NOOP("WhatToSay", "Show you get it"),
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cI can see this has been really frustrating.\u201d"),  # 65
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cI'm sorry this happened.\u201d Sorry is not saying it's your fault."),  # 93
        QT_TRANSLATE_NOOP("WhatToSay", "Say back what you heard: \u201cSo your order came out wrong\u2026\u201d"),  # 84, 59
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cThanks for telling me.\u201d"),  # 99, 50
    ),
    _step(
        "ask",
        QT_TRANSLATE_NOOP("WhatToSay", "Ask, don't guess"),
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cCan you walk me through what happened?\u201d"),  # 85
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cWhat would help most right now?\u201d"),  # 47, 73, 85
        QT_TRANSLATE_NOOP("WhatToSay", "Several problems? Take the biggest one first."),  # 99
    ),
    _step(
        "own",
        QT_TRANSLATE_NOOP("WhatToSay", "Own it"),
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cI'll take care of this for you.\u201d"),  # 52
        QT_TRANSLATE_NOOP("WhatToSay", "Say the next step and a real time: \u201cabout five minutes.\u201d"),  # 66, 52
        QT_TRANSLATE_NOOP("WhatToSay", "Can't fix it yourself? Find who can, and tell them so."),  # 52, 20
        QT_TRANSLATE_NOOP("WhatToSay", "Keep them posted if it takes longer."),  # 52, 69
    ),
    _step(
        "alternatives",
        QT_TRANSLATE_NOOP("WhatToSay", "What I can do"),
        QT_TRANSLATE_NOOP("WhatToSay", "Instead of \u201cno\u201d: \u201cHere's what I can do\u2026\u201d"),  # 89, 86, 62, 19
        QT_TRANSLATE_NOOP("WhatToSay", "Offer two options and let them pick."),  # 66
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cLet me check what went wrong.\u201d"),  # 89, 88
        QT_TRANSLATE_NOOP("WhatToSay", "Know the exceptions your store allows: a swap, a credit."),  # 25, 95
    ),
    _step(
        "boundary",
        QT_TRANSLATE_NOOP("WhatToSay", "Hold the line"),
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cI want to help you, and I need you to stop shouting.\u201d"),  # 67, 30
        QT_TRANSLATE_NOOP("WhatToSay", "Low, even voice. Don't argue back, don't take the bait."),  # 34, 88, 14, 27
        QT_TRANSLATE_NOOP("WhatToSay", "Insults or threats: you may stop serving them."),  # 31, 33, 30
        QT_TRANSLATE_NOOP("WhatToSay", "Standing up for yourself calmly is allowed."),  # 35, 100
    ),
    _step(
        "help",
        QT_TRANSLATE_NOOP("WhatToSay", "Get help"),
        QT_TRANSLATE_NOOP("WhatToSay", "\u201cLet me get my manager, who can sort this out.\u201d"),  # 20, 32
        QT_TRANSLATE_NOOP("WhatToSay", "Fetching a manager is good service, not giving up."),  # 21, 20
        QT_TRANSLATE_NOOP("WhatToSay", "On your own? Ask them to wait while you get someone."),  # 33, 32
        QT_TRANSLATE_NOOP("WhatToSay", "Queue growing? Ask a colleague to take the others."),  # 23, 36
    ),
    _step(
        "after",
        QT_TRANSLATE_NOOP("WhatToSay", "Afterwards"),
        QT_TRANSLATE_NOOP("WhatToSay", "Three slow breaths before the next customer."),  # 64, 61
        QT_TRANSLATE_NOOP("WhatToSay", "Leave it here: the next person is a fresh start."),  # 13, 49
        QT_TRANSLATE_NOOP("WhatToSay", "Note it in ShiftMate while it's fresh."),  # 70, 55
        QT_TRANSLATE_NOOP("WhatToSay", "Later, tell your manager and ask what to do next time."),  # 22, 29
    ),
)

STEP_KEYS: tuple[str, ...] = tuple(step.key for step in BUILTIN_STEPS)
BUILTIN_LINES: dict[str, BuiltinLine] = {line.key: line for step in BUILTIN_STEPS for line in step.lines}
