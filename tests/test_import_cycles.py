"""No two shiftmate modules import each other, directly or round a longer loop.

The graph counts every import a reader meets: at module level and inside functions (a lazy
import still ties the two modules together for whoever changes one of them). Only imports
under ``if TYPE_CHECKING:`` are left out: they never run, and they name types, not code.
A cycle fails the test with its modules in order, so the message says what to untangle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "shiftmate"

# Cycles through the window's shell that are left for the UI redesign of issue 17 (those
# modules are being rewritten in the same weeks): each entry is one cycle, as a set of
# modules. core and cli must never appear here.
KNOWN_UI_CYCLES: list[frozenset[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Every module ``module`` imports, wherever in the file, except under TYPE_CHECKING."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            # ``from shiftmate.core import clock`` imports the module shiftmate.core.clock.
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    """shiftmate module -> the shiftmate modules it imports (packages' empty __init__ left out)."""
    files = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets = _imports(tree, name, path.name == "__init__.py")
        graph[name] = {t for t in targets if t in files and t != name
                       and files[t].name != "__init__.py"}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of the graph with more than one module (Tarjan's)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def loop_through(graph: dict[str, set[str]], part: list[str]) -> list[str]:
    """One concrete loop inside a strongly connected part, for the failure message."""
    members = set(part)
    start = part[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & members):
            if target == start:
                return paths[node] + [start]
            if target not in paths:
                paths[target] = paths[node] + [target]
                queue.append(target)
    return part


def describe(graph: dict[str, set[str]], part: list[str]) -> str:
    """One loop of the part, then every import that ties its modules together."""
    members = set(part)
    edges = "\n".join(f"    {name} imports {', '.join(sorted(graph[name] & members))}" for name in part)
    return " -> ".join(loop_through(graph, part)) + f"\n  ({len(part)} modules tied together)\n" + edges


def test_the_graph_sees_lazy_imports_and_skips_type_checking_ones():
    source = (
        "from __future__ import annotations\n"
        "TYPE_CHECKING = False\n"
        "if TYPE_CHECKING:\n    from shiftmate.core.storage.store import Store\n"
        "def f():\n    from shiftmate.core.packs import install\n    import shiftmate.core.clock\n"
        "from . import words\n"
    )
    found = _imports(ast.parse(source), "shiftmate.core.checklists.library", False)
    assert "shiftmate.core.storage.store" not in found
    assert {"shiftmate.core.packs.install", "shiftmate.core.clock",
            "shiftmate.core.checklists.words"} <= found
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles_between_shiftmate_modules():
    graph = import_graph()
    assert len(graph) > 100  # the walk found the package
    unexpected = [part for part in cycles(graph) if frozenset(part) not in KNOWN_UI_CYCLES]
    assert not unexpected, "import cycles:\n" + "\n".join(describe(graph, part) for part in unexpected)


def test_known_exceptions_are_ui_only_and_still_real():
    found = {frozenset(part) for part in cycles(import_graph())}
    for known in KNOWN_UI_CYCLES:
        assert all(name.startswith("shiftmate.ui.") for name in known), sorted(known)
        assert known in found, f"{sorted(known)} is no longer a cycle: drop it from the list"
