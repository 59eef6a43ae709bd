"""Each field label is declared once (domain/fields.py), has its English once (the
catalogue's ``veld`` entry), and the services name fields only by declared labels.

A label typed again in a service would read the same today and drift tomorrow: the form
would say one thing and the sentence under it another. So the sources of the services
and the domain are read for the label a validator or a field's sentence is given, and
any literal there fails. Object names ("Cliënt 12 bestaat niet") and the phrases of a
role's refusal are not field labels and are not looked at.
"""

from __future__ import annotations

import ast
from pathlib import Path

from zkijdesk import i18n
from zkijdesk.domain import fields
from zkijdesk.domain.fields import Label
from zkijdesk.i18n import catalogue

ROOT = Path(__file__).resolve().parents[2] / "zkijdesk"
LABEL_KEYWORDS = {"label", "start_label", "end_label"}


def _files() -> list[Path]:
    files = [ROOT / "domain" / "validation.py", ROOT / "domain" / "choices.py"]
    return files + sorted((ROOT / "services").rglob("*.py"))


def label_positions(trees: list[ast.Module]) -> dict[str, int]:
    """Helpers that take a field's label by position: name -> where a call passes it."""
    found = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                params = [a.arg for a in node.args.posonlyargs + node.args.args]
                if params[:1] == ["self"]:
                    params = params[1:]
                for key in LABEL_KEYWORDS & set(params):
                    found[node.name] = params.index(key)
    return found


def test_each_label_is_declared_once_and_has_its_english():
    declared = fields.declared()
    assert len(declared) > 80
    assert all(type(label) is Label for label in declared.values())
    texts = list(declared.values())
    twice = sorted({text for text in texts if texts.count(text) > 1})
    assert not twice, f"declared more than once: {twice}"
    missing = sorted(label for label in texts if not catalogue.has_label(label))
    assert not missing, f"add to resources/i18n/messages_en.po (msgctxt veld): {missing}"


def test_a_label_reads_as_its_dutch_and_translates_as_its_veld_entry():
    assert fields.BIRTH_DATE == "Geboortedatum"
    i18n.set_language("en")
    try:
        assert i18n.translate_label(fields.BIRTH_DATE) == "Date of birth"
        assert i18n.translate_label(fields.ORIENTATION_SECTOR) == "Sector of orientation"
    finally:
        i18n.set_language("nl")


def _literal_labels(path: Path, positions: dict[str, int], root: Path = ROOT) -> list[str]:
    """Where ``path`` gives a validator or a field's sentence a label typed in place."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []

    def check(node: ast.AST | None, where: int) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append(f"{path.relative_to(root.parent)}:{where}: {node.value!r}")

    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
                if arg.arg in LABEL_KEYWORDS:
                    check(default, node.lineno)
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if "field" in keywords:  # a validator: it names the field it judges
            for key in LABEL_KEYWORDS & keywords.keys():
                check(keywords[key], node.lineno)
        if name == "ValidationError":  # a field's own sentence
            for sentence in node.args[1:2]:
                if isinstance(sentence, ast.Call) and getattr(sentence.func, "id", "") == "t":
                    for keyword in sentence.keywords:
                        if keyword.arg in LABEL_KEYWORDS:
                            check(keyword.value, node.lineno)
        position = positions.get(name or "")
        if position is not None and len(node.args) > position:
            check(node.args[position], node.lineno)
    return found


def test_services_name_a_field_only_by_its_declared_label():
    files = _files()
    positions = label_positions([ast.parse(p.read_text(encoding="utf-8")) for p in files])
    assert {"_date", "_past", "_exists", "_reference", "_day_passed"} <= positions.keys()
    typed = [where for path in files for where in _literal_labels(path, positions)]
    assert not typed, "use the label of zkijdesk/domain/fields.py:\n" + "\n".join(typed)


def test_the_scan_finds_a_label_typed_in_place(tmp_path):
    source = tmp_path / "zkijdesk" / "services" / "example.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "def f(v, t, ValidationError, fields):\n"
        "    v.clean_text(x, field='a', label='Voornaam', max_length=3)\n"
        "    v.clean_text(x, field='a', label=fields.FIRST_NAME, max_length=3)\n"
        "    ValidationError('b', t('{label} is verplicht.', label='Achternaam'))\n"
        "    _date(x, 'c', 'Startdatum')\n"
        "    get_or_raise(s, m.Client, 1, 'Cliënt')\n",
        encoding="utf-8",
    )
    positions = label_positions([ast.parse(source.read_text(encoding="utf-8"))])
    found = _literal_labels(source, positions | {"_date": 2}, tmp_path / "zkijdesk")
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Voornaam'",
        "'Achternaam'",
        "'Startdatum'",
    ]
