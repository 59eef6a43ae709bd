"""A form's save is judged whole: every wrong field of it is refused together, each with
its own sentence and field, and the right ones are not named.

The properties take each field of a form right or wrong at random and check that the
fields refused are exactly the wrong ones, in the order the form shows them.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zkijdesk.domain.errors import ValidationError, each_error
from zkijdesk.services import dto
from zkijdesk.services.activities import ActivityService
from zkijdesk.services.employers import clean_employer
from zkijdesk.services.routes import placement_fields


def refused(clean) -> list[str]:
    """The fields ``clean()`` refuses, in order; [] when it accepts them all."""
    try:
        clean()
    except ValidationError as exc:
        problems = each_error(exc)
        assert len({p.field for p in problems}) == len(problems), "a field named twice"
        assert all(p.message.endswith(".") for p in problems)
        return [p.field for p in problems]
    return []


def field(right, *wrong):
    """(value, is_wrong) for one field: the right value or one of the wrong ones."""
    return st.one_of(st.just((right, False)), st.sampled_from([(value, True) for value in wrong]))


def wrong_ones(**fields) -> list[str]:
    return [name for name, (_value, bad) in fields.items() if bad]


@given(
    start_date=field("01-09-2026", None, "", "31-02-2026", "2026/09/01"),
    end_date=field(None, "99-99-2026", "31-11-2026"),
    contract_type=field("vast", None, "", "kapot"),
    hours_per_week=field(32, None, 0, 61, "32"),
)
def test_a_placement_refuses_exactly_its_wrong_fields(**fields):
    data = dto.PlacementInput(**{name: value for name, (value, _bad) in fields.items()})
    assert refused(lambda: placement_fields(data)) == wrong_ones(**fields)


@given(
    title=field("Cv nalopen", None, " ", "x" * 201, "Bellen\u202e"),
    due_date=field("01-02-2027", None, "", "32-01-2027"),
    note=field(None, "x" * 10_001),
)
def test_a_task_refuses_exactly_its_wrong_fields(**fields):
    values = {name: value for name, (value, _bad) in fields.items()}
    service = ActivityService(None, None, lambda: date(2026, 11, 15))  # type: ignore[arg-type]
    assert refused(lambda: service._task_fields(**values)) == wrong_ones(**fields)


@given(
    name=field("Bouwbedrijf Kennemerland", None, "", "x" * 161),
    kvk_number=field("87654321", "123", "00000000", "1234567a"),
    size_class=field("klein", "reus"),
)
def test_an_employer_refuses_exactly_its_wrong_fields(**fields):
    values = {name: value for name, (value, _bad) in fields.items()}
    expected = [
        {"name": "name", "kvk_number": "kvk_number", "size_class": "size_class"}[n]
        for n in wrong_ones(**fields)
    ]
    assert refused(lambda: clean_employer(**values)) == expected


def test_an_empty_choice_asks_for_it_by_name():
    data = dto.PlacementInput(start_date="01-09-2026", contract_type=None, hours_per_week=None)
    with pytest.raises(ValidationError) as caught:
        placement_fields(data)
    assert [p.message for p in each_error(caught.value)] == [
        "Kies een soort contract.",
        "Uren per week is verplicht.",
    ]


def test_a_new_employer_hears_of_its_empty_name_and_a_kvk_in_use_together(services):
    services.employers.create_employer("Zorggroep Spaarne", kvk_number="12345678")
    with pytest.raises(ValidationError) as caught:
        services.employers.create_employer("  ", kvk_number="1234 5678")
    assert [(p.field, p.message) for p in each_error(caught.value)] == [
        ("name", "Naam werkgever is verplicht."),
        ("kvk_number", "KvK-nummer is al bij een andere werkgever in gebruik."),
    ]
    assert [e.name for e in services.employers.employers()] == ["Zorggroep Spaarne"]


def test_a_vacancy_without_employer_occupation_or_valid_dates_is_refused_whole(services):
    with pytest.raises(ValidationError) as caught:
        services.employers.create_vacancy(
            None, "", 70, start_date="31-02-2027", opened_on=date(2030, 1, 1)
        )
    assert [(p.field, p.message) for p in each_error(caught.value)] == [
        ("employer_id", "Kies een werkgever."),
        ("occupation", "Beroep is verplicht."),
        ("hours_per_week", "Uren per week moet tussen 1 en 60 liggen."),
        ("start_date", "Startdatum is geen geldige datum; gebruik dd-mm-jjjj."),
        ("opened_on", "Datum open mag niet in de toekomst liggen."),
    ]
    assert services.employers.vacancies() == []


def test_a_contact_and_a_training_name_every_wrong_field(services):
    client = services.clients.intake(
        dto.ClientInput(
            first_name="Sem",
            last_name="Visser",
            birth_date=date(2001, 2, 3),
            intake_status="werkzoekend_bijstand",
        ),
        dto.RouteInput(intake_date=date(2026, 1, 10), referral_source="gemeente"),
    )
    with pytest.raises(ValidationError) as caught:
        services.activities.record_contact(client.client.id, "", "31-02-2026", minutes=2000)
    assert [p.field for p in each_error(caught.value)] == ["kind", "occurred_on", "minutes"]
    assert services.activities.contacts(client.client.id) == []

    with pytest.raises(ValidationError) as caught:
        services.routes.add_training(
            client.route.id,
            dto.TrainingInput(
                title="",
                provider="",
                kind=None,
                planned_start="01-03-2026",
                planned_end="01-02-2026",
                result="behaald",
                credential="VCA",
            ),
        )
    assert [(p.field, p.message) for p in each_error(caught.value)] == [
        ("title", "Opleiding is verplicht."),
        ("provider", "Aanbieder is verplicht."),
        ("kind", "Kies een soort scholing."),
        ("planned_end", "Gepland einde mag niet vóór de geplande start liggen."),
        ("actual_end", "Werkelijk einde is verplicht bij een behaalde of gestopte scholing."),
    ]


def test_a_contact_person_an_employer_change_and_an_hours_wish_name_every_wrong_field(
    services,
):
    from zkijdesk.services.employer_contacts import EmployerContactService
    from zkijdesk.services.matching import MatchingService

    contacts = EmployerContactService(services.store, services.actor, lambda: date(2026, 11, 15))
    taken = services.employers.create_employer("Zorggroep Spaarne", kvk_number="12345678")
    mine = services.employers.create_employer("Tata Steel")

    with pytest.raises(ValidationError) as caught:
        contacts.add_contact(mine.id, " ", email="geen-adres", phone="12")
    assert [p.field for p in each_error(caught.value)] == ["name", "email", "phone"]
    assert contacts.contacts(mine.id) == []

    with pytest.raises(ValidationError) as caught:
        contacts.update_employer(mine.id, "", kvk_number="12345678")
    assert [(p.field, p.message) for p in each_error(caught.value)] == [
        ("name", "Naam werkgever is verplicht."),
        ("kvk_number", "KvK-nummer is al bij een andere werkgever in gebruik."),
    ]
    assert {e.name for e in services.employers.employers()} == {taken.name, "Tata Steel"}

    client = services.clients.intake(
        dto.ClientInput(
            first_name="Sem",
            last_name="Visser",
            birth_date=date(2001, 2, 3),
            intake_status="werkzoekend_bijstand",
        ),
        dto.RouteInput(intake_date=date(2026, 1, 10), referral_source="gemeente"),
    )
    matching = MatchingService(services.store, services.actor, lambda: date(2026, 11, 15))
    with pytest.raises(ValidationError) as caught:
        matching.set_work_preference(client.client.id, -1, 99)
    assert [p.field for p in each_error(caught.value)] == ["hours_min", "hours_max"]
    assert matching.work_preference(client.client.id) == (None, None)
