"""Team database commands for IT: init, upgrade, people and their roles, status.

They run with the maintenance login in ``--database-url`` (a login that may create
roles). A person's password is never an argument (it would show in process lists): it
comes from ``ZKIJDESK_NEW_PASSWORD`` or is typed twice; ``--geen-wachtwoord`` makes a
login for GSSAPI/SSPI (a Windows domain login) that has no password at all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from zkijdesk.cli_support import EXIT_FAIL, EXIT_OK, prompt, store_location, tr
from zkijdesk.domain.enums import dutch_label
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.text import t
from zkijdesk.i18n import translate_choice, translate_message

NEW_PASSWORD_ENV = "ZKIJDESK_NEW_PASSWORD"
MIN_PASSWORD = 12
ROLES = ["coach", "teamlead", "admin"]


def register(sub) -> None:
    # Said when the parser is built, after the run's language is chosen.
    LOGIN = tr("de databaselogin van de persoon")  # noqa: N806
    NO_PASSWORD = tr(  # noqa: N806
        "geen wachtwoord zetten: de login meldt zich aan via het domein (Kerberos, LDAP)"
    )
    team = sub.add_parser("team", help=tr("teamdatabase op PostgreSQL inrichten en beheren (IT)"))
    commands = team.add_subparsers(dest="team_command", required=True)
    init = commands.add_parser("init", help=tr("schema, rollen, beveiliging en eerste beheerder"))
    init.add_argument(
        "--prefix",
        default=None,
        metavar=tr("VOORVOEGSEL"),
        help=tr("voorvoegsel van de teamrollen"),
    )
    init.add_argument(
        "--admin",
        required=True,
        metavar=tr("INLOG"),
        help=tr("inlognaam van de functioneel beheerder"),
    )
    init.add_argument(
        "--name", default=None, metavar=tr("NAAM"), help=tr("weergavenaam van de beheerder")
    )
    init.add_argument(
        "--geen-wachtwoord", dest="no_password", action="store_true", help=NO_PASSWORD
    )
    init.set_defaults(handler=cmd_init)
    commands.add_parser(
        "upgrade", help=tr("schema bijwerken en beveiliging vernieuwen")
    ).set_defaults(handler=cmd_upgrade)
    add = commands.add_parser("add-user", help=tr("nieuw teamlid met eigen inlog"))
    add.add_argument("login", metavar=tr("inlog"), help=LOGIN)
    add.add_argument("--role", required=True, choices=ROLES, help=tr("rol in het team"))
    add.add_argument("--name", default=None, metavar=tr("NAAM"), help=tr("weergavenaam"))
    add.add_argument(
        "--valid-until",
        default=None,
        metavar=tr("DATUM"),
        help=tr("laatste dag van het wachtwoord (dd-mm-jjjj of jjjj-mm-dd)"),
    )
    add.add_argument("--geen-wachtwoord", dest="no_password", action="store_true", help=NO_PASSWORD)
    add.set_defaults(handler=cmd_add_user)
    for name, text, handler in (
        ("disable-user", tr("inlog uitschakelen (gegevens blijven)"), "disable_user"),
        ("enable-user", tr("inlog weer inschakelen"), "enable_user"),
        ("revoke", tr("teamlid uit het team halen (rol blijft bij IT)"), "revoke_user"),
    ):
        parser = commands.add_parser(name, help=text)
        parser.add_argument("login", metavar=tr("inlog"), help=LOGIN)
        parser.set_defaults(handler=_simple(handler))
    grant = commands.add_parser("grant", help=tr("teamlid een andere rol geven"))
    grant.add_argument("login", metavar=tr("inlog"), help=LOGIN)
    grant.add_argument("--role", required=True, choices=ROLES, help=tr("de nieuwe rol"))
    grant.set_defaults(handler=cmd_grant)
    commands.add_parser("status", help=tr("teamleden en beveiliging tonen")).set_defaults(
        handler=cmd_status
    )
    move = commands.add_parser(
        "move-in", help=tr("verhuis de opslag van een werkplek naar de teamdatabase")
    )
    move.add_argument("file", type=Path, help=tr("het opslagbestand van de werkplek"))
    move.add_argument(
        "--map-user",
        action="append",
        default=[],
        metavar=tr("LOKAAL=TEAMLOGIN"),
        help=tr("gebruiker van de werkplek die in het team een andere inlognaam heeft"),
    )
    move.set_defaults(handler=cmd_move_in)
    commands.add_parser(
        "compact", help=tr("tabellen herschrijven zodat gewiste gegevens uit de bestanden gaan")
    ).set_defaults(handler=cmd_compact)
    commands.add_parser(
        "forget-password", help=tr("wis het onthouden wachtwoord van deze inlog")
    ).set_defaults(handler=cmd_forget_password)


def _url(args) -> str:
    location = store_location(args)
    if location.url is None:
        raise ZkijdeskError(
            "Teamopdrachten werken op een PostgreSQL-database; geef --database-url."
        )
    return location.url


def _new_password(args, login: str) -> str | None:
    if args.no_password:
        return None
    password = os.environ.get(NEW_PASSWORD_ENV)
    if not password:
        password = prompt(tr("Nieuw wachtwoord voor {login}: ", login=login))
        if password and prompt(tr("Herhaal het wachtwoord: ")) != password:
            raise ZkijdeskError("De twee wachtwoorden zijn niet gelijk; er is niets aangemaakt.")
    if not password:
        raise ZkijdeskError(
            t(
                "Geef het wachtwoord in de terminal of via {variable}, of gebruik "
                "--geen-wachtwoord voor aanmelden met het domeinaccount.",
                variable=NEW_PASSWORD_ENV,
            )
        )
    if len(password) < MIN_PASSWORD:
        raise ZkijdeskError(t("Wachtwoord moet minstens {n} tekens hebben.", n=MIN_PASSWORD))
    return password


def _default_prefix(url: str) -> str:
    import re

    from sqlalchemy.engine import make_url

    database = (make_url(url).database or "team").lower()
    return "zk_" + re.sub(r"[^a-z0-9_]", "_", database)[:36]


def cmd_init(args) -> int:
    from zkijdesk.storage import team_admin

    url = _url(args)
    password = _new_password(args, args.admin)
    roles = team_admin.init_team(
        url, args.prefix or _default_prefix(url), args.admin, args.name or args.admin, password
    )
    print(
        tr(
            "Teamdatabase ingericht; rollen {prefix}_owner, _user, _coach, _teamlead, _admin.",
            prefix=roles.prefix,
        )
    )
    print(
        tr(
            "Functioneel beheerder: {admin}. Voeg teamleden toe met 'zkijdesk team add-user'.",
            admin=args.admin,
        )
    )
    return EXIT_OK


def cmd_upgrade(args) -> int:
    from zkijdesk.storage import team_admin

    head = team_admin.upgrade_team(_url(args))
    print(
        tr("Teamdatabase bijgewerkt naar schema {revision}; beveiliging vernieuwd.", revision=head)
    )
    return EXIT_OK


def cmd_add_user(args) -> int:
    from zkijdesk.storage import team_admin

    url = _url(args)
    existing = team_admin.existing_login(url, args.login)
    password = None if existing else _new_password(args, args.login)
    team_admin.add_user(
        url, args.login, args.name or args.login, args.role, password, valid_until=args.valid_until
    )
    print(tr("Teamlid {login} toegevoegd als {role}.", login=args.login, role=args.role))
    if existing:
        print(tr("De inlog bestond al op de server; het wachtwoord ervan is niet veranderd."))
    return EXIT_OK


def _simple(name: str):
    def handler(args) -> int:
        from zkijdesk.storage import team_admin

        getattr(team_admin, name)(_url(args), args.login)
        print(tr("Gedaan: {command} {login}.", command=args.team_command, login=args.login))
        return EXIT_OK

    return handler


def cmd_grant(args) -> int:
    from zkijdesk.storage import team_admin

    team_admin.grant_role(_url(args), args.login, args.role)
    print(tr("{login} heeft nu de rol {role}.", login=args.login, role=args.role))
    return EXIT_OK


def cmd_status(args) -> int:
    from zkijdesk.storage import team_admin

    roles, people, problems = team_admin.status(_url(args))
    print(tr("Team {prefix}: {n} gebruiker(s).", prefix=roles.prefix, n=len(people)))
    for person in people:
        if not person.in_team:
            state = tr("uit het team")
        elif person.active and person.can_login:
            state = tr("actief")
        else:
            state = tr("uitgeschakeld")
        role = translate_choice(dutch_label(person.role) or person.role.value)
        print(f"  {person.login:<24} {role:<22} {state:<13} {person.display_name}")
    for problem in problems:
        print(tr("Probleem: {problem}", problem=translate_message(problem)), file=sys.stderr)
    return EXIT_FAIL if problems else EXIT_OK


def cmd_forget_password(args) -> int:
    from zkijdesk.storage.connect import forget_password

    forget_password(_url(args))
    print(tr("Onthouden wachtwoord gewist (als er een was)."))
    return EXIT_OK


def cmd_compact(args) -> int:
    from zkijdesk.storage import team_admin

    waiting = team_admin.compact(_url(args))
    print(
        tr(
            "Tabellen met persoonsgegevens herschreven ({n} wissing(en) wachtten hierop); "
            "kopieën in WAL-bestanden en back-ups van de server blijven tot hun bewaartermijn "
            "voorbij is.",
            n=waiting,
        )
    )
    return EXIT_OK


def cmd_move_in(args) -> int:
    from zkijdesk.storage import team_admin
    from zkijdesk.storage.location import StoreLocation

    mapping = {}
    for pair in args.map_user:
        local, equals, login = pair.partition("=")
        if not equals or not local or not login:
            raise ZkijdeskError("Geef --map-user als lokaal=teamlogin.")
        mapping[local.strip().lower()] = login.strip()
    path = args.file.expanduser().absolute()
    location = StoreLocation(path=path)
    report = team_admin.move_in_store(
        _url(args),
        location,
        prompt=prompt,
        user_mapping=mapping,
        progress=lambda message: print(f"  {translate_message(message)} …", flush=True),
    )
    print(tr("Opslag {name} verhuisd naar de teamdatabase:", name=path.name))
    for line in report.lines():
        print(f"  {translate_message(line)}")
    return EXIT_OK
