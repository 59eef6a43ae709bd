"""Every option of the command line says what it is for, in both languages."""

from __future__ import annotations

import argparse
import re

import pytest

from zkijdesk import cli
from zkijdesk.cli_support import speak


def _options(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _options(sub, (*path, name))
        elif not isinstance(action, argparse._HelpAction):
            yield " ".join((*path, *(action.option_strings or [action.dest]))), action


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_option_has_help_and_its_words_in_the_language(language):
    speak(language)
    try:
        options = list(_options(cli._parser()))
    finally:
        speak("nl")
    assert len(options) > 60
    assert [name for name, action in options if not action.help] == []
    if language == "en":
        # A few Dutch words that showed in the English help: the metavars.
        dutch = ("NAAM", "DATUM", "BESTAND", "MAP", "JJJJ", "TEKST", "inlog", "JAAR")
        metavars = {name: str(action.metavar) for name, action in options if action.metavar}
        said = {n: m for n, m in metavars.items() if any(re.search(rf"\b{w}\b", m) for w in dutch)}
        assert said == {}
