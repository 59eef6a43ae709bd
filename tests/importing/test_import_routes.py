"""A client on several rows with more than contacts: a row per route, per training or per
placement. What the preview says each row adds, what landed field by field (SQLite and
PostgreSQL, the ``store`` fixture), what is refused when routes overlap or a route or step
is named twice with other details, and that undo takes exactly the batch back out."""

from __future__ import annotations

from datetime import date

from landed import preview_of
from sheets import BSNS, HEADER, person, write_xlsx
from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.i18n import translate_message
from zkijdesk.services.importing.plan import Action, describe_creates
from zkijdesk.services.importing.report import write_report
from zkijdesk.storage.store import check_store

COUNTED = (
    m.Client,
    m.Route,
    m.Training,
    m.Placement,
    m.PlacementFollowUp,
    m.Task,
    m.Activity,
    m.ClientShare,
    m.Employer,
)
STEPS = [
    "Opleiding",
    "Aanbieder",
    "Resultaat",
    "Start scholing",
    "Einde scholing",
    "Werkgever",
    "Datum plaatsing",
    "Uren",
    "Contract",
    "Datum contact",
    "Verslag",
]
HEADER_STEPS = [*HEADER, *STEPS]

FIRST_ROUTE = {
    "Intakedatum": date(2025, 1, 6),
    "Afsluitdatum": date(2025, 6, 30),
    "Reden uitstroom": "werk",
}
VCA = {
    "Opleiding": "VCA-basis",
    "Aanbieder": "Nova College",
    "Resultaat": "behaald",
    "Start scholing": date(2025, 1, 13),
    "Einde scholing": date(2025, 1, 31),
}
TATA = {"Werkgever": "Tata Steel", "Datum plaatsing": date(2025, 4, 1), "Uren": 32}
ZORG = {
    "Werkgever": "Zorgbalans Routetest",
    "Datum plaatsing": date(2026, 9, 1),
    "Uren": 24,
    "Contract": "vast",
}


def counts(store) -> dict[str, int]:
    with store.read_session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


def client_id(store, last_name: str) -> int:
    with store.read_session() as s:
        (found,) = s.scalars(select(m.Client.id).where(m.Client.last_name == last_name)).all()
        return found


def routes_of(store, cid: int) -> list[tuple]:
    with store.read_session() as s:
        rows = s.execute(
            select(
                m.Route.id,
                m.Route.intake_date,
                m.Route.closed_on,
                m.Route.exit_reason,
                m.Route.coach_id,
                m.Route.import_batch_id,
            )
            .where(m.Route.client_id == cid)
            .order_by(m.Route.intake_date)
        ).all()
    return [(rid, i, c, r.value if r else None, coach, b) for rid, i, c, r, coach, b in rows]


def test_a_row_per_route_training_and_placement_lands_field_by_field(tmp_path, services, importer):
    from zkijdesk.domain.enums import Role

    with services.store.session() as s:  # a colleague, as an admin would add one
        colleague = m.User(username="coach02", display_name="Coach Twee", role=Role.COACH)
        s.add(colleague)
        s.flush()
        other_coach = colleague.id
    me = services.actor.user_id
    a, b = {"BSN": BSNS[0]}, {"BSN": BSNS[1], "Achternaam": "Tweede"}
    rows = [
        # Client A: a closed first route with a training (row 4), repeated on a contact
        # row (5), a second training and a placement on it (6), then a second route with
        # its own coach and placement (7), repeated on a contact row (8).
        person(1, **a, **FIRST_ROUTE, **VCA, **{"Datum contact": date(2025, 1, 10)}),
        person(1, **a, **FIRST_ROUTE, **VCA, **{"Datum contact": date(2025, 2, 1)}),
        person(
            1,
            **a,
            **FIRST_ROUTE,
            **TATA,
            Opleiding="Heftruck",
            Aanbieder="Nova College",
            Resultaat="lopend",
            **{"Start scholing": date(2025, 3, 1)},
        ),
        person(
            1,
            **a,
            Intakedatum=date(2026, 1, 5),
            Coach="coach02",
            **ZORG,
            **{"Datum contact": date(2026, 2, 1), "Verslag": "route twee"},
        ),
        person(
            1,
            **a,
            Intakedatum=date(2026, 1, 5),
            Coach="coach02",
            **ZORG,
            **{"Datum contact": date(2026, 10, 1)},
        ),
        # Refused: an intake inside the first route (9); the first placement again with
        # other hours (10). Neither may leave its contact behind.
        person(1, **a, Intakedatum=date(2025, 3, 1), **{"Datum contact": date(2025, 3, 2)}),
        person(
            1, **a, **FIRST_ROUTE, **(TATA | {"Uren": 24}), **{"Datum contact": date(2025, 5, 1)}
        ),
        # Client B: an open route (11); a second open one (12); an earlier route left open
        # (13) or closed after B's intake (14); closed on the day of it (15): allowed.
        person(2, **b, Intakedatum=date(2026, 2, 1), **{"Datum contact": date(2026, 2, 2)}),
        person(2, **b, Intakedatum=date(2026, 5, 1)),
        person(2, **b, Intakedatum=date(2025, 1, 1)),
        person(
            2,
            **b,
            Intakedatum=date(2025, 1, 1),
            Afsluitdatum=date(2026, 3, 1),
            **{"Reden uitstroom": "verhuisd"},
        ),
        person(
            2,
            **b,
            Intakedatum=date(2025, 1, 1),
            Afsluitdatum=date(2026, 2, 1),
            **{"Reden uitstroom": "verhuisd"},
        ),
    ]
    path = write_xlsx(tmp_path / "routes.xlsx", rows, header=HEADER_STEPS)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_row = {r.number: r for r in preview.rows}
    assert {n: r.action for n, r in by_row.items()} == {
        4: Action.CREATE,
        5: Action.UPDATE,
        6: Action.UPDATE,
        7: Action.UPDATE,
        8: Action.UPDATE,
        9: Action.REFUSE,
        10: Action.REFUSE,
        11: Action.CREATE,
        12: Action.REFUSE,
        13: Action.REFUSE,
        14: Action.REFUSE,
        15: Action.UPDATE,
    }, [r.problems for r in preview.rows]
    made = {n: r.creates() for n, r in by_row.items()}
    assert made[4] == {"clients": 1, "routes": 1, "trainings": 1, "contacts": 1}
    assert made[5] == {"contacts": 1}  # the same training again adds nothing
    assert made[6] == {"trainings": 1, "placements": 1}
    assert made[7] == {"routes": 1, "placements": 1, "contacts": 1}
    assert made[8] == {"contacts": 1}
    assert made[15] == {"routes": 1}
    assert all(made[n] == {} for n in (9, 10, 12, 13, 14))
    assert by_row[5].duplicate.sentence() == (
        "Regel 4 van dit bestand heeft deze cliënt ook; de contacten en vaardigheden van "
        "deze regel komen in hetzelfde dossier."
    )
    assert by_row[6].duplicate.sentence() == (
        "Regel 4 van dit bestand heeft deze cliënt ook; de scholing, plaatsing, contacten en "
        "vaardigheden van deze regel komen bij dezelfde route."
    )
    assert by_row[7].duplicate.sentence() == (
        "Regel 4 van dit bestand heeft deze cliënt ook; de route van deze regel komt als "
        "extra route in hetzelfde dossier."
    )
    refused = {n: by_row[n].problems for n in (9, 10, 12, 13, 14)}
    assert refused == {
        9: [
            (
                "intake_date",
                "Intakedatum valt in de route van regel 4 met dezelfde cliënt; een volgende "
                "route begint op of na de afsluitdatum van de vorige.",
            )
        ],
        10: [
            (
                "hours_per_week",
                "Uren per week verschilt van regel 6, waar dezelfde plaatsing staat; maak de "
                "plaatsing op elke regel gelijk.",
            )
        ],
        12: [
            (
                "intake_date",
                "Intakedatum valt in de lopende route van regel 11 met dezelfde cliënt; geef "
                "die route een afsluitdatum op of vóór deze intakedatum.",
            )
        ],
        13: [
            (
                "closed_on",
                "Afsluitdatum ontbreekt, maar regel 11 heeft een latere route voor dezelfde "
                "cliënt; sluit deze route af op of vóór de intakedatum daarvan.",
            )
        ],
        14: [
            (
                "closed_on",
                "Afsluitdatum valt na de intakedatum van de latere route van regel 11 met "
                "dezelfde cliënt; sluit deze route af op of vóór die intakedatum.",
            )
        ],
    }
    assert translate_message(refused[9][0][1], "en") == (
        "Intake date falls within the route of row 4 with the same client; a next route "
        "begins on or after the closing date of the previous one."
    )
    total: dict[str, int] = {}
    for plan in preview.rows:
        for key, count in plan.creates().items():
            total[key] = total.get(key, 0) + count
    assert describe_creates(total) == (
        "2 cliënten, 4 routes, 2 scholingen, 2 plaatsingen, 5 contacten"
    )

    result = importer.run(source, preview)
    batch = result.batch_id
    assert {k: result.counts[k] for k in total} == total
    assert result.counts["follow_up_tasks"] == 3  # the second route's placement only

    one = client_id(services.store, "Achter1")
    (r1, *first), (r2, *second) = routes_of(services.store, one)
    assert first == [date(2025, 1, 6), date(2025, 6, 30), "werk", me, batch]
    assert second == [date(2026, 1, 5), None, None, other_coach, batch]
    with services.store.read_session() as s:
        trainings = s.execute(
            select(
                m.Training.route_id,
                m.Training.title,
                m.Training.result,
                m.Training.actual_start,
                m.Training.actual_end,
                m.Training.import_batch_id,
            ).order_by(m.Training.actual_start)
        ).all()
        assert [(r, t, res.value, s_, e, bb) for r, t, res, s_, e, bb in trainings] == [
            (r1, "VCA-basis", "behaald", date(2025, 1, 13), date(2025, 1, 31), batch),
            (r1, "Heftruck", "lopend", date(2025, 3, 1), None, batch),
        ]
        placements = s.execute(
            select(
                m.Placement.route_id,
                m.Employer.name,
                m.Placement.hours_per_week,
                m.Placement.contract_type,
                m.Placement.start_date,
                m.Placement.import_batch_id,
            )
            .join(m.Employer, m.Employer.id == m.Placement.employer_id)
            .order_by(m.Placement.start_date)
        ).all()
        assert [(r, e, h, c.value, d, bb) for r, e, h, c, d, bb in placements] == [
            (r1, "Tata Steel", 32, "bepaalde_tijd", date(2025, 4, 1), batch),
            (r2, "Zorgbalans Routetest", 24, "vast", date(2026, 9, 1), batch),
        ]
        tasks = s.execute(
            select(m.Task.route_id, m.Task.owner_id, m.Task.due_date).order_by(m.Task.due_date)
        ).all()
        assert [tuple(t) for t in tasks] == [
            (r2, other_coach, date(2026, 12, 1)),
            (r2, other_coach, date(2027, 3, 1)),
            (r2, other_coach, date(2027, 9, 1)),
        ]
        contacts = s.execute(
            select(m.Activity.occurred_on, m.Activity.note, m.Activity.route_id)
            .where(m.Activity.client_id == one)
            .order_by(m.Activity.occurred_on)
        ).all()
        assert [tuple(c) for c in contacts] == [
            (date(2025, 1, 10), None, r1),
            (date(2025, 2, 1), None, r1),
            (date(2026, 2, 1), "route twee", r2),
            (date(2026, 10, 1), None, r2),
        ]
        # A route of this client goes to another coach: the importer keeps a share of it.
        assert s.get(m.ClientShare, (one, me)) is not None

    two = client_id(services.store, "Tweede")
    assert [r[1:4] for r in routes_of(services.store, two)] == [
        (date(2025, 1, 1), date(2026, 2, 1), "verhuisd"),
        (date(2026, 2, 1), None, None),
    ]

    from openpyxl import load_workbook

    report = write_report(tmp_path / "verslag.xlsx", preview.table, result.rows)
    book = load_workbook(report)
    every = {line[0]: line for line in book["Alle regels"].iter_rows(values_only=True)}
    assert every[7][1:] == (
        "Toegevoegd aan de cliënt van regel 4",
        None,
        "1 route, 1 plaatsing, 1 contact",
    )
    assert every[9][1] == "Geweigerd"
    fix = list(book["Te verbeteren"].iter_rows(values_only=True))
    assert len(fix) == 1 + 5
    assert fix[1][-1] == refused[9][0][1]

    undone = importer.undo(batch)
    assert (undone["routes"], undone["trainings"], undone["placements"]) == (4, 2, 2)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_skipping_the_row_that_brings_a_route_leaves_it_to_the_next(tmp_path, services, importer):
    """The route and placement of a skipped row still come in with the next row that
    names them; skipping that one too leaves the client with its first route only."""
    a = {"BSN": BSNS[2]}
    rows = [
        person(3, **a, **FIRST_ROUTE),
        person(3, **a, Intakedatum=date(2026, 1, 5), **ZORG, **{"Datum contact": date(2026, 2, 1)}),
        person(3, **a, Intakedatum=date(2026, 1, 5), **ZORG, **{"Datum contact": date(2026, 3, 1)}),
    ]
    path = write_xlsx(tmp_path / "overslaan.xlsx", rows, header=HEADER_STEPS)
    source, preview = preview_of(importer, path)
    _, second, third = preview.rows
    assert third.creates() == {"contacts": 1}
    importer.choose(preview, second.number, "overslaan")
    assert second.creates() == {}
    assert third.creates() == {"routes": 1, "placements": 1, "contacts": 1}
    assert third.duplicate.sentence().endswith("komt als extra route in hetzelfde dossier.")
    importer.choose(preview, second.number, "aanvullen")
    assert third.creates() == {"contacts": 1}
    importer.choose(preview, second.number, "overslaan")
    result = importer.run(source, preview)
    assert (result.counts["routes"], result.counts["placements"]) == (2, 1)
    cid = client_id(services.store, "Achter3")
    first_route, (r2, *second_route) = routes_of(services.store, cid)
    assert first_route[1] == date(2025, 1, 6)
    assert second_route[:2] == [date(2026, 1, 5), None]
    with services.store.read_session() as s:
        got = s.execute(
            select(m.Activity.occurred_on, m.Activity.route_id).where(m.Activity.client_id == cid)
        ).all()
    assert [tuple(g) for g in got] == [(date(2026, 3, 1), r2)]


def test_a_second_route_in_the_file_for_a_client_the_store_has(tmp_path, services, importer):
    """Bestaand dossier aanvullen: the file's routes come in as the route service allows
    them (one open route per client, checked again when the batch is written)."""
    from zkijdesk.services import dto

    known = services.clients.intake(
        dto.ClientInput(
            first_name="Voornaam4",
            last_name="Achter4",
            birth_date=person(4)["Geb.datum"],
            bsn=BSNS[3],
            intake_status="werkend",
        ),
        route=dto.RouteInput(intake_date=date(2026, 3, 1), referral_source="zelfmelder"),
    )
    cid, store_route = known.client.id, known.route.id
    a = {"BSN": BSNS[3]}
    rows = [
        person(4, **a, **FIRST_ROUTE, **{"Datum contact": date(2025, 2, 1)}),
        person(
            4,
            **a,
            Intakedatum=date(2025, 8, 1),
            Afsluitdatum=date(2025, 12, 1),
            **{"Reden uitstroom": "gestopt"},
            **(VCA | {"Start scholing": date(2025, 8, 4), "Einde scholing": date(2025, 9, 1)}),
        ),
        # Open, as the store's route is: refused when the batch is written.
        person(4, **a, Intakedatum=date(2026, 6, 1), **{"Datum contact": date(2026, 6, 2)}),
    ]
    path = write_xlsx(tmp_path / "aanvullen.xlsx", rows, header=HEADER_STEPS)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    lead, second, third = preview.rows
    assert lead.action is Action.SKIP and lead.duplicate.client_id == cid
    assert (second.action, third.action) == (Action.SKIP, Action.SKIP)
    importer.choose(preview, lead.number, "aanvullen")
    assert [r.action for r in preview.rows] == [Action.UPDATE] * 3
    assert second.creates() == {"routes": 1, "trainings": 1}
    result = importer.run(source, preview)
    assert [r.action for r in result.rows] == [Action.UPDATE, Action.UPDATE, Action.REFUSE]
    assert third.problems == [
        ("route", "Deze cliënt heeft al een lopende route; sluit die eerst af.")
    ]
    assert (result.counts["routes"], result.counts["trainings"], result.counts["contacts"]) == (
        2,
        1,
        1,
    )
    batch = result.batch_id
    landed = routes_of(services.store, cid)
    assert [(*r[1:4], r[5]) for r in landed] == [
        (date(2025, 1, 6), date(2025, 6, 30), "werk", batch),
        (date(2025, 8, 1), date(2025, 12, 1), "gestopt", batch),
        (date(2026, 3, 1), None, None, None),
    ]
    with services.store.read_session() as s:
        training = s.execute(
            select(m.Training.route_id, m.Training.title, m.Training.actual_start).where(
                m.Training.import_batch_id == batch
            )
        ).one()
        contacts = s.execute(
            select(m.Activity.occurred_on, m.Activity.route_id).where(m.Activity.client_id == cid)
        ).all()
    assert tuple(training) == (landed[1][0], "VCA-basis", date(2025, 8, 4))
    assert [tuple(c) for c in contacts] == [(date(2025, 2, 1), landed[0][0])]

    importer.undo(batch)
    assert counts(services.store) == before
    assert [r[0] for r in routes_of(services.store, cid)] == [store_route]
    assert check_store(services.store).ok


def test_a_route_for_a_client_the_store_has_may_not_overlap_its_routes_there(
    tmp_path, services, importer
):
    """Bestaand dossier aanvullen with a route that runs into, repeats or swallows a route
    the store already has for that client: refused whole when the batch is written, with
    one sentence naming the field; a route that fits between them lands."""
    from zkijdesk.services import dto

    stored = {}
    for i in range(5):
        known = services.clients.intake(
            dto.ClientInput(
                first_name=f"Voornaam{i}",
                last_name=f"Achter{i}",
                birth_date=person(i)["Geb.datum"],
                bsn=BSNS[i],
                intake_status="werkend",
            ),
            route=dto.RouteInput(intake_date=date(2024, 2, 1), referral_source="zelfmelder"),
        )
        services.routes.close(known.route.id, date(2024, 11, 30), "werk")
        stored[i] = known.client.id

    def row(i: int, start: date, end: date | None) -> dict:
        reason = "gestopt" if end else None
        return person(
            i, BSN=BSNS[i], Intakedatum=start, Afsluitdatum=end, **{"Reden uitstroom": reason}
        )

    rows = [
        row(0, date(2024, 6, 1), date(2024, 8, 1)),  # inside the stored route
        row(1, date(2024, 2, 1), date(2024, 3, 1)),  # the stored route's own intake date
        row(2, date(2023, 5, 1), None),  # earlier, never closed
        row(3, date(2023, 5, 1), date(2024, 3, 1)),  # earlier, closed inside the stored one
        row(4, date(2024, 11, 30), None),  # begins the day the stored route closed: fits
    ]
    path = write_xlsx(tmp_path / "overlap.xlsx", rows, header=HEADER)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    for plan in preview.rows:
        importer.choose(preview, plan.number, "aanvullen")
    assert [plan.action for plan in preview.rows] == [Action.UPDATE] * 5
    result = importer.run(source, preview)
    assert [plan.action for plan in result.rows] == [Action.REFUSE] * 4 + [Action.UPDATE]
    problems = [plan.problems for plan in result.rows[:4]]
    assert [[key for key, _sentence in found] for found in problems] == [
        ["intake_date"],
        ["intake_date"],
        ["closed_on"],
        ["closed_on"],
    ]
    assert problems[0][0][1].startswith("Intakedatum valt in een route die deze cliënt al")
    assert problems[1][0][1].startswith("Intakedatum is die van een route")
    assert problems[2][0][1].startswith("Afsluitdatum ontbreekt, maar deze cliënt heeft")
    assert problems[3][0][1].startswith("Afsluitdatum valt na de intakedatum van een latere")
    for found in problems:
        english = translate_message(found[0][1], "en")
        assert not english.startswith(found[0][1][:20])  # English exists
    assert result.counts["routes"] == 1
    for i in range(4):  # a refused row never half-lands
        assert [r[1:3] for r in routes_of(services.store, stored[i])] == [
            (date(2024, 2, 1), date(2024, 11, 30))
        ]
    assert [r[1:3] for r in routes_of(services.store, stored[4])] == [
        (date(2024, 2, 1), date(2024, 11, 30)),
        (date(2024, 11, 30), None),
    ]
    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_two_rows_filling_in_one_client_do_not_give_it_two_routes_at_once(
    tmp_path, services, importer
):
    """One row matches the stored client by BSN (its first name mistyped), another by
    name and birth date: the preview keeps them apart, and both fill in the same file.
    The second row's route, overlapping the first's, is refused on its own row; the
    rest of the batch lands (the database would refuse a second open route, and with it
    the whole batch)."""
    from zkijdesk.services import dto

    known = services.clients.intake(
        dto.ClientInput(
            first_name="Voornaam6",
            last_name="Achter6",
            birth_date=person(6)["Geb.datum"],
            bsn=BSNS[5],
            intake_status="werkend",
        ),
        route=dto.RouteInput(intake_date=date(2025, 2, 1), referral_source="zelfmelder"),
    )
    services.routes.close(known.route.id, date(2025, 5, 1), "werk")
    rows = [
        person(6, BSN=BSNS[5], Voornaam="Vornaam6", Intakedatum=date(2026, 6, 1)),
        person(6, Intakedatum=date(2026, 7, 1)),
        person(7),
    ]
    path = write_xlsx(tmp_path / "tweemaal.xlsx", rows, header=HEADER)
    source, preview = preview_of(importer, path)
    by_bsn, by_name, _other = preview.rows
    assert by_bsn.duplicate.client_id == by_name.duplicate.client_id == known.client.id
    importer.choose(preview, by_bsn.number, "aanvullen")
    importer.choose(preview, by_name.number, "aanvullen")
    result = importer.run(source, preview)
    assert [r.action for r in result.rows] == [Action.UPDATE, Action.REFUSE, Action.CREATE]
    assert by_name.problems == [
        (
            "intake_date",
            f"Regel {by_bsn.number} van dit bestand geeft dezelfde cliënt al een route in "
            "deze periode; laat bij een van beide de routekolommen leeg.",
        )
    ]
    landed = routes_of(services.store, known.client.id)
    assert [(r[1], r[2]) for r in landed] == [
        (date(2025, 2, 1), date(2025, 5, 1)),
        (date(2026, 6, 1), None),
    ]
    assert client_id(services.store, "Achter7")
