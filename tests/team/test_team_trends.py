"""The trends dashboard on a team database: the lead sees the whole team's trends through
the figures views, though row-level security lets the lead open none of the files."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.domain.errors import PermissionDeniedError
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput
from zkijdesk.services.trends import SPLIT_TOTAL, TrendsService

pytestmark = pytest.mark.postgres
TODAY = date(2026, 11, 15)


def _placed(ctx, last_name: str) -> None:
    result = ctx.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=last_name,
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2026, 3, 2)),
    )
    ctx.routes.add_placement(
        result.route.id, PlacementInput(start_date=date(2026, 5, 4), hours_per_week=24)
    )


def test_the_lead_sees_every_coachs_routes_in_the_trends(team):
    _placed(team.anna, "Aalders")
    _placed(team.bram, "Brouwer")
    assert team.lead.clients.find("") == []  # the lead opens no file of theirs

    trends = TrendsService(team.lead.store, team.lead.actor, lambda: TODAY).trends()

    placements = dict(
        zip(trends.months, trends.lines("plaatsingen", SPLIT_TOTAL, "M")[0].values, strict=True)
    )
    assert placements[(2026, 5)] == 2
    assert sum(v for v in placements.values()) == 2
    funnel = {step.code: step.count for step in trends.funnel}
    assert (funnel["intake"], funnel["plaatsing"]) == (2, 2)

    with pytest.raises(PermissionDeniedError):
        TrendsService(team.anna.store, team.anna.actor, lambda: TODAY).trends()


def test_the_admin_enters_an_aim_on_the_team_database(team):
    admin = TrendsService(team.admin.store, team.admin.actor, lambda: TODAY)
    assert admin.set_placement_aim(2026, 250) == {2026: 250}
    lead = TrendsService(team.lead.store, team.lead.actor, lambda: TODAY)
    assert lead.placement_aims() == {2026: 250}
