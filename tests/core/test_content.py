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


def test_the_check_finds_a_copied_sentence(monkeypatch):
    seeds = seed_runs()
    copied = " ".join(next(iter(seeds))).upper() + "!"  # case and punctuation do not hide a copy
    assert runs(copied) & set(seeds)
    assert not runs("A short line of seven words only here") & set(seeds)
