"""ShiftMate speaks in its own words: no shipped text shares a run of 8 or more consecutive
words with the seed articles its advice was drawn from (issue 18, point 9).

Shipped text is the built-in pack (resources/packs/builtin.shiftpack.toml) and every string
literal in shiftmate/**/*.py of 8 words or more (which takes in every marked for
translation: a shorter one cannot share 8 words). Words are compared in lower case with
punctuation dropped ("Don't" and "dont" are one word). The seeds are not in the repository:
they sit in ``shared/seeds`` beside the clone (``../shared/seeds``; ``../../shared/seeds``
for a git worktree kept in a folder beside it).
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = 8  # words in a row that may not be shared
SEED_FOLDERS = (ROOT / ".." / "shared" / "seeds", ROOT / ".." / ".." / "shared" / "seeds")


def words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + RUN]) for i in range(len(found) - RUN + 1)}


def seed_runs() -> dict[tuple[str, ...], str]:
    folder = next((f for f in SEED_FOLDERS if f.is_dir()), None)
    if folder is None:
        pytest.skip(f"the seed articles are not beside this clone (looked in {', '.join(map(str, SEED_FOLDERS))})")
    seen: dict[tuple[str, ...], str] = {}
    for path in sorted(folder.iterdir()):
        if path.is_file():
            for run in runs(path.read_text(encoding="utf-8", errors="replace")):
                seen.setdefault(run, path.name)
    assert seen, f"no seed text found in {folder}"
    return seen


def _strings_of(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings_of(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings_of(v)]
    return []


def shipped_texts() -> list[tuple[str, str]]:
    """(where, text) of every shipped text long enough to matter."""
    texts = []
    pack = ROOT / "resources" / "packs" / "builtin.shiftpack.toml"
    texts += [(str(pack.relative_to(ROOT)), text)
              for text in _strings_of(tomllib.loads(pack.read_text(encoding="utf-8")))]
    for path in sorted((ROOT / "shiftmate").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(words(node.value)) >= RUN:
                texts.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return texts


def overlaps() -> list[str]:
    seeds = seed_runs()
    hits = []
    for where, text in shipped_texts():
        shared = sorted(run for run in runs(text) if run in seeds)
        if shared:
            hits.append(f"{where}: \"{' '.join(shared[0])}\" (seed {seeds[shared[0]]})")
    return hits


def test_no_shipped_text_shares_eight_words_in_a_row_with_a_seed():
    hits = overlaps()
    assert hits == [], "say it in ShiftMate's own words:\n" + "\n".join(hits)


def test_the_check_finds_a_copied_sentence():
    seeds = seed_runs()
    copied = " ".join(next(iter(seeds))).upper() + "!"  # case and punctuation do not hide a copy
    assert runs(copied) & set(seeds)
    assert not runs("A short line of seven words only here") & set(seeds)


# -- docs/content.md: every seed fact has a home, and every home it names exists ------------
CONTENT_MAP = ROOT / "docs" / "content.md"
FACTS = 103  # the rows of shared/content/seed-advice.md


def map_rows() -> dict[int, str]:
    rows = {}
    for line in CONTENT_MAP.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit():
            rows[int(cells[0])] = cells[3]
    return rows


def test_every_seed_fact_has_a_row_saying_where_it_lives():
    rows = map_rows()
    assert sorted(rows) == list(range(1, FACTS + 1))
    assert all(rows.values())


def test_every_item_tip_reminder_and_card_line_the_map_names_exists():
    from shiftmate.core.mission.tips import BUILTIN_IDS
    from shiftmate.core.packs.install import builtin_pack
    from shiftmate.core.shifts.reminder_rules import DEFAULT_RULES

    items = {item.key for template in builtin_pack().checklists
             for section in template.sections for item in section.items}
    known = {"item": items, "why": items, "tip": set(BUILTIN_IDS),
             "reminder": {rule["key"] for rule in DEFAULT_RULES}}
    try:  # the card's lines (core/moment, built beside this map)
        from shiftmate.core.moment.builtin import BUILTIN_LINES
        known["card"] = set(BUILTIN_LINES)
    except ImportError:
        pass
    named = [(kind, name) for where in map_rows().values()
             for kind, name in re.findall(r"\b(item|why|tip|reminder|card) `([a-z0-9.-]+)`", where)]
    assert {kind for kind, _name in named} >= {"item", "why", "tip", "reminder", "card"}
    missing = [f"{kind} {name}" for kind, name in named if kind in known and name not in known[kind]]
    assert missing == []
    used_tips = {name for kind, name in named if kind == "tip"}
    assert used_tips == set(BUILTIN_IDS), "every built-in tip carries a seed fact"
