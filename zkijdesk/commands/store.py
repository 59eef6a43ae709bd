"""Store housekeeping commands: init, demo, check, audit-anchor, recover."""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from zkijdesk.cli_support import (
    EXIT_FAIL,
    EXIT_OK,
    actor_from_args,
    open_from_args,
    open_with_recovery_key,
    prompt,
    store_location,
    tr,
)
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.text import Text, t
from zkijdesk.i18n import translate_message


def register(sub) -> None:
    init = sub.add_parser("init", help=tr("maak een nieuwe, lege, versleutelde opslag"))
    init.add_argument("--user", default=None, help=tr("gebruikersnaam (standaard: uw inlognaam)"))
    init.add_argument("--name", default=None, help=tr("weergavenaam van de eerste gebruiker"))
    init.add_argument(
        "--role",
        default="coach",
        choices=["coach", "teamlead", "admin"],
        help=tr("rol van de eerste gebruiker"),
    )
    init.set_defaults(handler=cmd_init)
    demo = sub.add_parser("demo", help=tr("maak een opslag met synthetische demogegevens"))
    demo.add_argument("--clients", type=int, default=2000, metavar="N", help=tr("aantal cliënten"))
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="N",
        help=tr("startwaarde: dezelfde geeft dezelfde regio"),
    )
    demo.set_defaults(handler=cmd_demo)
    check = sub.add_parser(
        "check", help=tr("controleer integriteit, versleuteling en schemaversie")
    )
    check.add_argument(
        "--anchors",
        type=Path,
        default=None,
        help=tr(
            "map met auditankers (*.auditanker.json): het auditlog moet elk anker nog bevatten"
        ),
    )
    check.add_argument(
        "--volledig",
        action="store_true",
        help=tr("ook elke indexregel tegen zijn tabel (SQLite's integrity_check; trager)"),
    )
    check.set_defaults(handler=cmd_check)
    anchor = sub.add_parser(
        "audit-anchor", help=tr("schrijf het huidige begin van het auditlog naar een ankerbestand")
    )
    anchor.add_argument("--out", type=Path, required=True, help=tr("bestand of map voor het anker"))
    anchor.add_argument(
        "--from-contributions",
        action="store_true",
        help=tr("schrijf de ankers die de bijdragen van de coaches meebrachten naar de map --out"),
    )
    anchor.set_defaults(handler=cmd_audit_anchor)
    sub.add_parser(
        "recover", help=tr("open de opslag met de herstelsleutel en geef hem een nieuwe sleutel")
    ).set_defaults(handler=cmd_recover)


def _key_report(store) -> list[str]:
    from zkijdesk.storage.keys import KeyKind, format_recovery_key

    key = store.key
    if key is None:
        return [tr("Toegang: eigen inlog per persoon en rijbeveiliging in de teamdatabase.")]
    if key.kind is KeyKind.RAW:
        return [
            tr("Sleutel: opgeslagen in de sleutelbos van het besturingssysteem (alleen voor u)."),
            tr("Herstelsleutel, wordt maar één keer getoond; bewaar hem buiten deze computer:"),
            f"  {format_recovery_key(key)}",
        ]
    return [
        # The key's origin is a fixed phrase of storage/keys.py, its own catalogue id.
        tr("Sleutel: {origin}; die wordt nergens opgeslagen.", origin=Text(key.origin)),
        tr("Zonder deze wachtwoordzin is de opslag niet meer te openen."),
    ]


def _refuse_server(args, what: Text) -> None:
    if args.database_url:
        raise ZkijdeskError(
            t(
                "{what} op een PostgreSQL-server gaat met 'zkijdesk team init' (door de "
                "beheerder van de server), zodat iedereen met een eigen inlog werkt.",
                what=what,
            )
        )


def cmd_init(args) -> int:
    from zkijdesk.services.store_setup import new_store

    _refuse_server(args, t("Een opslag maken"))
    username = args.user or args.acting_user or getpass.getuser()
    store = new_store(
        store_location(args), username, args.name or username, args.role, prompt=prompt
    ).store
    try:
        print(tr("Opslag aangemaakt: {store}", store=store.location.describe()))
        for line in _key_report(store):
            print(line)
    finally:
        store.close()
    return EXIT_OK


#: Ten times a region of ten times ours: stress tests at scale (issue 17). The demo writes
#: its clients in batches (services/demo/clients.py), so memory stays flat however many.
DEMO_MAX_CLIENTS = 1_000_000


def cmd_demo(args) -> int:
    if args.clients < 1 or args.clients > DEMO_MAX_CLIENTS:
        raise ZkijdeskError(t("--clients moet tussen 1 en {most} liggen.", most=DEMO_MAX_CLIENTS))
    from zkijdesk.services.store_setup import demo_store

    _refuse_server(args, t("Een demo-opslag maken"))

    started = time.perf_counter()
    created = demo_store(store_location(args), prompt=prompt, clients=args.clients, seed=args.seed)
    store, summary = created.store, created.summary
    try:
        assert summary is not None, "demo_store always fills the store"
        elapsed = time.perf_counter() - started
        print(
            tr(
                "Demo-opslag aangemaakt: {store} ({seconds:.1f} s)",
                store=store.location.describe(),
                seconds=elapsed,
            )
        )
        print(
            tr(
                "{clients} cliënten, {routes} routes, {trainings} scholingen, {placements} "
                "plaatsingen, {activities} contacten, {tasks} taken, {employers} werkgevers, "
                "{vacancies} vacatures",
                clients=summary.clients,
                routes=summary.routes,
                trainings=summary.trainings,
                placements=summary.placements,
                activities=summary.activities,
                tasks=summary.tasks,
                employers=summary.employers,
                vacancies=summary.vacancies,
            )
        )
        for line in _key_report(store):
            print(line)
    finally:
        store.close()
    return EXIT_OK


def cmd_check(args) -> int:
    from zkijdesk.storage.store import check_store

    anchors = None
    if args.anchors is not None:
        from zkijdesk.storage import audit_anchor

        if not args.anchors.is_dir():
            raise ZkijdeskError(t("De ankermap {folder} bestaat niet.", folder=args.anchors))
        anchors = audit_anchor.find(args.anchors)
        if not anchors:
            raise ZkijdeskError(
                t("In {folder} staat geen auditanker (*.auditanker.json).", folder=args.anchors)
            )
    store = open_from_args(args)
    try:
        _only_admin_checks_a_team(store)
        report = check_store(store, anchors, thorough=args.volledig)
    finally:
        store.close()
    if report.ok:
        if anchors:
            print(
                tr(
                    "Opslag in orde (schema {revision}; {n} auditanker(s) kloppen).",
                    revision=report.revision,
                    n=len(anchors),
                )
            )
        else:
            print(tr("Opslag in orde (schema {revision}).", revision=report.revision))
        return EXIT_OK
    for problem in report.problems:
        print(tr("Probleem: {problem}", problem=translate_message(problem)), file=sys.stderr)
    return EXIT_FAIL


def _only_admin_checks_a_team(store) -> None:
    """A coach sees only their part of a team's audit log, so their check would cry wolf."""
    from zkijdesk.domain.enums import Role
    from zkijdesk.domain.errors import PermissionDeniedError
    from zkijdesk.services.users import actor_for_login

    if store.team is None or not store.team.is_person:
        return  # IT's maintenance login: not a person of the team, sees everything
    # Anyone else must be an active person of the team: a login outside it (or one
    # taken out of the team) reads nothing under row-level security, and its check
    # would report a broken team where there is none.
    actor = actor_for_login(store)
    if actor.role is not Role.ADMIN:
        raise PermissionDeniedError(
            "Alleen de functioneel beheerder of de beheerder van de server controleert de "
            "teamdatabase."
        )


def cmd_audit_anchor(args) -> int:
    """Write the audit log's head for keeping elsewhere (a scheduled task, another disk)."""
    from zkijdesk.atomic import atomic_write
    from zkijdesk.storage import audit_anchor

    if getattr(args, "from_contributions", False):
        return _contribution_anchors(args)
    store = open_from_args(args)
    try:
        _only_admin_checks_a_team(store)
        with store.session() as s:
            anchor = audit_anchor.current(s)
    finally:
        store.close()
    target = args.out
    if target.is_dir():
        stamp = anchor.at[:19].replace(":", "").replace("-", "")
        target = target / f"zkijdesk-{stamp}{audit_anchor.SUFFIX}"
    elif not target.name.endswith(audit_anchor.SUFFIX):
        raise ZkijdeskError(t("Een ankerbestand eindigt op {suffix}.", suffix=audit_anchor.SUFFIX))
    with atomic_write(target) as fh:
        fh.write(anchor.to_bytes())
    print(tr("Auditanker geschreven: {file} ({n} regels).", file=target, n=anchor.entries))
    return EXIT_OK


def _contribution_anchors(args) -> int:
    """The coaches' anchors the team lead received, one file each, for `check --anchors`
    on a coach's own store."""
    from zkijdesk.atomic import atomic_write
    from zkijdesk.services.reporting_contributions import ContributionService

    store = open_from_args(args)
    try:
        found = ContributionService(store, actor_from_args(store, args)).anchors()
    finally:
        store.close()
    folder = args.out
    if folder.exists() and not folder.is_dir():
        raise ZkijdeskError("Geef bij --from-contributions een map op, geen bestand.")
    folder.mkdir(parents=True, exist_ok=True)
    for name, anchor in found:
        with atomic_write(folder / name) as fh:
            fh.write(anchor.to_bytes())
    print(
        tr("{n} auditanker(s) uit bijdragen geschreven naar {folder}.", n=len(found), folder=folder)
    )
    return EXIT_OK


def cmd_recover(args) -> int:
    from zkijdesk.storage import keys
    from zkijdesk.storage.rekey import rekey

    location = store_location(args)
    store = open_with_recovery_key(args)
    try:
        env_passphrase = os.environ.get(keys.PASSPHRASE_ENV)
        if env_passphrase:
            keys.check_passphrase_strength(env_passphrase)
            new_key = keys.StoreKey(keys.KeyKind.PASSPHRASE, env_passphrase, "wachtwoordzin")
            rekey(store, new_key)
            print(tr("Opslag hersteld; hij opent voortaan met de wachtwoordzin uit de omgeving."))
            return EXIT_OK
        new_key = keys.new_raw_key()
        if keys.secure_keyring() is None:
            raise ZkijdeskError(
                t(
                    "Geen veilige sleutelbos op deze werkplek; zet {variable} om de opslag een "
                    "wachtwoordzin te geven.",
                    variable=keys.PASSPHRASE_ENV,
                )
            )
        rekey(store, new_key)
        keys.save_to_keyring(location.path, new_key)
        print(tr("Opslag hersteld en opnieuw versleuteld met een nieuwe sleutel."))
        print(tr("Nieuwe herstelsleutel (de oude werkt niet meer):"))
        print(f"  {keys.format_recovery_key(new_key)}")
    finally:
        store.close()
    return EXIT_OK
