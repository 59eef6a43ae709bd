"""Rights of the person and the privacy officer's tools: access, erasure, retention, audit."""

from __future__ import annotations

import sys
from pathlib import Path

from zkijdesk.cli_support import (
    EXIT_FAIL,
    EXIT_OK,
    RECOVERY_ENV,
    confirm,
    open_with_recovery_key,
    tr,
    with_store,
)
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.text import Text


def register(sub) -> None:
    access = sub.add_parser(
        "subject-access", help=tr("inzage: alles over één cliënt (PDF met HTML-versie, of JSON)")
    )
    access.add_argument("--client", type=int, required=True, help=tr("cliënt-id"))
    access.add_argument(
        "--out",
        type=Path,
        required=True,
        help=tr("uitvoerbestand .pdf (met een toegankelijke .html ernaast) of .json"),
    )
    access.set_defaults(handler=cmd_subject_access)

    erase = sub.add_parser("erase", help=tr("wis een cliënt volledig (recht op vergetelheid)"))
    erase.add_argument("--client", type=int, required=True, help=tr("cliënt-id"))
    erase.add_argument("--yes", action="store_true", help=tr("niet om bevestiging vragen"))
    erase.set_defaults(handler=cmd_erase)

    compact = sub.add_parser(
        "compact", help=tr("schoon het opslagbestand op na wissen (als dat toen niet lukte)")
    )
    compact.set_defaults(handler=cmd_compact)

    retention = sub.add_parser(
        "retention", help=tr("toon (en pas toe) wat de bewaartermijnen wissen")
    )
    retention.add_argument("--apply", action="store_true", help=tr("wis na bevestiging"))
    retention.add_argument("--yes", action="store_true", help=tr("niet om bevestiging vragen"))
    retention.set_defaults(handler=cmd_retention)

    reset = sub.add_parser(
        "lock-reset",
        help=tr("hef de vergrendeling (pincode) van een gebruiker op die hem vergeten is"),
    )
    reset.add_argument("username", help=tr("de gebruiker wiens pincode vervalt"))
    reset.add_argument(
        "--recovery-key",
        action="store_true",
        help=tr(
            "zonder beheerder: open de opslag met de herstelsleutel (of {variable})",
            variable=RECOVERY_ENV,
        ),
    )
    reset.add_argument("--yes", action="store_true", help=tr("niet om bevestiging vragen"))
    reset.set_defaults(handler=cmd_lock_reset)

    audit = sub.add_parser("audit-export", help=tr("exporteer het auditlog als CSV"))
    audit.add_argument(
        "--out", type=Path, required=True, metavar=tr("BESTAND"), help=tr("het CSV-bestand")
    )
    audit.add_argument(
        "--client",
        type=int,
        default=None,
        metavar="ID",
        help=tr("alleen over deze cliënt (intern id)"),
    )
    audit.add_argument(
        "--user-id", type=int, default=None, metavar="ID", help=tr("alleen wat deze gebruiker deed")
    )
    audit.set_defaults(handler=cmd_audit_export)


def cmd_lock_reset(args) -> int:
    """An admin lifts a forgotten app lock; a store without one needs its recovery key."""
    from zkijdesk.services.app_lock import AppLockService, reset_with_recovery_key
    from zkijdesk.services.users import actor_for

    question = tr("De vergrendeling van {user} opheffen?", user=args.username)
    if args.recovery_key:
        store = open_with_recovery_key(args)
        try:
            actor_for(store, args.username)  # an unknown user is refused before asking
            if not confirm(question, args):
                raise ZkijdeskError("Niet opgeheven: bevestig met j, of gebruik --yes.")
            reset_with_recovery_key(store, args.username)
        finally:
            store.close()
    else:

        def work(store, actor):
            target = actor_for(store, args.username)
            service = AppLockService(store, actor)
            service.require_role(Role.ADMIN, what="de schermvergrendeling van iemand anders opheft")
            if not confirm(question, args):
                raise ZkijdeskError("Niet opgeheven: bevestig met j, of gebruik --yes.")
            service.reset_for(target.user_id)

        with_store(args, work)
    print(
        tr(
            "De vergrendeling van {user} is opgeheven; stel bij Instellingen een nieuwe in.",
            user=args.username,
        )
    )
    return EXIT_OK


def cmd_subject_access(args) -> int:
    from zkijdesk.services.subject_access import SubjectAccessService, html_beside

    def work(store, actor):
        path = SubjectAccessService(store, actor).export(args.client, args.out)
        print(tr("Inzage-export geschreven: {file}", file=path))
        if path.suffix.lower() == ".pdf":
            print(tr("Toegankelijke versie (HTML) geschreven: {file}", file=html_beside(path)))
        return EXIT_OK

    return with_store(args, work)


def cmd_erase(args) -> int:
    from zkijdesk.services.erasure import ErasureService

    def work(store, actor):
        question = tr("Cliënt {client} en al diens gegevens definitief wissen?", client=args.client)
        if not confirm(question, args):
            raise ZkijdeskError("Niet gewist: bevestig met j, of gebruik --yes.")
        result = ErasureService(store, actor).erase(args.client)
        # The note is one of the erasure service's fixed phrases: its own catalogue id.
        note = Text(result.note)
        if result.held:
            print(
                "zkijdesk: "
                + tr(
                    "Cliënt {client} is niet volledig gewist: {note}.",
                    client=args.client,
                    note=note,
                ),
                file=sys.stderr,
            )
            return EXIT_FAIL
        print(tr("Cliënt {client} is gewist; {note}.", client=args.client, note=note))
        return EXIT_OK

    return with_store(args, work)


def cmd_compact(args) -> int:
    from zkijdesk.services.erasure import compact

    def work(store, _actor):
        result = compact(store)
        note = Text(result.note)
        if result.held:
            print("zkijdesk: " + tr("Niet opgeschoond: {note}.", note=note), file=sys.stderr)
            return EXIT_FAIL
        print(tr("Opgeschoond: {note}.", note=note))
        return EXIT_OK

    return with_store(args, work)


def cmd_retention(args) -> int:
    from zkijdesk.services.retention import RetentionService

    def work(store, actor):
        service = RetentionService(store, actor)
        plan = service.plan()
        print(tr("Bewaartermijn verstreken voor {n} cliënt(en):", n=plan.total))
        for reason, ids in plan.due.items():
            print(f"  {reason}: {len(ids)}")
        if plan.skipped_restricted:
            print(
                tr(
                    "Overgeslagen wegens beperking van de verwerking: {n}",
                    n=plan.skipped_restricted,
                )
            )
        if not args.apply or not plan.total:
            return EXIT_OK
        if not confirm(tr("{n} cliënt(en) definitief wissen?", n=plan.total), args):
            raise ZkijdeskError("Niets gewist: bevestig met j, of gebruik --yes.")
        removed = service.run(plan)
        print(tr("{n} cliënt(en) gewist.", n=removed))
        return EXIT_OK

    return with_store(args, work)


def cmd_audit_export(args) -> int:
    from zkijdesk.services.audit_query import AuditQueryService

    def work(store, actor):
        rows = AuditQueryService(store, actor).export_csv(
            args.out, client_id=args.client, user_id=args.user_id
        )
        print(tr("{n} regel(s) uit het auditlog geschreven naar {file}", n=rows, file=args.out))
        return EXIT_OK

    return with_store(args, work)
