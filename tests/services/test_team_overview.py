"""The team lead's overview: caseloads per coach, colleagues' overdue tasks, no names."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.services.caseload import CaseloadService
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.services.team_overview import CaseloadMove, TeamOverviewService

TODAY = date(2026, 11, 15)


def _intake(ctx, last_name, intake=date(2026, 11, 3)):
    return ctx.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=last_name,
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=intake),
    )


def test_the_lead_sees_each_coachs_caseload_and_moves_one(people):
    for name in ("Aap", "Beer", "Cavia"):
        _intake(people.anna, name)
    old = _intake(people.bram, "Das", intake=date(2026, 9, 1))
    people.bram.activities.add_task("Cv bespreken", date(2026, 11, 1), client_id=old.client.id)
    lead = TeamOverviewService(people.lead.store, people.lead.actor, lambda: TODAY)
    loads = {c.name: c for c in lead.caseloads()}
    assert (loads["Anna"].open_routes, loads["Anna"].new_this_month) == (3, 3)
    assert (loads["Bram"].open_routes, loads["Bram"].new_this_month) == (1, 0)
    assert loads["Bram"].overdue_tasks == 1
    assert "Beheerder" not in loads  # admins carry no caseload
    [task] = lead.overdue_tasks()
    assert (task.coach, task.title) == ("Bram", "Cv bespreken")

    anna = people.anna.actor.user_id
    assert lead.transfer_preview(anna).routes == 3
    CaseloadService(people.lead.store, people.lead.actor).transfer_caseload(
        anna, people.bram.actor.user_id
    )
    loads = {c.name: c for c in lead.caseloads()}
    assert (loads["Anna"].open_routes, loads["Bram"].open_routes) == (0, 4)


def test_a_coach_gets_no_team_overview(people):
    with pytest.raises(PermissionDeniedError):
        TeamOverviewService(people.anna.store, people.anna.actor, lambda: TODAY).caseloads()


def test_a_caseload_moves_with_its_open_tasks_and_says_so_first(people, store):
    from zkijdesk import models as m

    a = _intake(people.anna, "Aap")
    _intake(people.anna, "Beer")
    people.anna.activities.add_task("Cv bespreken", date(2026, 11, 1), client_id=a.client.id)
    people.anna.activities.add_task("Bellen", date(2026, 12, 1), client_id=a.client.id)
    people.anna.activities.add_task("Eigen taak", date(2026, 11, 1))  # about nobody: stays
    lead = TeamOverviewService(people.lead.store, people.lead.actor, lambda: TODAY)
    anna, bram = people.anna.actor.user_id, people.bram.actor.user_id

    assert lead.transfer_preview(anna) == CaseloadMove(routes=2, open_tasks=2, follow_ups_due=0)
    moved = CaseloadService(people.lead.store, people.lead.actor).transfer_caseload(anna, bram)
    assert moved == 2
    loads = {c.name: c for c in lead.caseloads()}
    assert (loads["Anna"].overdue_tasks, loads["Bram"].overdue_tasks) == (1, 1)
    assert {t.title for t in people.bram.activities.tasks()} >= {"Cv bespreken", "Bellen"}
    with store.read_session() as s:
        entry = s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "transfer").order_by(m.AuditEntry.id)
        ).all()[-1]
    assert (entry.object_type, entry.object_id) == ("caseload", anna)
    assert entry.detail == f"to={bram};routes=2;tasks=2"


def test_one_client_moves_by_number_after_a_preview(people, store):
    from zkijdesk import models as m

    a = _intake(people.anna, "Aap")
    _intake(people.anna, "Beer")
    people.anna.activities.add_task("Cv bespreken", date(2026, 11, 1), client_id=a.client.id)
    lead = TeamOverviewService(people.lead.store, people.lead.actor, lambda: TODAY)
    number = a.client.client_number

    preview = lead.client_preview(f"  {number} ")
    assert (preview.client_id, preview.coach, preview.open_route) == (a.client.id, "Anna", True)
    assert (preview.intake_date, preview.open_tasks) == (date(2026, 11, 3), 1)
    bram = people.bram.actor.user_id
    CaseloadService(people.lead.store, people.lead.actor).transfer_client(preview.client_id, bram)

    assert [c.last_name for c in people.bram.clients.find("")] == ["Aap"]
    assert [c.last_name for c in people.anna.clients.find("")] == ["Beer"]
    assert lead.client_preview(number).coach == "Bram"
    with store.read_session() as s:
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "transfer")).one()
    assert (entry.object_type, entry.object_id, entry.detail) == (
        "client",
        a.client.id,
        f"to={bram};tasks=1",
    )


@pytest.mark.parametrize("number", ["", "   ", "ZK9999999"])
def test_an_unknown_or_empty_number_is_refused_by_name(people, number):
    lead = TeamOverviewService(people.lead.store, people.lead.actor, lambda: TODAY)
    with pytest.raises(ValidationError) as refused:
        lead.client_preview(number)
    assert refused.value.field == "client_number"
    assert "liëntnummer" in refused.value.message


def test_colleagues_follow_ups_that_are_due_are_listed(people):
    from zkijdesk.services.dto import PlacementInput

    placed = _intake(people.bram, "Das", intake=date(2026, 1, 5))
    people.bram.routes.add_placement(
        placed.route.id, PlacementInput(start_date=date(2026, 3, 2), hours_per_week=24)
    )
    lead = TeamOverviewService(people.lead.store, people.lead.actor, lambda: TODAY)
    due = lead.follow_ups_due()
    assert [(f.coach, f.months) for f in due] == [("Bram", 3), ("Bram", 6)]
    assert all(f.client_number == placed.client.client_number for f in due)
    assert due[0].due_date < due[1].due_date <= TODAY


def test_follow_ups_go_with_the_client_to_the_coach_of_the_current_route(people):
    """Bram's placement ended his route; the client came back and Anna has the new
    route. The earlier placement's follow-ups are hers now (Bram no longer sees the
    file): listed and counted under Anna, and moved with her caseload."""
    from zkijdesk.services.dto import PlacementInput

    placed = _intake(people.bram, "Das", intake=date(2026, 1, 5))
    people.bram.routes.add_placement(
        placed.route.id, PlacementInput(start_date=date(2026, 3, 2), hours_per_week=24)
    )
    people.bram.routes.close(placed.route.id, date(2026, 3, 31), "werk")
    anna = people.anna.actor.user_id
    people.bram.routes.open(
        placed.client.id, RouteInput(intake_date=date(2026, 11, 2), coach_id=anna)
    )
    lead = TeamOverviewService(people.lead.store, people.lead.actor, lambda: TODAY)
    assert [(f.coach, f.months) for f in lead.follow_ups_due()] == [("Anna", 3), ("Anna", 6)]
    loads = {c.name: c for c in lead.caseloads()}
    assert (loads["Anna"].follow_ups_due, loads["Bram"].follow_ups_due) == (2, 0)
    assert lead.transfer_preview(anna).follow_ups_due == 2
