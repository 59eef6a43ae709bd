"""Moving in from the command line: ``import`` a sheet, ``import-undo`` a batch, and
``import-template`` for the example sheet.

The file is read once; the preview and the write use the same bytes, so what is
written is what was checked. Every refused row is listed with its row number and
sentences (never a value from the row), and the XLSX report says the same per row.
"""

from __future__ import annotations

from pathlib import Path

from zkijdesk.cli_support import EXIT_OK, tr, with_store
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.i18n import translate_label, translate_message

#: How many refused rows the terminal lists; the report has all of them.
SHOWN_PROBLEMS = 50


def register(sub) -> None:
    imp = sub.add_parser(
        "import", help=tr("importeer cliënten en routes uit een spreadsheet (xlsx, ods, csv)")
    )
    imp.add_argument(
        "file", type=Path, metavar=tr("BESTAND"), help=tr("het rekenblad (.xlsx of .csv)")
    )
    imp.add_argument(
        "--sheet", default=None, metavar=tr("NAAM"), help=tr("werkblad (standaard: eerste)")
    )
    imp.add_argument(
        "--mapping",
        type=Path,
        default=None,
        metavar=tr("KOPPELING.json"),
        help=tr("opgeslagen koppeling"),
    )
    imp.add_argument(
        "--save-mapping",
        type=Path,
        default=None,
        metavar=tr("KOPPELING.json"),
        help=tr("sla de gebruikte koppeling op voor een volgende keer"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=tr("alleen controleren; er wordt niets opgeslagen")
    )
    imp.add_argument(
        "--report",
        type=Path,
        default=None,
        metavar=tr("VERSLAG.xlsx"),
        help=tr("verslag per regel (standaard naast het bestand: <naam>-importverslag.xlsx)"),
    )
    imp.add_argument(
        "--duplicates",
        choices=("overslaan", "aanvullen", "nieuw"),
        default="overslaan",
        help=tr("wat te doen met dubbele cliënten, waar die keuze kan (standaard: overslaan)"),
    )
    imp.add_argument(
        "--choice",
        action="append",
        default=[],
        metavar=tr("REGEL=KEUZE"),
        help=tr("keuze voor één dubbele regel, bijvoorbeeld 12=aanvullen (mag vaker)"),
    )
    imp.set_defaults(handler=cmd_import)
    undo = sub.add_parser("import-undo", help=tr("maak een import ongedaan (hele batch)"))
    undo.add_argument(
        "batch", type=int, metavar=tr("NUMMER"), help=tr("nummer van de import (zie de uitvoer)")
    )
    undo.set_defaults(handler=cmd_import_undo)
    template = sub.add_parser(
        "import-template", help=tr("schrijf het voorbeeldbestand met alle kolommen")
    )
    template.add_argument(
        "out", type=Path, metavar=tr("BESTAND.xlsx"), help=tr("waar het sjabloon komt")
    )
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
    from zkijdesk.services.importing.plan import Action, Choice

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
            print(tr("Koppeling opgeslagen: {file}", file=args.save_mapping))
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
            print(tr("Verslag per regel: {file}", file=report))
        counts = {a: sum(1 for r in result_rows if r.action is a) for a in Action}
        line = tr(
            "{created} nieuw, {updated} aangevuld, {skipped} overgeslagen, {refused} geweigerd",
            created=counts[Action.CREATE],
            updated=counts[Action.UPDATE],
            skipped=counts[Action.SKIP],
            refused=counts[Action.REFUSE],
        )
        if args.dry_run:
            print(tr("Proefimport, niets opgeslagen: {counts}.", counts=line))
            made: dict[str, int] = {}
            for row in result_rows:
                for key, count in row.creates().items():
                    made[key] = made.get(key, 0) + count
            if made:
                print(tr("Zou worden aangemaakt: {made}.", made=_describe_creates(made)))
        else:
            c = result.counts
            print(
                tr(
                    "Import {batch} opgeslagen: {counts}; {clients} cliënten, {routes} routes, "
                    "{trainings} scholingen, {placements} plaatsingen, {contacts} contacten, "
                    "{employers} nieuwe werkgevers.",
                    batch=result.batch_id,
                    counts=line,
                    clients=c["clients"],
                    routes=c["routes"],
                    trainings=c["trainings"],
                    placements=c["placements"],
                    contacts=c["contacts"],
                    employers=c["employers"],
                )
            )
            if "vacancies" in c:
                print(
                    tr(
                        "{vacancies} vacatures bij hun werkgevers, {contacts} contactpersonen.",
                        vacancies=c["vacancies"],
                        contacts=c.get("employer_contacts", 0),
                    )
                )
                if c.get("skills"):
                    print(tr("{n} vaardigheden bij vacatures.", n=c["skills"]))
            else:
                print(tr("{n} vaardigheden bij cliënten.", n=c.get("skills", 0)))
            print(tr("Ongedaan maken: zkijdesk import-undo {batch}", batch=result.batch_id))
        return EXIT_OK

    return with_store(args, work)


def _describe_creates(made: dict[str, int]) -> str:
    """ "1 cliënt, 3 contacten" (``plan.describe_creates``) in the reader's language: the
    words of ``plan.CREATED_WORDS`` are catalogue ids."""
    from zkijdesk.services.importing.plan import CREATED_WORDS

    return ", ".join(
        f"{made[key]} {translate_message(one if made[key] == 1 else more)}"
        for key, (one, more) in CREATED_WORDS.items()
        if made.get(key)
    )


def _field_label(key: str) -> str:
    """A mapped column's field (``mapping.field_label``) in the reader's language."""
    from zkijdesk.services.importing.mapping import FIELD_BY_KEY, split_key

    base, number = split_key(key)
    label = translate_label(FIELD_BY_KEY[base].label)
    return label if number is None else tr("{field} (contact {n})", field=label, n=number)


def _print_reading(table, mapping) -> None:
    if table.sheet:
        print(
            tr(
                "Gelezen: werkblad {sheet}, kopregel op regel {header}, {n} regels.",
                sheet=table.sheet,
                header=table.header_row,
                n=len(table.rows),
            )
        )
    else:
        print(
            tr(
                "Gelezen: kopregel op regel {header}, {n} regels.",
                header=table.header_row,
                n=len(table.rows),
            )
        )
    for number, why in table.left_out:
        # Why a row was left out is a word of the reader's ("titel", "totaal").
        reason = translate_message(why)
        print("  " + tr("regel {n} overgeslagen ({reason})", n=number, reason=reason))
    used = [
        f"{table.headers[col]} → {_field_label(key)}"
        for col, key in sorted(mapping.columns.items())
    ]
    print(tr("Kolommen: {columns}", columns="; ".join(used)))
    unused = [h for i, h in enumerate(table.headers) if h and i not in mapping.columns]
    if unused:
        print(tr("Niet gebruikt: {columns}", columns="; ".join(unused)))


def _print_rows(rows) -> None:
    from zkijdesk.services.importing.plan import Action

    shown = 0
    for row in rows:
        if row.action is Action.REFUSE:
            shown += 1
            if shown <= SHOWN_PROBLEMS:
                # RowPlan.summary, sentence by sentence in the reader's language.
                why = " ".join(translate_message(sentence) for _, sentence in row.problems)
                print(tr("Regel {n}: geweigerd. {why}", n=row.number, why=why))
        elif row.duplicate is not None:
            print(
                tr(
                    "Regel {n}: {sentence} Keuze: {choice}.",
                    n=row.number,
                    sentence=translate_message(row.duplicate.sentence()),
                    choice=row.choice,
                )
            )
    if shown > SHOWN_PROBLEMS:
        print(
            tr(
                "... en nog {n} geweigerde regels; zie het verslag.",
                n=shown - SHOWN_PROBLEMS,
            )
        )


def cmd_import_undo(args) -> int:
    def work(store, actor):
        from zkijdesk.services.importing.service import ImportService

        counts = ImportService(store, actor).undo(args.batch)
        print(
            tr(
                "Import {batch} ongedaan gemaakt: {clients} cliënten, {routes} routes, "
                "{trainings} scholingen en {placements} plaatsingen verwijderd; {updated} "
                "bestaande dossiers teruggezet.",
                batch=args.batch,
                clients=counts["clients"],
                routes=counts["routes"],
                trainings=counts["trainings"],
                placements=counts["placements"],
                updated=counts["updated"],
            )
        )
        return EXIT_OK

    return with_store(args, work)


def cmd_import_template(args) -> int:
    from zkijdesk.services.importing.template import write_template

    print(tr("Voorbeeldbestand geschreven: {file}", file=write_template(args.out)))
    return EXIT_OK
