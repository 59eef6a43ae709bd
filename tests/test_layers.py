"""The layers of docs/architecture.md as a check, not prose (issue 16, item 4).

Every import in the package, at module level or inside a function, is read from the
source. A layer may import only the layers below it; only the GUI (``views``, and
``app``, its composition root) imports Qt. What breaks the rule today is listed by name
in ``KNOWN``, with the step that removes it: a new break fails here, and so does an
entry that is no longer needed, so the list only shrinks. The imports that run when a
module loads must also form no cycle between modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "zkijdesk"

#: layer -> the layers (and outside libraries) it may import besides itself.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "models": {"domain", "sqlalchemy"},
    "atomic": {"domain"},
    "config": {"atomic", "domain"},
    "sheet_text": set(),
    "pdf_fonts": set(),
    "html_page": set(),
    "reporting": {"domain", "atomic", "sheet_text", "pdf_fonts", "html_page"},
    "storage": {"domain", "models", "atomic", "config", "sqlalchemy"},
    "services": {
        "domain",
        "models",
        "storage",
        "reporting",
        "atomic",
        "sheet_text",
        "pdf_fonts",
        "html_page",
        "config",
        "sqlalchemy",
    },
    "i18n": {"domain"},
    # The command line is an edge like the views: it formats sentences in the chosen
    # language (i18n) as it prints them.
    "cli_support": {"services", "storage", "domain", "config", "i18n"},
    "commands": {
        "cli_support",
        "i18n",
        "services",
        "storage",
        "domain",
        "models",
        "reporting",
        "atomic",
        "config",
        "sqlalchemy",
    },
    # An entry point: parses the arguments and starts the GUI's composition root.
    "cli": {"cli_support", "commands", "app", "services", "storage", "domain", "config"},
    "views": {
        "qt",
        "services",
        "domain",
        "reporting",
        "i18n",
        "config",
        "atomic",
    },
    "app": {"qt", "views", "services", "storage", "domain", "i18n", "config"},
    "__main__": {"cli"},
    "version": set(),
}

#: The package root holds only ``__version__``; every layer may read it.
EVERYONE = {"version"}

#: (importing module, imported layer): why it is still here and what removes it.
KNOWN: dict[tuple[str, str], str] = {}

OUTSIDE = {"PySide6": "qt", "shiboken6": "qt", "sqlalchemy": "sqlalchemy"}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "zkijdesk":
        return parts[1] if len(parts) > 1 else "version"
    return OUTSIDE.get(parts[0], "")


def _imported(node: ast.Import | ast.ImportFrom, package: str) -> list[tuple[str, list[str]]]:
    """(module, names taken from it) for one import statement, relative ones resolved."""
    if isinstance(node, ast.Import):
        return [(alias.name, []) for alias in node.names]
    if node.level:
        base = package.split(".")
        base = base[: len(base) - node.level + 1]
        module = ".".join([*base, node.module] if node.module else base)
    else:
        module = node.module or ""
    return [(module, [alias.name for alias in node.names])] if module else []


def _package(path: Path, module: str) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _imports(path: Path, module: str):
    package = _package(path, module)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield from (name for name, _ in _imported(node, package))


def _breaks() -> set[tuple[str, str]]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        module = _module(path)
        own = _layer_of(module)
        for name in _imports(path, module):
            target = _layer_of(name)
            allowed = ALLOWED.get(own, set()) | EVERYONE
            if target and target != own and target not in allowed:
                found.add((module, target))
    return found


def test_every_layer_is_known():
    layers = {_layer_of(_module(p)) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    assert layers <= set(ALLOWED), f"new top-level parts need a rule: {layers - set(ALLOWED)}"


def test_no_layer_imports_one_above_it_and_only_the_gui_imports_qt():
    breaks = _breaks()
    new = sorted(breaks - set(KNOWN))
    assert not new, "imports across the layers of docs/architecture.md: " + ", ".join(
        f"{module} -> {layer}" for module, layer in new
    )


def test_the_list_of_known_breaks_only_shrinks():
    mended = sorted(set(KNOWN) - _breaks())
    assert not mended, f"no longer needed in KNOWN, remove: {mended}"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _load_time_statements(body: list[ast.stmt]):
    """The import statements that run when the module is imported.

    Function bodies run later and ``if TYPE_CHECKING:`` never; class bodies, ``try``,
    ``with`` and other ``if`` blocks run at import and count.
    """
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        elif isinstance(node, ast.If) and _is_type_checking(node):
            yield from _load_time_statements(node.orelse)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    yield from _load_time_statements([child])
                elif isinstance(child, ast.ExceptHandler):
                    yield from _load_time_statements(child.body)


def _every_statement(tree: ast.Module):
    """Every import statement that can run, inside functions too (not ``TYPE_CHECKING``)."""
    never = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_type_checking(node)
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in never:
            yield node


def _module_graph(*, inside_functions: bool = False) -> dict[str, set[str]]:
    """Package module -> the package modules it imports at load time (module level), or
    at any time when ``inside_functions``."""
    paths = {
        _module(path): path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts
    }
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        package = _package(path, module)
        targets = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        statements = (
            _every_statement(tree) if inside_functions else _load_time_statements(tree.body)
        )
        for node in statements:
            for name, taken in _imported(node, package):
                # ``from package import module`` imports that module.
                found = [f"{name}.{t}" for t in taken if f"{name}.{t}" in paths]
                targets.update(found or ([name] if name in paths else []))
        graph[module] = targets - {module}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                part = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                if len(part) > 1:
                    found.append(sorted(part))
    return found


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_modules():
    """No two modules import each other, directly or round a loop, when they load.

    Imports inside functions are not counted (they run later), nor those under
    ``if TYPE_CHECKING:``; the three cycles issue 16 named (``cli`` and
    ``commands/store``, ``services/access`` and ``base``, ``services/reporting`` and
    ``reporting_contributions``) were cut at their root, not only moved into functions.
    """
    graph = _module_graph()
    assert "zkijdesk.services.actor" in graph["zkijdesk.services.access"]  # the graph is read
    cycles = _cycles(graph)
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_no_import_cycles_even_through_imports_inside_functions():
    """Deferring an import into a function keeps a module off the start-up path; it is
    not a way to hide a cycle, so the loops are checked with those imports too."""
    cycles = _cycles(_module_graph(inside_functions=True))
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)
