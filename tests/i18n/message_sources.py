"""Find every sentence the non-Qt layers can put in an error, by reading their source.

An error's message is a string literal, an f-string, a variable assigned one of those
in the same function, or a call to a small helper in the same module that returns
one. Each is turned into a sample sentence: ``{label}``-like parts become a known
field label, other parts a number, so the sample is what a coach could see.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "zkijdesk"
SCANNED = ("domain", "services", "storage", "reporting")
BASE_ERRORS = {
    "ZkijdeskError",
    "ValidationError",
    "NotFoundError",
    "DuplicateClientError",
    "StateError",
    "PermissionDeniedError",
    "StoreError",
    "KeyUnavailableError",
}
#: Positional index of the message argument (ValidationError takes the field first).
MESSAGE_ARG = {"ValidationError": 1}
LABEL_NAMES = {"label", "start_label", "end_label", "what", "what_label"}
SAMPLE_LABEL = "Voornaam"
#: Helpers that name an object or field in a sentence, and where that name is passed.
OBJECT_NAME_ARG = {"get_or_raise": 3, "_exists": 4, "_reference": 4, "_step_route": 3}


@dataclass(frozen=True)
class Sentence:
    sample: str
    where: str


def _files() -> list[Path]:
    return [ROOT / "atomic.py", *(p for d in SCANNED for p in sorted((ROOT / d).rglob("*.py")))]


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    names = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


def _render(node: ast.AST, scope: dict[str, ast.AST], funcs: dict[str, ast.AST]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif _is_text(value.value, scope):
                parts.append(scope[value.value.id].value)
            else:
                parts.append(_sample(value.value))
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _render(node.left, scope, funcs), _render(node.right, scope, funcs)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.Name) and node.id in scope:
        return _render(scope[node.id], scope, funcs)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in funcs:
        return _render(funcs[node.func.id], {}, funcs)
    if isinstance(node, ast.IfExp):
        return _render(node.body, scope, funcs)
    return None


def _is_text(expr: ast.AST, scope: dict[str, ast.AST]) -> bool:
    """A name bound to a fixed string (such as a module's hint), which the sentence
    carries word for word."""
    bound = scope.get(expr.id) if isinstance(expr, ast.Name) else None
    return isinstance(bound, ast.Constant) and isinstance(bound.value, str)


def _sample(expr: ast.AST) -> str:
    name = getattr(expr, "id", None) or getattr(expr, "attr", None)
    if isinstance(expr, ast.Call):
        inner = expr.args[0] if expr.args else None
        name = getattr(inner, "id", None) or getattr(inner, "attr", None) or name
    if name in LABEL_NAMES:
        return SAMPLE_LABEL
    return "12"


def sentences() -> list[Sentence]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _files()}
    errors = _error_classes(trees)
    found: list[Sentence] = []
    for path, tree in trees.items():
        funcs = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value]
                if len(returns) == 1 and isinstance(returns[0], (ast.JoinedStr, ast.Constant)):
                    funcs[node.name] = returns[0]
        constants = {
            t.id: n.value
            for n in tree.body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        for func in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Module))]:
            scope = constants | {
                t.id: n.value
                for n in ast.walk(func)
                if isinstance(n, ast.Assign)
                for t in n.targets
                if isinstance(t, ast.Name)
            }
            for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                callee = call.func
                name = getattr(callee, "id", None) or getattr(callee, "attr", None)
                if name in errors:
                    index = MESSAGE_ARG.get(name, 0)
                elif name == "deny":
                    index = 0
                else:
                    continue
                if len(call.args) <= index:
                    continue
                text = _render(call.args[index], scope, funcs)
                if text:
                    where = f"{path.relative_to(ROOT.parent)}:{call.lineno}"
                    found.append(Sentence(text, where))
    unique = {}
    for sentence in found:
        unique.setdefault(sentence.sample, sentence)
    return list(unique.values())


def labels_in_code() -> set[str]:
    """Every field label passed as ``label=`` (and start/end labels) in the scanned code."""
    out = set()
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.keyword)
                and node.arg in LABEL_NAMES
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                out.add(node.value.value)
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                index = OBJECT_NAME_ARG.get(name)
                if index is not None and len(node.args) > index:
                    arg = node.args[index]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        out.add(arg.value)
            if isinstance(node, ast.FunctionDef):
                for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=False):
                    if arg.arg in LABEL_NAMES and isinstance(default, ast.Constant):
                        out.add(default.value)
    return out
