"""The WSP on the command line: ranked matches with their reasons.

``zkijdesk match --vacancy ID [--scope mine|team]`` lists candidates for a vacancy,
``zkijdesk match --client ID`` open vacancies for a client. The global ``--user``
says who asks; the same access rules, pseudonymisation and audit entry apply as in
the app.
"""

from __future__ import annotations

from zkijdesk.cli_support import EXIT_OK, actor_from_args, open_from_args, tr
from zkijdesk.i18n import translate_message


def _parts() -> dict[str, str]:
    """The score's parts by key, in the reader's language."""
    return {
        "skills": tr("vaardigheden"),
        "sector": tr("sector"),
        "distance": tr("afstand"),
        "hours": tr("uren"),
        "availability": tr("beschikbaarheid"),
    }


def register(sub) -> None:
    match = sub.add_parser(
        "match",
        help=tr("passende kandidaten voor een vacature, of vacatures voor een cliënt, met redenen"),
    )
    which = match.add_mutually_exclusive_group(required=True)
    which.add_argument("--vacancy", type=int, metavar="ID", help=tr("vacature-id: zoek kandidaten"))
    which.add_argument("--client", type=int, metavar="ID", help=tr("cliënt-id: zoek vacatures"))
    match.add_argument(
        "--scope",
        choices=("mine", "team"),
        default="mine",
        help=tr("met --vacancy: eigen cliënten (standaard) of het hele team (gepseudonimiseerd)"),
    )
    match.add_argument(
        "--limit", type=int, default=10, metavar="N", help=tr("hoeveel suggesties (standaard 10)")
    )
    match.set_defaults(handler=cmd_match)


def cmd_match(args) -> int:
    from zkijdesk.services.matching import MatchingService

    store = open_from_args(args)
    try:
        service = MatchingService(store, actor_from_args(store, args))
        limit = max(1, args.limit)
        if args.vacancy is not None:
            found = service.candidates(args.vacancy, scope=args.scope, limit=limit)
            print(_vacancy_heading(args, found))
        else:
            found = service.vacancies_for(args.client, limit=limit)
            print(_client_heading(args, found))
    finally:
        store.close()
    for suggestion in found:
        print()
        print("\n".join(describe(suggestion, for_vacancy=args.vacancy is not None)))
    return EXIT_OK


def _vacancy_heading(args, found) -> str:
    who = tr("eigen cliënten") if args.scope == "mine" else tr("hele team, gepseudonimiseerd")
    if not found:
        return tr(
            "Geen actieve cliënten gevonden voor vacature {vacancy} ({who}).",
            vacancy=args.vacancy,
            who=who,
        )
    first = found[0]
    return tr(
        "Kandidaten voor vacature {vacancy}: {occupation} · {employer} ({who}; {n} beste)",
        vacancy=args.vacancy,
        occupation=first.occupation,
        employer=first.employer_name,
        who=who,
        n=len(found),
    )


def _client_heading(args, found) -> str:
    if not found:
        return tr("Geen open vacatures gevonden voor cliënt {client}.", client=args.client)
    first = found[0]
    return tr(
        "Vacatures voor cliënt {client}: {name} ({number}); {n} beste",
        client=args.client,
        name=first.name,
        number=first.client_number,
        n=len(found),
    )


def describe(s, *, for_vacancy: bool) -> list[str]:
    """One suggestion as a few indented lines: who or what, the score, and why."""
    if for_vacancy:
        if s.name:
            who = f"{s.name} ({s.client_number})"
        else:
            coach = s.coach_name or tr("een collega")
            who = tr("{number} (cliënt van {coach})", number=s.client_number, coach=coach)
    else:
        who = tr(
            "{occupation} · {employer} (vacature {vacancy})",
            occupation=s.occupation,
            employer=s.employer_name,
            vacancy=s.vacancy_id,
        )
    names = _parts()
    parts = " · ".join(f"{names[key]} {value}" for key, value in s.parts)
    distance = f" · {s.km:.0f} km" if s.km is not None else ""
    lines = [f"{s.rank:>2}. {who} — score {s.total:.0f}", f"    {parts}{distance}"]
    rows = (
        (tr("past"), "; ".join(s.matched_required + s.matched_desired)),
        (tr("mist (vereist)"), "; ".join(s.missing_required)),
        (tr("mist (gewenst)"), "; ".join(s.missing_desired)),
        # Sentences of the matching rules (domain/matching.py), each by its catalogue id.
        (tr("scholing"), "; ".join(translate_message(step) for step in s.training_route)),
        (tr("let op"), " ".join(translate_message(note) for note in s.notes)),
    )
    width = max(len(label) for label, _ in rows) + 2  # 16 in Dutch; wider labels, wider column
    for label, text in rows:
        if text:
            lines.append(f"    {label + ':':<{width}}{text}")
    return lines
