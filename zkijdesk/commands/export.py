"""Monthly figures: export with disclosure control, the ledger, the threshold, contributions."""

from __future__ import annotations

import sys
from pathlib import Path

from zkijdesk.cli_support import EXIT_FAIL, EXIT_OK, confirm, tr, with_store
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.i18n import translate_message


def register(sub) -> None:
    export = sub.add_parser(
        "export", help=tr("maak de maandcijfers (PDF, HTML, XLSX, CSV, JSON) met geheimhouding")
    )
    export.add_argument("--month", required=True, metavar=tr("JJJJ-MM"), help=tr("verslagmaand"))
    export.add_argument("--out", type=Path, required=True, metavar=tr("MAP"), help=tr("uitvoermap"))
    export.add_argument(
        "--formats",
        default="pdf,html,xlsx,csv,json",
        help=tr(
            "een of meer van pdf,html,xlsx,csv,json (bij pdf komt altijd de toegankelijke html)"
        ),
    )
    export.add_argument(
        "--source",
        choices=["opslag", "bijdragen"],
        default="opslag",
        help=tr("tel uit deze opslag of uit de geïmporteerde bijdragen van het team"),
    )
    export.set_defaults(handler=cmd_export)

    threshold = sub.add_parser("threshold", help=tr("toon of wijzig de drempel voor publicatie"))
    threshold.add_argument(
        "--set", type=int, default=None, metavar="N", dest="value", help=tr("de nieuwe drempel")
    )
    threshold.set_defaults(handler=cmd_threshold)

    contact = sub.add_parser("contact", help=tr("toon of wijzig het contact in de maandcijfers"))
    contact.add_argument(
        "--set",
        default=None,
        metavar=tr("TEKST"),
        dest="value",
        help=tr("het nieuwe contact voor vragen over de cijfers"),
    )
    contact.set_defaults(handler=cmd_contact)

    ledger = sub.add_parser("publications", help=tr("toon wat eerder is gepubliceerd"))
    ledger.add_argument(
        "--year", type=int, default=None, metavar=tr("JAAR"), help=tr("alleen dit jaar")
    )
    ledger.set_defaults(handler=cmd_publications)

    contribution = sub.add_parser(
        "contribution", help=tr("bijdragen voor teams zonder gedeelde database")
    )
    steps = contribution.add_subparsers(dest="step", required=True)
    team_key = steps.add_parser("team-key", help=tr("teamleider: maak een sleutel voor bijdragen"))
    team_key.add_argument("--out", type=Path, required=True, help=tr("bestand voor de coaches"))
    team_key.set_defaults(handler=cmd_team_key)
    trust = steps.add_parser(
        "trust-team-key", help=tr("coach: vertrouw de sleutel van de teamleider")
    )
    trust.add_argument(
        "file", type=Path, metavar=tr("BESTAND"), help=tr("het sleutelbestand van de teamleider")
    )
    trust.add_argument(
        "--fingerprint",
        default=None,
        metavar=tr("VINGERAFDRUK"),
        help=tr("de vingerafdruk die de teamleider u noemt (anders gevraagd)"),
    )
    trust.set_defaults(handler=cmd_trust)
    mine = steps.add_parser(
        "my-key", help=tr("coach: schrijf uw publieke sleutel voor de teamleider")
    )
    mine.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=tr("BESTAND"),
        help=tr("bestand voor de teamleider"),
    )
    mine.set_defaults(handler=cmd_my_key)
    reg = steps.add_parser("register", help=tr("teamleider: registreer de sleutel van een coach"))
    reg.add_argument(
        "file", type=Path, metavar=tr("BESTAND"), help=tr("het sleutelbestand van de coach")
    )
    reg.add_argument(
        "--name", default=None, metavar=tr("NAAM"), help=tr("naam van de coach in het overzicht")
    )
    reg.set_defaults(handler=cmd_register)
    make = steps.add_parser("export", help=tr("coach: maak de bijdrage van een maand"))
    make.add_argument(
        "--month", required=True, metavar=tr("JJJJ-MM"), help=tr("maand van de bijdrage")
    )
    make.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=tr("MAP"),
        help=tr("map voor het bijdragebestand"),
    )
    make.set_defaults(handler=cmd_contribution_export)
    imp = steps.add_parser("import", help=tr("teamleider: importeer bijdragen"))
    imp.add_argument(
        "files", type=Path, nargs="+", metavar=tr("BESTAND"), help=tr("bijdragebestanden (.zkb)")
    )
    imp.set_defaults(handler=cmd_contribution_import)
    status = steps.add_parser("status", help=tr("teamleider: welke bijdragen ontbreken nog"))
    status.add_argument("--month", required=True, metavar=tr("JJJJ-MM"), help=tr("verslagmaand"))
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
            tr(
                "Maandcijfers {period} geschreven (versie {version}); controle geslaagd, "
                "{suppressed} cijfers geheim:",
                period=result.period,
                version=result.version,
                suppressed=audit.suppressed,
            )
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
        print(tr("Drempel voor publicatie: {n}", n=service.threshold()))
        return EXIT_OK

    return with_store(args, work)


def cmd_contact(args) -> int:
    def work(store, actor):
        service = _reporting(store, actor)
        if args.value is not None:
            service.set_contact(args.value)
        contact = service.contact() or tr("(niet ingesteld)")
        print(tr("Contact in de maandcijfers: {contact}", contact=contact))
        return EXIT_OK

    return with_store(args, work)


def cmd_publications(args) -> int:
    def work(store, actor):
        rows = _reporting(store, actor).ledger(args.year)
        if not rows:
            print(tr("Nog niets gepubliceerd."))
        for p in rows:
            print(
                tr(
                    "{period} versie {version} ({source}, drempel {threshold}): {cells} cijfers, "
                    "{suppressed} geheim, {made}",
                    period=p.period,
                    version=p.version,
                    source=p.source,
                    threshold=p.threshold,
                    cells=p.cell_count,
                    suppressed=p.suppressed_count,
                    made=f"{p.created_at:%d-%m-%Y %H:%M}",
                )
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
        print(tr("Teamleidersleutel gemaakt; geef {file} aan de coaches.", file=args.out))
        print(
            tr(
                "Vingerafdruk (laat coaches die telefonisch vergelijken): {fingerprint}",
                fingerprint=info.fingerprint,
            )
        )
        return EXIT_OK

    return with_store(args, work)


def cmd_trust(args) -> int:
    """The key is trusted only once its fingerprint is the one the team lead reads out:
    given with --fingerprint, or confirmed on the terminal."""

    def work(store, actor):
        service = _contributions(store, actor)
        fingerprint = args.fingerprint
        if fingerprint is None:
            found = service.read_team_key_file(args.file)
            print(
                tr(
                    "Vingerafdruk van deze sleutel ({label}): {fingerprint}",
                    label=found.label,
                    fingerprint=found.fingerprint,
                )
            )
            if not confirm(tr("Noemt de teamleider precies deze vingerafdruk?")):
                print(
                    tr(
                        "Niet vertrouwd. Geef met --fingerprint de vingerafdruk die de "
                        "teamleider u noemt."
                    ),
                    file=sys.stderr,
                )
                return EXIT_FAIL
            # The bytes whose fingerprint the coach just confirmed, not the file again.
            info = service.trust_team_key(found.file_bytes, found.fingerprint)
        else:
            info = service.trust_team_key_file(args.file, fingerprint)
        print(
            tr(
                "Sleutel van de teamleider vertrouwd; vingerafdruk {fingerprint}.",
                fingerprint=info.fingerprint,
            )
        )
        return EXIT_OK

    return with_store(args, work)


def cmd_my_key(args) -> int:
    def work(store, actor):
        info = _contributions(store, actor).my_key()
        _write_key(args.out, info.file_bytes)
        print(
            tr(
                "Uw publieke sleutel staat in {file}; vingerafdruk {fingerprint}.",
                file=args.out,
                fingerprint=info.fingerprint,
            )
        )
        return EXIT_OK

    return with_store(args, work)


def cmd_register(args) -> int:
    def work(store, actor):
        view = _contributions(store, actor).register_contributor(args.file.read_bytes(), args.name)
        print(
            tr(
                "Bijdrager {name} geregistreerd; vingerafdruk {fingerprint}.",
                name=view.name,
                fingerprint=view.fingerprint,
            )
        )
        return EXIT_OK

    return with_store(args, work)


def cmd_contribution_export(args) -> int:
    def work(store, actor):
        path = _contributions(store, actor).make_contribution(args.month, args.out)
        print(tr("Bijdrage geschreven: {file}", file=path))
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
                print(f"zkijdesk: {path.name}: {translate_message(exc.message)}")
                continue
            if result.replaced:
                line = tr(
                    "{file}: bijdrage van {contributor} voor {period} vervangen.",
                    file=path.name,
                    contributor=result.contributor,
                    period=result.period,
                )
            else:
                line = tr(
                    "{file}: bijdrage van {contributor} voor {period} geïmporteerd.",
                    file=path.name,
                    contributor=result.contributor,
                    period=result.period,
                )
            print(line)
        return EXIT_FAIL if failed else EXIT_OK

    return with_store(args, work)


def cmd_contribution_status(args) -> int:
    def work(store, actor):
        status = _contributions(store, actor).status(args.month)
        print(tr("Bijdragen voor {period}:", period=status.period))
        for name, made_at, _imported in status.received:
            made = f"{made_at:%d-%m-%Y %H:%M}"
            print("  " + tr("ontvangen: {name} (gemaakt {made})", name=name, made=made))
        for name in status.missing:
            print("  " + tr("ontbreekt: {name}", name=name))
        return EXIT_OK

    return with_store(args, work)
