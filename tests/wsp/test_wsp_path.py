"""The whole WSP path: employer, vacancy, suggestions with reasons, proposal, placement,
follow-up tasks on the coach's start page, and answering them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from wsp_data import TODAY, add_user, make_client, wsp_services

from zkijdesk import models as m
from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.domain.errors import PermissionDeniedError, StateError, ValidationError
from zkijdesk.domain.matching import CandidacyStage


def test_candidates_for_a_vacancy_are_ranked_with_reasons(world):
    found = world.wsp.matching.candidates(world.vacancy.id)
    assert [s.client_id for s in found] == [world.best.id, world.half.id, world.none.id]
    best, half, none = found
    assert best.name == "Fatima Bakker"
    assert best.matched_required == ("Medicatie aanreiken en registreren", "Ondersteunen bij ADL")
    assert best.missing_required == ()
    assert best.missing_desired == ("Omgaan met dementie",)
    assert best.training_route == ("Omgaan met dementie (gewenst): via Cursus Omgaan met dementie",)
    assert half.missing_required == ("Medicatie aanreiken en registreren",)
    assert half.training_route[0].startswith("Medicatie aanreiken en registreren (verplicht): via")
    assert "Nog geen vaardigheden vastgelegd." in none.notes
    assert dict(best.parts)["skills"] == 80
    assert best.total > half.total > none.total


def test_vacancies_for_a_client_are_ranked_and_audited(world, services):
    other = services.employers.create_vacancy(
        world.employer.id,
        "Monteur",
        40,
        opened_on=date(2026, 10, 1),
        required_skill_ids=[world.skills.vca],
    )
    found = world.wsp.matching.vacancies_for(world.best.id)
    assert [s.vacancy_id for s in found] == [world.vacancy.id, other.id]
    assert found[0].employer_name == "Zorggroep Spaarne"
    with services.store.read_session() as s:
        actions = s.execute(
            select(m.AuditEntry.action, m.AuditEntry.object_type, m.AuditEntry.detail)
        ).all()
    assert ("view", "client", "matching=2") in actions
    assert all("Bakker" not in (detail or "") for _, _, detail in actions)


def test_hours_wanted_change_the_order(world):
    world.wsp.matching.set_work_preference(world.best.id, 36, 40)
    world.wsp.matching.set_work_preference(world.half.id, 20, 24)
    found = world.wsp.matching.candidates(world.vacancy.id)
    best = next(s for s in found if s.client_id == world.best.id)
    assert dict(best.parts)["hours"] < 100
    assert "Vacature biedt 12 uur minder dan gewenst." in best.notes
    with pytest.raises(ValidationError) as err:
        world.wsp.matching.set_work_preference(world.best.id, 30, 20)
    assert err.value.field == "hours_max"


def test_proposal_interview_placement_and_follow_ups_on_the_start_page(world, services):
    from zkijdesk.services.worklist import WorklistService

    pipeline = world.wsp.placements
    proposal = pipeline.propose(world.vacancy.id, world.best.id, on=date(2026, 10, 20), score=81.4)
    assert proposal.stage is CandidacyStage.PROPOSED and proposal.score == 81
    assert services.employers.vacancies()[0].status is VacancyStatus.IN_PROGRESS
    # Proposed clients drop out of the suggestions for this vacancy.
    assert world.best.id not in [
        s.client_id for s in world.wsp.matching.candidates(world.vacancy.id)
    ]
    with pytest.raises(StateError):
        pipeline.propose(world.vacancy.id, world.best.id)

    pipeline.record_interview(proposal.id, date(2026, 10, 28))
    placed = pipeline.place(
        proposal.id,
        contract_type="bepaalde_tijd",
        hours_per_week=24,
        start_date=date(2026, 11, 1),
        decided_on=date(2026, 10, 30),
    )
    assert placed.stage is CandidacyStage.PLACED and placed.placement_id is not None
    vacancy = services.employers.vacancies()[0]
    assert vacancy.status is VacancyStatus.FILLED and vacancy.closed_on == date(2026, 10, 30)

    tasks = services.activities.tasks(owner_id=services.actor.user_id)
    follow_ups = [t for t in tasks if t.follow_up_id is not None]
    assert [t.due_date for t in follow_ups] == [
        date(2027, 2, 1),
        date(2027, 5, 1),
        date(2027, 11, 1),
    ]
    assert all("Nazorg plaatsing" in t.title for t in follow_ups)

    # On the start page once the first one falls due.
    later = WorklistService(services.store, services.actor, lambda: date(2027, 2, 1))
    due = later.worklist().follow_ups
    assert [(f.client_id, f.months) for f in due] == [(world.best.id, 3)]

    answer = services.routes.record_follow_up(follow_ups[0].follow_up_id, True, TODAY)
    assert answer.still_working is True
    left = services.activities.tasks(owner_id=services.actor.user_id)
    assert follow_ups[0].id not in [t.id for t in left]
    # Now placed: lower availability in other suggestions.
    assert pipeline.pipeline()[0].stage is CandidacyStage.PLACED


def test_a_failed_placement_leaves_no_placement_and_no_follow_up_tasks(
    world, services, monkeypatch
):
    from zkijdesk.services.placements import PlacementService

    pipeline = world.wsp.placements
    proposal = pipeline.propose(world.vacancy.id, world.best.id, on=date(2026, 10, 20))

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # The very last step of place(), after the placement and its tasks were added.
    monkeypatch.setattr(PlacementService, "_view", fail)
    with pytest.raises(RuntimeError):
        pipeline.place(
            proposal.id, contract_type="vast", hours_per_week=24, start_date=date(2026, 11, 1)
        )
    with services.store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Placement)) == 0
        assert s.scalar(select(func.count()).select_from(m.PlacementFollowUp)) == 0
    assert not [t for t in services.activities.tasks() if t.follow_up_id is not None]
    monkeypatch.undo()
    assert pipeline.pipeline()[0].stage is CandidacyStage.PROPOSED
    assert services.employers.vacancies()[0].status is VacancyStatus.IN_PROGRESS
    placed = pipeline.place(
        proposal.id, contract_type="vast", hours_per_week=24, start_date=date(2026, 11, 1)
    )
    assert placed.stage is CandidacyStage.PLACED and placed.placement_id is not None


def test_not_placed_needs_a_reason_and_reopens_the_vacancy(world, services):
    pipeline = world.wsp.placements
    proposal = pipeline.propose(world.vacancy.id, world.half.id, on=date(2026, 10, 20))
    with pytest.raises(ValidationError) as err:
        pipeline.not_placed(proposal.id, "geen_idee")
    assert err.value.field == "reason"
    result = pipeline.not_placed(proposal.id, "andere_kandidaat", date(2026, 11, 2))
    assert result.stage is CandidacyStage.NOT_PLACED
    assert services.employers.vacancies()[0].status is VacancyStatus.OPEN
    with pytest.raises(StateError):
        pipeline.record_interview(proposal.id, date(2026, 11, 3))


def test_a_colleague_sees_only_pseudonymised_candidates_and_cannot_propose(world, services):
    from zkijdesk.services.users import actor_for

    store = services.store
    add_user(store, "lead", "Lea Leiding", "teamlead")
    add_user(store, "coach02", "Coach Twee", "coach")
    lead = wsp_services(store, actor_for(store, "lead"))
    colleague = wsp_services(store, actor_for(store, "coach02"))

    assert colleague.matching.candidates(world.vacancy.id) == []
    team = lead.matching.candidates(world.vacancy.id, scope="team")
    assert [s.client_number for s in team] == [
        c.client_number for c in (world.best, world.half, world.none)
    ]
    assert all(s.name is None and s.client_id is None for s in team)
    assert team[0].coach_name == "Coach Een"
    with pytest.raises(PermissionDeniedError):
        colleague.placements.propose(world.vacancy.id, world.best.id)
    own = world.wsp.placements.propose(world.vacancy.id, world.best.id)
    seen = colleague.placements.pipeline()
    assert [(c.id, c.name, c.client_id) for c in seen] == [(own.id, None, None)]


def test_restricted_and_binned_clients_are_never_suggested(world, services):
    services.clients.set_restriction(world.half.id, True)
    found = world.wsp.matching.candidates(world.vacancy.id)
    assert world.half.id not in [s.client_id for s in found]


def test_employer_contacts_and_contact_log(world):
    contacts = world.wsp.contacts
    person = contacts.add_contact(
        world.employer.id,
        "Marieke Jansen",
        job_title="HR-adviseur",
        email="m.jansen@spaarne.nl",
        phone="023 123 4567",
    )
    with pytest.raises(ValidationError) as err:
        contacts.add_contact(world.employer.id, "X", email="geen-mail")
    assert err.value.field == "email"
    contacts.log_contact(
        world.employer.id,
        "bezoek",
        "Kennismaking; twee plekken voor zij-instromers.",
        occurred_on=date(2026, 11, 3),
        contact_id=person.id,
        follow_up_on=date(2026, 12, 1),
    )
    contacts.log_contact(world.employer.id, "afspraak", "Afspraak: 2 banenafspraakbanen in 2027.")
    log = contacts.contact_log(world.employer.id)
    assert [e.kind.value for e in log] == ["afspraak", "bezoek"]
    assert log[1].contact_name == "Marieke Jansen" and log[0].author_name == "Coach Een"
    with pytest.raises(ValidationError):
        contacts.log_contact(world.employer.id, "telefoon", "Later", occurred_on=date(2027, 1, 1))
    row = contacts.set_banenafspraak(world.employer.id, True)
    assert row.banenafspraak and row.open_vacancies == 1 and row.last_contact == TODAY
    vacancies = contacts.vacancy_rows()
    assert vacancies[0].required == ("Medicatie aanreiken en registreren", "Ondersteunen bij ADL")


def test_a_new_client_without_a_route_cannot_be_proposed(world, services):
    from zkijdesk.services.dto import ClientInput

    loose = services.clients.intake(
        ClientInput(
            first_name="Ali",
            last_name="Yilmaz",
            birth_date=date(1985, 1, 1),
            intake_status="werkend",
        )
    ).client
    with pytest.raises(StateError):
        world.wsp.placements.propose(world.vacancy.id, loose.id)
    assert make_client  # the helper stays importable for the GUI tests


def test_an_employer_is_edited_with_a_unique_kvk_and_the_change_is_audited(world, services):
    contacts = world.wsp.contacts
    other = services.employers.create_employer("Bouwbedrijf Kennemerland", kvk_number="87654321")
    with pytest.raises(ValidationError) as err:
        contacts.update_employer(other.id, "Bouwbedrijf Kennemerland", kvk_number="12345678")
    assert err.value.field == "kvk_number"
    changed = contacts.update_employer(
        other.id, "Bouwbedrijf Kennemerland BV", kvk_number="8765 4321", banenafspraak=True
    )
    assert changed.name.endswith("BV") and changed.kvk_number == "87654321"
    assert contacts.employer(other.id).banenafspraak
    with services.store.read_session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(
                m.AuditEntry.object_type == "employer", m.AuditEntry.object_id == other.id
            )
        ).all()
    assert "name,banenafspraak" in details


def test_the_client_picker_lists_only_own_active_clients(world, services):
    from zkijdesk.services.users import actor_for

    assert [c.name for c in world.wsp.matching.own_active_clients()] == [
        "Fatima Bakker",
        "Joost de Wit",
        "Noor Smit",
    ]
    add_user(services.store, "coach02", "Coach Twee", "coach")
    colleague = wsp_services(services.store, actor_for(services.store, "coach02"))
    assert colleague.matching.own_active_clients() == []
