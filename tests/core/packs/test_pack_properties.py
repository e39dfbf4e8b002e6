"""Property tests for packs: export→import round trips, and fuzzing validate and import."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftmate.core.checklists.library import ChecklistLibrary
from shiftmate.core.packs.export import export_pack, pack_text, toml_string
from shiftmate.core.packs.install import import_pack, import_pack_file
from shiftmate.core.packs.format import (
    KINDS,
    MAX_HELP,
    MAX_TEXT,
    MAX_TITLE,
    WHENS,
    ChecklistTemplate,
    ItemTemplate,
    PackInvalid,
    SectionTemplate,
    PHRASE_STEPS,
    load_pack,
    parse_pack,
)
from shiftmate.core.packs.store_format import (
    MAX_CONTACT_NAME,
    MAX_CONTACT_TEXT,
    MAX_EXCEPTION,
    MAX_PHRASE,
    MAX_POLICY_LINE,
    ContactTemplate,
    PhraseTemplate,
    PolicyTemplate,
    StoreInfo,
)
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.store import Store
from tests.packs.builders import store_info_pack, store_pack

# Letters from many scripts, emoji, right-to-left text, quotes and backslashes, newlines.
SAMPLES = "aZ09 \"'\\#=[]{}.\n\téßж中文👍🏽🧑‍🍳עבריתالعربية\u200f\u202e"
text_chars = st.one_of(st.sampled_from(SAMPLES), st.characters(blacklist_categories=("Cc", "Cs")))


def free_text(limit: int, *, empty: bool = False):
    strategy = st.text(text_chars, min_size=0 if empty else 1, max_size=min(limit, 40))
    return strategy.map(str.strip).filter(lambda t: empty or bool(t))


items = st.builds(
    lambda text, kind, help_text, required: ItemTemplate("", text, kind, help_text,
                                                          required and kind != "instruction"),
    free_text(MAX_TEXT), st.sampled_from(KINDS), free_text(MAX_HELP, empty=True), st.booleans(),
)
sections = st.tuples(free_text(MAX_TITLE), st.lists(items, max_size=4))
checklists = st.tuples(free_text(MAX_TITLE), st.sampled_from(WHENS), st.lists(sections, min_size=1, max_size=3))


def as_template(generated) -> ChecklistTemplate:
    title, when, raw_sections = generated
    n = 0
    built = []
    for s_index, (s_title, s_items) in enumerate(raw_sections):
        fixed = []
        for item in s_items:
            n += 1
            fixed.append(ItemTemplate(f"item-{n}", item.text, item.kind, item.help, item.required))
        built.append(SectionTemplate(f"section-{s_index}", s_title, tuple(fixed)))
    return ChecklistTemplate("mine", title, when, tuple(built))


def comparable(checklist) -> dict:
    data = checklist.to_dict()
    data.pop("origin_pack")
    data.pop("id")
    for section in data["sections"]:
        for item in section["items"]:
            item.pop("locked")
    return data


@settings(max_examples=40, deadline=None)
@given(checklists)
def test_exporting_any_checklist_and_importing_it_into_a_fresh_folder_gives_the_same_checklist(generated):
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        source = Store.open(DataLocation(Path(first)))
        try:
            key = ChecklistLibrary(source).add_from_template(as_template(generated))
            original = ChecklistLibrary(source).get(key)
            text, _pack = export_pack(source, [key], pack_id="round.trip", title="Round trip", version=1)
        finally:
            source.close()
        path = Path(second) / "out.shiftpack.toml"
        path.write_text(text, encoding="utf-8")
        target = Store.open(DataLocation(Path(second) / "data"))
        try:
            import_pack_file(target, path)
            library = ChecklistLibrary(target)
            [copy] = [c for c in library.list() if c.origin_pack == "round.trip"]
            assert comparable(copy) == comparable(original)
        finally:
            target.close()


@given(st.text(text_chars | st.characters(), max_size=60))
def test_toml_strings_read_back_exactly(value):
    import tomllib

    value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


# -- fuzzing ----------------------------------------------------------------------------
def counts(store: Store) -> dict:
    return {table: store.db.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {table}").fetchone()
            for table in ("packs", "checklists", "checklist_sections", "checklist_items",
                          "pack_contacts", "pack_phrases", "pack_policies")}


def check_validate_and_import(store: Store, tmp: Path, data: bytes) -> None:
    path = tmp / "fuzz.shiftpack.toml"
    path.write_bytes(data)
    try:
        load_pack(path)
    except PackInvalid:
        pass
    before = counts(store)
    try:
        import_pack_file(store, path)
    except PackInvalid:
        assert counts(store) == before, "a refused pack must leave nothing behind"


FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_end_only_in_a_pack_error(store, tmp_path, data):
    check_validate_and_import(store, tmp_path, data)


toml_scalars = st.one_of(
    st.booleans(), st.integers(-10, 2_000_000), st.floats(allow_nan=True), st.text(text_chars, max_size=20),
    st.sampled_from(["acme.store", "check", "rating", "before-shift", "Bad Id!", "", "own", "listen"]),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "title", "text", "kind", "when", "section", "item", "locked", "required",
                         "help", "x", "name", "how", "step", "line", "exceptions"]), inner, max_size=5),
    max_leaves=20,
)


def to_toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if value != value else ("inf" if value == float("inf") else
                                             "-inf" if value == float("-inf") else repr(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(to_toml(v) for v in value) + "]"
    return "{" + ", ".join(f"{k} = {to_toml(v)}" for k, v in value.items()) + "}"


random_packs = st.dictionaries(
    st.sampled_from(["schema", "id", "version", "title", "organization", "checklist", "other",
                     "contact", "phrase", "policy"]),
    toml_values, max_size=7,
).map(lambda table: "\n".join(f"{k} = {to_toml(v)}" for k, v in table.items()))


@FUZZ
@given(random_packs)
def test_random_toml_ends_only_in_a_pack_error(store, tmp_path, text):
    check_validate_and_import(store, tmp_path, text.encode("utf-8"))


VALID = store_pack().encode("utf-8")


@st.composite
def mutated_packs(draw, valid: bytes = VALID) -> bytes:
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "cut", "insert", "dup-line", "drop-line"]))
        at = draw(st.integers(0, len(data) - 1)) if data else 0
        if how == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[at:at + draw(st.integers(1, 40))]
        elif how == "insert":
            data[at:at] = draw(st.sampled_from([b'"', b"[", b"]]", b"=", b"\n", b"\x00", b"locked = 1\n",
                                                b'kind = "nope"\n', b"schema = 99\n", b"\xff\xfe"]))
        else:
            lines = bytes(data).split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            lines[i:i + 1] = [lines[i], lines[i]] if how == "dup-line" else []
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@FUZZ
@given(mutated_packs())
def test_mutated_valid_packs_end_only_in_a_pack_error_and_never_import_in_part(store, tmp_path, data):
    check_validate_and_import(store, tmp_path, data)


VALID_2 = store_info_pack().encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated_packs(VALID_2))
def test_mutated_schema_2_packs_end_only_in_a_pack_error_and_never_import_in_part(store, tmp_path, data):
    check_validate_and_import(store, tmp_path, data)


def test_a_deeply_nested_file_is_a_pack_error():
    with pytest.raises(PackInvalid):
        parse_pack("x = " + "[" * 5000 + "]" * 5000)


def test_a_pack_id_clash_with_a_lone_surrogate_is_a_pack_error():
    with pytest.raises(PackInvalid):
        parse_pack('schema = 1\nid = "a"\ntitle = "\ud800"')


def test_import_results_are_json_friendly(store):
    result = import_pack(store, parse_pack(store_pack()))
    fields = {**dataclasses.asdict(result), "sentence": result.sentence}
    assert json.loads(json.dumps(fields)) == fields  # every field survives as itself
    assert fields["sentence"] == "Installed 'Acme store rules' (acme.store) version 1."


# -- schema 2: the store's contacts, phrases and policy --------------------------------------
contacts = st.builds(ContactTemplate, free_text(MAX_CONTACT_NAME), free_text(MAX_CONTACT_TEXT),
                     free_text(MAX_CONTACT_TEXT, empty=True))
phrases = st.builds(PhraseTemplate, st.sampled_from(PHRASE_STEPS), free_text(MAX_PHRASE))
policies = st.none() | st.builds(PolicyTemplate, free_text(MAX_POLICY_LINE),
                                 st.lists(free_text(MAX_EXCEPTION), max_size=4).map(tuple))
store_infos = st.builds(StoreInfo, st.lists(contacts, max_size=4).map(tuple),
                        st.lists(phrases, max_size=6).map(tuple), policies)


def has_info(info: StoreInfo) -> bool:
    return bool(info.contacts or info.phrases or info.policy)


@settings(max_examples=60, deadline=None)
@given(store_infos.filter(has_info))  # a pack of nothing at all is refused (see test_pack_store_format)
def test_any_store_information_written_as_toml_reads_back_the_same(info):
    text = pack_text([], pack_id="round.trip", title="Round trip", version=1, store_info=info)
    pack = parse_pack(text)
    assert pack.schema == 2
    assert (pack.contacts, pack.phrases, pack.policy) == (info.contacts, info.phrases, info.policy)


@settings(max_examples=20, deadline=None)
@given(checklists, store_infos)
def test_installing_exporting_and_reinstalling_store_information_gives_the_same_rows(generated, info):
    from shiftmate.core.packs.store_info import pack_contacts, pack_phrases, pack_policies

    def rows(store):
        # Which pack brought them is not part of the round trip: the export has an id of its own.
        return ([(c.name, c.how, c.when) for c in pack_contacts(store.db)],
                [(p.step, p.text) for p in pack_phrases(store.db)],
                [(p.line, p.exceptions) for p in pack_policies(store.db)])

    original = dataclasses.replace(parse_pack(store_pack()), checklists=(as_template(generated),),
                                   contacts=info.contacts, phrases=info.phrases, policy=info.policy)
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        source = Store.open(DataLocation(Path(first)))
        try:
            import_pack(source, original)
            installed = rows(source)
            key = next(c.key for c in ChecklistLibrary(source).list() if c.origin_pack == "acme.store")
            text, exported = export_pack(source, [key], pack_id="round.trip", title="Round trip", version=1)
        finally:
            source.close()
        assert (exported.contacts, exported.phrases, exported.policy) == (info.contacts, info.phrases, info.policy)
        assert exported.schema == (2 if has_info(info) else 1)  # schema 1 still, for older readers
        target = Store.open(DataLocation(Path(second)))
        try:
            import_pack(target, parse_pack(text))
            assert rows(target) == installed
        finally:
            target.close()

