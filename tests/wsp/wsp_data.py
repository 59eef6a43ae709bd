"""Helpers for the WSP tests: reference ids, services, clients with skills."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

TODAY = date(2026, 11, 15)


def skill_ids(store, *codes: str) -> list[int]:
    from sqlalchemy import select

    from zkijdesk import models as m

    with store.read_session() as s:
        found = dict(
            s.execute(select(m.Skill.code, m.Skill.id).where(m.Skill.code.in_(codes))).all()
        )
    return [found[c] for c in codes]


def reference_ids(store, model, *codes: str) -> list[int]:
    from sqlalchemy import select

    with store.read_session() as s:
        found = dict(s.execute(select(model.code, model.id).where(model.code.in_(codes))).all())
    return [found[c] for c in codes]


def wsp_services(store, actor):
    from zkijdesk.services.employer_contacts import EmployerContactService
    from zkijdesk.services.matching import MatchingService
    from zkijdesk.services.placements import PlacementService

    def today():
        return TODAY

    return SimpleNamespace(
        matching=MatchingService(store, actor, today),
        placements=PlacementService(store, actor, today),
        contacts=EmployerContactService(store, actor, today),
    )


def make_client(services, first: str, last: str, municipality: int, sector: int, skills=()):
    from zkijdesk.services.dto import ClientInput, RouteInput

    result = services.clients.intake(
        ClientInput(
            first_name=first,
            last_name=last,
            birth_date=date(1990, 5, 1),
            intake_status="werkzoekend_ww",
            municipality_id=municipality,
            sector_id=sector,
        ),
        RouteInput(intake_date=date(2026, 9, 1), referral_source="uwv", sector_id=sector),
    )
    for skill in skills:
        services.clients.add_skill(result.client.id, skill, "werkervaring", date(2025, 1, 1))
    return result.client


def add_user(store, username: str, name: str, role: str) -> None:
    """A colleague, added as the functional admin would."""
    from zkijdesk.services.users import actor_for, create_user

    try:
        admin = actor_for(store, "beheer")
    except Exception:
        with store.session() as s:
            from zkijdesk import models as m
            from zkijdesk.domain.enums import Role

            s.add(m.User(username="beheer", display_name="Beheerder", role=Role.ADMIN))
        admin = actor_for(store, "beheer")
    create_user(store, username, name, role, actor=admin)
