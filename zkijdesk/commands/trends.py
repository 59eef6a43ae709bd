"""The region's yearly placement aims, which the trends dashboard sets placements against."""

from __future__ import annotations

from zkijdesk.cli_support import EXIT_OK, tr, with_store


def register(sub) -> None:
    aims = sub.add_parser(
        "aims", help=tr("toon of wijzig het streefcijfer plaatsingen per jaar (beheerder)")
    )
    aims.add_argument("--year", type=int, default=None, metavar=tr("JJJJ"), help=tr("het jaar"))
    change = aims.add_mutually_exclusive_group()
    change.add_argument(
        "--set", type=int, default=None, metavar="N", dest="value", help=tr("het nieuwe doel")
    )
    change.add_argument("--clear", action="store_true", help=tr("haal het streefcijfer weg"))
    aims.set_defaults(handler=cmd_aims)


def cmd_aims(args) -> int:
    from zkijdesk.domain.errors import ValidationError
    from zkijdesk.services.trends import TrendsService

    def work(store, actor):
        service = TrendsService(store, actor)
        if args.value is not None or args.clear:
            if args.year is None:
                raise ValidationError("year", "Jaar is verplicht.")
            service.set_placement_aim(args.year, None if args.clear else args.value)
        aims = service.placement_aims()
        if not aims:
            print(tr("Nog geen streefcijfer ingevoerd."))
        for year, aim in sorted(aims.items()):
            print(tr("{year}: {n} plaatsingen", year=year, n=aim))
        return EXIT_OK

    return with_store(args, work)
