"""The layers of docs/architecture.md as a check, not prose (issue 16, item 4).

Every import in the package, at module level or inside a function, is read from the
source. A layer may import only the layers below it; only the GUI (``views``, and
``app``, its composition root) imports Qt. What breaks the rule today is listed by name
in ``KNOWN``, with the step that removes it: a new break fails here, and so does an
entry that is no longer needed, so the list only shrinks.
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
    "cli_support": {"services", "storage", "domain", "config"},
    "commands": {
        "cli_support",
        "services",
        "storage",
        "domain",
        "models",
        "reporting",
        "atomic",
        "config",
        "sqlalchemy",
    },
    "cli": {"cli_support", "commands", "services", "storage", "domain", "config"},
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
KNOWN: dict[tuple[str, str], str] = {
    ("zkijdesk.commands.store", "app"): "the gui command starts the GUI's composition root",
}

OUTSIDE = {"PySide6": "qt", "shiboken6": "qt", "sqlalchemy": "sqlalchemy"}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "zkijdesk":
        return parts[1] if len(parts) > 1 else "version"
    return OUTSIDE.get(parts[0], "")


def _imports(path: Path, module: str):
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                yield ".".join([*base, node.module] if node.module else base)
            elif node.module:
                yield node.module


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
