"""A route from intake to closing, with trainings, placements and follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.domain.errors import StateError, ValidationError
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput, TrainingInput


@pytest.fixture
def route(services):
    result = services.clients.intake(
        ClientInput(
            first_name="Sem",
            last_name="Visser",
            birth_date=date(2001, 2, 3),
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date=date(2026, 1, 10), referral_source="gemeente"),
    )
    return result.route


def test_training_achieved_needs_an_end_date_and_keeps_its_credential(services, route):
    with pytest.raises(ValidationError) as err:
        services.routes.add_training(
            route.id,
            TrainingInput(title="Helpende Zorg", provider="Nova College", result="behaald"),
        )
    assert err.value.field == "actual_end"
    training = services.routes.add_training(
        route.id,
        TrainingInput(
            title="Helpende Zorg",
            provider="Nova College",
            kind="mbo_certificaat",
            actual_start="01-02-2026",
            actual_end="2026-06-30",
            result="behaald",
            credential="Certificaat Helpende Zorg",
        ),
    )
    assert training.actual_end == date(2026, 6, 30)
    assert services.clients.routes(route.client_id)[0].trainings[0].credential == (
        "Certificaat Helpende Zorg"
    )


def test_training_end_before_start_names_the_end_field(services, route):
    with pytest.raises(ValidationError) as err:
        services.routes.add_training(
            route.id,
            TrainingInput(
                title="VCA", provider="X", planned_start="2026-03-01", planned_end="2026-02-01"
            ),
        )
    assert err.value.field == "planned_end"
    assert "Gepland einde" in err.value.message


def test_step_before_intake_is_refused(services, route):
    with pytest.raises(ValidationError) as err:
        services.routes.add_guidance(route.id, "jobcoaching", date(2025, 12, 31))
    assert err.value.field == "start_date"


def _placement(services, route):
    """A placement on ``route`` from 31 March 2026, with its follow-ups planned."""
    employer = services.employers.create_employer("Zorggroep Kennemerland", kvk_number="12345678")
    return services.routes.add_placement(
        route.id,
        PlacementInput(
            start_date=date(2026, 3, 31),
            contract_type="bepaalde_tijd",
            hours_per_week=24,
            employer_id=employer.id,
        ),
    )


def test_placement_plans_follow_ups_and_tasks_that_answering_closes(services, route):
    placement = _placement(services, route)
    assert [(f.months, f.due_date) for f in placement.follow_ups] == [
        (3, date(2026, 6, 30)),
        (6, date(2026, 9, 30)),
        (12, date(2027, 3, 31)),
    ]
    open_tasks = services.activities.tasks(owner_id=services.actor.user_id)
    assert [t.due_date for t in open_tasks] == [
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2027, 3, 31),
    ]
    three = placement.follow_ups[0]
    answered = services.routes.record_follow_up(three.id, True, date(2026, 7, 1))
    assert answered.still_working is True
    remaining = services.activities.tasks(owner_id=services.actor.user_id)
    assert [t.follow_up_id for t in remaining] == [f.id for f in placement.follow_ups[1:]]


def test_placement_hours_out_of_range(services, route):
    with pytest.raises(ValidationError) as err:
        services.routes.add_placement(
            route.id, PlacementInput(start_date=date(2026, 3, 1), hours_per_week=80)
        )
    assert err.value.field == "hours_per_week"


def test_close_route_then_no_new_steps_and_a_new_route_can_open(services, route):
    with pytest.raises(ValidationError) as err:
        services.routes.close(route.id, date(2026, 1, 1), "werk")
    assert err.value.field == "closed_on"
    with pytest.raises(StateError):
        services.routes.open(route.client_id, RouteInput(intake_date=date(2026, 2, 1)))
    closed = services.routes.close(route.id, "2026-10-01", "werk")
    assert not closed.is_open and closed.exit_reason.value == "werk"
    with pytest.raises(StateError):
        services.routes.add_guidance(route.id, "jobcoaching", date(2026, 10, 2))
    second = services.routes.open(route.client_id, RouteInput(intake_date=date(2026, 11, 1)))
    assert [r.id for r in services.clients.routes(route.client_id)] == [second.id, route.id]
    with pytest.raises(StateError):
        services.routes.reopen(route.id)


def test_reopen_clears_the_exit(services, route):
    services.routes.close(route.id, date(2026, 5, 1), "verhuisd")
    reopened = services.routes.reopen(route.id)
    assert reopened.is_open and reopened.exit_reason is None


def test_unknown_exit_reason_is_a_field_error(services, route):
    with pytest.raises(ValidationError) as err:
        services.routes.close(route.id, date(2026, 5, 1), "pensioen")
    assert err.value.field == "exit_reason"
    assert services.routes.get(route.id).is_open


def test_follow_up_with_a_blank_date_is_refused_not_a_crash(services, route):
    """A blank date used to pass as no date and fail comparing None with the start (found
    by mypy); it is refused as a required field, as a closing date is."""
    placement = _placement(services, route)
    with pytest.raises(ValidationError) as err:
        services.routes.record_follow_up(placement.follow_ups[0].id, True, "  ")
    assert err.value.field == "checked_on"
