"""A Store is a context manager, and the command line opens every store in a ``with`` block."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from shiftmate.core.errors import BadInput
from shiftmate.core.storage.store import Store

CLI = Path(__file__).resolve().parents[3] / "shiftmate" / "cli"


def is_closed(store: Store) -> bool:
    try:
        store.db.execute("SELECT 1")
    except Exception as exc:  # sqlcipher3's ProgrammingError: "Cannot operate on a closed database."
        return "closed" in str(exc)
    return False


def test_a_with_block_closes_the_store(location):
    with Store.open(location) as store:
        store.set_setting("greeting", "hello")
        assert not is_closed(store)
    assert is_closed(store)
    with Store.open(location, read_only=True) as again:
        assert again.get_setting("greeting") == "hello"
    assert is_closed(again)


def test_a_with_block_closes_the_store_when_the_work_fails(location):
    with pytest.raises(BadInput, match="no checklist"):
        with Store.open(location) as store:
            from shiftmate.core.checklists.library import ChecklistLibrary

            ChecklistLibrary(store).get("missing")
    assert is_closed(store)


def test_the_command_line_closes_no_store_by_hand():
    """No try/finally around a store: every Store.open is a with block's (or a helper's return)."""
    by_hand = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        managed = {id(item.context_expr) for node in ast.walk(tree) if isinstance(node, ast.With)
                   for item in node.items}
        returned = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Return)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            func = node.func
            if func.attr == "close" and isinstance(func.value, ast.Name) and func.value.id == "store":
                by_hand.append(f"{path.name}:{node.lineno}: store.close()")
            if (func.attr == "open" and isinstance(func.value, ast.Name) and func.value.id == "Store"
                    and id(node) not in managed | returned):
                by_hand.append(f"{path.name}:{node.lineno}: Store.open outside a with block")
        helpers = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                   and any(isinstance(r, ast.Return) and isinstance(r.value, ast.Call)
                           and isinstance(r.value.func, ast.Attribute) and r.value.func.attr == "open"
                           for r in ast.walk(node))}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers and id(node) not in managed):
                by_hand.append(f"{path.name}:{node.lineno}: {node.func.id}() outside a with block")
    assert not by_hand, "\n".join(by_hand)
