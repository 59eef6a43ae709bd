"""The command line speaks the GUI's language: Dutch by default, English when the
settings or ``--taal en`` say so, from the same catalogue as the window (issue 16).

The English runs fail on any Dutch sentence of the catalogue (a ``msgid`` whose English
differs) that reaches the terminal: help texts, results, summaries and errors alike.
"""

from __future__ import annotations

import argparse
import re
from functools import cache
from pathlib import Path

import pytest

from zkijdesk import cli, i18n
from zkijdesk.cli import EXIT_FAIL, EXIT_OK, main

PASS = "correct horse battery staple"
PO = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "messages_en.po"
#: Dutch words that no English sentence of ours contains: they give away a help text
#: that was never put in the catalogue (which the catalogue check cannot see).
DUTCH_WORDS = re.compile(r"(?<!\w)(de|het|een|van|voor|niet|naar|uw|wordt|zijn|bij|cliënt)(?!\w)")


@cache
def dutch_fragments() -> dict[str, str]:
    """Fragment -> its catalogue id: each stretch of Dutch between the placeholders of an
    entry whose English differs, where that stretch is not in the English as well (so
    "{n} routes" gives nothing away)."""
    from babel.messages.pofile import read_po

    with PO.open("rb") as fh:
        entries = [m for m in read_po(fh) if m.id and m.string and m.string != m.id]
    out: dict[str, str] = {}
    for entry in entries:
        for piece in re.split(r"\{[^{}]*\}", str(entry.id)):
            piece = piece.strip(" .,:;()'\"-…[]/")
            if sum(c.isalpha() for c in piece) >= 4 and piece not in entry.string:
                out.setdefault(piece, str(entry.id))
    return out


@cache
def typed_values() -> frozenset[str]:
    """What a user types as an option's value (``--duplicates nieuw``): a code, the same
    in either language, though "nieuw" is Dutch too."""
    return frozenset(
        str(choice)
        for parser in command_parsers()
        for action in parser._actions
        for choice in action.choices or ()
    )


#: A path or file name in the output: the program's own names are Dutch
#: ("reservekopieen/….voor-terugzetten.….bak") and stay so in every language.
FILE_NAME = re.compile(r"\S*/\S*|\S+\.(bak|json|csv|xlsx|db|key|zkb|pdf|html)\b")


def dutch_in(output: str) -> list[str]:
    text = FILE_NAME.sub("FILE", output)
    return sorted(
        f"{piece!r} (from {msgid!r})"
        for piece, msgid in dutch_fragments().items()
        if piece not in typed_values() and re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text)
    )


def run(capsys, *args: str) -> tuple[int, str]:
    """``zkijdesk ARGS``: its exit status and what it wrote to stdout and stderr."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # --help, and argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else EXIT_FAIL
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _walk(
    parser: argparse.ArgumentParser, prefix: list[str]
) -> list[tuple[list[str], argparse.ArgumentParser]]:
    found = [(prefix, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _walk(sub, [*prefix, name])
    return found


def command_paths() -> list[list[str]]:
    """Every command and subcommand, as the words that name it."""
    return [path for path, _ in _walk(cli._parser(), [])]


def command_parsers() -> list[argparse.ArgumentParser]:
    return [parser for _, parser in _walk(cli._parser(), [])]


def test_every_help_is_english_with_taal_en(capsys):
    paths = command_paths()
    assert len(paths) > 35
    found = []
    for path in paths:
        code, out = run(capsys, "--taal", "en", *path, "--help")
        assert code == EXIT_OK, (path, out)
        assert "usage:" in out
        found += [f"{' '.join(path)} --help: {d}" for d in dutch_in(out)]
        words = DUTCH_WORDS.findall(out)
        found += [f"{' '.join(path)} --help: Dutch word {w!r}" for w in words]
    assert not found, "\n".join(found)
    # The same help in Dutch is Dutch, and the English alias of the option works too.
    assert "maak een nieuwe, lege, versleutelde opslag" in run(capsys, "--help")[1]
    assert "make a new, empty, encrypted store" in run(capsys, "--language=en", "-h")[1]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """A demo store of 50 clients, made once for the module's English runs."""
    folder = tmp_path_factory.mktemp("taal")
    path = folder / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ZKIJDESK_HOME", str(folder / "home"))
        mp.setenv("ZKIJDESK_PASSPHRASE", PASS)
        assert main(["--store", str(path), "demo", "--clients", "50", "--seed", "3"]) == EXIT_OK
    i18n.set_language("nl")
    return path


def test_commands_on_a_demo_store_say_nothing_in_dutch_with_taal_en(
    demo_store, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    store = ["--taal", "en", "--store", str(demo_store)]
    admin, coach = [*store, "--user", "admin"], [*store, "--user", "coach01"]
    lead = [*store, "--user", "teamlead01"]
    (tmp_path / "anchors").mkdir()
    sheet = tmp_path / "clients.csv"
    sheet.write_text(
        "first name;last name;date of birth;intake date\nAnna;Jansen;01-02-1990;05-01-2026\n"
        "Bram;;1-1-1980;05-01-2026\n",
        encoding="utf-8",
    )
    runs = [
        (EXIT_OK, [*admin, "check"]),
        (EXIT_OK, [*admin, "audit-anchor", "--out", str(tmp_path / "anchors")]),
        (EXIT_OK, [*admin, "check", "--anchors", str(tmp_path / "anchors")]),
        (EXIT_OK, [*admin, "threshold"]),
        (EXIT_OK, [*admin, "contact"]),
        (EXIT_OK, [*admin, "publications"]),
        (EXIT_OK, [*lead, "export", "--month", "2026-01", "--out", str(tmp_path / "x")]),
        (EXIT_OK, [*admin, "publications"]),
        (EXIT_OK, [*admin, "backup", "--to", str(tmp_path / "bak")]),
        (EXIT_OK, [*admin, "retention"]),
        (EXIT_OK, [*admin, "audit-export", "--out", str(tmp_path / "audit.csv")]),
        (EXIT_OK, [*admin, "aims", "--year", "2026", "--set", "12"]),
        (EXIT_OK, [*coach, "match", "--vacancy", "1", "--scope", "team"]),
        (EXIT_OK, [*coach, "import", str(sheet), "--dry-run"]),
        (EXIT_OK, [*admin, "import-template", str(tmp_path / "template.xlsx")]),
        (EXIT_OK, [*lead, "contribution", "team-key", "--out", str(tmp_path / "team.key")]),
        (EXIT_OK, [*lead, "contribution", "status", "--month", "2026-01"]),
        (EXIT_OK, [*admin, "lock-reset", "coach01", "--yes"]),
        (EXIT_OK, [*admin, "compact"]),
        (EXIT_FAIL, [*coach, "subject-access", "--client", "999999", "--out", "x.json"]),
        (EXIT_FAIL, [*coach, "erase", "--client", "2"]),
        (EXIT_FAIL, [*admin, "aims", "--set", "10"]),
        (EXIT_FAIL, [*store, "team", "status"]),
        (2, [*admin, "export"]),
    ]
    bak = None
    found, said = [], []
    for expected, args in runs:
        code, out = run(capsys, *args)
        assert code == expected, (args, out)
        said.append(out)
        found += [f"{' '.join(args[4:])}: {d}" for d in dutch_in(out)]
        bak = bak or next((tmp_path / "bak").glob("*.bak"), None)
    code, out = run(capsys, *admin, "restore", str(bak), "--yes")
    assert code == EXIT_OK, out
    found += [f"restore: {d}" for d in dutch_in(out)]
    assert not found, "\n".join(found)
    said.append(out)
    text = "\n".join(said)
    for english in (
        "Store in order (schema",
        "1 audit anchor(s) match",
        "Publication threshold:",
        "Backup made and checked:",
        "Row 3: refused. Last name is required.",
        "Trial import, nothing saved: 0 new, 0 completed, 0 skipped, 2 refused.",
        "Candidates for vacancy 1:",
        "Client 999999 does not exist (any more).",
        "Not erased: confirm with y, or use --yes.",
        "Year is required.",
        "Made on:",
        "Restored. The previous state is kept in",
    ):
        assert english in text, english


def test_an_error_is_dutch_by_default_and_english_with_taal_en(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "s.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == EXIT_OK
    capsys.readouterr()
    aims = ["--store", str(path), "--user", "beheer", "aims", "--set", "10"]  # no year

    assert main(aims) == EXIT_FAIL
    assert capsys.readouterr().err == "zkijdesk: Jaar is verplicht.\n"
    assert main(["--taal", "en", *aims]) == EXIT_FAIL
    assert capsys.readouterr().err == "zkijdesk: Year is required.\n"

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", "not the right one at all")
    assert main(["--store", str(path), "check"]) == EXIT_FAIL
    assert "de sleutel is onjuist" in capsys.readouterr().err
    assert main(["--store", str(path), "--taal", "en", "check"]) == EXIT_FAIL
    err = capsys.readouterr().err
    assert err.startswith("zkijdesk: Cannot open the store s.db: the key is wrong"), err


def test_the_settings_language_is_the_default_and_taal_overrides_it(tmp_path, capsys, monkeypatch):
    """The GUI's choice of language (settings.json) is the command line's too."""
    from zkijdesk.config import Settings, save_settings

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    save_settings(Settings(language="en"))
    path = tmp_path / "s.db"
    assert main(["--store", str(path), "init"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("Store created: ")
    aims = ["--store", str(path), "aims", "--set", "10"]
    assert main(aims) == EXIT_FAIL
    assert capsys.readouterr().err == "zkijdesk: Year is required.\n"
    assert main(["--taal", "nl", *aims]) == EXIT_FAIL
    assert capsys.readouterr().err == "zkijdesk: Jaar is verplicht.\n"
    assert "pad naar het opslagbestand" in run(capsys, "--taal=nl", "--help")[1]


def test_an_unknown_language_is_refused_by_the_parser(capsys):
    code, out = run(capsys, "--taal", "fr", "check")
    assert code == 2
    assert "ongeldige keuze: 'fr' (kies uit 'nl', 'en')" in out
