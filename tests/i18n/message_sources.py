"""Find every sentence id the non-Qt layers can put in an error, by reading their source.

A sentence is by id when it is a ``t("…", name=value)`` call (domain/text.py) or a
fixed string (its own id): a literal, a name bound to one, or a small helper whose
every return is one. A message built from pieces (an f-string, ``+``) is not by id: it
cannot be looked up in the catalogue, so the English reader would see Dutch.

The command line is read too: its errors are the same, and what it prints, asks and
explains in ``--help`` is ``tr("…", name=value)`` (cli_support.py), ``t()``'s id
translated at once.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "zkijdesk"
SCANNED = ("domain", "services", "storage", "reporting", "commands")
#: Modules of the package's top that speak to a user without Qt.
SCANNED_MODULES = ("atomic.py", "cli.py", "cli_support.py")
#: The calls whose first argument is a sentence id: ``t()``, and the CLI's ``tr()``.
ID_CALLS = {"t", "tr"}
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
#: Helpers that name an object or field in a sentence, and where that name is passed.
OBJECT_NAME_ARG = {"get_or_raise": 3, "_exists": 4, "_reference": 4, "_step_route": 3}


@dataclass(frozen=True)
class Sentence:
    id: str
    where: str
    #: The placeholder names the call fills (None: a fixed string, nothing to fill).
    names: frozenset[str] | None = None


def _files() -> list[Path]:
    return [
        *(ROOT / name for name in SCANNED_MODULES),
        *(p for d in SCANNED for p in sorted((ROOT / d).rglob("*.py"))),
    ]


def _takes_message(cls: ast.ClassDef) -> bool:
    """False for an error whose constructor takes something else (a wait, a holder) and
    makes its sentence itself, in its ``super().__init__``."""
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            params = [a.arg for a in node.args.args[1:]]
            return bool(params) and params[0] in ("message", "field")
    return True


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    names = set(BASE_ERRORS)
    others: set[str] = set()
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        if not _takes_message(node):
                            others.add(node.name)
                        changed = True
    return names - others


def placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _is_t(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) in ID_CALLS


class _Reader:
    def __init__(self) -> None:
        self.trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _files()}
        self.errors = _error_classes(self.trees)
        self.found: list[Sentence] = []
        self.pieces: list[str] = []

    def read(self) -> None:
        for path, tree in self.trees.items():
            where = path.relative_to(ROOT.parent)
            constants = {
                target.id: node.value
                for node in tree.body
                if isinstance(node, ast.Assign)
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            funcs = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
            for node in ast.walk(tree):
                if _is_t(node):
                    self._t_call(node, f"{where}:{node.lineno}")
                if isinstance(node, ast.FunctionDef) and "Text" in ast.unparse(
                    node.returns or ast.Constant("")
                ):
                    # A function that says it returns a sentence returns one by id.
                    for ret in ast.walk(node):
                        if isinstance(ret, ast.Return) and isinstance(
                            ret.value, (ast.JoinedStr, ast.BinOp)
                        ):
                            self.pieces.append(
                                f"{where}:{ret.lineno}: {ast.unparse(ret.value)[:100]}"
                            )
            for func in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Module))]:
                scope = constants | {
                    target.id: n.value
                    for n in ast.walk(func)
                    if isinstance(n, ast.Assign)
                    for target in n.targets
                    if isinstance(target, ast.Name)
                }
                for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
                    index = self._message_index(call)
                    if index is not None and len(call.args) > index:
                        self._message(call.args[index], scope, funcs, f"{where}:{call.lineno}")

    def _message_index(self, call: ast.Call) -> int | None:
        name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
        if name in self.errors:
            return MESSAGE_ARG.get(name, 0)
        if name == "deny":
            return 0
        if name == "_refuse":  # a refused import row's sentence: (row or key, sentence)
            return 1
        if name == "__init__" and isinstance(call.func, ast.Attribute):
            inner = call.func.value  # super().__init__(message) in an error class
            if isinstance(inner, ast.Call) and getattr(inner.func, "id", None) == "super":
                return 0
        return None

    def _t_call(self, node: ast.Call, where: str) -> None:
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            self.pieces.append(f"{where}: t() with an id that is not one literal")
            return
        names = frozenset(k.arg for k in node.keywords if k.arg)
        self.found.append(Sentence(first.value, where, names))

    def _message(self, node: ast.AST, scope: dict, funcs: dict, where: str, depth=0) -> None:
        if depth > 3 or _is_t(node):
            return  # a t() call is read on its own
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.found.append(Sentence(node.value, where))
        elif isinstance(node, (ast.JoinedStr, ast.BinOp)):
            self.pieces.append(f"{where}: {ast.unparse(node)[:100]}")
        elif isinstance(node, ast.IfExp):
            for branch in (node.body, node.orelse):
                self._message(branch, scope, funcs, where, depth + 1)
        elif isinstance(node, ast.Name) and node.id in scope:
            self._message(scope[node.id], scope, funcs, where, depth + 1)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in funcs:
            for ret in ast.walk(funcs[node.func.id]):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    self._message(ret.value, {}, funcs, where, depth + 1)


def read() -> _Reader:
    reader = _Reader()
    reader.read()
    return reader


def sentences() -> list[Sentence]:
    """Every sentence id the scanned code can raise or report, where it is used."""
    return read().found


def built_from_pieces() -> list[str]:
    """Error messages (and t() ids) built from pieces instead of an id."""
    return read().pieces


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
