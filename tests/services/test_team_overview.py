"""The team lead's overview: caseloads per coach, colleagues' overdue tasks, no names."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.domain.errors import PermissionDeniedError
from zkijdesk.services.caseload import CaseloadService
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.services.team_overview import TeamOverviewService

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
    assert lead.transfer_preview(anna) == 3
    CaseloadService(people.lead.store, people.lead.actor).transfer_caseload(
        anna, people.bram.actor.user_id
    )
    loads = {c.name: c for c in lead.caseloads()}
    assert (loads["Anna"].open_routes, loads["Bram"].open_routes) == (0, 4)


def test_a_coach_gets_no_team_overview(people):
    with pytest.raises(PermissionDeniedError):
        TeamOverviewService(people.anna.store, people.anna.actor, lambda: TODAY).caseloads()
