"""argparse's own words follow the command line's language: a Dutch ``--help`` said
"usage:" and "options:", and a mistyped command was refused in English."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from zkijdesk.cli import EXIT_USAGE, main

PO = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "argparse_nl.po"
#: What argparse says only to a programmer whose parser is built wrongly: it raises
#: these while the parser is made, before any user has typed a word.
PROGRAMMER_ONLY = {
    "%r is not callable",
    "'required' is an invalid argument for positionals",
    ".__call__() not defined",
    'argument "-" with mode %r',
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional",
    "conflicting option string: %s",
}
PLACEHOLDER = re.compile(r"%(\([a-z_]+\))?[rsd]")


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    captured = capsys.readouterr()
    return stopped.value.code, captured.out + captured.err


def argparse_strings() -> set[str]:
    """Every literal the running Python's argparse hands to ``_`` or ``ngettext``."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) in ("_", "ngettext")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(node.args[0].value)
    return found


def catalogue() -> dict[str, str]:
    with PO.open("rb") as fh:
        entries = [m for m in read_po(fh) if m.id]
    out = {}
    for m in entries:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for i, msgid in enumerate(ids):
            out[msgid] = strings[min(i, len(strings) - 1)]
    return out


def test_a_dutch_help_has_dutch_headings_and_an_english_one_english(capsys):
    code, out = run(capsys, "--help")
    assert code == 0
    assert out.startswith("gebruik: zkijdesk ")
    assert "\nopties:\n" in out and "\nargumenten:\n" in out
    assert "toon deze hulp en stop" in out and "toon het versienummer en stop" in out
    assert not re.search(r"usage:|options:|positional arguments|show this help", out)

    code, out = run(capsys, "--taal", "en", "backup", "--help")
    assert out.startswith("usage: zkijdesk backup ")
    assert "\noptions:\n" in out and "show this help message and exit" in out

    code, out = run(capsys, "backup", "--help")
    assert out.startswith("gebruik: zkijdesk backup "), "Dutch again after an English run"


def test_argparse_refuses_in_dutch(capsys):
    code, out = run(capsys, "exprt")
    assert code == EXIT_USAGE
    assert "zkijdesk: fout: argument command: ongeldige keuze: 'exprt' (kies uit " in out
    code, out = run(capsys, "export")
    assert code == EXIT_USAGE
    assert out.rstrip().endswith("fout: deze argumenten zijn verplicht: --month, --out")
    code, out = run(capsys, "--taal", "en", "export")
    assert out.rstrip().endswith("error: the following arguments are required: --month, --out")


def test_the_catalogue_has_everything_argparse_can_say_to_a_user():
    said = argparse_strings()
    assert len(said) > 20, "argparse's source no longer found as expected"
    known = catalogue()
    missing = sorted(said - PROGRAMMER_ONLY - set(known))
    assert not missing, f"argparse says these to users, argparse_nl.po lacks them: {missing}"
    for msgid, msgstr in known.items():
        assert msgstr, f"{msgid!r} has no Dutch"
        assert sorted(PLACEHOLDER.findall(msgid)) == sorted(PLACEHOLDER.findall(msgstr)), msgid
