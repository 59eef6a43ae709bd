"""Monthly figures: export with disclosure control, the ledger, the threshold, contributions."""

from __future__ import annotations

from pathlib import Path

from zkijdesk.cli_support import EXIT_FAIL, EXIT_OK, with_store
from zkijdesk.domain.errors import ZkijdeskError


def register(sub) -> None:
    export = sub.add_parser(
        "export", help="maak de maandcijfers (PDF, HTML, XLSX, CSV, JSON) met geheimhouding"
    )
    export.add_argument("--month", required=True, metavar="JJJJ-MM", help="verslagmaand")
    export.add_argument("--out", type=Path, required=True, metavar="MAP", help="uitvoermap")
    export.add_argument(
        "--formats",
        default="pdf,html,xlsx,csv,json",
        help="een of meer van pdf,html,xlsx,csv,json (bij pdf komt altijd de toegankelijke html)",
    )
    export.add_argument(
        "--source",
        choices=["opslag", "bijdragen"],
        default="opslag",
        help="tel uit deze opslag of uit de geïmporteerde bijdragen van het team",
    )
    export.set_defaults(handler=cmd_export)

    threshold = sub.add_parser("threshold", help="toon of wijzig de drempel voor publicatie")
    threshold.add_argument("--set", type=int, default=None, metavar="N", dest="value")
    threshold.set_defaults(handler=cmd_threshold)

    contact = sub.add_parser("contact", help="toon of wijzig het contact in de maandcijfers")
    contact.add_argument("--set", default=None, metavar="TEKST", dest="value")
    contact.set_defaults(handler=cmd_contact)

    ledger = sub.add_parser("publications", help="toon wat eerder is gepubliceerd")
    ledger.add_argument("--year", type=int, default=None)
    ledger.set_defaults(handler=cmd_publications)

    contribution = sub.add_parser(
        "contribution", help="bijdragen voor teams zonder gedeelde database"
    )
    steps = contribution.add_subparsers(dest="step", required=True)
    team_key = steps.add_parser("team-key", help="teamleider: maak een sleutel voor bijdragen")
    team_key.add_argument("--out", type=Path, required=True, help="bestand voor de coaches")
    team_key.set_defaults(handler=cmd_team_key)
    trust = steps.add_parser("trust-team-key", help="coach: vertrouw de sleutel van de teamleider")
    trust.add_argument("file", type=Path)
    trust.set_defaults(handler=cmd_trust)
    mine = steps.add_parser("my-key", help="coach: schrijf uw publieke sleutel voor de teamleider")
    mine.add_argument("--out", type=Path, required=True)
    mine.set_defaults(handler=cmd_my_key)
    reg = steps.add_parser("register", help="teamleider: registreer de sleutel van een coach")
    reg.add_argument("file", type=Path)
    reg.add_argument("--name", default=None)
    reg.set_defaults(handler=cmd_register)
    make = steps.add_parser("export", help="coach: maak de bijdrage van een maand")
    make.add_argument("--month", required=True, metavar="JJJJ-MM")
    make.add_argument("--out", type=Path, required=True, metavar="MAP")
    make.set_defaults(handler=cmd_contribution_export)
    imp = steps.add_parser("import", help="teamleider: importeer bijdragen")
    imp.add_argument("files", type=Path, nargs="+")
    imp.set_defaults(handler=cmd_contribution_import)
    status = steps.add_parser("status", help="teamleider: welke bijdragen ontbreken nog")
    status.add_argument("--month", required=True, metavar="JJJJ-MM")
    status.set_defaults(handler=cmd_contribution_status)


def _reporting(store, actor):
    from zkijdesk.services.reporting import ReportingService

    return ReportingService(store, actor)


def _contributions(store, actor):
    from zkijdesk.services.reporting_contributions import ContributionService

    return ContributionService(store, actor)


def cmd_export(args) -> int:
    def work(store, actor):
        result = _reporting(store, actor).export(
            args.month, args.out, args.formats, source=args.source
        )
        audit = result.audit
        print(
            f"Maandcijfers {result.period} geschreven (versie {result.version}); controle "
            f"geslaagd, {audit.suppressed} cijfers geheim:"
        )
        for path in result.files:
            print(f"  {path}")
        return EXIT_OK

    return with_store(args, work)


def cmd_threshold(args) -> int:
    def work(store, actor):
        service = _reporting(store, actor)
        if args.value is not None:
            service.set_threshold(args.value)
        print(f"Drempel voor publicatie: {service.threshold()}")
        return EXIT_OK

    return with_store(args, work)


def cmd_contact(args) -> int:
    def work(store, actor):
        service = _reporting(store, actor)
        if args.value is not None:
            service.set_contact(args.value)
        print(f"Contact in de maandcijfers: {service.contact() or '(niet ingesteld)'}")
        return EXIT_OK

    return with_store(args, work)


def cmd_publications(args) -> int:
    def work(store, actor):
        rows = _reporting(store, actor).ledger(args.year)
        if not rows:
            print("Nog niets gepubliceerd.")
        for p in rows:
            print(
                f"{p.period} versie {p.version} ({p.source}, drempel {p.threshold}): "
                f"{p.cell_count} cijfers, {p.suppressed_count} geheim, "
                f"{p.created_at:%d-%m-%Y %H:%M}"
            )
        return EXIT_OK

    return with_store(args, work)


def _write_key(path: Path, data: bytes) -> None:
    from zkijdesk.atomic import atomic_write

    with atomic_write(path) as fh:
        fh.write(data)


def cmd_team_key(args) -> int:
    def work(store, actor):
        info = _contributions(store, actor).create_team_key()
        _write_key(args.out, info.file_bytes)
        print(f"Teamleidersleutel gemaakt; geef {args.out} aan de coaches.")
        print(f"Vingerafdruk (laat coaches die telefonisch vergelijken): {info.fingerprint}")
        return EXIT_OK

    return with_store(args, work)


def cmd_trust(args) -> int:
    def work(store, actor):
        info = _contributions(store, actor).trust_team_key(args.file.read_bytes())
        print(f"Sleutel van de teamleider vertrouwd; vingerafdruk {info.fingerprint}.")
        print("Vergelijk deze vingerafdruk met wat de teamleider u zegt.")
        return EXIT_OK

    return with_store(args, work)


def cmd_my_key(args) -> int:
    def work(store, actor):
        info = _contributions(store, actor).my_key()
        _write_key(args.out, info.file_bytes)
        print(f"Uw publieke sleutel staat in {args.out}; vingerafdruk {info.fingerprint}.")
        return EXIT_OK

    return with_store(args, work)


def cmd_register(args) -> int:
    def work(store, actor):
        view = _contributions(store, actor).register_contributor(args.file.read_bytes(), args.name)
        print(f"Bijdrager {view.name} geregistreerd; vingerafdruk {view.fingerprint}.")
        return EXIT_OK

    return with_store(args, work)


def cmd_contribution_export(args) -> int:
    def work(store, actor):
        path = _contributions(store, actor).make_contribution(args.month, args.out)
        print(f"Bijdrage geschreven: {path}")
        return EXIT_OK

    return with_store(args, work)


def cmd_contribution_import(args) -> int:
    def work(store, actor):
        service = _contributions(store, actor)
        failed = 0
        for path in args.files:
            try:
                result = service.import_contribution(path)
            except ZkijdeskError as exc:
                failed += 1
                print(f"zkijdesk: {path.name}: {exc.message}")
                continue
            verb = "vervangen" if result.replaced else "geïmporteerd"
            print(f"{path.name}: bijdrage van {result.contributor} voor {result.period} {verb}.")
        return EXIT_FAIL if failed else EXIT_OK

    return with_store(args, work)


def cmd_contribution_status(args) -> int:
    def work(store, actor):
        status = _contributions(store, actor).status(args.month)
        print(f"Bijdragen voor {status.period}:")
        for name, made_at, _imported in status.received:
            print(f"  ontvangen: {name} (gemaakt {made_at:%d-%m-%Y %H:%M})")
        for name in status.missing:
            print(f"  ontbreekt: {name}")
        return EXIT_OK

    return with_store(args, work)
