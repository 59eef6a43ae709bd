"""Moving in from the command line: ``import`` a sheet, ``import-undo`` a batch, and
``import-template`` for the example sheet.

The file is read once; the preview and the write use the same bytes, so what is
written is what was checked. Every refused row is listed with its row number and
sentences (never a value from the row), and the XLSX report says the same per row.
"""

from __future__ import annotations

from pathlib import Path

from zkijdesk.cli_support import EXIT_OK, with_store
from zkijdesk.domain.errors import ZkijdeskError

#: How many refused rows the terminal lists; the report has all of them.
SHOWN_PROBLEMS = 50


def register(sub) -> None:
    imp = sub.add_parser(
        "import", help="importeer cliënten en routes uit een spreadsheet (xlsx, ods, csv)"
    )
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("--sheet", default=None, metavar="NAAM", help="werkblad (standaard: eerste)")
    imp.add_argument(
        "--mapping", type=Path, default=None, metavar="KOPPELING.json", help="opgeslagen koppeling"
    )
    imp.add_argument(
        "--save-mapping",
        type=Path,
        default=None,
        metavar="KOPPELING.json",
        help="sla de gebruikte koppeling op voor een volgende keer",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="alleen controleren; er wordt niets opgeslagen"
    )
    imp.add_argument(
        "--report",
        type=Path,
        default=None,
        metavar="VERSLAG.xlsx",
        help="verslag per regel (standaard naast het bestand: <naam>-importverslag.xlsx)",
    )
    imp.add_argument(
        "--duplicates",
        choices=("overslaan", "aanvullen", "nieuw"),
        default="overslaan",
        help="wat te doen met dubbele cliënten, waar die keuze kan (standaard: overslaan)",
    )
    imp.add_argument(
        "--choice",
        action="append",
        default=[],
        metavar="REGEL=KEUZE",
        help="keuze voor één dubbele regel, bijvoorbeeld 12=aanvullen (mag vaker)",
    )
    imp.set_defaults(handler=cmd_import)
    undo = sub.add_parser("import-undo", help="maak een import ongedaan (hele batch)")
    undo.add_argument("batch", type=int, metavar="BATCH")
    undo.set_defaults(handler=cmd_import_undo)
    template = sub.add_parser(
        "import-template", help="schrijf het voorbeeldbestand met alle kolommen"
    )
    template.add_argument("out", type=Path, metavar="BESTAND.xlsx")
    template.set_defaults(handler=cmd_import_template)


def _choices(args) -> dict[int, str]:
    chosen: dict[int, str] = {}
    for text in args.choice:
        number, _, choice = text.partition("=")
        if not number.strip().isdigit() or choice not in ("overslaan", "aanvullen", "nieuw"):
            raise ZkijdeskError(
                "--choice heeft de vorm REGEL=KEUZE, met overslaan, aanvullen of nieuw."
            )
        chosen[int(number)] = choice
    return chosen


def cmd_import(args) -> int:
    from zkijdesk.services.importing.plan import Action, Choice, describe_creates

    chosen = _choices(args)

    def work(store, actor):
        from zkijdesk.services.importing.report import write_report
        from zkijdesk.services.importing.service import ImportService

        service = ImportService(store, actor)
        source = service.open(args.file)
        table = service.table(source, args.sheet)
        mapping = service.suggest(table, args.mapping)
        _print_reading(table, mapping)
        if args.save_mapping is not None:
            from zkijdesk.atomic import atomic_write

            with atomic_write(args.save_mapping, "w", encoding="utf-8") as fh:
                fh.write(mapping.to_json(table.headers))
            print(f"Koppeling opgeslagen: {args.save_mapping}")
        preview = service.preview(source, table, mapping)
        for row in preview.rows:
            if row.duplicate is None:
                continue
            if row.duplicate.joins and row.number not in chosen:
                continue  # a row per contact moment joins its client unless told otherwise
            wanted = Choice(chosen.get(row.number, args.duplicates))
            if wanted in row.duplicate.choices:
                service.choose(preview, row.number, wanted)
        result_rows = preview.rows
        if not args.dry_run:
            result = service.run(source, preview)
            result_rows = result.rows
        _print_rows(result_rows)
        report = args.report
        if report is None and not args.dry_run:
            report = args.file.with_name(f"{args.file.stem}-importverslag.xlsx")
        if report is not None:
            write_report(report, table, result_rows)
            print(f"Verslag per regel: {report}")
        counts = {a: sum(1 for r in result_rows if r.action is a) for a in Action}
        line = (
            f"{counts[Action.CREATE]} nieuw, {counts[Action.UPDATE]} aangevuld, "
            f"{counts[Action.SKIP]} overgeslagen, {counts[Action.REFUSE]} geweigerd"
        )
        if args.dry_run:
            print(f"Proefimport, niets opgeslagen: {line}.")
            made: dict[str, int] = {}
            for row in result_rows:
                for key, count in row.creates().items():
                    made[key] = made.get(key, 0) + count
            if made:
                print(f"Zou worden aangemaakt: {describe_creates(made)}.")
        else:
            c = result.counts
            print(
                f"Import {result.batch_id} opgeslagen: {line}; {c['clients']} cliënten, "
                f"{c['routes']} routes, {c['trainings']} scholingen, {c['placements']} "
                f"plaatsingen, {c['contacts']} contacten, {c['employers']} nieuwe werkgevers."
            )
            if "vacancies" in c:
                print(
                    f"{c['vacancies']} vacatures bij hun werkgevers, "
                    f"{c.get('employer_contacts', 0)} contactpersonen."
                )
                if c.get("skills"):
                    print(f"{c['skills']} vaardigheden bij vacatures.")
            else:
                print(f"{c.get('skills', 0)} vaardigheden bij cliënten.")
            print(f"Ongedaan maken: zkijdesk import-undo {result.batch_id}")
        return EXIT_OK

    return with_store(args, work)


def _print_reading(table, mapping) -> None:
    from zkijdesk.services.importing.mapping import field_label

    where = f"werkblad {table.sheet}, " if table.sheet else ""
    print(f"Gelezen: {where}kopregel op regel {table.header_row}, {len(table.rows)} regels.")
    for number, why in table.left_out:
        print(f"  regel {number} overgeslagen ({why})")
    used = [
        f"{table.headers[col]} → {field_label(key)}" for col, key in sorted(mapping.columns.items())
    ]
    print("Kolommen: " + "; ".join(used))
    unused = [h for i, h in enumerate(table.headers) if h and i not in mapping.columns]
    if unused:
        print("Niet gebruikt: " + "; ".join(unused))


def _print_rows(rows) -> None:
    from zkijdesk.services.importing.plan import Action

    shown = 0
    for row in rows:
        if row.action is Action.REFUSE:
            shown += 1
            if shown <= SHOWN_PROBLEMS:
                print(f"Regel {row.number}: geweigerd. {row.summary}")
        elif row.duplicate is not None:
            print(f"Regel {row.number}: {row.duplicate.sentence()} Keuze: {row.choice}.")
    if shown > SHOWN_PROBLEMS:
        print(f"... en nog {shown - SHOWN_PROBLEMS} geweigerde regels; zie het verslag.")


def cmd_import_undo(args) -> int:
    def work(store, actor):
        from zkijdesk.services.importing.service import ImportService

        counts = ImportService(store, actor).undo(args.batch)
        print(
            f"Import {args.batch} ongedaan gemaakt: {counts['clients']} cliënten, "
            f"{counts['routes']} routes, {counts['trainings']} scholingen en "
            f"{counts['placements']} plaatsingen verwijderd; {counts['updated']} bestaande "
            "dossiers teruggezet."
        )
        return EXIT_OK

    return with_store(args, work)


def cmd_import_template(args) -> int:
    from zkijdesk.services.importing.template import write_template

    print(f"Voorbeeldbestand geschreven: {write_template(args.out)}")
    return EXIT_OK
