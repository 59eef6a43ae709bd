"""Corrections in a client file: guidance, steps, contacts and tasks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from workspace_data import make_client

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError, StateError, ValidationError
from zkijdesk.services.dto import PlacementInput, TrainingInput


def test_guidance_is_corrected_and_closed_and_steps_can_be_removed(people, store):
    anna = people.anna
    client, route = make_client(anna, "Iris", "Dekker", route={"intake_date": date(2026, 1, 5)})
    guidance = anna.routes.add_guidance(route.id, "jobcoaching", date(2026, 1, 10))
    changed = anna.routes.update_guidance(
        guidance.id, "loopbaanadvies", "12-01-2026", "01-06-2026", " Afgerond "
    )
    assert (changed.kind.value, changed.end_date, changed.note) == (
        "loopbaanadvies",
        date(2026, 6, 1),
        "Afgerond",
    )
    with pytest.raises(ValidationError) as err:
        anna.routes.update_guidance(guidance.id, "jobcoaching", "01-01-2026")
    assert err.value.field == "start_date"
    with pytest.raises(ValidationError) as err:
        anna.routes.update_guidance(guidance.id, "jobcoaching", "12-01-2026", "01-01-2026")
    assert err.value.field == "end_date"

    training = anna.routes.add_training(route.id, TrainingInput(title="VCA", provider="Nova"))
    placement = anna.routes.add_placement(
        route.id, PlacementInput(start_date=date(2026, 3, 1), hours_per_week=24)
    )
    with pytest.raises(PermissionDeniedError):
        people.bram.routes.delete_training(training.id)
    anna.routes.delete_guidance(guidance.id)
    anna.routes.delete_training(training.id)
    anna.routes.delete_placement(placement.id)
    (after,) = anna.clients.routes(client.id)
    assert (after.guidances, after.trainings, after.placements) == ((), (), ())
    with store.read_session() as s:
        assert s.scalars(select(m.Task).where(m.Task.client_id == client.id)).all() == []


def test_contacts_and_tasks_are_corrected_or_removed(people):
    anna = people.anna
    client, _ = make_client(anna, "Iris", "Dekker")
    contact = anna.activities.record_contact(client.id, "telefoon", date(2026, 11, 2), 10, "Kort")
    changed = anna.activities.update_contact(contact.id, "gesprek", "03-11-2026", 45, "Langer")
    assert (changed.kind.value, changed.minutes, changed.note) == ("gesprek", 45, "Langer")
    with pytest.raises(ValidationError) as err:
        anna.activities.update_contact(contact.id, "gesprek", "01-01-2030", 45)
    assert err.value.field == "occurred_on"
    anna.activities.delete_contact(contact.id)
    assert anna.activities.contacts(client.id) == []

    task = anna.activities.add_task("Cv nabespreken", date(2026, 11, 20), client_id=client.id)
    assert (
        anna.activities.update_task(task.id, "Cv bespreken", "21-11-2026").title == "Cv bespreken"
    )
    with pytest.raises(ValidationError):
        anna.activities.update_task(task.id, "", "21-11-2026")
    anna.activities.delete_task(task.id)
    assert anna.activities.tasks(client_id=client.id) == []

    own = anna.activities.add_task("Eigen taak", date(2026, 11, 20))
    with pytest.raises(PermissionDeniedError):
        people.bram.activities.delete_task(own.id)
    anna.clients.set_restriction(client.id, True)
    with pytest.raises(StateError):
        anna.activities.add_task("x", date(2026, 11, 20), client_id=client.id)


def test_a_training_corrected_to_a_sector_that_is_gone_is_refused_at_the_field(people):
    """As when it is added: before, the unknown sector reached the database, whose
    foreign key refused it with an error the form could not explain."""
    anna = people.anna
    _client, route = make_client(anna, "Iris", "Dekker", route={"intake_date": date(2026, 1, 5)})
    training = anna.routes.add_training(route.id, TrainingInput(title="VCA", provider="Nova"))
    with pytest.raises(ValidationError) as err:
        anna.routes.update_training(
            training.id, TrainingInput(title="VCA", provider="Nova", sector_id=987_654_321)
        )
    assert (err.value.field, err.value.message) == ("sector_id", "Sector bestaat niet.")


def test_a_slip_of_the_year_in_a_task_is_caught_but_an_old_task_can_be_renamed(people, store):
    """A task dated 2020 was taken without a word: overdue the day it was made. An open
    task that has grown old keeps its date when it is renamed."""
    from zkijdesk.services.container import Services

    anna = people.anna
    client, _route = make_client(anna, "Oud", "Jaar", route={"intake_date": date(2026, 1, 5)})
    with pytest.raises(ValidationError) as err:
        anna.activities.add_task("Cv nabespreken", "20-11-2020", client_id=client.id)
    assert err.value.field == "due_date"
    assert err.value.message == (
        "Uiterste datum ligt meer dan een jaar in het verleden; controleer het jaar."
    )
    with pytest.raises(ValidationError, match="meer dan vijf jaar in de toekomst"):
        anna.activities.add_task("Cv nabespreken", date(2062, 11, 20), client_id=client.id)
    assert anna.activities.tasks(client_id=client.id) == []
    task = anna.activities.add_task("Cv nabespreken", date(2026, 11, 20), client_id=client.id)
    later = Services(store, anna.actor, lambda: date(2028, 6, 1)).activities
    assert later.update_task(task.id, "Cv bespreken", date(2026, 11, 20)).title == "Cv bespreken"
    with pytest.raises(ValidationError, match="meer dan een jaar in het verleden"):
        later.update_task(task.id, "Cv bespreken", date(2026, 11, 21))
