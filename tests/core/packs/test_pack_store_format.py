"""Schema 2 packs: [[contact]], [[phrase]] and [policy], validated with line numbers and limits
against hostile files; schema 1 files read as before."""

from __future__ import annotations

import pytest

from shiftmate.core.packs import format as pack_format
from shiftmate.core.packs.format import PHRASE_STEPS, PackInvalid, load_pack, parse_pack
from shiftmate.core.packs.store_format import (
    MAX_CONTACTS,
    MAX_EXCEPTIONS,
    MAX_PHRASES,
    ContactTemplate,
    PhraseTemplate,
    PolicyTemplate,
)
from shiftmate.core.system.resources import resource_path
from tests.packs.builders import store_pack

STORE_INFO = '''
[[contact]]
name = "Dana, shift lead"
how = "ext. 210, or the red phone by the till"
when = "a customer crosses the line; refunds over $50"

[[phrase]]
step = "own"
text = "I'll sort this out with the kitchen and be back in two minutes."

[policy]
line = "Shouting, insults or threats: you may stop serving and call the shift lead."
exceptions = ["A refund up to $20 without a receipt", "A free drink after a long wait"]
'''


def schema_2(extra: str = STORE_INFO) -> str:
    return store_pack().replace("schema = 1", "schema = 2", 1) + extra


def problems(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(PackInvalid) as caught:
        parse_pack(text, "store.shiftpack.toml")
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The line number of the ``nth`` line of ``text`` that contains ``needle``."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return found[nth - 1]


def test_a_schema_2_pack_brings_its_contacts_phrases_and_policy():
    pack = parse_pack(schema_2())
    assert pack.schema == 2 and pack.warnings == ()
    assert pack.contacts == (ContactTemplate("Dana, shift lead", "ext. 210, or the red phone by the till",
                                             "a customer crosses the line; refunds over $50"),)
    assert pack.phrases == (PhraseTemplate("own", "I'll sort this out with the kitchen and be back in two minutes."),)
    assert pack.policy == PolicyTemplate(
        "Shouting, insults or threats: you may stop serving and call the shift lead.",
        ("A refund up to $20 without a receipt", "A free drink after a long wait"))
    assert [c.key for c in pack.checklists] == ["acme-opening"]


def test_the_phrase_steps_are_the_cards_eight_steps_in_order():
    assert PHRASE_STEPS == ("listen", "acknowledge", "ask", "own", "alternatives", "boundary", "help", "after")
    assert pack_format.PHRASE_STEPS is PHRASE_STEPS  # one constant, imported from the format
    for step in PHRASE_STEPS:
        assert parse_pack(schema_2(f'\n[[phrase]]\nstep = "{step}"\ntext = "A line"\n')).phrases[0].step == step


def test_a_schema_1_pack_reads_exactly_as_before():
    pack = parse_pack(store_pack())
    assert (pack.schema, pack.contacts, pack.phrases, pack.policy) == (1, (), (), None)


@pytest.mark.parametrize("section, field, needle", [
    ("[[contact]]\nname = \"Dana\"\nhow = \"ext. 210\"\n", "contact[1]", "[[contact]]"),
    ("[[phrase]]\nstep = \"own\"\ntext = \"A line\"\n", "phrase[1]", "[[phrase]]"),
    ("[policy]\nline = \"No shouting\"\n", "policy", "[policy]"),
])
def test_a_schema_1_pack_with_store_information_is_told_it_needs_schema_2(section, field, needle):
    text = store_pack() + "\n" + section
    [(line, where, message)] = problems(text)
    assert (line, where) == (line_of(text, needle), field)
    assert "needs schema = 2" in message and "this pack says schema = 1" in message


def test_schema_3_is_refused_as_made_for_a_newer_shiftmate():
    [(line, field, message)] = problems(schema_2().replace("schema = 2", "schema = 3", 1))
    assert (line, field) == (1, "schema")
    assert message.startswith("is 3: this pack was made for a newer ShiftMate (this one reads schema 2)")


def test_a_pack_of_store_information_only_needs_no_checklist():
    text = 'schema = 2\nid = "acme.contacts"\nversion = 1\ntitle = "Who to call"\n' + STORE_INFO
    pack = parse_pack(text)
    assert pack.checklists == () and len(pack.contacts) == 1
    [(_line, field, message)] = problems('schema = 2\nid = "acme.empty"\nversion = 1\ntitle = "Nothing"\n')
    assert field == "checklist" and "[[contact]], [[phrase]] or [policy]" in message


HOSTILE = [
    # (what is written, the field path, the needle of the line it is on, the message's start);
    # a missing key is on the line of its table's header
    ('[[contact]]\nhow = "ext. 210"\n', "contact[1].name", "[[contact]]", "is missing"),
    ('[[contact]]\nname = "Dana"\n', "contact[1].how", "[[contact]]", "is missing"),
    ('[[contact]]\nname = "  "\nhow = "ext. 210"\n', "contact[1].name", 'name = "  "', "must not be empty"),
    ('[[contact]]\nname = "Dana"\nhow = 210\n', "contact[1].how", "how = 210", "must be text"),
    ('[[contact]]\nname = "Dana"\nhow = "x"\nwhen = ["later"]\n', "contact[1].when", "when = [", "must be text"),
    ('[[phrase]]\nstep = "shout"\ntext = "Hi"\n', "phrase[1].step", 'step = "shout"', "must be one of listen, acknowledge"),
    ('[[phrase]]\ntext = "Hi"\n', "phrase[1].step", "[[phrase]]", "is missing"),
    ('[[phrase]]\nstep = "own"\ntext = ""\n', "phrase[1].text", 'text = ""', "must not be empty"),
    ('[[phrase]]\nstep = "own"\n', "phrase[1].text", "[[phrase]]", "is missing"),
    ('[[phrase]]\nstep = 4\ntext = "Hi"\n', "phrase[1].step", "step = 4", "must be one of"),
    ('[policy]\nexceptions = ["a"]\n', "policy.line", "[policy]", "is missing"),
    ('[policy]\nline = "x"\nexceptions = "a refund"\n', "policy.exceptions", 'exceptions = "a refund"', "must be a list"),
    ('[policy]\nline = "x"\nexceptions = ["ok", 5]\n', "policy.exceptions[2]", "exceptions = [", "must be text"),
    ('[policy]\nline = "x"\nexceptions = ["ok", " "]\n', "policy.exceptions[2]", "exceptions = [", "must not be empty"),
    ('policy = "be nice"\n', "policy", 'policy = "be nice"', "must be one [policy] table"),
    ('contact = "Dana"\n', "contact", 'contact = "Dana"', "must be a list of [[contact]] tables"),
    ('phrase = [1, 2]\n', "phrase", "phrase = [1, 2]", "must be a list of [[phrase]] tables"),
]


@pytest.mark.parametrize("written, field, needle, message", HOSTILE, ids=[h[1] + ":" + h[3] for h in HOSTILE])
def test_each_problem_in_store_information_names_its_field_and_line(written, field, needle, message):
    # Top-level keys (policy = "...") must come before the first table to be top-level at all.
    if written.startswith(("policy =", "contact =", "phrase =")):
        text = schema_2("").replace('organization = "Acme Foods"', 'organization = "Acme Foods"\n' + written)
    else:
        text = schema_2("\n" + written)
    found = problems(text)
    assert (line_of(text, needle), field) == found[0][:2], found
    assert found[0][2].startswith(message), found


def test_every_problem_is_listed_in_one_pass():
    text = schema_2(STORE_INFO + '\n[[contact]]\nname = ""\nhow = 3\n\n[[phrase]]\nstep = "nope"\ntext = "x"\n')
    assert [field for _line, field, _message in problems(text)] == ["contact[2].name", "contact[2].how",
                                                                    "phrase[2].step"]


def test_unknown_keys_in_store_information_are_warnings_with_a_suggestion():
    pack = parse_pack(schema_2(STORE_INFO + '\n[[contact]]\nname = "Sam"\nhow = "ext. 1"\nwhne = "always"\n'))
    assert pack.warnings == ("<pack>: contact[2].whne: unknown key, ignored; did you mean `when`?",)


@pytest.mark.parametrize("table, limit, block", [
    ("contact", MAX_CONTACTS, '[[contact]]\nname = "Dana"\nhow = "ext. 210"\n'),
    ("phrase", MAX_PHRASES, '[[phrase]]\nstep = "listen"\ntext = "Go on."\n'),
])
def test_huge_counts_of_contacts_and_phrases_are_refused(table, limit, block):
    assert len(getattr(parse_pack(schema_2("\n" + "\n".join([block] * limit))), table + "s")) == limit
    [(line, field, message)] = problems(schema_2("\n" + "\n".join([block] * (limit + 1))))
    assert (field, message) == (table, f"has {limit + 1} entries; the limit is {limit}")


def test_a_huge_count_of_exceptions_is_refused():
    many = ", ".join(['"a"'] * (MAX_EXCEPTIONS + 1))
    text = schema_2(f'\n[policy]\nline = "x"\nexceptions = [{many}]\n')
    [(line, field, message)] = problems(text)
    assert (line, field) == (line_of(text, "exceptions = ["), "policy.exceptions")
    assert message == f"has {MAX_EXCEPTIONS + 1} entries; the limit is {MAX_EXCEPTIONS}"


@pytest.mark.parametrize("template, field, limit", [
    ('[[contact]]\nname = "{}"\nhow = "x"\n', "contact[2].name", 120),
    ('[[contact]]\nname = "x"\nhow = "{}"\n', "contact[2].how", 300),
    ('[[contact]]\nname = "x"\nhow = "y"\nwhen = "{}"\n', "contact[2].when", 300),
    ('[[phrase]]\nstep = "ask"\ntext = "{}"\n', "phrase[2].text", 300),
    ('[policy]\nline = "{}"\n', "policy.line", 1000),
    ('[policy]\nline = "x"\nexceptions = ["{}"]\n', "policy.exceptions[1]", 300),
])
def test_a_100_kb_string_anywhere_is_refused_with_its_length_and_line(template, field, limit):
    text = schema_2(STORE_INFO.split("[policy]")[0]) + "\n" + template.format("é" * 100_000)
    found = problems(text)
    assert (line_of(text, "é" * 20), field, f"is 100000 characters long; the limit is {limit}") in found, found


@pytest.mark.parametrize("control", ["\\u001b", "\\u007f", "\\u009b", "\\u0000"])
@pytest.mark.parametrize("where", ["contact", "phrase", "policy", "exception"])
def test_control_characters_in_store_information_are_refused(control, where):
    extra = {
        "contact": f'[[contact]]\nname = "Dana{control}[2J"\nhow = "x"\n',
        "phrase": f'[[phrase]]\nstep = "own"\ntext = "Hi{control}"\n',
        "policy": f'[policy]\nline = "x{control}"\n',
        "exception": f'[policy]\nline = "x"\nexceptions = ["a{control}"]\n',
    }[where]
    found = problems(schema_2("\n" + extra))
    assert [m for _l, _f, m in found] == ["contains control characters"]


def test_tabs_and_newlines_are_kept_in_store_information_like_other_text():
    pack = parse_pack(schema_2('\n[[phrase]]\nstep = "after"\ntext = "Breathe out.\\nThen\\twrite it down."\n'))
    assert pack.phrases[-1].text == "Breathe out.\nThen\twrite it down."


def test_binary_in_a_schema_2_file_is_a_pack_error(tmp_path):
    path = tmp_path / "store.shiftpack.toml"
    path.write_bytes(schema_2().encode("utf-8") + b'\n[[phrase]]\nstep = "own"\ntext = "\xff\xfe\x00"\n')
    with pytest.raises(PackInvalid, match="is not UTF-8 text"):
        load_pack(path)
    path.write_bytes(schema_2().encode("utf-8").replace(b"Dana", b"Da\x00na"))
    with pytest.raises(PackInvalid, match="not valid TOML"):
        load_pack(path)


def test_the_example_pack_is_a_complete_schema_2_pack():
    pack = load_pack(resource_path("packs", "example.shiftpack.toml"))
    assert pack.schema == 2 and pack.warnings == ()
    assert pack.contacts and pack.phrases and pack.policy and pack.policy.exceptions and pack.checklists
    assert {p.step for p in pack.phrases} <= set(PHRASE_STEPS)
