"""Backup and restore from the command line: ``zkijdesk backup`` and ``zkijdesk restore``.

``restore`` shows what the backup holds next to what the store holds now and asks
before it replaces anything; ``--yes`` answers for scripts. Without a terminal and
without ``--yes`` it refuses, so a scheduled job can never restore by accident.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from zkijdesk.cli_support import (
    EXIT_FAIL,
    EXIT_OK,
    actor_from_args,
    open_from_args,
    store_location,
    tr,
)
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.i18n import language, translate_message


def register(sub) -> None:
    backup = sub.add_parser("backup", help=tr("maak een versleutelde, gecontroleerde reservekopie"))
    backup.add_argument(
        "--to",
        type=Path,
        default=None,
        help=tr("map voor de reservekopie (standaard: ingestelde map)"),
    )
    backup.add_argument(
        "--set-folder",
        type=Path,
        default=None,
        metavar=tr("MAP"),
        help=tr("stel de map voor automatische reservekopieën in (beheerder)"),
    )
    backup.add_argument(
        "--volledig",
        action="store_true",
        help=tr("controleer de kopie met de volledige integriteitscontrole van SQLite (trager)"),
    )
    backup.add_argument(
        "--closing",
        action="store_true",
        help=tr("de reservekopie bij het afsluiten (de app start dit zelf na het sluiten)"),
    )
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help=tr("zet een reservekopie terug (na een overzicht)"))
    restore.add_argument("file", type=Path, help=tr("het .bak-bestand"))
    restore.add_argument("--yes", action="store_true", help=tr("niet om bevestiging vragen"))
    restore.set_defaults(handler=cmd_restore)


HELPER_WAIT_SECONDS = 600
"""How long the helper of a closing waits for an earlier one still at work."""


def _number(n: int) -> str:
    """A count with the reader's thousands separator (1.451 in Dutch, 1,451 in English)."""
    return f"{n:,}" if language() == "en" else f"{n:,}".replace(",", ".")


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
            print(tr("Automatische reservekopieën gaan voortaan naar {folder}", folder=folder))
            if args.to is None:
                return EXIT_OK
        to = args.to.expanduser().absolute() if args.to is not None else None
        made = service.backup_now(to, thorough=args.volledig)
    finally:
        store.close()
    rows, kb = _number(made.rows), _number(made.size // 1024)
    if args.volledig:
        line = tr(
            "Reservekopie gemaakt en volledig gecontroleerd: {file} ({rows} rijen, {kb} kB, "
            "schema {revision})",
            file=made.path,
            rows=rows,
            kb=kb,
            revision=made.revision,
        )
    else:
        line = tr(
            "Reservekopie gemaakt en gecontroleerd: {file} ({rows} rijen, {kb} kB, schema "
            "{revision})",
            file=made.path,
            rows=rows,
            kb=kb,
            revision=made.revision,
        )
    print(line)
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
        print(tr("Reservekopie bij het afsluiten gemaakt en gecontroleerd: {file}", file=made.path))
    return EXIT_OK


def print_preview(preview) -> None:
    """The backup beside the store now; the table names and the backup's kind (a fixed
    Dutch word of the backup service, the file name's too) are catalogue ids."""
    print(tr("Reservekopie: {name}", name=preview.path.name))
    kind = translate_message(preview.kind)
    print(tr("Gemaakt op:   {when} ({kind})", when=_when(preview.taken_at), kind=kind))
    if preview.needs_upgrade:
        print(
            tr(
                "Schema:       {revision} (wordt na het terugzetten bijgewerkt)",
                revision=preview.revision,
            )
        )
    else:
        print(tr("Schema:       {revision}", revision=preview.revision))
    if not preview.same_store:
        print(tr("Let op: deze reservekopie hoort bij een andere opslag."))
    print(f"{'':30}{tr('in kopie'):>10}{tr('nu'):>10}")
    for row in preview.tables:
        if row.in_backup or row.now:
            label = translate_message(row.label)
            print(f"  {label:28}{_number(row.in_backup):>10}{_number(row.now):>10}")
    if preview.erasures_since:
        print(
            tr(
                "Let op: na deze reservekopie zijn {n} cliënt(en) gewist; die komen terug en "
                "moeten opnieuw worden gewist.",
                n=preview.erasures_since,
            )
        )
    elif preview.erasures_since is None:
        print(tr("Let op: het logboek van deze kopie hoort niet bij dat van de opslag."))


def _can_ask() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _confirmed(args) -> bool:
    if args.yes:
        return True
    answer = input(tr("De huidige opslag vervangen door deze reservekopie? [j/N] "))
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
                print(tr("Niet teruggezet."), file=sys.stderr)
                return EXIT_FAIL
            result = service.restore(preview.path, confirmed=True)
        finally:
            store.close()
    finally:
        if lock is not None:
            lock.release()
    print(tr("Teruggezet. De vorige toestand is bewaard in {file}", file=result.safety_backup))
    if result.upgraded_from:
        print(tr("Schema bijgewerkt van {revision}.", revision=result.upgraded_from))
    if result.erased_again_needed:
        ids = ", ".join(str(i) for i in result.erased_again_needed)
        print(tr("Opnieuw te wissen (na de kopie gewist): cliënt {ids}", ids=ids))
    return EXIT_OK
