"""The WSP on the command line: ranked matches with their reasons.

``zkijdesk match --vacancy ID [--scope mine|team]`` lists candidates for a vacancy,
``zkijdesk match --client ID`` open vacancies for a client. The global ``--user``
says who asks; the same access rules, pseudonymisation and audit entry apply as in
the app.
"""

from __future__ import annotations

from zkijdesk.cli_support import EXIT_OK, actor_from_args, open_from_args

PARTS = {
    "skills": "vaardigheden",
    "sector": "sector",
    "distance": "afstand",
    "hours": "uren",
    "availability": "beschikbaarheid",
}


def register(sub) -> None:
    match = sub.add_parser(
        "match",
        help="passende kandidaten voor een vacature, of vacatures voor een cliënt, met redenen",
    )
    which = match.add_mutually_exclusive_group(required=True)
    which.add_argument("--vacancy", type=int, metavar="ID", help="vacature-id: zoek kandidaten")
    which.add_argument("--client", type=int, metavar="ID", help="cliënt-id: zoek vacatures")
    match.add_argument(
        "--scope",
        choices=("mine", "team"),
        default="mine",
        help="met --vacancy: eigen cliënten (standaard) of het hele team (gepseudonimiseerd)",
    )
    match.add_argument(
        "--limit", type=int, default=10, metavar="N", help="hoeveel suggesties (standaard 10)"
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
    who = "eigen cliënten" if args.scope == "mine" else "hele team, gepseudonimiseerd"
    if not found:
        return f"Geen actieve cliënten gevonden voor vacature {args.vacancy} ({who})."
    first = found[0]
    return (
        f"Kandidaten voor vacature {args.vacancy}: {first.occupation} · {first.employer_name} "
        f"({who}; {len(found)} beste)"
    )


def _client_heading(args, found) -> str:
    if not found:
        return f"Geen open vacatures gevonden voor cliënt {args.client}."
    first = found[0]
    return (
        f"Vacatures voor cliënt {args.client}: {first.name} ({first.client_number}); "
        f"{len(found)} beste"
    )


def describe(s, *, for_vacancy: bool) -> list[str]:
    """One suggestion as a few indented lines: who or what, the score, and why."""
    if for_vacancy:
        who = (
            f"{s.name} ({s.client_number})"
            if s.name
            else f"{s.client_number} (cliënt van {s.coach_name or 'een collega'})"
        )
    else:
        who = f"{s.occupation} · {s.employer_name} (vacature {s.vacancy_id})"
    parts = " · ".join(f"{PARTS[key]} {value}" for key, value in s.parts)
    distance = f" · {s.km:.0f} km" if s.km is not None else ""
    lines = [f"{s.rank:>2}. {who} — score {s.total:.0f}", f"    {parts}{distance}"]
    rows = (
        ("past", "; ".join(s.matched_required + s.matched_desired)),
        ("mist (vereist)", "; ".join(s.missing_required)),
        ("mist (gewenst)", "; ".join(s.missing_desired)),
        ("scholing", "; ".join(s.training_route)),
        ("let op", " ".join(s.notes)),  # whole sentences
    )
    for label, text in rows:
        if text:
            lines.append(f"    {label + ':':<16}{text}")
    return lines
