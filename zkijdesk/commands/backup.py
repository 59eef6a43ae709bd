"""Backup and restore from the command line: ``zkijdesk backup`` and ``zkijdesk restore``.

``restore`` shows what the backup holds next to what the store holds now and asks
before it replaces anything; ``--yes`` answers for scripts. Without a terminal and
without ``--yes`` it refuses, so a scheduled job can never restore by accident.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from zkijdesk.cli_support import EXIT_FAIL, EXIT_OK, actor_from_args, open_from_args, store_location
from zkijdesk.domain.errors import ZkijdeskError


def register(sub) -> None:
    backup = sub.add_parser("backup", help="maak een versleutelde, gecontroleerde reservekopie")
    backup.add_argument(
        "--to", type=Path, default=None, help="map voor de reservekopie (standaard: ingestelde map)"
    )
    backup.add_argument(
        "--set-folder",
        type=Path,
        default=None,
        metavar="MAP",
        help="stel de map voor automatische reservekopieën in (beheerder)",
    )
    backup.add_argument(
        "--volledig",
        action="store_true",
        help="controleer de kopie met de volledige integriteitscontrole van SQLite (trager)",
    )
    backup.add_argument(
        "--closing",
        action="store_true",
        help="de reservekopie bij het afsluiten (de app start dit zelf na het sluiten)",
    )
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help="zet een reservekopie terug (na een overzicht)")
    restore.add_argument("file", type=Path, help="het .bak-bestand")
    restore.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    restore.set_defaults(handler=cmd_restore)


HELPER_WAIT_SECONDS = 600
"""How long the helper of a closing waits for an earlier one still at work."""


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _when(moment) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


def cmd_backup(args) -> int:
    from zkijdesk.services.backups import BackupService

    if args.closing:
        return _closing_backup(args)
    store = open_from_args(args)
    try:
        service = BackupService(store, actor_from_args(store, args))
        if args.set_folder is not None:
            folder = service.set_folder(args.set_folder.expanduser().absolute())
            print(f"Automatische reservekopieën gaan voortaan naar {folder}")
            if args.to is None:
                return EXIT_OK
        to = args.to.expanduser().absolute() if args.to is not None else None
        made = service.backup_now(to, thorough=args.volledig)
    finally:
        store.close()
    checked = "volledig gecontroleerd" if args.volledig else "gecontroleerd"
    print(
        f"Reservekopie gemaakt en {checked}: {made.path} "
        f"({_number(made.rows)} rijen, {_number(made.size // 1024)} kB, schema {made.revision})"
    )
    return EXIT_OK


def _closing_backup(args) -> int:
    """The helper the app starts once it has quit: one at a time per store (a second
    waits for the first), holding the helper's lock so that a start meanwhile leaves
    the backup to it."""
    from zkijdesk.services.backups import BackupService
    from zkijdesk.storage.closing_backup import helper_lock
    from zkijdesk.storage.instance import StoreInUseError

    location = store_location(args)
    if location.path is None:
        raise ZkijdeskError("De reservekopie bij het afsluiten hoort bij een opslagbestand.")
    deadline = time.monotonic() + HELPER_WAIT_SECONDS
    while True:
        try:
            lock = helper_lock(location.path).acquire()
            break
        except StoreInUseError:
            # The helper of an earlier closing is still at work; this closing's
            # changes came after its copy, so wait and make a backup of our own.
            if time.monotonic() > deadline:
                raise
            time.sleep(1.0)
    try:
        store = open_from_args(args)
        try:
            made = BackupService(store, actor_from_args(store, args)).closing_backup()
        finally:
            store.close()
    finally:
        lock.release()
    if made is not None:
        print(f"Reservekopie bij het afsluiten gemaakt en gecontroleerd: {made.path}")
    return EXIT_OK


def print_preview(preview) -> None:
    print(f"Reservekopie: {preview.path.name}")
    print(f"Gemaakt op:   {_when(preview.taken_at)} ({preview.kind})")
    upgrade = " (wordt na het terugzetten bijgewerkt)" if preview.needs_upgrade else ""
    print(f"Schema:       {preview.revision}{upgrade}")
    if not preview.same_store:
        print("Let op: deze reservekopie hoort bij een andere opslag.")
    print(f"{'':30}{'in kopie':>10}{'nu':>10}")
    for row in preview.tables:
        if row.in_backup or row.now:
            print(f"  {row.label:28}{_number(row.in_backup):>10}{_number(row.now):>10}")
    if preview.erasures_since:
        print(
            f"Let op: na deze reservekopie zijn {preview.erasures_since} cliënt(en) gewist; "
            "die komen terug en moeten opnieuw worden gewist."
        )
    elif preview.erasures_since is None:
        print("Let op: het logboek van deze kopie hoort niet bij dat van de opslag.")


def _can_ask() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _confirmed(args) -> bool:
    if args.yes:
        return True
    answer = input("De huidige opslag vervangen door deze reservekopie? [j/N] ")
    return answer.strip().lower() in {"j", "ja", "y", "yes"}


def cmd_restore(args) -> int:
    from zkijdesk.services.backups import BackupService
    from zkijdesk.storage.instance import acquire_instance_lock

    if not args.yes and not _can_ask():
        raise ZkijdeskError("Niet teruggezet: zonder terminal is bevestiging nodig met --yes.")
    location = store_location(args)
    lock = acquire_instance_lock(location.path) if location.path is not None else None
    try:
        store = open_from_args(args)
        try:
            service = BackupService(store, actor_from_args(store, args))
            preview = service.preview_restore(args.file.expanduser().absolute())
            print_preview(preview)
            if not _confirmed(args):
                print("Niet teruggezet.", file=sys.stderr)
                return EXIT_FAIL
            result = service.restore(preview.path, confirmed=True)
        finally:
            store.close()
    finally:
        if lock is not None:
            lock.release()
    print(f"Teruggezet. De vorige toestand is bewaard in {result.safety_backup}")
    if result.upgraded_from:
        print(f"Schema bijgewerkt van {result.upgraded_from}.")
    if result.erased_again_needed:
        ids = ", ".join(str(i) for i in result.erased_again_needed)
        print(f"Opnieuw te wissen (na de kopie gewist): cliënt {ids}")
    return EXIT_OK
