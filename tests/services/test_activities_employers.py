"""Contacts, tasks, employers and vacancies."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.services.dto import ClientInput


@pytest.fixture
def client(services):
    return services.clients.intake(
        ClientInput(
            first_name="Noor",
            last_name="Smit",
            birth_date=date(1968, 8, 8),
            intake_status="werkend",
        )
    ).client


def test_contact_is_recorded_with_its_note(services, client):
    services.activities.record_contact(
        client.id, "telefoon", date(2026, 11, 14), 15, "Belde over\r\nCV"
    )
    [contact] = services.activities.contacts(client.id)
    assert contact.minutes == 15 and contact.note == "Belde over\nCV"


def test_contact_in_the_future_or_too_long_is_refused(services, client):
    with pytest.raises(ValidationError) as err:
        services.activities.record_contact(client.id, "gesprek", date(2026, 12, 1))
    assert err.value.field == "occurred_on"
    with pytest.raises(ValidationError) as err:
        services.activities.record_contact(client.id, "gesprek", date(2026, 11, 1), 2000)
    assert err.value.field == "minutes"
    assert services.activities.contacts(client.id) == []


def test_task_done_and_undone(services, client):
    task = services.activities.add_task("CV nakijken", "20-11-2026", client_id=client.id)
    assert services.activities.set_done(task.id).done
    assert services.activities.tasks(client_id=client.id) == []
    assert not services.activities.set_done(task.id, False).done
    assert [t.id for t in services.activities.tasks(client_id=client.id)] == [task.id]


def test_vacancy_lifecycle_and_kvk_validation(services):
    with pytest.raises(ValidationError) as err:
        services.employers.create_employer("Tata", kvk_number="1234")
    assert err.value.field == "kvk_number"
    employer = services.employers.create_employer("Tata Steel IJmuiden", kvk_number="3400 1234")
    assert employer.kvk_number == "34001234"
    skills = services.reference.skills()
    vacancy = services.employers.create_vacancy(
        employer.id,
        "Onderhoudsmonteur",
        38,
        required_skill_ids=[skills[0].id, skills[1].id],
        desired_skill_ids=[skills[1].id, skills[2].id],
        opened_on=date(2026, 10, 1),
    )
    assert vacancy.required_skill_ids == tuple(sorted([skills[0].id, skills[1].id]))
    assert vacancy.desired_skill_ids == (skills[2].id,)
    filled = services.employers.set_vacancy_status(vacancy.id, "vervuld", date(2026, 11, 1))
    assert filled.closed_on == date(2026, 11, 1)
    assert services.employers.vacancies(open_only=True) == []


def test_only_an_admin_changes_reference_data(services):
    with pytest.raises(PermissionDeniedError):
        services.reference.add_target_group(2027, "JONG", "Jongeren")
