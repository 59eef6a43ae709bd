"""Command line: the GUI by default, and the store's housekeeping as subcommands.

Every expected failure ends in one line on stderr and a non-zero exit; tracebacks are
for bugs only. Subcommands live in ``zkijdesk/commands/``, one module per capability,
each with a ``register(subparsers)`` that sets a ``handler``. What those modules share
(exit codes, the store the global options name, the acting user, questions on the
terminal) is in ``zkijdesk.cli_support``, so they never import this module and this
module imports them without a cycle.

The command line speaks the GUI's language (the settings' ``language``), or the one
``--taal``/``--language`` names for this run; it is chosen before the parser is built,
so ``--help`` and every sentence after it come from the catalogue in that language.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from zkijdesk import i18n
from zkijdesk.cli_support import EXIT_FAIL, EXIT_OK, EXIT_USAGE, speak, store_location, tr
from zkijdesk.domain.errors import ZkijdeskError

#: ``EXIT_*`` are re-exported for scripts and tests that check an exit status.
__all__ = ["EXIT_FAIL", "EXIT_OK", "EXIT_USAGE", "gui_arguments", "gui_main", "main", "start_gui"]

COMMAND_MODULES = (
    "zkijdesk.commands.store",
    "zkijdesk.commands.export",
    "zkijdesk.commands.privacy",
    "zkijdesk.commands.sharing",
    "zkijdesk.commands.backup",
    "zkijdesk.commands.wsp",
    "zkijdesk.commands.team",
    "zkijdesk.commands.trends",
    "zkijdesk.commands.importing",
)


def _parser() -> argparse.ArgumentParser:
    from zkijdesk import __version__

    p = argparse.ArgumentParser(
        prog="zkijdesk",
        description=tr("Cliëntvolgsysteem voor de loopbaancoaches van Zuid-Kennemerland & IJmond."),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"zkijdesk {__version__}",
        help=tr("toon het versienummer en stop"),
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("--store", type=Path, help=tr("pad naar het opslagbestand"))
    where.add_argument(
        "--database-url", help=tr("PostgreSQL-database in plaats van een bestand (teamopslag)")
    )
    p.add_argument(
        "--user",
        dest="acting_user",
        metavar=tr("GEBRUIKER"),
        help=tr("als welke gebruiker van de opslag u werkt (standaard: uw inlognaam)"),
    )
    p.add_argument(
        *LANGUAGE_OPTIONS,
        dest="language",
        choices=i18n.LANGUAGES,
        default=None,
        help=tr("taal van de uitvoer: nl of en (standaard: die van de instellingen)"),
    )
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help=tr("start de desktopapplicatie (standaard)")).set_defaults(
        handler=start_gui
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return p


#: The global options, each followed by its value (``--store PATH`` or ``--store=PATH``).
_GLOBAL_OPTIONS = {"--store": "store", "--database-url": "database_url", "--user": "acting_user"}
#: The global option that chooses the language of one run, in Dutch and in English.
LANGUAGE_OPTIONS = ("--taal", "--language")


def run_language(argv: Sequence[str]) -> str:
    """The language of this run: the one ``--taal``/``--language`` names (spelled out,
    before any ``--``), else the settings' (the GUI's).

    It is read before the parser exists, so that the parser's help texts are in it;
    the parser then checks the option itself (an unknown language is its error, an
    abbreviated option its business).
    """
    chosen: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        option, equals, value = arg.partition("=")
        if option in LANGUAGE_OPTIONS and equals:
            chosen = value
        elif option in LANGUAGE_OPTIONS and index + 1 < len(argv):
            chosen = argv[index + 1]
    if chosen in i18n.LANGUAGES:
        return chosen
    from zkijdesk.config import load_settings

    return load_settings().language


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain GUI start (global options, then ``gui`` or nothing), or None.

    Such a start skips building the full parser, which imports every command module,
    so the window is painted sooner. Anything else (a subcommand, ``--help``, an
    abbreviated, repeated or conflicting option, a value that looks like an option)
    returns None and goes through the full parser, errors and all.
    """
    values: dict[str, str] = {}
    rest = list(argv)
    if rest and rest[-1] == "gui":
        rest.pop()
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option in LANGUAGE_OPTIONS:
            option = LANGUAGE_OPTIONS[0]  # one option with two names: either, once
        elif option not in _GLOBAL_OPTIONS:
            return None
        if option in values:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        values[option] = value
    if "--store" in values and "--database-url" in values:
        return None
    language = values.get(LANGUAGE_OPTIONS[0])
    if language is not None and language not in i18n.LANGUAGES:
        return None
    store = values.get("--store")
    return argparse.Namespace(
        store=Path(store) if store is not None else None,
        database_url=values.get("--database-url"),
        acting_user=values.get("--user"),
        language=language,
        command="gui",
    )


def start_gui(args) -> int:
    """The ``gui`` command and the default: the desktop app on the store the options name."""
    from zkijdesk.app import run_gui

    return run_gui(
        store_location(args), sys.argv[:1], user=args.acting_user, language=args.language
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    speak(run_language(argv))
    args = gui_arguments(argv)
    if args is not None:
        args.handler = start_gui
    else:
        parser = _parser()
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args([*argv, "gui"])
        if args.language is not None:
            speak(args.language)
    try:
        return args.handler(args)
    except ZkijdeskError as exc:
        print(f"zkijdesk: {i18n.translate_message(exc.message)}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print(f"zkijdesk: {tr('afgebroken.')}", file=sys.stderr)
        return 130


def gui_main() -> int:
    """Entry point of the windowed executable: same options, the GUI is the default."""
    return main()
