"""Command line: the GUI by default, and the store's housekeeping as subcommands.

Every expected failure ends in one line on stderr and a non-zero exit; tracebacks are
for bugs only. Subcommands live in ``zkijdesk/commands/``, one module per capability,
each with a ``register(subparsers)`` that sets a ``handler``.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from zkijdesk.domain.errors import ZkijdeskError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
#: Commands IT's maintenance login may run on a team database (docs/team-server.md).
MAINTENANCE_COMMANDS = frozenset({"retention"})
RECOVERY_ENV = "ZKIJDESK_RECOVERY_KEY"
COMMAND_MODULES = (
    "zkijdesk.commands.store",
    "zkijdesk.commands.export",
    "zkijdesk.commands.privacy",
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
        description="Cliëntvolgsysteem voor de loopbaancoaches van Zuid-Kennemerland & IJmond.",
    )
    p.add_argument("--version", action="version", version=f"zkijdesk {__version__}")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--store", type=Path, help="pad naar het opslagbestand")
    where.add_argument(
        "--database-url", help="PostgreSQL-database in plaats van een bestand (teamopslag)"
    )
    p.add_argument(
        "--user",
        dest="acting_user",
        metavar="GEBRUIKER",
        help="als welke gebruiker van de opslag u werkt (standaard: uw inlognaam)",
    )
    sub = p.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return p


def prompt(question: str) -> str:
    """Ask for a secret on the terminal; without one (a script, CI) the answer is empty."""
    if not sys.stdin or not sys.stdin.isatty():
        return ""
    return getpass.getpass(question)


def store_location(args):
    from zkijdesk.config import default_store_path
    from zkijdesk.storage.location import StoreLocation

    if args.database_url:
        from zkijdesk.storage.connect import with_tls_default

        return StoreLocation(url=with_tls_default(args.database_url))
    return StoreLocation(path=(args.store or default_store_path()).expanduser().absolute())


def ask_remember(_password: str) -> bool:
    """Keep a typed team password in the OS credential store? Only when the person says so."""
    return confirm("Wachtwoord onthouden in de sleutelbos van deze computer?", None)


def open_from_args(args):
    """Open the store the global options name, saying so when it was upgraded.

    A server URL must be a team database (``zkijdesk team init``): only there does the
    server know who is connected and hold need-to-know itself.
    """
    from zkijdesk.storage.store import open_store

    location = store_location(args)
    if location.url is not None:
        from zkijdesk.storage.connect import open_team_store

        store = open_team_store(location, prompt, remember=ask_remember)
        if store.team is None or args.acting_user:
            store.close()
            if args.acting_user:
                from zkijdesk.storage.team import refuse_claimed_user

                refuse_claimed_user(args.acting_user)
            raise ZkijdeskError(
                "Deze PostgreSQL-database is geen teamdatabase; de beheerder richt hem in met "
                "'zkijdesk team init'."
            )
        return store
    store = open_store(location, prompt=prompt)
    for backup in store.backups:
        print(f"Schema bijgewerkt; reservekopie van de vorige versie: {backup}")
    return store


def open_with_recovery_key(args):
    """Open the store file with its recovery key (asked, or from ZKIJDESK_RECOVERY_KEY)."""
    from zkijdesk.storage import keys
    from zkijdesk.storage.store import open_store

    location = store_location(args)
    if location.path is None:
        raise ZkijdeskError("De herstelsleutel hoort bij een opslagbestand, niet bij een server.")
    text = os.environ.get(RECOVERY_ENV) or prompt("Herstelsleutel: ")
    if not text:
        raise ZkijdeskError(f"Geef de herstelsleutel in de terminal of via {RECOVERY_ENV}.")
    return open_store(location, key=keys.parse_recovery_key(text))


def actor_from_args(store, args):
    """The store's user this command acts as: on a team database the login; else --user,
    else the OS login name."""
    from zkijdesk.services.users import acting_user

    maintenance = getattr(args, "command", None) in MAINTENANCE_COMMANDS
    return acting_user(store, args.acting_user, getpass.getuser(), maintenance=maintenance)


def with_store(args, work):
    """Open the store, run ``work(store, actor)`` as the acting user, close the store."""
    store = open_from_args(args)
    try:
        return work(store, actor_from_args(store, args))
    finally:
        store.close()


def confirm(question: str, args=None) -> bool:
    """Ask yes/no on the terminal; ``--yes`` answers for scripts, no terminal means no."""
    if getattr(args, "yes", False):
        return True
    if not sys.stdin or not sys.stdin.isatty():
        return False
    return input(f"{question} [j/N] ").strip().lower() in {"j", "ja", "y", "yes"}


#: The global options, each followed by its value (``--store PATH`` or ``--store=PATH``).
_GLOBAL_OPTIONS = {"--store": "store", "--database-url": "database_url", "--user": "acting_user"}


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
        if option not in _GLOBAL_OPTIONS or option in values:
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
    store = values.get("--store")
    return argparse.Namespace(
        store=Path(store) if store is not None else None,
        database_url=values.get("--database-url"),
        acting_user=values.get("--user"),
        command="gui",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = gui_arguments(sys.argv[1:] if argv is None else argv)
    if args is not None:
        from zkijdesk.commands.store import cmd_gui

        args.handler = cmd_gui
    else:
        parser = _parser()
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return args.handler(args)
    except ZkijdeskError as exc:
        print(f"zkijdesk: {exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("zkijdesk: afgebroken.", file=sys.stderr)
        return 130


def gui_main() -> int:
    """Entry point of the windowed executable: same options, the GUI is the default."""
    return main()
