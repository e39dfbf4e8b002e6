"""A tip for this shift: one short line on Today, a different one each shift.

The built-in tips carry the seed advice that no checklist item and no line of the "What to
say" card (core/moment/builtin.py) already holds (docs/content.md maps each one to its seed fact), in ShiftMate's own
words; they show in the window's language until the worker edits one. The worker can also
hide tips, add their own, and turn tips off. Everything the worker changed is one JSON
setting (``MINE``): no table is needed for a few dozen short lines.

Rotation, on the injected clock: the tip's number is the local day's ordinal plus the number
of shifts started before now (before the running shift, when one is running, whose start
day is used). So it stays the same through a shift, even past midnight, moves on with the
next shift, and moves on each day when there are no shifts; the tip shown on Today before a
shift is the one the shift then keeps.
"""

from __future__ import annotations

from dataclasses import dataclass

from shiftmate.core.clock import from_iso, local_day
from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import QT_TRANSLATE_NOOP, translate
from shiftmate.core.storage.settings import FLAG, JSON, Setting

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from shiftmate.core.clock import Clock
    from shiftmate.core.storage.store import Store

CONTEXT = "Tips"
MAX_TIP = 200  # one short line
MAX_OWN = 100  # the worker's own tips
BUILT_IN, MINE_SOURCE = "built-in", "mine"

# Built-in tips: (stable id, text). The comment names the seed facts (seed-advice.md) each one carries.
BUILTIN_TIPS: tuple[tuple[str, str], ...] = (
    ("serious", QT_TRANSLATE_NOOP("Tips", "An odd request still deserves a straight face and a real answer.")),  # 16
    ("unseen-needs", QT_TRANSLATE_NOOP(
        "Tips", "Some people you serve live with an illness or a disability you can't see. Give them time.")),  # 17
    ("slow-customer", QT_TRANSLATE_NOOP(
        "Tips", "Let a slow customer take their time. If a line builds, ask a colleague to take the others.")),  # 23
    ("wait-not-yours", QT_TRANSLATE_NOOP(
        "Tips", "No one free to help and people waiting? Stay friendly: most can tell the wait isn't your doing.")),  # 24
    ("sorry-first", QT_TRANSLATE_NOOP(
        "Tips", "Saying sorry first is not admitting fault. It tells them you see they're unhappy.")),  # 93
    ("plain-words", QT_TRANSLATE_NOOP("Tips", "Use everyday words. Store jargon leaves people feeling lost.")),  # 60, 58
    ("promise", QT_TRANSLATE_NOOP(
        "Tips", "Only promise what you can deliver; an honest \"about twenty minutes\" beats a broken promise.")),  # 68
    ("thank-back", QT_TRANSLATE_NOOP(
        "Tips", "When someone thanks or praises you, take it warmly and thank them back.")),  # 82, 15
    ("names", QT_TRANSLATE_NOOP("Tips", "Greet your regulars by name and remember how they like things.")),  # 71
    ("small-kindness", QT_TRANSLATE_NOOP(
        "Tips", "A small kindness nobody expected is what people remember about a visit.")),  # 72, 79
    ("body-matches", QT_TRANSLATE_NOOP(
        "Tips", "Face the person, look at them, keep your arms open: let your face say what your words say.")),  # 63, 4
    ("can-do", QT_TRANSLATE_NOOP(
        "Tips", "Say what you will do, not what you won't: \"I'll find out\" instead of \"I don't know\".")),  # 62, 86
    ("welcome-all", QT_TRANSLATE_NOOP(
        "Tips", "Treat each customer the way you'd like to be treated, the difficult ones as much as the easy ones.")),  # 8, 44
    ("set-opinion-aside", QT_TRANSLATE_NOOP(
        "Tips", "Whatever you think of a prickly customer, park the opinion and serve them well.")),  # 11
    ("joke-request", QT_TRANSLATE_NOOP(
        "Tips", "A request made as a joke can get a kind \"no\", and then what you can do instead.")),  # 19
    ("laughed-at", QT_TRANSLATE_NOOP(
        "Tips", "Someone made fun of you? It says more about them than you. Let it go with the next customer.")),  # 18
    ("kindness-wins", QT_TRANSLATE_NOOP(
        "Tips", "Meet rudeness with kindness. Most people calm down soon, and many feel sorry afterwards.")),  # 26, 27
    ("temper", QT_TRANSLATE_NOOP(
        "Tips", "Losing your temper makes a hard customer harder. Staying calm keeps the moment small.")),  # 14, 46
    ("vent-away", QT_TRANSLATE_NOOP(
        "Tips", "Need to vent about a customer? Do it well away from the floor, or at home.")),  # 28
    ("greet-coworkers", QT_TRANSLATE_NOOP(
        "Tips", "Greet your coworkers the way you greet customers: a smile and a hello go a long way.")),  # 38, 7
    ("ask-coworkers", QT_TRANSLATE_NOOP(
        "Tips", "Don't guess what a coworker thinks: ask. And ask the experienced ones how they do it.")),  # 39, 41, 54
    ("quiet-moment", QT_TRANSLATE_NOOP(
        "Tips", "A quiet moment? Give a coworker a hand, or have a chat on the break if it feels natural.")),  # 40, 41, 36
    ("no-gossip", QT_TRANSLATE_NOOP(
        "Tips", "Stay out of gossip. \"I wouldn't know, I wasn't there\" is a perfectly good answer.")),  # 42
    ("coworker-problem", QT_TRANSLATE_NOOP(
        "Tips", "A problem with a coworker? Talk to them calmly first; go to the shift lead if that doesn't work.")),  # 43
    ("team", QT_TRANSLATE_NOOP(
        "Tips", "Service is a team job: the kitchen, the stockroom and the office are on your side.")),  # 74, 37
    ("practice", QT_TRANSLATE_NOOP(
        "Tips", "Every hard conversation is practice: each one makes the next a little easier.")),  # 55, 53
    ("rehearse", QT_TRANSLATE_NOOP(
        "Tips", "Try out a tricky conversation with a colleague before it happens for real, and watch how the calmest "
                "people on your team handle one.")),  # 53
    ("their-place", QT_TRANSLATE_NOOP(
        "Tips", "Ask yourself what this customer needs right now, and what you would want in their place.")),  # 47, 73, 10
    ("know-the-job", QT_TRANSLATE_NOOP(
        "Tips", "The better you know the products and the rules, the quicker you can fix a problem.")),  # 80
    ("email", QT_TRANSLATE_NOOP(
        "Tips", "Writing to a customer? Keep it short and clear, and say exactly what happens next.")),  # 91
    ("phone-smile", QT_TRANSLATE_NOOP(
        "Tips", "On the phone, sit up and smile: the caller hears it, and a friendly voice does the rest.")),  # 90, 81
    ("different-people", QT_TRANSLATE_NOOP(
        "Tips", "People differ: some want the facts, some want warmth. Read the person in front of you.")),  # 97
    ("check-back", QT_TRANSLATE_NOOP(
        "Tips", "Fixed a problem? If you can, check back later that it stayed fixed.")),  # 69, 96
    ("stuck-before", QT_TRANSLATE_NOOP(
        "Tips", "An angry customer has often tried before and feels stuck. You might be the one who finally helps.")),  # 98, 94
    ("fair-and-firm", QT_TRANSLATE_NOOP(
        "Tips", "Be firm when you must and fair to everyone, and never use someone's anger against them.")),  # 100
    ("what-they-count-on", QT_TRANSLATE_NOOP(
        "Tips", "Customers count on five things: you do what you said, you respond, you know your stuff, you care, "
                "and the place looks right.")),  # 78
)
BUILTIN_IDS = frozenset(tip_id for tip_id, _text in BUILTIN_TIPS)

TIPS_ON = Setting("tips.on", FLAG, True)  # Settings ▸ Tips: "Show a tip for each shift"


def _is_mine(value: object) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("edited", {}), dict)
            and isinstance(value.get("hidden", []), list) and isinstance(value.get("own", []), list))


# What the worker changed: {"edited": {id: text}, "hidden": [id, …], "own": [{"id", "text"}, …]}.
MINE = Setting("tips.mine", JSON, {}, check=_is_mine)


@dataclass(frozen=True)
class Tip:
    """One tip as shown: its id, its text (translated if built-in and never edited), where it comes from."""

    id: str
    text: str
    source: str  # BUILT_IN or MINE_SOURCE
    hidden: bool = False
    edited: bool = False

    def to_dict(self) -> dict:
        return {"tip": self.text, "source": self.source, "id": self.id}


def _mine(store: Store) -> dict:
    value = store.read(MINE)
    return {
        "edited": {str(k): str(v) for k, v in value.get("edited", {}).items()},
        "hidden": [str(i) for i in value.get("hidden", [])],
        "own": [{"id": str(t.get("id")), "text": str(t.get("text"))}
                for t in value.get("own", []) if isinstance(t, dict)],
    }


def all_tips(store: Store) -> list[Tip]:
    """Every tip, hidden ones too, built-in first in their order, then the worker's own."""
    mine = _mine(store)
    hidden = set(mine["hidden"])
    tips = []
    for tip_id, text in BUILTIN_TIPS:
        edited = mine["edited"].get(tip_id)
        tips.append(Tip(tip_id, edited if edited is not None else translate(CONTEXT, text), BUILT_IN,
                        tip_id in hidden, edited is not None))
    for own in mine["own"]:
        tips.append(Tip(own["id"], own["text"], MINE_SOURCE, own["id"] in hidden))
    return tips


def shown_tips(store: Store) -> list[Tip]:
    return [tip for tip in all_tips(store) if not tip.hidden]


def rotation_number(store: Store, clock: Clock) -> int:
    """The tip's number now: the local day's ordinal plus the shifts started before (see above)."""
    running = store.db.execute(
        "SELECT started_at, tz FROM shifts WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1").fetchone()
    if running is not None:
        started, zone = from_iso(running[0]), running[1] or clock.zone_name()
        before = store.db.execute("SELECT count(*) FROM shifts WHERE started_at < ?", [running[0]]).fetchone()[0]
        return local_day(started, zone).toordinal() + before
    now = clock.now()
    started = store.db.execute("SELECT count(*) FROM shifts").fetchone()[0]
    return local_day(now, clock.zone_name()).toordinal() + started


def tip_for_now(store: Store, clock: Clock) -> Tip | None:
    """This shift's tip; None when tips are off or every tip is hidden."""
    if not store.read(TIPS_ON):
        return None
    tips = shown_tips(store)
    if not tips:
        return None
    return tips[rotation_number(store, clock) % len(tips)]


# -- the worker's changes -----------------------------------------------------------------
def clean_tip(text: str) -> str:
    cleaned = " ".join(str(text).split())
    if not cleaned:
        raise BadInput("A tip cannot be empty.")
    if len(cleaned) > MAX_TIP:
        raise BadInput(f"A tip is one short line: {len(cleaned)} characters is more than {MAX_TIP}.")
    return cleaned


def _known(mine: dict, tip_id: str) -> bool:
    return tip_id in BUILTIN_IDS or any(own["id"] == tip_id for own in mine["own"])


def _change(store: Store, change) -> object:
    with store.db.atomic():  # read and write as one, so two windows never drop each other's change
        mine = _mine(store)
        result = change(mine)
        store.write(MINE, mine)
        return result


def add_tip(store: Store, text: str) -> str:
    """Add one of the worker's own tips; its new id."""
    cleaned = clean_tip(text)

    def change(mine):
        if len(mine["own"]) >= MAX_OWN:
            raise BadInput(f"You have {MAX_OWN} tips of your own; remove one before adding another.")
        used = {own["id"] for own in mine["own"]}
        n = 1
        while f"mine-{n}" in used:
            n += 1
        mine["own"].append({"id": f"mine-{n}", "text": cleaned})
        return f"mine-{n}"

    return _change(store, change)


def edit_tip(store: Store, tip_id: str, text: str) -> None:
    """Reword a tip; a built-in one then shows as written, in every language."""
    cleaned = clean_tip(text)

    def change(mine):
        if not _known(mine, tip_id):
            raise BadInput(f"There is no tip '{tip_id}'.")
        if tip_id in BUILTIN_IDS:
            mine["edited"][tip_id] = cleaned
        else:
            for own in mine["own"]:
                if own["id"] == tip_id:
                    own["text"] = cleaned

    _change(store, change)


def reset_tip(store: Store, tip_id: str) -> None:
    """A built-in tip back to ShiftMate's words (translated again)."""
    _change(store, lambda mine: mine["edited"].pop(tip_id, None))


def set_hidden(store: Store, tip_id: str, hidden: bool) -> None:
    def change(mine):
        if not _known(mine, tip_id):
            raise BadInput(f"There is no tip '{tip_id}'.")
        rest = [i for i in mine["hidden"] if i != tip_id]
        mine["hidden"] = rest + [tip_id] if hidden else rest

    _change(store, change)


def remove_tip(store: Store, tip_id: str) -> None:
    """Delete one of the worker's own tips (built-in ones are hidden instead)."""
    def change(mine):
        if tip_id in BUILTIN_IDS:
            raise BadInput("ShiftMate's own tips can be hidden, not removed.")
        mine["own"] = [own for own in mine["own"] if own["id"] != tip_id]
        mine["hidden"] = [i for i in mine["hidden"] if i != tip_id]

    _change(store, change)
