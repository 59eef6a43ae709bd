"""Several contacts per row, client skills and employer contact persons: what the preview
says it will make, what lands (with its batch), what is refused and why (also in the
report), and that undo takes exactly the batch's own rows back out. On SQLite and on
PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from landed import counts, preview_of
from sheets import HEADER, person, write_csv, write_xlsx
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.errors import StateError
from zkijdesk.domain.skills import SkillEntry, SkillIndex
from zkijdesk.services.importing.mapping import field_for_header
from zkijdesk.services.importing.plan import Action
from zkijdesk.services.importing.report import write_report
from zkijdesk.storage.store import check_store

CONTACTS = [
    "Contact 1 datum",
    "Contact 1 soort",
    "Contact 1 verslag",
    "Contact 2 datum",
    "Contact 2 soort",
    "Contact 2 duur",
    "Datum contact 3",
    "Soort contact 3",
]


def skill_id(store, code: str) -> int:
    with store.read_session() as s:
        return s.scalar(select(m.Skill.id).where(m.Skill.code == code))


def client_id(store, last_name: str) -> int | None:
    with store.read_session() as s:
        return s.scalar(select(m.Client.id).where(m.Client.last_name == last_name))


# ---------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Contact 1 datum", "contact_date:1"),
        ("Datum contact 2", "contact_date:2"),
        ("Contact 2 soort", "contact_kind:2"),
        ("Contact 3 duur", "contact_minutes:3"),
        ("Contact 2 verslag", "contact_note:2"),
        ("Contact 2 date", "contact_date:2"),
        ("Contact 2 type", "contact_kind:2"),
        ("Contact 2 notes", "contact_note:2"),
        ("Datum contact", "contact_date"),
        ("Vaardigheden", "skills"),
        ("Skills", "skills"),
        ("Competenties", "skills"),
        ("Contactpersoon", "contact_person"),
        ("Contact person", "contact_person"),
        ("Functie contactpersoon", "contact_person_title"),
        ("E-mail contactpersoon", "contact_person_email"),
        ("Contact phone", "contact_person_phone"),
        ("Opleiding 2", None),
    ],
)
def test_dutch_and_english_headers(header, key):
    assert field_for_header(header) == key


def test_skill_words_are_found_as_the_picker_finds_them():
    index = SkillIndex(
        [
            SkillEntry(1, "GEN_HEFTRUCK", "Heftruckcertificaat"),
            SkillEntry(2, "TECH_VCA", "VCA-basis", "Techniek"),
            SkillEntry(3, "TECH_VCA_VOL", "VCA-VOL", "Techniek"),
            SkillEntry(4, "ZW_ADL", "Ondersteunen bij ADL", "Zorg & Welzijn"),
        ]
    )
    assert index.find("heftruck") == [1]
    assert index.find("VCA-basis") == [2]
    assert index.find("tech_vca_vol") == [3]
    assert index.find("vca") == [2, 3]
    assert index.find("adl zorg") == [4]
    assert index.find("Ruimtevaart") == []


def test_an_unknown_skill_word_is_named_on_one_line_without_invisible_characters():
    from zkijdesk.domain.errors import ValidationError
    from zkijdesk.i18n import translate_message
    from zkijdesk.services.importing.codes import ValueMaps

    maps = ValueMaps(skills=SkillIndex([SkillEntry(1, "GEN_HEFTRUCK", "Heftruckcertificaat")]))
    assert maps.resolve_skills("heftruck", label="Vaardigheden", own={}) == [1]
    tricky = "Ruimte\u202evaart\u200b  en\tsterren" + "kunde" * 12
    with pytest.raises(ValidationError) as caught:
        maps.resolve_skills(f"Heftruck; {tricky}", label="Vaardigheden", own={})
    assert caught.value.field == "skills"
    assert caught.value.message == (
        "Vaardigheden bevat “Ruimtevaart en sterrenkundekundekundeku…”, een vaardigheid die "
        "zkijdesk niet kent."
    )
    assert translate_message(caught.value.message, "en") == (
        "Skills contains “Ruimtevaart en sterrenkundekundekundeku…”, a skill zkijdesk does "
        "not know."
    )
    # A mapping's own word that points nowhere names the sheet's word, not the mapping's.
    with pytest.raises(ValidationError, match="“Vorkheftruck”"):
        maps.resolve_skills("Vorkheftruck", label="Vaardigheden", own={"vorkheftruck": "X"})


# ---------------------------------------------------------------- clients


def test_several_contacts_and_skills_per_row_land_with_their_batch(tmp_path, services, importer):
    header = [*HEADER, "Vaardigheden", *CONTACTS]
    rows = [
        person(
            1,
            Vaardigheden="Heftruckcertificaat; BHV-certificaat, vca-basis",
            **{
                "Contact 1 datum": date(2026, 9, 1),
                "Contact 1 soort": "gebeld",
                "Contact 1 verslag": "=eerste gesprek",
                "Contact 2 datum": "15-10-2026",
                "Contact 2 soort": "mail",
                "Contact 2 duur": 20,
                "Datum contact 3": date(2026, 11, 1),
            },
        ),
        person(2, **{"Contact 2 datum": date(2026, 8, 1)}),  # only the second contact
        person(3),  # no contacts, no skills
    ]
    path = write_xlsx(tmp_path / "contacten.xlsx", rows, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    assert [r.action for r in preview.rows] == [Action.CREATE] * 3, [
        r.problems for r in preview.rows
    ]
    first, second, third = preview.rows
    assert first.creates() == {"clients": 1, "routes": 1, "contacts": 3, "skills": 3}
    assert second.creates() == {"clients": 1, "routes": 1, "contacts": 1}
    assert third.creates() == {"clients": 1, "routes": 1}
    result = importer.run(source, preview)
    assert result.counts["contacts"] == 4 and result.counts["skills"] == 3

    one = client_id(services.store, "Achter1")
    with services.store.read_session() as s:
        contacts = s.scalars(
            select(m.Activity).where(m.Activity.client_id == one).order_by(m.Activity.occurred_on)
        ).all()
        assert [(c.occurred_on, c.kind.value, c.minutes, c.note) for c in contacts] == [
            (date(2026, 9, 1), "telefoon", 0, "=eerste gesprek"),
            (date(2026, 10, 15), "email", 20, None),
            (date(2026, 11, 1), "gesprek", 0, None),
        ]
        route = s.scalar(select(m.Route.id).where(m.Route.client_id == one))
        assert {c.route_id for c in contacts} == {route}
        assert {c.import_batch_id for c in contacts} == {result.batch_id}
        skills = s.scalars(select(m.ClientSkill).where(m.ClientSkill.client_id == one)).all()
        assert {x.skill_id for x in skills} == {
            skill_id(services.store, code) for code in ("GEN_HEFTRUCK", "ZW_BHV", "TECH_VCA")
        }
        assert {(x.evidence.value, x.shown_on, x.import_batch_id) for x in skills} == {
            ("eigen_opgave", None, result.batch_id)
        }
    view = services.clients.get(one)
    assert sorted(x.name for x in view.skills) == [
        "BHV-certificaat",
        "Heftruckcertificaat",
        "VCA-basis",
    ]

    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_english_headers_in_a_csv(tmp_path, services, do_import):
    header = [
        "First name",
        "Surname",
        "Date of birth",
        "Status",
        "Intake date",
        "Skills",
        "Contact 1 date",
        "Contact 1 type",
        "Contact 2 date",
        "Contact 2 duration",
        "Contact 2 notes",
    ]
    row = {
        "First name": "Eva",
        "Surname": "Engels",
        "Date of birth": date(1990, 5, 6),
        "Status": "WW",
        "Intake date": date(2026, 1, 5),
        "Skills": "Wondzorg | heftruck",
        "Contact 1 date": date(2026, 2, 1),
        "Contact 1 type": "video",
        "Contact 2 date": date(2026, 3, 1),
        "Contact 2 duration": "45",
        "Contact 2 notes": "Tweede gesprek",
    }
    preview, result = do_import(write_csv(tmp_path / "en.csv", [row], header=header))
    assert preview.rows[0].action is Action.CREATE, preview.rows[0].problems
    assert (result.counts["contacts"], result.counts["skills"]) == (2, 2)
    with services.store.read_session() as s:
        eva = s.scalar(select(m.Client.id).where(m.Client.last_name == "Engels"))
        got = s.execute(
            select(m.Activity.kind, m.Activity.minutes, m.Activity.note)
            .where(m.Activity.client_id == eva)
            .order_by(m.Activity.occurred_on)
        ).all()
    assert [(k.value, n, t) for k, n, t in got] == [
        ("video", 0, None),
        ("gesprek", 45, "Tweede gesprek"),
    ]


def test_unknown_skills_and_bad_contacts_are_refused_with_the_field_named(
    tmp_path, services, importer
):
    header = [*HEADER, "Vaardigheden", *CONTACTS]
    rows = [
        person(1, Vaardigheden="Heftruck; ruimtevaart"),
        person(2, Vaardigheden="Excel"),  # two skills have Excel in their name
        person(3, **{"Contact 2 datum": "gisteren", "Contact 2 duur": 2000}),
        person(4, **{"Contact 2 soort": "telefoon"}),  # a contact without its date
        person(5, Vaardigheden="BHV-certificaat", **{"Contact 1 datum": date(2026, 1, 2)}),
    ]
    path = write_xlsx(tmp_path / "fout.xlsx", rows, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_last = {r.number - 3: r for r in preview.rows}
    assert [by_last[i].action for i in range(1, 6)] == [Action.REFUSE] * 4 + [Action.CREATE]
    assert by_last[1].problems == [
        ("skills", "Vaardigheden bevat “ruimtevaart”, een vaardigheid die zkijdesk niet kent.")
    ]
    assert by_last[2].problems == [
        (
            "skills",
            "Vaardigheden bevat “Excel”, dat bij meer dan één vaardigheid past; schrijf de "
            "naam van de vaardigheid voluit.",
        )
    ]
    assert [s for _, s in by_last[3].problems] == [
        "Contact 2: Datum contact is geen geldige datum; gebruik dd-mm-jjjj.",
        "Contact 2: Datum contact is verplicht.",
    ]
    assert by_last[4].problems == [("occurred_on", "Contact 2: Datum contact is verplicht.")]
    assert all(r.creates() == {} for r in preview.rows[:4])
    assert by_last[5].creates() == {"clients": 1, "routes": 1, "contacts": 1, "skills": 1}

    result = importer.run(source, preview)
    after = counts(services.store)
    assert after["client"] == before["client"] + 1
    assert after["client_skill"] == before["client_skill"] + 1
    assert after["activity"] == before["activity"] + 1

    from openpyxl import load_workbook

    report = write_report(tmp_path / "verslag.xlsx", preview.table, result.rows)
    book = load_workbook(report)
    fix = list(book["Te verbeteren"].iter_rows(values_only=True))
    assert fix[0][-1] == "Reden" and len(fix) == 5
    reasons = [line[-1] for line in fix[1:]]
    assert reasons[0] == "Vaardigheden bevat “ruimtevaart”, een vaardigheid die zkijdesk niet kent."
    assert reasons[3] == "Contact 2: Datum contact is verplicht."
    every = list(book["Alle regels"].iter_rows(values_only=True))
    assert every[0] == ("Regel", "Uitkomst", "Reden", "Aangemaakt")
    assert every[-1][1] == "Geïmporteerd"
    assert every[-1][3] == "1 cliënt, 1 route, 1 contact, 1 vaardigheid"


def test_skills_and_contacts_fill_in_an_existing_file_and_undo_takes_only_those(
    tmp_path, services, importer
):
    from zkijdesk.services import dto

    existing = services.clients.intake(
        dto.ClientInput(
            first_name="Voornaam1",
            last_name="Achter1",
            birth_date=person(1)["Geb.datum"],
            intake_status="werkend",
        )
    )
    cid = existing.client.id
    services.clients.add_skill(cid, skill_id(services.store, "ZW_BHV"), "diploma")
    header = [*HEADER, "Vaardigheden", "Datum contact", "Contact 2 datum"]
    row = person(
        1,
        Vaardigheden="BHV-certificaat; Wondzorg",
        Intakedatum=None,
        **{"Datum contact": date(2026, 5, 1), "Contact 2 datum": date(2026, 6, 1)},
    )
    path = write_xlsx(tmp_path / "aanvullen.xlsx", [row], header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    importer.choose(preview, preview.rows[0].number, "aanvullen")
    assert preview.rows[0].creates() == {"contacts": 2, "skills": 2}
    result = importer.run(source, preview)
    assert (result.counts["contacts"], result.counts["skills"]) == (2, 1)  # BHV it had
    with services.store.read_session() as s:
        skills = {
            sid: evidence
            for sid, evidence in s.execute(
                select(m.ClientSkill.skill_id, m.ClientSkill.evidence).where(
                    m.ClientSkill.client_id == cid
                )
            )
        }
    assert skills[skill_id(services.store, "ZW_BHV")].value == "diploma"
    assert len(skills) == 2
    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert [x.name for x in services.clients.get(cid).skills] == ["BHV-certificaat"]


def test_undo_is_refused_after_a_skill_was_added_by_hand(tmp_path, services, importer, do_import):
    header = [*HEADER, "Vaardigheden"]
    _, result = do_import(
        write_xlsx(tmp_path / "s.xlsx", [person(1, Vaardigheden="Wondzorg")], header=header)
    )
    cid = client_id(services.store, "Achter1")
    services.clients.add_skill(cid, skill_id(services.store, "ZW_BHV"), "diploma")
    with pytest.raises(StateError, match="1 gegevens uit deze import"):
        importer.undo(result.batch_id)
    services.clients.remove_skill(cid, skill_id(services.store, "ZW_BHV"))
    assert importer.undo(result.batch_id)["skills"] == 1


# ---------------------------------------------------------------- employer contact persons


def test_contact_persons_on_a_sheet_of_employers(tmp_path, services, importer):
    from zkijdesk.services.employer_contacts import EmployerContactService

    people = EmployerContactService(services.store, services.actor, lambda: date(2026, 11, 15))
    known = services.employers.create_employer("Spaarne Gasthuis", kvk_number="34567890")
    people.add_contact(known.id, "Sanne Bos")
    header = [
        "Werkgever",
        "KvK",
        "Functie",
        "Uren",
        "Contactpersoon",
        "Functie contactpersoon",
        "E-mail",
        "Telefoon contactpersoon",
    ]
    rows = [
        {
            "Werkgever": "Zorgbalans",
            "KvK": "12345678",
            "Functie": "Helpende",
            "Uren": 24,
            "Contactpersoon": "Piet de Wit",
            "Functie contactpersoon": "HR-adviseur",
            "E-mail": "p.dewit@zorgbalans.example",
            "Telefoon contactpersoon": "023-5112345",
        },
        {"Werkgever": "Zorgbalans", "Contactpersoon": "Karin Smit"},
        {"Werkgever": "zorgbalans", "Contactpersoon": "piet de wit"},  # already on row 4
        {"Werkgever": "Spaarne Gasthuis", "Contactpersoon": "Sanne Bos"},  # store has her
        {"Werkgever": "Spaarne Gasthuis", "Contactpersoon": "Ali Yilmaz"},
        {"Werkgever": "Kapot BV", "Contactpersoon": "X", "E-mail": "geen-mail"},
        {"Werkgever": "Leeg BV", "Functie contactpersoon": "Directeur"},
    ]
    path = write_xlsx(tmp_path / "werkgevers.xlsx", rows, header=header, totals=False)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    by_row = {r.number: r for r in preview.rows}
    assert [by_row[n].action for n in range(4, 11)] == [
        Action.CREATE,
        Action.CREATE,
        Action.SKIP,
        Action.SKIP,
        Action.CREATE,
        Action.REFUSE,
        Action.REFUSE,
    ], [r.problems for r in preview.rows]
    assert by_row[4].creates() == {"employers": 1, "vacancies": 1, "employer_contacts": 1}
    assert by_row[5].creates() == {"employer_contacts": 1}
    assert by_row[8].creates() == {"employer_contacts": 1}
    assert by_row[9].problems == [
        ("contact_person_email", "E-mail contactpersoon moet precies één @ bevatten.")
    ]
    assert [s for _, s in by_row[10].problems] == ["Naam contactpersoon is verplicht."]

    result = importer.run(source, preview)
    assert result.counts["employer_contacts"] == 3 and result.counts["employers"] == 1
    with services.store.read_session() as s:
        found = s.execute(
            select(
                m.Employer.name,
                m.EmployerContact.name,
                m.EmployerContact.job_title,
                m.EmployerContact.email,
                m.EmployerContact.phone,
                m.EmployerContact.import_batch_id,
            )
            .join(m.Employer, m.Employer.id == m.EmployerContact.employer_id)
            .order_by(m.EmployerContact.id)
        ).all()
    assert [tuple(r) for r in found] == [
        ("Spaarne Gasthuis", "Sanne Bos", None, None, None, None),
        (
            "Zorgbalans",
            "Piet de Wit",
            "HR-adviseur",
            "p.dewit@zorgbalans.example",
            "+31235112345",
            result.batch_id,
        ),
        ("Zorgbalans", "Karin Smit", None, None, None, result.batch_id),
        ("Spaarne Gasthuis", "Ali Yilmaz", None, None, None, result.batch_id),
    ]

    # A contact person of the batch that was changed since stops the undo.
    with services.store.read_session() as s:
        ali = s.scalar(select(m.EmployerContact.id).where(m.EmployerContact.name == "Ali Yilmaz"))
    people.set_contact_active(ali, False)
    with pytest.raises(StateError, match="1 gegevens uit deze import"):
        importer.undo(result.batch_id)
    people.set_contact_active(ali, True)
    with services.store.session() as s:  # back as the import left it
        row = s.get(m.EmployerContact, ali)
        row.updated_at = row.created_at
    undone = importer.undo(result.batch_id)
    assert undone["employer_contacts"] == 3
    assert counts(services.store) == before
    assert check_store(services.store).ok


# ---------------------------------------------------------------- property: a round trip

EXAMPLE = itertools.count()
SKILL_WORDS = [
    "Heftruckcertificaat",
    "wondzorg",
    "BHV-certificaat",
    "VCA-basis",
    "Excel",
    "Vliegen",
]
DATE_HEADERS = ["Contact {n} datum", "Datum contact {n}", "Contact {n} date"]
KIND_HEADERS = ["Contact {n} soort", "Soort contact {n}", "Contact {n} type"]
contact_cells = st.one_of(
    st.none(),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 11, 15)),
    st.sampled_from(["gisteren", "31-02-2026", date(2027, 1, 1)]),  # refused
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    slots=st.integers(min_value=0, max_value=3),
    style=st.integers(min_value=0, max_value=2),
    rows=st.lists(
        st.tuples(
            st.lists(contact_cells, min_size=3, max_size=3),
            st.lists(st.sampled_from(["telefoon", "mail", "video", None]), min_size=3, max_size=3),
            st.lists(st.sampled_from(SKILL_WORDS), max_size=3),
        ),
        min_size=1,
        max_size=5,
    ),
)
def test_contacts_and_skills_round_trip_through_plan_write_and_undo(
    tmp_path_factory, services, importer, slots, style, rows
):
    salt = next(EXAMPLE)  # the store lives across examples: every example its own people
    numbers = range(1, slots + 1)
    header = [*HEADER, "Vaardigheden"]
    for n in numbers:
        header += [DATE_HEADERS[style].format(n=n), KIND_HEADERS[style].format(n=n)]
    sheet = []
    for index, (days, kinds, skills) in enumerate(rows):
        row = person(salt * 10 + index, Achternaam=f"R{salt}x{index}")
        row["Vaardigheden"] = "; ".join(skills) or None
        for n in numbers:
            row[DATE_HEADERS[style].format(n=n)] = days[n - 1]
            row[KIND_HEADERS[style].format(n=n)] = kinds[n - 1] if days[n - 1] else None
        sheet.append(row)
    path = write_xlsx(tmp_path_factory.mktemp("r") / "r.xlsx", sheet, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    for plan, (days, _, skills) in zip(preview.rows, rows, strict=True):
        bad_skill = any(w in ("Excel", "Vliegen") for w in skills)
        bad_day = any(not isinstance(d, date) or d.year > 2026 for d in days[:slots] if d)
        assert (plan.action is Action.REFUSE) == (bad_skill or bad_day), plan.problems
        if plan.action is Action.CREATE:
            assert len(plan.contacts) == sum(1 for d in days[:slots] if d)
            assert len(plan.skill_ids) == len({w.casefold() for w in skills})
    made = {"contacts": 0, "skills": 0, "clients": 0}
    for plan in preview.rows:
        for key in made:
            made[key] += plan.creates().get(key, 0)
    result = importer.run(source, preview)
    after = counts(services.store)
    assert after["client"] - before["client"] == made["clients"]
    assert after["activity"] - before["activity"] == made["contacts"] == result.counts["contacts"]
    assert after["client_skill"] - before["client_skill"] == made["skills"]
    importer.undo(result.batch_id)
    assert counts(services.store) == before


# ---------------------------------------------------------------- a sheet of contacts


def test_a_separate_sheet_of_contacts_keyed_by_bsn_or_client_number(tmp_path, services, importer):
    from sheets import BSNS

    from zkijdesk.services import dto

    made = {}
    for i, bsn in enumerate(BSNS[:3]):
        result = services.clients.intake(
            dto.ClientInput(
                first_name=f"Kees{i}",
                last_name=f"Contact{i}",
                birth_date=date(1980, 1, 1 + i),
                bsn=bsn,
                intake_status="werkend",
            ),
            route=dto.RouteInput(intake_date=date(2026, 3, 1), referral_source="zelfmelder"),
        )
        made[i] = (result.client.id, result.client.client_number, result.route.id)
    header = [
        "Naam",
        "BSN",
        "Cliëntnummer",
        "Datum contact",
        "Soort contact",
        "Verslag",
        "Contact 2 datum",
        "Contact 2 soort",
    ]
    rows = [
        {  # by BSN: one contact before the route began, one during it
            "Naam": "Kees0 Contact0",
            "BSN": BSNS[0],
            "Datum contact": "15-02-2026",
            "Soort contact": "gebeld",
            "Verslag": "Aanmelding besproken",
            "Contact 2 datum": "10-04-2026",
            "Contact 2 soort": "video",
        },
        {"Naam": "Kees1", "Cliëntnummer": made[1][1].lower(), "Datum contact": "1-5-2026"},
        {"Naam": "Onbekend", "BSN": BSNS[4], "Datum contact": "1-5-2026"},
        {"Naam": "Fout", "BSN": "123456789", "Datum contact": "1-5-2026"},
        {"Naam": "Geen nummer", "Datum contact": "1-5-2026"},
        {"Naam": "Kees2", "BSN": BSNS[2]},  # no contact on this row: nothing to do
        {"Naam": "Kees2", "BSN": BSNS[2], "Contact 2 datum": "morgen"},
    ]
    path = write_csv(tmp_path / "contacten.csv", rows, header=header)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    got = [(r.action, [s for _, s in r.problems]) for r in preview.rows]
    assert got == [
        (Action.UPDATE, []),
        (Action.UPDATE, []),
        (Action.REFUSE, ["Er is geen cliënt met dit BSN in zkijdesk."]),
        (Action.REFUSE, ["BSN voldoet niet aan de elfproef."]),
        (Action.REFUSE, ["Vul het BSN of het cliëntnummer van de cliënt in."]),
        (Action.SKIP, []),
        (
            Action.REFUSE,
            [
                "Contact 2: Datum contact is geen geldige datum; gebruik dd-mm-jjjj.",
                "Contact 2: Datum contact is verplicht.",
            ],
        ),
    ]
    assert preview.rows[0].creates() == {"contacts": 2}
    assert preview.rows[1].creates() == {"contacts": 1}
    result = importer.run(source, preview)
    assert (result.counts["contacts"], result.counts["clients"], result.counts["updated"]) == (
        3,
        0,
        2,
    )
    with services.store.read_session() as s:
        found = s.execute(
            select(
                m.Activity.client_id, m.Activity.occurred_on, m.Activity.kind, m.Activity.route_id
            )
            .where(m.Activity.import_batch_id == result.batch_id)
            .order_by(m.Activity.occurred_on)
        ).all()
    assert [(c, d, k.value, r) for c, d, k, r in found] == [
        (made[0][0], date(2026, 2, 15), "telefoon", None),  # before the route began
        (made[0][0], date(2026, 4, 10), "video", made[0][2]),
        (made[1][0], date(2026, 5, 1), "gesprek", made[1][2]),
    ]
    assert counts(services.store)["client"] == before["client"]
    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert check_store(services.store).ok


def test_a_sheet_of_contacts_with_english_headers(tmp_path, services, importer):
    from zkijdesk.services import dto

    client = services.clients.intake(
        dto.ClientInput(
            first_name="Ann",
            last_name="English",
            birth_date=date(1985, 6, 7),
            intake_status="werkend",
        )
    ).client
    header = ["Client number", "Contact date", "Contact type", "Duration", "Contact notes"]
    row = {
        "Client number": client.client_number,
        "Contact date": date(2026, 10, 1),
        "Contact type": "phone",
        "Duration": 15,
        "Contact notes": "Called about the vacancy",
    }
    path = write_xlsx(tmp_path / "contacts.xlsx", [row], header=header, totals=False)
    source, preview = preview_of(importer, path)
    assert [(r.action, r.problems) for r in preview.rows] == [(Action.UPDATE, [])]
    result = importer.run(source, preview)
    with services.store.read_session() as s:
        contact = s.scalar(select(m.Activity).where(m.Activity.client_id == client.id))
    assert (contact.kind.value, contact.minutes, contact.note, contact.route_id) == (
        "telefoon",
        15,
        "Called about the vacancy",
        None,
    )
    assert contact.import_batch_id == result.batch_id


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Alfa", "Beta", "alfa"]),
            st.sampled_from(["Piet Bos", "piet bos", "Karin Smit", None]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_contact_persons_round_trip_once_per_employer_and_name(
    tmp_path_factory, services, importer, rows
):
    salt = next(EXAMPLE)
    header = ["Werkgever", "Contactpersoon"]
    sheet = [{"Werkgever": f"{firm} {salt}", "Contactpersoon": who} for firm, who in rows]
    path = write_xlsx(tmp_path_factory.mktemp("w") / "w.xlsx", sheet, header=header, totals=False)
    before = counts(services.store)
    source, preview = preview_of(importer, path)
    result = importer.run(source, preview)
    expected = {(firm.casefold(), who.casefold()) for firm, who in rows if who}
    assert result.counts["employer_contacts"] == len(expected)
    assert result.counts["employers"] == len({firm.casefold() for firm, _ in rows})
    after = counts(services.store)
    assert after["employer_contact"] - before["employer_contact"] == len(expected)
    importer.undo(result.batch_id)
    assert counts(services.store) == before


def test_a_saved_mapping_with_repeated_and_blank_headers_loses_no_column(tmp_path):
    """Keyed on header text, a saved mapping cannot tell two "Opmerking" columns or two
    blank headers apart: the used one's field is kept, and no column is switched off."""
    from zkijdesk.services.importing.mapping import Mapping, load_mapping

    headers = ["Opmerking", "Opmerking", "", "Voornaam", ""]
    mapping = Mapping(columns={0: "route_note", 3: "first_name", 4: "email"})
    saved = tmp_path / "koppeling.json"
    saved.write_text(mapping.to_json(headers), encoding="utf-8")
    loaded = load_mapping(saved, headers)
    assert loaded.columns == {0: "route_note", 3: "first_name"}
    assert loaded.ignored == set()  # the blank-header e-mail column is matched afresh
