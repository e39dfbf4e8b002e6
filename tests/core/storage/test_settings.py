"""Settings declared once (core.storage.settings): typed reads and writes, the default for a
missing or unreadable value, and databases written before the declarations reading the same."""

from __future__ import annotations

import json

import pytest

from shiftmate.core import demo
from shiftmate.core.errors import BadInput
from shiftmate.core.packs import export
from shiftmate.core.privacy.autolock import AUTOLOCK_MINUTES
from shiftmate.core.shifts import break_rules
from shiftmate.core.shifts.reminder_rules import SOUND
from shiftmate.core.storage.settings import FLAG, NUMBER, TEXT, Setting
from shiftmate.core.storage.store import Store

GERMANY_RULE = break_rules.BreakRequirement("custom-1", "Break", 300, 300, 30, 30)

# Rows exactly as the code before the declarations stored them (its str(), "1"/"0",
# json.dumps), with the value each reads as now.
OLD_ROWS = [
    (break_rules.PRESET, "germany", "germany"),
    (break_rules.CUSTOM_RULES,
     '[{"key": "custom-1", "label": "Break", "applies_over": 300, "deadline": 300, '
     '"required": 30, "min_part": 30}]', (GERMANY_RULE,)),
    (SOUND, "1", True),
    (AUTOLOCK_MINUTES, "12", 12),
    (AUTOLOCK_MINUTES, "0", 0),
    (export.LAST_EXPORT, '{"id": "front-desk", "title": "Front desk", "organization": "Hotel"}',
     {"id": "front-desk", "title": "Front desk", "organization": "Hotel"}),
    (export.EXPORTED_VERSION.item("front-desk"), "3", 3),
    (demo.DEMO_SEED, "7", 7),
    (demo.DEMO_DAYS, "30", 30),
]


@pytest.fixture
def store(location):
    store = Store.open(location)
    yield store
    store.close()


def test_a_setting_never_written_reads_as_its_default(store):
    assert store.read(break_rules.PRESET) == "none"
    assert store.read(break_rules.CUSTOM_RULES) == ()
    assert store.read(SOUND) is False
    assert store.read(AUTOLOCK_MINUTES) == 5
    assert store.read(export.LAST_EXPORT) == {}
    assert store.read(export.EXPORTED_VERSION.item("front-desk")) == 0
    assert store.read(demo.DEMO_SEED) is None


def test_values_come_back_typed_as_written(store):
    store.write(SOUND, True)
    store.write(AUTOLOCK_MINUTES, 30)
    store.write(break_rules.CUSTOM_RULES, (GERMANY_RULE,))
    store.write(break_rules.PRESET, break_rules.CUSTOM)
    assert store.read(SOUND) is True
    assert store.read(AUTOLOCK_MINUTES) == 30
    assert store.read(break_rules.CUSTOM_RULES) == (GERMANY_RULE,)
    assert store.read(break_rules.PRESET) == break_rules.CUSTOM
    store.write(SOUND, False)
    assert store.read(SOUND) is False


@pytest.mark.parametrize("setting, stored, value", OLD_ROWS, ids=lambda x: getattr(x, "key", None))
def test_a_database_written_by_the_old_code_reads_the_same_values(location, setting, stored, value):
    store = Store.open(location)
    store.db["settings"].insert({"key": setting.key, "value": stored, "updated_at": "2026-01-05T09:00:00+00:00"})
    store.close()
    store = Store.open(location)
    try:
        assert store.read(setting) == value
    finally:
        store.close()


@pytest.mark.parametrize("setting, stored, value", OLD_ROWS, ids=lambda x: getattr(x, "key", None))
def test_a_write_keeps_the_text_the_old_code_kept(store, setting, stored, value):
    store.write(setting, value)
    assert store.get_setting(setting.key) == stored


@pytest.mark.parametrize("setting, stored", [
    (SOUND, "yes"),
    (AUTOLOCK_MINUTES, "²"),  # a digit to str.isdigit(), not to int()
    (AUTOLOCK_MINUTES, "9999"),
    (AUTOLOCK_MINUTES, "five"),
    (break_rules.PRESET, "mars"),
    (break_rules.CUSTOM_RULES, '[{"key": "custom-1"'),
    (break_rules.CUSTOM_RULES, '[{"key": "x", "label": "B", "applies_over": 1, "deadline": 0, '
                               '"required": 1, "min_part": 1}]'),
    (export.LAST_EXPORT, "[1, 2]"),
    (export.LAST_EXPORT, "{not json"),
    (export.EXPORTED_VERSION.item("front-desk"), "three"),
], ids=lambda x: getattr(x, "key", None))
def test_an_unreadable_stored_value_reads_as_the_default_and_stays_as_it_was(store, setting, stored):
    store.set_setting(setting.key, stored)
    assert store.read(setting) == setting.default
    assert store.get_setting(setting.key) == stored  # nothing rewritten


def test_a_damaged_custom_rule_means_no_deadlines_instead_of_an_error(store):
    from shiftmate.core.shifts.reminders import active_requirements

    store.write(break_rules.PRESET, break_rules.CUSTOM)
    store.set_setting(break_rules.CUSTOM_RULES.key, "{damaged")
    assert active_requirements(store) == ()


@pytest.mark.parametrize("setting, value", [
    (AUTOLOCK_MINUTES, 241), (AUTOLOCK_MINUTES, -1), (AUTOLOCK_MINUTES, "5"), (AUTOLOCK_MINUTES, True),
    (break_rules.PRESET, "mars"), (export.LAST_EXPORT, ["not", "a", "dict"]),
    (break_rules.CUSTOM_RULES, (break_rules.BreakRequirement("x", "B", 1, 0, 1, 1),)),
], ids=lambda x: getattr(x, "key", None))
def test_a_value_a_setting_does_not_take_is_refused_and_nothing_is_written(store, setting, value):
    with pytest.raises(BadInput):
        store.write(setting, value)
    assert store.get_setting(setting.key) is None


def test_kinds_read_only_what_they_wrote():
    flag, number, text = Setting("f", FLAG, False), Setting("n", NUMBER, 1), Setting("t", TEXT, "a")
    assert [flag.load(flag.dump(v)) for v in (True, False)] == [True, False]
    assert number.load(number.dump(-4)) == -4 and number.load(" 8 ") == 8
    assert text.load(text.dump("ü, ok")) == "ü, ok"
    assert flag.load(None) is False and number.load("1.5") == 1 == number.load(None)
    assert json.loads(export.LAST_EXPORT.dump({"id": "a"})) == {"id": "a"}


# -- declared once: a static check over the sources ------------------------------------------
def _sources():
    from pathlib import Path

    import shiftmate

    root = Path(shiftmate.__file__).parent
    return {path.relative_to(root.parent).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(root.rglob("*.py"))}


def _string_literals(text: str) -> list[str]:
    import ast
    import io
    import tokenize

    found = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.STRING:
            try:
                found.append(ast.literal_eval(token.string))
            except (ValueError, SyntaxError):  # an f-string
                continue
    return found


def test_no_call_site_reads_or_writes_a_setting_by_its_key():
    # Only the store itself touches stored text by key; everything else names a declaration,
    # whose default is the only default.
    offenders = [f"{name}:{number}: {line.strip()}"
                 for name, text in _sources().items() if name != "shiftmate/core/storage/store.py"
                 for number, line in enumerate(text.splitlines(), 1)
                 if "get_setting(" in line or "set_setting(" in line]
    assert not offenders, "read and write settings through their declaration:\n" + "\n".join(offenders)


def test_each_key_is_spelled_once_at_its_declaration():
    import re

    sources = _sources()
    declared = [(name, key) for name, text in sources.items()
                for key in re.findall(r"\bSetting\(\s*\"([^\"]+)\"", text)]
    keys = [key for _name, key in declared]
    assert len(keys) >= 11 and len(set(keys)) == len(keys), sorted(keys)
    spelled = {key: [name for name, text in sources.items() for literal in _string_literals(text)
                     if literal == key] for key in keys}
    assert {key: names for key, names in spelled.items() if len(names) != 1} == {}
