"""The "What to say" card's core: the steps in order, the worker's edits, hidden and own lines,
restore, translation until edited, the store's information, and hostile text."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shiftmate.core import i18n
from shiftmate.core.errors import BadInput
from shiftmate.core.moment.builtin import BUILTIN_STEPS, STEP_KEYS
from shiftmate.core.moment.card import BUILTIN, MINE, StoreInfo, read_card, read_whole_card
from shiftmate.core.moment.lines import (
    LINE_LIMIT,
    add_line,
    clean_line,
    delete_line,
    edit_line,
    put_back,
    restore_line,
    set_hidden,
)
from shiftmate.core.storage.schema import MIGRATION_NAMES


@dataclass(frozen=True)
class Phrase:  # the fields of core.packs.store_info.PackPhrase
    pack_id: str
    step: str
    text: str


@dataclass(frozen=True)
class Contact:
    pack_id: str
    name: str
    how: str
    when: str


@dataclass(frozen=True)
class Policy:
    pack_id: str
    line: str
    exceptions: tuple[str, ...]


def texts(card, step):
    return [line.text for line in card.step(step).lines]


def test_the_card_has_the_eight_steps_in_order_each_with_two_to_four_built_in_lines(store):
    card = read_card(store)
    assert [s.key for s in card.steps] == ["listen", "acknowledge", "ask", "own", "alternatives",
                                           "boundary", "help", "after"] == list(STEP_KEYS)
    for step in card.steps:
        assert step.title and 2 <= len(step.lines) <= 4
        assert {line.source for line in step.lines} == {BUILTIN}
    assert "m006_moment_phrases" in MIGRATION_NAMES


def test_an_edit_replaces_the_built_in_line_in_place_and_restore_brings_it_back(store):
    first = read_card(store).step("acknowledge").lines[0]
    edit_line(store, first.id, "I hear you, that sounds awful.")
    card = read_card(store)
    assert texts(card, "acknowledge")[0] == "I hear you, that sounds awful."
    assert card.step("acknowledge").lines[0].edited
    restore_line(store, first.id)
    assert read_card(store).step("acknowledge").lines[0] == first


def test_hide_leaves_a_line_off_the_card_but_in_the_editor_and_undo_shows_it_again(store):
    line = read_card(store).step("listen").lines[1]
    kept = set_hidden(store, line.id)
    assert line.text not in texts(read_card(store), "listen")
    in_editor = read_card(store, include_hidden=True).step("listen").lines[1]
    assert in_editor.hidden and in_editor.text == line.text
    put_back(store, kept)
    assert read_card(store).step("listen").lines[1] == line


def test_own_lines_come_after_the_built_in_ones_and_delete_can_be_undone(store):
    first = add_line(store, "boundary", "  I'm going to step away for a moment.  ")
    add_line(store, "boundary", "Second one")
    card = read_card(store)
    lines = card.step("boundary").lines
    assert [line.text for line in lines[-2:]] == ["I'm going to step away for a moment.", "Second one"]
    assert lines[-2].source == MINE and lines[-2].id == first
    kept = delete_line(store, first)
    assert "I'm going to step away for a moment." not in texts(read_card(store), "boundary")
    put_back(store, kept)
    assert read_card(store).step("boundary").lines == lines


def test_an_edit_can_be_undone_to_the_translated_built_in_line(store):
    line = read_card(store).step("own").lines[0]
    kept = edit_line(store, line.id, "Mine now")
    put_back(store, kept)
    assert read_card(store).step("own").lines[0] == line
    assert store.db.execute("SELECT count(*) FROM moment_builtin_changes").fetchone()[0] == 0


def test_built_in_lines_follow_the_language_until_edited(store):
    def spanish(context, text, _disambiguation=None, _n=-1):
        return f"ES {text}" if context == "WhatToSay" else text

    previous = i18n.use_translator(spanish)
    try:
        card = read_card(store)
        assert card.step("listen").title == "ES " + BUILTIN_STEPS[0].title
        assert texts(card, "listen")[0] == "ES " + BUILTIN_STEPS[0].lines[0].text
        edit_line(store, card.step("listen").lines[0].id, "Deja que hable")
        assert texts(read_card(store), "listen")[0] == "Deja que hable"
        # Saving the Spanish words unchanged is no edit: the line keeps following the language.
        edit_line(store, card.step("listen").lines[1].id, "ES " + BUILTIN_STEPS[0].lines[1].text)
        assert not read_card(store).step("listen").lines[1].edited
    finally:
        i18n.use_translator(previous)
    assert texts(read_card(store), "listen")[1] == BUILTIN_STEPS[0].lines[1].text
    stored = store.db.execute("SELECT key, text FROM moment_builtin_changes").fetchall()
    assert stored == [("listen.1", "Deja que hable")]  # the edit, never the shipped text


def test_the_store_s_lines_contacts_and_policy_come_with_their_pack_id(store):
    info = StoreInfo(
        phrases=(Phrase("acme", "own", "I'll sort this out with the kitchen."), Phrase("acme", "nonsense", "x")),
        contacts=(Contact("acme", "Dana, shift lead", "ext. 210", "refunds over $50"),),
        policies=(Policy("acme", "Shouting: you may stop serving.", ("A refund up to $20",)),),
    )
    card = read_card(store, info)
    own = card.step("own").lines
    assert own[-1].text == "I'll sort this out with the kitchen." and own[-1].source == "acme"
    assert all(line.text != "x" for step in card.steps for line in step.lines)  # an unknown step is skipped
    assert card.contacts[0].name == "Dana, shift lead" and card.contacts[0].source == "acme"
    assert card.policy[0].exceptions == ("A refund up to $20",)
    data = card.to_dict()
    assert data["contacts"] == [{"name": "Dana, shift lead", "how": "ext. 210", "when": "refunds over $50",
                                 "source": "acme"}]
    assert data["policy"] == [{"line": "Shouting: you may stop serving.", "exceptions": ["A refund up to $20"],
                               "source": "acme"}]
    with pytest.raises(BadInput, match="manager's pack"):
        edit_line(store, own[-1].id, "mine")


def test_the_whole_card_reads_without_store_information_until_packs_bring_it(store):
    assert read_whole_card(store) == read_card(store)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x07"])
def test_an_empty_line_is_refused_and_nothing_changes(store, text):
    with pytest.raises(BadInput, match="empty line"):
        add_line(store, "ask", text)
    assert read_card(store) == read_card(store) and len(read_card(store).step("ask").lines) == 3


def test_a_huge_line_is_refused_with_a_sentence(store):
    line = read_card(store).step("ask").lines[0]
    with pytest.raises(BadInput, match=f"at most {LINE_LIMIT} characters"):
        edit_line(store, line.id, "x" * 100_000)
    with pytest.raises(BadInput, match=f"at most {LINE_LIMIT}"):
        add_line(store, "ask", "x" * 100_000)
    assert read_card(store).step("ask").lines[0] == line


def test_control_characters_are_cleaned_out_of_a_line():
    assert clean_line("Hold\non\x1b[31m\tplease\u202e") == "Hold on[31m please"


def test_a_step_or_line_that_does_not_exist_is_refused(store):
    with pytest.raises(BadInput, match="no step 'shout'"):
        add_line(store, "shout", "hi")
    with pytest.raises(BadInput, match="no line"):
        set_hidden(store, "builtin:listen.99")
    with pytest.raises(BadInput, match="no longer on the card"):
        delete_line(store, "mine:12345")
