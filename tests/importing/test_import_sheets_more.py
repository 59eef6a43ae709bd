"""More of what a team's sheets hold: the skills a vacancy asks for, how and when a
client's skills were shown, and sheets that repeat a client on a row per contact
moment. What the preview says, what lands field by field (with its batch), what is
refused and why, and that undo takes exactly the batch back out. On SQLite and on
PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest
from sheets import write_xlsx
from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.services.importing.plan import Action
from zkijdesk.storage.store import check_store

COUNTED = (
    m.Client,
    m.Route,
    m.Activity,
    m.ClientSkill,
    m.Employer,
    m.EmployerContact,
    m.Vacancy,
    m.VacancySkill,
    m.ClientShare,
    m.Task,
)


def counts(store) -> dict[str, int]:
    with store.read_session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


def skill_ids(store, *codes: str) -> tuple[int, ...]:
    with store.read_session() as s:
        rows = s.execute(select(m.Skill.code, m.Skill.id).where(m.Skill.code.in_(codes)))
        found = dict(rows.all())
    return tuple(sorted(found[code] for code in codes))


def preview_of(importer, path):
    source = importer.open(path)
    table = importer.table(source)
    return source, importer.preview(source, table, importer.suggest(table))


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
    assert by_last[4].problems == [
        ("skill_evidence", "Bewijs heeft een waarde die zkijdesk niet kent.")
    ]
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
