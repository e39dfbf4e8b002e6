"""Self-care reminder rules: built-in defaults in code, the worker's changes in the database.

Each rule is data: enabled, message, minutes (interval or offset) and whether it stays quiet
during a break. Changing a rule affects occurrences that are not yet due.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.storage.settings import FLAG, Setting

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

MIN_INTERVAL = 5
SOUND = Setting("reminders.sound", FLAG, False)  # a sound with each reminder the window shows
MAX_MESSAGE_LENGTH = 500

# The built-in self-care rules, in ShiftMate's own words (facts from the seed articles:
# drink, move, breathe after a hard customer, be your own best customer). Messages are
# translated when the rules are read; a message the worker changed is theirs, kept as typed.
DEFAULT_RULES = [
    {
        "key": "water",
        "kind": "every",
        "minutes": 60,
        "message": QT_TRANSLATE_NOOP(
            "ReminderRules", "Time for some water. A few sips keep your voice and your patience going."),
        "quiet_during_break": 1,
    },
    {
        "key": "stretch",
        "kind": "every",
        "minutes": 90,
        "message": QT_TRANSLATE_NOOP(
            "ReminderRules",
            "Stretch and check your posture: roll your shoulders, stand tall, shift your weight off one leg.",
        ),
        "quiet_during_break": 1,
    },
    {
        "key": "breathe-after-hard-moment",
        "kind": "after_hard_moment",
        "minutes": 0,
        "message": QT_TRANSLATE_NOOP(
            "ReminderRules",
            "That one sounded hard. A one-minute breathing reset helps you leave it "
            "with that customer instead of taking it to the next.",
        ),
        "quiet_during_break": 0,
    },
    {
        "key": "own-best-customer",
        "kind": "before_end",
        "minutes": 30,
        "message": QT_TRANSLATE_NOOP(
            "ReminderRules",
            "Nearly done. Be your own best customer tonight: plan one kind thing for yourself after work.",
        ),
        "quiet_during_break": 1,
    },
]



@dataclass(frozen=True)
class ReminderRule:
    """A self-care reminder: every N minutes, N minutes after start or before the end."""

    key: str
    kind: str
    minutes: int
    message: str
    enabled: bool
    quiet_during_break: bool


# -- rules -----------------------------------------------------------------------------
KINDS = ("every", "after_start", "before_end", "after_hard_moment")


def _rule(row) -> ReminderRule:
    key, kind, minutes, message, enabled, quiet = row
    return ReminderRule(key, kind, minutes, message, bool(enabled), bool(quiet))


def _shown(message: str) -> str:
    return translate("ReminderRules", message)


def default_rules() -> list[ReminderRule]:
    return [
        ReminderRule(r["key"], r["kind"], r["minutes"], _shown(r["message"]), True, bool(r["quiet_during_break"]))
        for r in DEFAULT_RULES
    ]


def reminder_rules(store: Store) -> list[ReminderRule]:
    """The built-in rules with the worker's changes applied, then the worker's own rules."""
    rows = store.db.execute(
        "SELECT key, kind, minutes, message, enabled, quiet_during_break FROM reminder_rules "
        "ORDER BY position, key"
    ).fetchall()
    changed = {row[0]: _rule(row) for row in rows}
    built_in = [changed.pop(rule.key, rule) for rule in default_rules()]
    return built_in + list(changed.values())


def update_rule(
    store: Store,
    key: str,
    *,
    enabled: bool,
    message: str,
    minutes: int,
    quiet_during_break: bool,
) -> ReminderRule:
    """Change a rule; the change applies to occurrences not yet due."""
    message = " ".join((message or "").split())
    if not message:
        raise BadInput("A reminder needs a message.")
    if len(message) > MAX_MESSAGE_LENGTH:
        raise BadInput(f"A reminder message is at most {MAX_MESSAGE_LENGTH} characters.")
    with store.db.atomic():
        rules = {rule.key: (position, rule) for position, rule in enumerate(reminder_rules(store))}
        if key not in rules:
            raise BadInput(f"There is no reminder rule '{key}'.")
        position, current = rules[key]
        if current.kind == "every" and not MIN_INTERVAL <= minutes <= 12 * 60:
            raise BadInput(f"A repeating reminder comes every {MIN_INTERVAL} to 720 minutes.")
        if current.kind != "every" and not 0 <= minutes <= 16 * 60:
            raise BadInput("A reminder offset is 0 to 960 minutes.")
        store.db["reminder_rules"].upsert(
            {
                "key": key,
                "kind": current.kind,
                "minutes": int(minutes),
                "message": message,
                "enabled": int(enabled),
                "quiet_during_break": int(quiet_during_break),
                "position": position,
            },
            pk="key",
        )
    return next(r for r in reminder_rules(store) if r.key == key)
