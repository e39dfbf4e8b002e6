"""The store information a schema 2 pack carries besides checklists: who to call
(``[[contact]]``), lines for the "What to say" card (``[[phrase]]``) and the store's line and
exceptions (``[policy]``).

Read with the same checker as the rest of a pack (``format._Checker``: every problem with its
field path, text limits, control characters refused), so the rules are the rest's rules.
This module imports nothing of the pack format; ``format.parse_pack`` hands it the checker.
"""

from __future__ import annotations

from dataclasses import dataclass

# The steps of the "What to say" card, in the card's order; a [[phrase]] names one of them.
PHRASE_STEPS = ("listen", "acknowledge", "ask", "own", "alternatives", "boundary", "help", "after")
STORE_INFO_SCHEMA = 2  # the first schema with [[contact]], [[phrase]] and [policy]
STORE_INFO_KEYS = ("contact", "phrase", "policy")

MAX_CONTACTS = 50
MAX_PHRASES = 200
MAX_EXCEPTIONS = 50
MAX_CONTACT_NAME = 120
MAX_CONTACT_TEXT = 300  # how to reach them, when to call
MAX_PHRASE = 300
MAX_POLICY_LINE = 1000
MAX_EXCEPTION = 300


@dataclass(frozen=True)
class ContactTemplate:
    """Someone to call, as a pack names them."""

    name: str
    how: str
    when: str = ""


@dataclass(frozen=True)
class PhraseTemplate:
    """A line a pack adds to one step of the "What to say" card."""

    step: str
    text: str


@dataclass(frozen=True)
class PolicyTemplate:
    """Where the store draws the line, and what a worker may do without asking."""

    line: str
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreInfo:
    contacts: tuple[ContactTemplate, ...] = ()
    phrases: tuple[PhraseTemplate, ...] = ()
    policy: PolicyTemplate | None = None


def parse_store_info(check, data: dict, schema: object) -> StoreInfo:
    """The store information in ``data`` (a whole pack file), problems reported to ``check``."""
    present = [key for key in STORE_INFO_KEYS if key in data]
    if present and isinstance(schema, int) and schema < STORE_INFO_SCHEMA:
        for key in present:
            shown = f"[[{key}]]" if key != "policy" else "[policy]"
            check.problem(key if key == "policy" else f"{key}[1]", f"{shown} needs schema = {STORE_INFO_SCHEMA} at the top of the file "
                               f"(this pack says schema = {schema})")
        return StoreInfo()
    contacts = []
    for n, raw in enumerate(check.tables(data, "contact", "", limit=MAX_CONTACTS), start=1):
        path = f"contact[{n}]"
        check.warn_unknown(raw, {"name", "how", "when"}, path)
        contacts.append(ContactTemplate(
            check.text(raw, "name", path, limit=MAX_CONTACT_NAME),
            check.text(raw, "how", path, limit=MAX_CONTACT_TEXT),
            check.text(raw, "when", path, limit=MAX_CONTACT_TEXT, required=False),
        ))
    phrases = []
    for n, raw in enumerate(check.tables(data, "phrase", "", limit=MAX_PHRASES), start=1):
        path = f"phrase[{n}]"
        check.warn_unknown(raw, {"step", "text"}, path)
        step = raw.get("step")
        if step is None:
            check.problem(f"{path}.step", "is missing")
        elif step not in PHRASE_STEPS:
            check.problem(f"{path}.step", f"must be one of {', '.join(PHRASE_STEPS)}")
        phrases.append(PhraseTemplate(step if step in PHRASE_STEPS else "", check.text(raw, "text", path,
                                                                                       limit=MAX_PHRASE)))
    return StoreInfo(tuple(contacts), tuple(phrases), _policy(check, data))


def _policy(check, data: dict) -> PolicyTemplate | None:
    raw = data.get("policy")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.problem("policy", "must be one [policy] table")
        return None
    check.warn_unknown(raw, {"line", "exceptions"}, "policy")
    line = check.text(raw, "line", "policy", limit=MAX_POLICY_LINE)
    exceptions = raw.get("exceptions", [])
    if not isinstance(exceptions, list):
        check.problem("policy.exceptions", 'must be a list of texts, like ["one", "two"]')
        return PolicyTemplate(line)
    if len(exceptions) > MAX_EXCEPTIONS:
        check.problem("policy.exceptions", f"has {len(exceptions)} entries; the limit is {MAX_EXCEPTIONS}")
        exceptions = exceptions[:MAX_EXCEPTIONS]
    kept = []
    for n, value in enumerate(exceptions, start=1):
        # check.text reads a table; each exception is checked as the one key of its own.
        text = check.text({f"exceptions[{n}]": value}, f"exceptions[{n}]", "policy", limit=MAX_EXCEPTION)
        if text:
            kept.append(text)
    return PolicyTemplate(line, tuple(kept))
