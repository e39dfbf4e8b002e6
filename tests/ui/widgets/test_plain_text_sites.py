"""A static check beside the hovering test: every place in the window code where Qt could
take text as rich text (a tooltip, a message box, a label) either holds only the app's own
fixed words or shows the text as plain text.

"Fixed words" are string literals and translations of literals, with numbers or dates put
in; anything else (a variable, an attribute, a title, a sentence from the data thread) must
go through ``plain_tip`` for a tooltip, or a box or label set to ``Qt.PlainText``.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "shiftmate" / "ui"
TIP_SETTERS = {"setToolTip", "setStatusTip", "setWhatsThis"}
MESSAGE_STATICS = {"question", "information", "warning", "critical", "about"}
# Calls that turn numbers, dates and durations into words; they never carry typed text.
FORMATTERS = {"str", "len", "local_date_text", "px"}


def _fixed(node: ast.AST) -> bool:
    """Whether ``node`` can only be the app's own words (or numbers and dates in them)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (str, int, float)) or node.value is None
    if isinstance(node, ast.Name):
        return node.id.isupper()  # a module constant such as APP_NAME
    if isinstance(node, ast.IfExp):
        return _fixed(node.body) and _fixed(node.orelse)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) or (isinstance(v, ast.FormattedValue) and _fixed(v.value))
                   for v in node.values)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("tr", "translate"):
            texts = node.args[:2] if name == "translate" else node.args[:1]
            return bool(texts) and all(isinstance(a, ast.Constant) for a in texts)
        if name == "replace" and isinstance(func, ast.Attribute):
            return _fixed(func.value) and all(_fixed(a) for a in node.args)
        if name in FORMATTERS:
            return True
    return False


def _is_plain_tip(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "plain_tip"


def _target(node: ast.AST) -> str:
    return ast.unparse(node)


def _functions(tree: ast.AST):
    yield tree
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _own_statements(scope: ast.AST):
    """Nodes of ``scope`` that are not inside a function nested in it."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _calls(node: ast.AST):
    for child in ast.walk(node):
        if isinstance(child, ast.Call):
            yield child


def _plain_format_targets(scope: ast.AST) -> set[str]:
    """Objects on which ``setTextFormat(Qt.PlainText)`` is called within ``scope``."""
    found = set()
    for call in _calls(scope):
        if (isinstance(call.func, ast.Attribute) and call.func.attr == "setTextFormat" and call.args
                and ast.unparse(call.args[0]).endswith("PlainText")):
            found.add(_target(call.func.value))
    return found


def problems_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(UI.parent.parent)
    found = []
    module_plain = _plain_format_targets(tree)
    for call in _calls(tree):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in TIP_SETTERS and call.args:
            text = call.args[-1]
            if not (_fixed(text) or _is_plain_tip(text)):
                found.append(f"{where}:{call.lineno}: {func.attr}({ast.unparse(text)}) needs plain_tip")
        if isinstance(func, ast.Attribute) and func.attr in MESSAGE_STATICS and ast.unparse(func.value) == "QMessageBox":
            for text in call.args[1:3]:
                if not _fixed(text):
                    found.append(f"{where}:{call.lineno}: QMessageBox.{func.attr} with {ast.unparse(text)} "
                                 "shows it as rich text; use a QMessageBox set to Qt.PlainText")
        if getattr(func, "id", "") == "QLabel" and call.args and not _fixed(call.args[0]):
            assigned = any(isinstance(n, ast.Assign) and n.value is call for n in ast.walk(tree))
            if not assigned:  # an assigned label is checked with its setText calls below
                found.append(f"{where}:{call.lineno}: QLabel({ast.unparse(call.args[0])}) without "
                             "setTextFormat(Qt.PlainText); use plain_label")
    if "ToolTipRole" in path.read_text(encoding="utf-8") and "plain_tip" not in path.read_text(encoding="utf-8"):
        found.append(f"{where}: gives a ToolTipRole without plain_tip")

    # Message boxes and labels: a box or label that is given anything but fixed words must
    # be set to plain text in the same function (a label: in the same module).
    for scope in _functions(tree):
        plain = _plain_format_targets(scope)
        for node in _own_statements(scope):
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
                continue
            made = getattr(node.value.func, "id", "")
            if made not in ("QMessageBox", "QLabel"):
                continue
            name = _target(node.targets[0])
            texts = node.value.args[1:3] if made == "QMessageBox" else node.value.args[:1]
            for call in _calls(tree if made == "QLabel" else scope):
                if (isinstance(call.func, ast.Attribute) and _target(call.func.value) == name
                        and call.func.attr in ("setText", "setInformativeText")):
                    texts = [*texts, *call.args]
            if all(_fixed(t) for t in texts):
                continue
            if name not in (module_plain if made == "QLabel" else plain):
                shown = ast.unparse(next(t for t in texts if not _fixed(t)))
                found.append(f"{where}:{node.lineno}: {made} {name} shows {shown} without setTextFormat(Qt.PlainText)")
    return found


def test_every_tooltip_message_box_and_label_with_data_is_plain_text():
    found = [problem for path in sorted(UI.rglob("*.py")) for problem in problems_in(path)]
    assert found == []


def test_the_check_catches_what_it_is_for():
    sample = UI / "_sample_for_the_check.py"
    code = '''
def fill(self, item, title, sentence):
    item.setToolTip(title)
    item.setToolTip(0, self.tr("Fixed %1").replace("%1", str(3)))
    item.setToolTip(plain_tip(title))
    QMessageBox.question(self, self.tr("Title"), sentence)
    box = QMessageBox(QMessageBox.Warning, self.tr("Remove"), "", QMessageBox.NoButton, self)
    box.setText(self.tr("Remove %1?").replace("%1", title))
    label = QLabel()
    label.setText(sentence)
    layout.addWidget(QLabel(title))
'''
    sample.write_text(code, encoding="utf-8")
    try:
        found = problems_in(sample)
    finally:
        sample.unlink()
    found.sort(key=lambda p: int(p.split(":")[1]))
    assert [p.split(": ", 1)[1].split(" ")[0] for p in found] == [
        "setToolTip(title)", "QMessageBox.question", "QMessageBox", "QLabel", "QLabel(title)"]
