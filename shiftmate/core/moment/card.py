"""The "What to say" card as one plain value: the built-in lines, the worker's own, the store's.

``read_card(store, store_info)`` gives the whole card: the eight steps in order, each with its
lines (built-in ones in the window's language until the worker edits them, then the worker's
text; then the store's lines from managers' packs; then the worker's own), and the store's
contacts and policy. Every line says where it comes from: ``"built-in"``, ``"mine"`` or a
pack's id. Lines the worker hid are left out unless ``include_hidden`` (the editor shows them).

The store's information reaches the card only through ``store_info``: plain lists of records
with the fields of ``core.packs.store_info``'s PackPhrase(pack_id, step, text),
PackContact(pack_id, name, how, when) and PackPolicy(pack_id, line, exceptions). Nothing here
imports the packs feature; ``store_info_of(store)`` is the one place that reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from shiftmate.core.i18n import translate
from shiftmate.core.moment.builtin import BUILTIN_STEPS, CONTEXT, STEP_KEYS

BUILTIN, MINE = "built-in", "mine"  # a line's source, besides a pack's id


@dataclass(frozen=True)
class Line:
    """One line of a step. ``id`` names it for edits: ``builtin:listen.1``, ``mine:7``, ``pack:…``."""

    id: str
    text: str
    source: str  # BUILTIN, MINE or the id of the pack that brought it
    edited: bool = False  # a built-in line the worker rewrote
    hidden: bool = False  # only ever True with include_hidden


@dataclass(frozen=True)
class Step:
    key: str  # one of builtin.STEP_KEYS
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Contact:
    """Who to call, from a manager's pack."""

    name: str
    how: str
    when: str
    source: str


@dataclass(frozen=True)
class Policy:
    """Where the store draws the line, and the exceptions a worker may make, from a pack."""

    line: str
    exceptions: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class StoreInfo:
    """What managers' packs say for the card, as read by ``core.packs.store_info``."""

    phrases: tuple = ()  # records with pack_id, step, text
    contacts: tuple = ()  # records with pack_id, name, how, when
    policies: tuple = ()  # records with pack_id, line, exceptions


@dataclass(frozen=True)
class Card:
    steps: tuple[Step, ...]
    contacts: tuple[Contact, ...] = ()
    policy: tuple[Policy, ...] = ()

    def step(self, key: str) -> Step:
        return next(step for step in self.steps if step.key == key)

    def to_dict(self) -> dict:
        """The card as ``shiftmate phrases --json`` prints it."""
        return {
            "steps": [
                {"step": step.key, "title": step.title,
                 "lines": [{"text": line.text, "source": line.source} for line in step.lines]}
                for step in self.steps
            ],
            "contacts": [{"name": c.name, "how": c.how, "when": c.when, "source": c.source}
                         for c in self.contacts],
            "policy": [{"line": p.line, "exceptions": list(p.exceptions), "source": p.source}
                       for p in self.policy],
        }


def store_info_of(store) -> StoreInfo:
    """The managers' packs' contacts, lines and policy for the card (``core.packs.store_info``)."""
    from shiftmate.core.packs.store_info import pack_contacts, pack_phrases, pack_policies

    db = store.db
    return StoreInfo(tuple(pack_phrases(db)), tuple(pack_contacts(db)), tuple(pack_policies(db)))


def read_card(store, store_info: StoreInfo | None = None, *, include_hidden: bool = False) -> Card:
    """The whole card (see the module docstring); one query per table, nothing written."""
    changes = {key: (text, bool(hidden)) for key, text, hidden in store.db.execute(
        "SELECT key, text, hidden FROM moment_builtin_changes").fetchall()}
    own: dict[str, list[Line]] = {key: [] for key in STEP_KEYS}
    for line_id, step, text, hidden in store.db.execute(
            "SELECT id, step, text, hidden FROM moment_own_lines ORDER BY position, id").fetchall():
        if step in own and (include_hidden or not hidden):
            own[step].append(Line(f"mine:{line_id}", text, MINE, hidden=bool(hidden)))
    packs: dict[str, list[Line]] = {key: [] for key in STEP_KEYS}
    info = store_info or StoreInfo()
    for n, phrase in enumerate(info.phrases):
        if phrase.step in packs and phrase.text:
            packs[phrase.step].append(Line(f"pack:{phrase.pack_id}:{n}", phrase.text, phrase.pack_id))
    steps = []
    for step in BUILTIN_STEPS:
        lines = []
        for builtin in step.lines:
            text, hidden = changes.get(builtin.key, (None, False))
            if hidden and not include_hidden:
                continue
            shown = text if text is not None else translate(CONTEXT, builtin.text)
            lines.append(Line(f"builtin:{builtin.key}", shown, BUILTIN, edited=text is not None, hidden=hidden))
        lines += packs[step.key] + own[step.key]
        steps.append(Step(step.key, translate(CONTEXT, step.title), tuple(lines)))
    contacts = tuple(Contact(c.name, c.how, c.when, c.pack_id) for c in info.contacts)
    policy = tuple(Policy(p.line, tuple(p.exceptions), p.pack_id) for p in info.policies)
    return Card(tuple(steps), contacts, policy)


def read_whole_card(store, *, include_hidden: bool = False) -> Card:
    """The card with the packs' information, as the window and ``shiftmate phrases`` show it."""
    return read_card(store, store_info_of(store), include_hidden=include_hidden)


def builtin_card() -> Card:
    """The card with its built-in lines only, read from no database (before the first read)."""
    steps = tuple(
        Step(step.key, translate(CONTEXT, step.title),
             tuple(Line(f"builtin:{line.key}", translate(CONTEXT, line.text), BUILTIN) for line in step.lines))
        for step in BUILTIN_STEPS
    )
    return Card(steps)
