"""Opening a client's file reads everything the file shows in one unit of work: the
same person, routes with their steps, contacts and tasks as the separate reads, one
audit entry for the opening, and the file first in the recently opened list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError
from zkijdesk.services.client_file import ClientFileService
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput, TrainingInput
from zkijdesk.services.preferences import PreferenceService
from zkijdesk.services.users import actor_for


@pytest.fixture
def full_file(services):
    """A client with two focus groups, three skills, a closed and an open route with
    guidance, trainings and a placement (with its follow-ups), contacts and tasks."""
    ref = services.reference
    client = services.clients.intake(
        ClientInput(
            first_name="Sem",
            last_name="Visser",
            birth_date=date(2001, 2, 3),
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date=date(2025, 3, 10), referral_source="gemeente"),
    ).client
    groups = [g.id for g in ref.target_groups(2026)][:2]
    services.clients.set_target_groups(client.id, groups)
    for skill in ref.skills()[:3]:
        services.clients.add_skill(client.id, skill.id, "diploma", date(2025, 1, 5))
    first = services.clients.routes(client.id)[0]
    services.routes.add_guidance(first.id, "jobcoaching", date(2025, 4, 1))
    services.routes.add_training(
        first.id, TrainingInput(title="Helpende Zorg", provider="Nova College")
    )
    services.routes.close(first.id, date(2025, 9, 30), "werk")
    second = services.routes.open(
        client.id, RouteInput(intake_date=date(2026, 1, 10), referral_source="uwv")
    )
    employer = services.employers.create_employer("Zorggroep Kennemerland")
    services.routes.add_training(second.id, TrainingInput(title="BHV", provider="Vonk"))
    services.routes.add_training(second.id, TrainingInput(title="VCA", provider="Vonk"))
    services.routes.add_placement(
        second.id,
        PlacementInput(start_date=date(2026, 3, 31), hours_per_week=24, employer_id=employer.id),
    )
    for day in (date(2026, 2, 1), date(2026, 2, 8)):
        services.activities.record_contact(client.id, "gesprek", day, 30, note="Voortgang")
    services.activities.add_task("Bellen", date(2026, 5, 1), client_id=client.id)
    return client.id


def _audit_count(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.AuditEntry))


def test_opening_reads_what_the_separate_reads_read_and_logs_once(services, full_file):
    separate = (
        services.clients.get(full_file),
        services.clients.routes(full_file),
        services.activities.contacts(full_file),
        services.activities.tasks(client_id=full_file, include_done=True),
    )
    client, routes, contacts, tasks = separate
    assert len(client.tags) == 2 and len(client.skills) == 3
    assert [len(r.trainings) for r in routes] == [2, 1]
    assert len(routes[0].placements) == 1 and len(routes[0].placements[0].follow_ups) == 3
    assert len(contacts) == 2 and len(tasks) >= 4  # the placement plans follow-up tasks

    before = _audit_count(services.store)
    opened = ClientFileService(services.store, services.actor, lambda: date(2026, 6, 1)).open(
        full_file, note_recent=True
    )
    assert (opened.client, opened.routes, opened.contacts, opened.tasks) == separate
    assert _audit_count(services.store) == before + 1
    with services.store.read_session() as s:
        last = s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
    assert (last.action, last.object_type, last.object_id, last.detail) == (
        "view",
        "client",
        full_file,
        None,
    )
    prefs = PreferenceService(services.store, services.actor, lambda: date(2026, 6, 1))
    assert prefs.recent_clients()[0] == full_file


def test_a_file_without_access_is_refused_and_nothing_is_noted(services, full_file):
    with services.store.session() as s:  # a colleague, as an admin would add one
        s.add(m.User(username="bram", display_name="Bram", role="coach"))
    bram = actor_for(services.store, "bram")
    with pytest.raises(PermissionDeniedError):
        ClientFileService(services.store, bram, lambda: date(2026, 6, 1)).open(
            full_file, note_recent=True
        )
    assert PreferenceService(services.store, bram, lambda: date(2026, 6, 1)).recent_clients() == []
