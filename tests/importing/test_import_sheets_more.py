"""More of what a team's sheets hold: the skills a vacancy asks for, how and when a
client's skills were shown, and sheets that repeat a client on a row per contact
moment. What the preview says, what lands field by field (with its batch), what is
refused and why, and that undo takes exactly the batch back out. On SQLite and on
PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from landed import counts, preview_of
from sheets import write_xlsx
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.importing.plan import Action
from zkijdesk.storage.store import check_store


def skill_ids(store, *codes: str) -> tuple[int, ...]:
    with store.read_session() as s:
        rows = s.execute(select(m.Skill.code, m.Skill.id).where(m.Skill.code.in_(codes)))
        found = dict(rows.all())
    return tuple(sorted(found[code] for code in codes))


# ---------------------------------------------------------------- vacancy skills

VACANCY_HEADER = ["Werkgever", "KvK", "Beroep", "Uren", "Datum open", "Vaardigheden"]


def test_a_vacancy_gets_the_skills_its_row_names(tmp_path, services, importer):
    rows = [
        {
            "Werkgever": "Zorgbalans",
            "KvK": "12345678",
            "Beroep": "Verzorgende IG",
            "Uren": 24,
            "Datum open": date(2026, 10, 1),
            "Vaardigheden": "Ondersteunen bij ADL; BHV-certificaat, wondzorg; bhv-certificaat",
        },
        {
            "Werkgever": "Zorgbalans",
            "Beroep": "Helpende",
            "Uren": 16,
            "Datum open": "01-11-2026",
        },
        {
            "Werkgever": "Tata Steel",
            "Beroep": "Heftruckchauffeur",
            "Uren": 38,
            "Vaardigheden": "heftruck | VCA-basis",
        },
        {"Werkgever": "Kapot BV", "Beroep": "Monteur", "Uren": 40, "Vaardigheden": "Vliegen"},
        {"Werkgever": "Vaag BV", "Beroep": "Analist", "Uren": 40, "Vaardigheden": "Excel"},
        # skills but no occupation: the vacancy cannot be made, the row says why
        {"Werkgever": "Leeg BV", "Vaardigheden": "Wondzorg"},
    ]
    path = write_xlsx(tmp_path / "vacatures.xlsx", rows, header=VACANCY_HEADER, totals=False)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_row = {r.number: r for r in preview.rows}
    assert [by_row[n].action for n in range(4, 10)] == [Action.CREATE] * 3 + [Action.REFUSE] * 3
    assert by_row[4].creates() == {"employers": 1, "vacancies": 1, "skills": 3}
    assert by_row[5].creates() == {"vacancies": 1}
    assert by_row[6].creates() == {"employers": 1, "vacancies": 1, "skills": 2}
    assert by_row[7].problems == [
        ("skills", "Vaardigheden bevat “Vliegen”, een vaardigheid die zkijdesk niet kent.")
    ]
    assert by_row[8].problems == [
        (
            "skills",
            "Vaardigheden bevat “Excel”, dat bij meer dan één vaardigheid past; schrijf de "
            "naam van de vaardigheid voluit.",
        )
    ]
    assert by_row[9].problems == [
        ("occupation", "Beroep is verplicht."),
        ("hours_per_week", "Uren per week is verplicht."),
    ]
    assert all(by_row[n].creates() == {} for n in (7, 8, 9))

    result = importer.run(source, preview)
    assert (result.counts["vacancies"], result.counts["skills"]) == (3, 5)
    after = counts(services.store)
    assert after["vacancy_skill"] == before["vacancy_skill"] + 5
    assert after["vacancy"] == before["vacancy"] + 3
    assert after["client_skill"] == before["client_skill"]

    views = {v.occupation: v for v in services.employers.vacancies()}
    ig, helpende, chauffeur = views["Verzorgende IG"], views["Helpende"], views["Heftruckchauffeur"]
    assert ig.required_skill_ids == skill_ids(services.store, "ZW_ADL", "ZW_BHV", "ZW_WONDZORG")
    assert ig.desired_skill_ids == ()
    assert (ig.hours_per_week, ig.opened_on, ig.status.value) == (24, date(2026, 10, 1), "open")
    assert helpende.required_skill_ids == ()
    assert helpende.employer_id == ig.employer_id
    assert chauffeur.required_skill_ids == skill_ids(services.store, "GEN_HEFTRUCK", "TECH_VCA")
    with services.store.read_session() as s:
        batch = s.execute(
            select(m.Vacancy.occupation, m.Vacancy.import_batch_id).order_by(m.Vacancy.id)
        ).all()
    assert {occupation: b for occupation, b in batch if occupation in views} == {
        "Verzorgende IG": result.batch_id,
        "Helpende": result.batch_id,
        "Heftruckchauffeur": result.batch_id,
    }

    undone = importer.undo(result.batch_id)
    assert (undone["vacancies"], undone["skills"]) == (3, 5)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_vacancy_skills_and_the_words_of_the_mapping(tmp_path, services, importer):
    """The mapping's own words count for a vacancy's skills as for a client's."""
    rows = [{"Werkgever": "Spaarne", "Beroep": "Portier", "Uren": 20, "Vaardigheden": "EHBO"}]
    path = write_xlsx(tmp_path / "eigen.xlsx", rows, header=VACANCY_HEADER, totals=False)
    source = importer.open(path)
    table = importer.table(source)
    mapping = importer.suggest(table)
    mapping.values["skills"] = {"ehbo": "ZW_BHV"}
    preview = importer.preview(source, table, mapping)
    assert preview.rows[0].action is Action.CREATE, preview.rows[0].problems
    importer.run(source, preview)
    (vacancy,) = services.employers.vacancies()
    assert vacancy.required_skill_ids == skill_ids(services.store, "ZW_BHV")


def test_a_vacancy_gets_the_skills_it_would_like_apart_from_those_it_requires(
    tmp_path, services, importer
):
    """Matching weighs a required skill more than a desired one, so a sheet's "Pré"
    column must not land as required, nor be dropped."""
    header = [*VACANCY_HEADER, "Gewenste vaardigheden"]
    rows = [
        {
            "Werkgever": "Zorgbalans",
            "Beroep": "Verzorgende IG",
            "Uren": 24,
            "Vaardigheden": "Ondersteunen bij ADL",
            # BHV is wished for and wondzorg too; ADL is required already and stays so
            "Gewenste vaardigheden": "BHV-certificaat; wondzorg, Ondersteunen bij ADL",
        },
        {
            "Werkgever": "Tata Steel",
            "Beroep": "Monteur",
            "Uren": 40,
            "Gewenste vaardigheden": "heftruck",
        },
        {
            "Werkgever": "Kapot BV",
            "Beroep": "Monteur",
            "Uren": 40,
            "Gewenste vaardigheden": "Vliegen",
        },
    ]
    path = write_xlsx(tmp_path / "gewenst.xlsx", rows, header=header, totals=False)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_row = {r.number: r for r in preview.rows}
    assert by_row[4].creates() == {"employers": 1, "vacancies": 1, "skills": 3}
    assert by_row[5].creates() == {"employers": 1, "vacancies": 1, "skills": 1}
    assert by_row[6].problems == [
        (
            "desired_skills",
            "Gewenste vaardigheden bevat “Vliegen”, een vaardigheid die zkijdesk niet kent.",
        )
    ]

    result = importer.run(source, preview)
    assert (result.counts["vacancies"], result.counts["skills"]) == (2, 4)
    views = {v.employer_id: v for v in services.employers.vacancies()}
    ig, monteur = sorted(views.values(), key=lambda v: v.hours_per_week)
    assert ig.required_skill_ids == skill_ids(services.store, "ZW_ADL")
    assert ig.desired_skill_ids == skill_ids(services.store, "ZW_BHV", "ZW_WONDZORG")
    assert monteur.required_skill_ids == ()
    assert monteur.desired_skill_ids == skill_ids(services.store, "GEN_HEFTRUCK")

    undone = importer.undo(result.batch_id)
    assert (undone["vacancies"], undone["skills"]) == (2, 4)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_a_column_the_sheet_would_not_read_is_named_not_dropped(tmp_path, services, importer):
    """*Bewijs* tells how a client showed a skill; on a sheet of employers nobody has
    shown anything, and a silent drop would let the user think it was imported."""
    header = [*VACANCY_HEADER, "Bewijs"]
    rows = [
        {
            "Werkgever": "Spaarne",
            "Beroep": "Portier",
            "Uren": 20,
            "Vaardigheden": "BHV-certificaat",
            "Bewijs": "Diploma",
        },
    ]
    path = write_xlsx(tmp_path / "bewijs.xlsx", rows, header=header, totals=False)
    source = importer.open(path)
    table = importer.table(source)
    mapping = importer.suggest(table)
    with pytest.raises(ValidationError) as refused:
        importer.preview(source, table, mapping)
    assert refused.value.field == "skill_evidence"
    assert refused.value.message == (
        "Kolom “Bewijs” (Bewijs) wordt op een werkblad met werkgevers niet gebruikt; kies bij "
        "die kolom “niet gebruiken” (in een koppelingsbestand: null) of zet hem op een eigen "
        "werkblad."
    )
    assert counts(services.store)["vacancy"] == 0

    # Unhooked, saved and loaded again next month: it stays unhooked, and the rest lands.
    mapping.columns.pop(table.headers.index("Bewijs"))
    saved = tmp_path / "koppeling.json"
    saved.write_text(mapping.to_json(table.headers), encoding="utf-8")
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Bewijs"] is None
    again = importer.suggest(table, saved)
    assert "skill_evidence" not in again.columns.values()
    preview = importer.preview(source, table, again)
    assert preview.rows[0].creates() == {"employers": 1, "vacancies": 1, "skills": 1}


def test_a_client_sheet_with_an_employer_only_column_is_refused_by_name(
    tmp_path, services, importer
):
    path = write_xlsx(
        tmp_path / "clienten.xlsx",
        [
            {
                "Voornaam": "Anna",
                "Achternaam": "Visser",
                "Geboortedatum": "01-02-1990",
                "KvK": "12345678",
            }
        ],
        header=["Voornaam", "Achternaam", "Geboortedatum", "KvK"],
        totals=False,
    )
    source = importer.open(path)
    table = importer.table(source)
    with pytest.raises(ValidationError) as refused:
        importer.preview(source, table, importer.suggest(table))
    assert refused.value.field == "kvk_number"
    assert "op een werkblad met cliënten niet gebruikt" in refused.value.message


@pytest.mark.parametrize("cell", ["", "  ;  ,", None])
def test_an_empty_skills_cell_gives_a_vacancy_without_skills(tmp_path, services, importer, cell):
    rows = [{"Werkgever": "Spaarne", "Beroep": "Portier", "Uren": 20, "Vaardigheden": cell}]
    path = write_xlsx(tmp_path / "leeg.xlsx", rows, header=VACANCY_HEADER, totals=False)
    source, preview = preview_of(importer, path)
    assert preview.rows[0].creates() == {"employers": 1, "vacancies": 1}
    importer.run(source, preview)
    (vacancy,) = services.employers.vacancies()
    assert vacancy.required_skill_ids == ()


# ---------------------------------------------------------------- how a skill was shown


def test_skills_land_with_their_evidence_and_date(tmp_path, services, importer):
    from sheets import HEADER, person

    from zkijdesk.services.importing.mapping import field_for_header

    for header in ("Bewijs", "Aangetoond met", "Skill evidence"):
        assert field_for_header(header) == "skill_evidence"
    for header in ("Datum aangetoond", "Aangetoond op", "Date shown"):
        assert field_for_header(header) == "skill_shown_on"

    header = [*HEADER, "Vaardigheden", "Bewijs", "Datum aangetoond"]
    rows = [
        person(
            1,
            Vaardigheden="Wondzorg; BHV",
            Bewijs="Diploma",
            **{"Datum aangetoond": date(2024, 6, 1)},
        ),
        person(
            2, Vaardigheden="heftruck", Bewijs="werkervaring", **{"Datum aangetoond": "15-03-2023"}
        ),
        person(3, Vaardigheden="VCA-basis"),  # no evidence: the client's own statement
        person(4, Vaardigheden="Wondzorg", Bewijs="Rijbewijs"),
        person(5, Vaardigheden="Wondzorg", **{"Datum aangetoond": date(2027, 1, 1)}),
        person(6, Vaardigheden="Wondzorg", **{"Datum aangetoond": date(1960, 1, 1)}),
        person(7, Bewijs="Certificaat"),  # evidence of nothing
    ]
    path = write_xlsx(tmp_path / "bewijs.xlsx", rows, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_last = {r.number - 3: r for r in preview.rows}
    assert [by_last[i].action for i in range(1, 8)] == [Action.CREATE] * 3 + [Action.REFUSE] * 4
    assert by_last[1].creates() == {"clients": 1, "routes": 1, "skills": 2}
    assert by_last[4].problems == [("skill_evidence", "Bewijs “Rijbewijs” kent zkijdesk niet.")]
    assert by_last[5].problems == [("shown_on", "Datum aangetoond mag niet in de toekomst liggen.")]
    assert by_last[6].problems == [("shown_on", "Datum aangetoond ligt vóór de geboortedatum.")]
    assert by_last[7].problems == [("skills", "Vaardigheden is verplicht.")]

    result = importer.run(source, preview)
    assert result.counts["skills"] == 4
    after = counts(services.store)
    assert after["client"] == before["client"] + 3
    assert after["client_skill"] == before["client_skill"] + 4
    with services.store.read_session() as s:
        landed = s.execute(
            select(
                m.Client.last_name,
                m.Skill.code,
                m.ClientSkill.evidence,
                m.ClientSkill.shown_on,
                m.ClientSkill.import_batch_id,
            )
            .join(m.Client, m.Client.id == m.ClientSkill.client_id)
            .join(m.Skill, m.Skill.id == m.ClientSkill.skill_id)
            .where(m.ClientSkill.import_batch_id == result.batch_id)
            .order_by(m.Client.last_name, m.Skill.code)
        ).all()
    b = result.batch_id
    assert [(n, c, e.value, d, i) for n, c, e, d, i in landed] == [
        ("Achter1", "ZW_BHV", "diploma", date(2024, 6, 1), b),
        ("Achter1", "ZW_WONDZORG", "diploma", date(2024, 6, 1), b),
        ("Achter2", "GEN_HEFTRUCK", "werkervaring", date(2023, 3, 15), b),
        ("Achter3", "TECH_VCA", "eigen_opgave", None, b),
    ]
    # The client file shows them as it shows skills added by hand.
    with services.store.read_session() as s:
        one = s.scalar(select(m.Client.id).where(m.Client.last_name == "Achter1"))
    shown = {(x.name, x.evidence.value, x.shown_on) for x in services.clients.get(one).skills}
    assert shown == {
        ("BHV-certificaat", "diploma", date(2024, 6, 1)),
        ("Wondzorg", "diploma", date(2024, 6, 1)),
    }

    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert check_store(services.store).ok


# ---------------------------------------------------------------- a row per contact moment


def test_a_sheet_with_a_row_per_contact_moment_imports_each_client_once(
    tmp_path, services, importer
):
    from openpyxl import load_workbook
    from sheets import BSNS, HEADER, person

    from zkijdesk.services import dto
    from zkijdesk.services.importing.report import write_report

    known = services.clients.intake(
        dto.ClientInput(
            first_name="Voornaam9",
            last_name="Achter9",
            birth_date=person(9)["Geb.datum"],
            bsn=BSNS[3],
            intake_status="werkend",
        )
    ).client.id
    header = [*HEADER, "Datum contact", "Soort contact", "Verslag", "Vaardigheden"]

    def moment(i: int, day: date | None, note: str | None = None, **over) -> dict:
        return person(
            i, **{"Datum contact": day, "Soort contact": "gebeld", "Verslag": note, **over}
        )

    rows = [
        moment(1, date(2026, 2, 1), "intake", BSN=BSNS[0], Vaardigheden="Wondzorg"),  # 4
        moment(1, date(2026, 3, 1), "tweede", BSN=BSNS[0], Vaardigheden="BHV; wondzorg"),  # 5
        moment(1, date(2026, 4, 1), None, BSN=None, Voornaam="VOORNAAM1"),  # 6, by name
        moment(2, date(2026, 2, 2), BSN=BSNS[1]),  # 7
        moment(2, date(2026, 3, 2), BSN=BSNS[1], Tel="0612345678"),  # 8: says otherwise
        person(2, BSN=BSNS[1]),  # 9: a plain repeat, nothing to add
        moment(9, date(2026, 5, 5), "bij bestaande", BSN=BSNS[3]),  # 10: store's client
        moment(9, date(2026, 6, 6), BSN=BSNS[3]),  # 11
        moment(3, date(2026, 2, 3), BSN=BSNS[2], Postcode="0123 AB"),  # 12: refused
        moment(3, date(2026, 3, 3), "na de fout", BSN=BSNS[2]),  # 13: imports its client
    ]
    path = write_xlsx(tmp_path / "momenten.xlsx", rows, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_row = {r.number: r for r in preview.rows}
    actions = {n: by_row[n].action for n in range(4, 14)}
    assert actions == {
        4: Action.CREATE,
        5: Action.UPDATE,
        6: Action.UPDATE,
        7: Action.CREATE,
        8: Action.REFUSE,
        9: Action.SKIP,
        10: Action.SKIP,  # the store has this BSN: skipped until chosen otherwise
        11: Action.SKIP,  # ... and the row that repeats it goes along
        12: Action.REFUSE,
        13: Action.CREATE,
    }, [r.problems for r in preview.rows]
    assert by_row[4].creates() == {"clients": 1, "routes": 1, "contacts": 1, "skills": 1}
    assert by_row[5].creates() == {"contacts": 1, "skills": 2}
    assert by_row[6].creates() == {"contacts": 1}
    assert by_row[5].duplicate.sentence() == (
        "Regel 4 van dit bestand heeft deze cliënt ook; de contacten en vaardigheden van "
        "deze regel komen in hetzelfde dossier."
    )
    assert by_row[6].duplicate.choices == ("aanvullen", "overslaan", "nieuw")
    assert by_row[8].problems == [
        (
            "phone",
            "Telefoonnummer verschilt van regel 7, waar dezelfde cliënt staat; maak de "
            "gegevens van de cliënt op elke regel gelijk.",
        )
    ]
    assert by_row[9].duplicate.sentence() == "Regel 7 van dit bestand heeft dit BSN ook."
    assert by_row[12].problems[0][0] == "postcode"

    importer.choose(preview, 10, "aanvullen")  # the store's client: add to that file
    assert (by_row[10].action, by_row[11].action) == (Action.UPDATE, Action.UPDATE)
    assert by_row[11].creates() == {"contacts": 1}
    importer.choose(preview, 10, "overslaan")
    assert by_row[11].action is Action.SKIP
    importer.choose(preview, 10, "aanvullen")

    result = importer.run(source, preview)
    assert result.counts["clients"] == 3 and result.counts["updated"] == 1
    assert result.counts["contacts"] == 7 and result.counts["skills"] == 2
    after = counts(services.store)
    assert after["client"] == before["client"] + 3
    assert after["route"] == before["route"] + 4  # one per new client, one for the known

    def landed(last_name: str):
        with services.store.read_session() as s:
            cid = s.scalar(select(m.Client.id).where(m.Client.last_name == last_name))
            route = s.scalars(
                select(m.Route.id).where(
                    m.Route.client_id == cid, m.Route.import_batch_id == result.batch_id
                )
            ).all()
            contacts = s.execute(
                select(
                    m.Activity.occurred_on,
                    m.Activity.kind,
                    m.Activity.note,
                    m.Activity.route_id,
                    m.Activity.import_batch_id,
                )
                .where(m.Activity.client_id == cid)
                .order_by(m.Activity.occurred_on)
            ).all()
            skills = s.scalars(
                select(m.Skill.code)
                .join(m.ClientSkill, m.ClientSkill.skill_id == m.Skill.id)
                .where(m.ClientSkill.client_id == cid)
                .order_by(m.Skill.code)
            ).all()
        return cid, route, [(d, k.value, n, r, b) for d, k, n, r, b in contacts], skills

    b = result.batch_id
    one, (route,), contacts, skills = landed("Achter1")
    assert contacts == [
        (date(2026, 2, 1), "telefoon", "intake", route, b),
        (date(2026, 3, 1), "telefoon", "tweede", route, b),
        (date(2026, 4, 1), "telefoon", None, route, b),
    ]
    assert skills == ["ZW_BHV", "ZW_WONDZORG"]
    view = services.clients.get(one)
    assert (view.first_name, view.bsn) == ("Voornaam1", BSNS[0])  # the first row's spelling
    two, (route,), contacts, _ = landed("Achter2")
    assert contacts == [(date(2026, 2, 2), "telefoon", None, route, b)]
    assert services.clients.get(two).phone is None  # row 8 was refused, not merged
    cid, (route,), contacts, _ = landed("Achter9")
    assert cid == known
    assert contacts == [
        (date(2026, 5, 5), "telefoon", "bij bestaande", route, b),
        (date(2026, 6, 6), "telefoon", None, route, b),
    ]
    _, (route,), contacts, _ = landed("Achter3")
    assert contacts == [(date(2026, 3, 3), "telefoon", "na de fout", route, b)]

    report = write_report(tmp_path / "verslag.xlsx", preview.table, result.rows)
    every = {
        line[0]: line for line in load_workbook(report)["Alle regels"].iter_rows(values_only=True)
    }
    assert every[5][1:] == (
        "Toegevoegd aan de cliënt van regel 4",
        None,
        "1 contact, 2 vaardigheden",
    )
    assert every[8][1] == "Geweigerd"

    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_a_row_that_repeats_a_refused_client_at_import_time_is_refused_too(
    tmp_path, services, importer
):
    """Between preview and import someone registers the same person: the first row is
    refused inside the transaction, and the row that repeats it goes with it."""
    from sheets import BSNS, HEADER, person

    from zkijdesk.services import dto

    header = [*HEADER, "Datum contact"]
    rows = [
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 2, 1)}),
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 3, 1)}),
    ]
    path = write_xlsx(tmp_path / "tussendoor.xlsx", rows, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    assert [r.action for r in preview.rows] == [Action.CREATE, Action.UPDATE]
    services.clients.intake(
        dto.ClientInput(
            first_name="Iemand",
            last_name="Anders",
            birth_date=date(1980, 1, 1),
            bsn=BSNS[0],
            intake_status="werkend",
        )
    )
    result = importer.run(source, preview)
    first, second = result.rows
    assert first.action is Action.REFUSE and second.action is Action.REFUSE
    assert second.problems == [
        (
            "client",
            "Regel 4 van dit bestand, met dezelfde cliënt, is geweigerd; verbeter die regel en "
            "importeer beide regels opnieuw.",
        )
    ]
    after = counts(services.store)
    assert after["client"] == before["client"] + 1  # only the one registered by hand
    assert after["activity"] == before["activity"]


# ---------------------------------------------------------------- an employer's contact person


def test_an_employer_row_with_its_contact_person(tmp_path, services, importer):
    header = [
        "Werkgever",
        "KvK",
        "Contactpersoon",
        "Telefoon contactpersoon",
        "E-mail contactpersoon",
    ]
    rows = [
        {
            "Werkgever": "Bakkerij De Korenschoof",
            "KvK": "87654321",
            "Contactpersoon": "Mieke Jansen",
            "Telefoon contactpersoon": "023 - 531 00 00",
            "E-mail contactpersoon": "Mieke@Korenschoof.example",
        },
        {
            "Werkgever": "Kapot BV",
            "Contactpersoon": "Joop",
            "Telefoon contactpersoon": "12345",
        },
    ]
    path = write_xlsx(tmp_path / "werkgever.xlsx", rows, header=header, totals=False)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    good, bad = preview.rows
    assert good.creates() == {"employers": 1, "employer_contacts": 1}, good.problems
    assert bad.action is Action.REFUSE
    assert bad.problems == [
        (
            "contact_person_phone",
            "Telefoon contactpersoon is geen bestaand nummer; controleer het netnummer en het "
            "aantal cijfers.",
        )
    ]
    result = importer.run(source, preview)
    with services.store.read_session() as s:
        person = s.execute(
            select(
                m.Employer.name,
                m.Employer.kvk_number,
                m.Employer.import_batch_id,
                m.EmployerContact.name,
                m.EmployerContact.phone,
                m.EmployerContact.email,
                m.EmployerContact.active,
                m.EmployerContact.import_batch_id,
            ).join(m.Employer, m.Employer.id == m.EmployerContact.employer_id)
        ).one()
    b = result.batch_id
    assert tuple(person) == (
        "Bakkerij De Korenschoof",
        "87654321",
        b,
        "Mieke Jansen",
        "+31235310000",
        "Mieke@korenschoof.example",  # lower-case domain, as on the form
        True,
        b,
    )
    importer.undo(b)
    assert counts(services.store) == before
