"""A client registered through the services, as the people of a test register them:
the sharing, stray to-do and team tests each need a few files of someone else's."""

from __future__ import annotations

from datetime import date

from zkijdesk.services.dto import ClientInput, RouteInput


def register(
    ctx,
    last_name: str = "Dekker",
    *,
    coach_id: int | None = None,
    day: date = date(2026, 10, 1),
    route: bool = True,
) -> int:
    """Register Iris ``last_name`` as ``ctx``'s person; with a route from ``day`` for
    ``coach_id`` (the registrant, for a coach, if None) unless ``route`` is False."""
    return ctx.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=last_name,
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=day, coach_id=coach_id) if route else None,
    ).client.id
