"""A file shared with a colleague, and to-dos left with a colleague who lost the file:
what the file's ``Meer acties`` and the team lead's Team page do, from the command line."""

from __future__ import annotations

from zkijdesk.cli_support import EXIT_OK, tr, with_store


def register(sub) -> None:
    share = sub.add_parser(
        "share", help=tr("toon met wie een dossier gedeeld is, deel het of beëindig dat")
    )
    share.add_argument("--client", type=int, required=True, help=tr("cliënt-id"))
    action = share.add_mutually_exclusive_group()
    action.add_argument(
        "--with",
        dest="with_user",
        metavar=tr("GEBRUIKER"),
        help=tr("deel het dossier met deze collega (gebruikersnaam)"),
    )
    action.add_argument(
        "--end",
        dest="end_user",
        metavar=tr("GEBRUIKER"),
        help=tr("beëindig het delen met deze collega; diens open taken gaan naar de coach"),
    )
    share.set_defaults(handler=cmd_share)

    stray = sub.add_parser(
        "stray-tasks",
        help=tr("open taken bij collega's die het dossier niet meer zien (teamleider)"),
    )
    stray.add_argument(
        "--hand-over", action="store_true", help=tr("geef ze aan de coach van elk dossier")
    )
    stray.set_defaults(handler=cmd_stray_tasks)


def cmd_share(args) -> int:
    from zkijdesk.services.sharing import SharingService
    from zkijdesk.services.users import colleague_id

    def work(store, actor):
        sharing = SharingService(store, actor)
        if args.with_user:
            sharing.share(args.client, colleague_id(store, args.with_user))
            print(
                tr("Dossier {client} gedeeld met {user}.", client=args.client, user=args.with_user)
            )
        elif args.end_user:
            leaving = colleague_id(store, args.end_user)
            moved = sharing.unshare(args.client, leaving)
            print(
                tr(
                    "Delen met {user} beëindigd; {n} open taak/taken naar de coach.",
                    user=args.end_user,
                    n=moved,
                )
            )
            if leaving == actor.user_id:
                return EXIT_OK  # the file is no longer theirs to list
        shares = sharing.shares(args.client)
        coach = shares.coach[1] if shares.coach is not None else "—"
        print(tr("Coach van dossier {client}: {coach}.", client=args.client, coach=coach))
        names = ", ".join(name for _uid, name in shares.shared)
        print(tr("Gedeeld met: {names}.", names=names) if names else tr("Met niemand gedeeld."))
        return EXIT_OK

    return with_store(args, work)


def cmd_stray_tasks(args) -> int:
    from zkijdesk.services.caseload import CaseloadService

    def work(store, actor):
        caseload = CaseloadService(store, actor)
        if args.hand_over:
            moved = caseload.hand_over_stray_tasks()
            print(tr("{n} taak/taken naar de coach van het dossier.", n=moved))
        else:
            print(
                tr(
                    "{n} open taak/taken staan bij een collega die het dossier niet meer ziet.",
                    n=caseload.stray_tasks(),
                )
            )
        return EXIT_OK

    return with_store(args, work)
