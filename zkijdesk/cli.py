"""Command line: the GUI by default, and the store's housekeeping as subcommands.

Every expected failure ends in one line on stderr and a non-zero exit; tracebacks are
for bugs only.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from zkijdesk import __version__
from zkijdesk.domain.errors import ZkijdeskError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
RECOVERY_ENV = "ZKIJDESK_RECOVERY_KEY"


def _parser() -> argparse.ArgumentParser:
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
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="start de desktopapplicatie (standaard)")
    init = sub.add_parser("init", help="maak een nieuwe, lege, versleutelde opslag")
    init.add_argument("--user", default=None, help="gebruikersnaam (standaard: uw inlognaam)")
    init.add_argument("--name", default=None, help="weergavenaam van de eerste gebruiker")
    init.add_argument("--role", default="coach", choices=["coach", "teamlead", "admin"])
    demo = sub.add_parser("demo", help="maak een opslag met synthetische demogegevens")
    demo.add_argument("--clients", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    sub.add_parser("check", help="controleer integriteit, versleuteling en schemaversie")
    sub.add_parser(
        "recover", help="open de opslag met de herstelsleutel en geef hem een nieuwe sleutel"
    )
    return p


def _prompt(question: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        return ""
    return getpass.getpass(question)


def _location(args):
    from zkijdesk.config import default_store_path
    from zkijdesk.storage.store import StoreLocation

    if args.database_url:
        return StoreLocation(url=args.database_url)
    return StoreLocation(path=(args.store or default_store_path()).expanduser().absolute())


def _open(args):
    from zkijdesk.storage.store import open_store

    store = open_store(_location(args), prompt=_prompt)
    for backup in store.backups:
        print(f"Schema bijgewerkt; reservekopie van de vorige versie: {backup}")
    return store


def _key_report(store) -> list[str]:
    from zkijdesk.storage.keys import KeyKind, format_recovery_key

    key = store.key
    if key is None:
        return ["Sleutel: de PostgreSQL-server beheert toegang en versleuteling."]
    if key.kind is KeyKind.RAW:
        return [
            "Sleutel: opgeslagen in de sleutelbos van het besturingssysteem (alleen voor u).",
            "Herstelsleutel, wordt maar één keer getoond; bewaar hem buiten deze computer:",
            f"  {format_recovery_key(key)}",
        ]
    return [
        f"Sleutel: {key.origin}; die wordt nergens opgeslagen.",
        "Zonder deze wachtwoordzin is de opslag niet meer te openen.",
    ]


def cmd_init(args) -> int:
    from zkijdesk.services.users import create_user
    from zkijdesk.storage.store import create_store

    store = create_store(_location(args), prompt=_prompt)
    try:
        username = args.user or getpass.getuser()
        create_user(store, username, args.name or username, args.role)
        print(f"Opslag aangemaakt: {store.location.describe()}")
        for line in _key_report(store):
            print(line)
    finally:
        store.close()
    return EXIT_OK


def cmd_demo(args) -> int:
    if args.clients < 1 or args.clients > 200_000:
        raise ZkijdeskError("--clients moet tussen 1 en 200000 liggen.")
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.store import create_store

    started = time.perf_counter()
    store = create_store(_location(args), prompt=_prompt, is_demo=True)
    try:
        summary = generate_demo(store, clients=args.clients, seed=args.seed)
        elapsed = time.perf_counter() - started
        print(f"Demo-opslag aangemaakt: {store.location.describe()} ({elapsed:.1f} s)")
        print(
            f"{summary.clients} cliënten, {summary.routes} routes, {summary.trainings} "
            f"scholingen, {summary.placements} plaatsingen, {summary.activities} contacten, "
            f"{summary.tasks} taken, {summary.employers} werkgevers, {summary.vacancies} vacatures"
        )
        for line in _key_report(store):
            print(line)
    finally:
        store.close()
    return EXIT_OK


def cmd_check(args) -> int:
    from zkijdesk.storage.store import check_store

    store = _open(args)
    try:
        report = check_store(store)
    finally:
        store.close()
    if report.ok:
        print(f"Opslag in orde (schema {report.revision}).")
        return EXIT_OK
    for problem in report.problems:
        print(f"Probleem: {problem}", file=sys.stderr)
    return EXIT_FAIL


def cmd_recover(args) -> int:
    from zkijdesk.storage import keys
    from zkijdesk.storage.rekey import rekey
    from zkijdesk.storage.store import open_store

    location = _location(args)
    if location.path is None:
        raise ZkijdeskError("Herstel met een herstelsleutel kan alleen bij een opslagbestand.")
    text = os.environ.get(RECOVERY_ENV) or _prompt("Herstelsleutel: ")
    if not text:
        raise ZkijdeskError(f"Geef de herstelsleutel in de terminal of via {RECOVERY_ENV}.")
    store = open_store(location, key=keys.parse_recovery_key(text))
    try:
        env_passphrase = os.environ.get(keys.PASSPHRASE_ENV)
        if env_passphrase:
            keys.check_passphrase_strength(env_passphrase)
            new_key = keys.StoreKey(keys.KeyKind.PASSPHRASE, env_passphrase, "wachtwoordzin")
            rekey(store, new_key)
            print("Opslag hersteld; hij opent voortaan met de wachtwoordzin uit de omgeving.")
            return EXIT_OK
        new_key = keys.new_raw_key()
        if keys.secure_keyring() is None:
            raise ZkijdeskError(
                f"Geen veilige sleutelbos op deze werkplek; zet {keys.PASSPHRASE_ENV} om de "
                "opslag een wachtwoordzin te geven."
            )
        rekey(store, new_key)
        keys.save_to_keyring(location.path, new_key)
        print("Opslag hersteld en opnieuw versleuteld met een nieuwe sleutel.")
        print("Nieuwe herstelsleutel (de oude werkt niet meer):")
        print(f"  {keys.format_recovery_key(new_key)}")
    finally:
        store.close()
    return EXIT_OK


def cmd_gui(args) -> int:
    from zkijdesk.app import run_gui

    return run_gui(_location(args), sys.argv[:1])


COMMANDS = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "recover": cmd_recover,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except ZkijdeskError as exc:
        print(f"zkijdesk: {exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("zkijdesk: afgebroken.", file=sys.stderr)
        return 130


def gui_main() -> int:
    """Entry point of the windowed executable: same options, the GUI is the default."""
    return main()
