"""A coach's search that reads only skill holders first gives the same best 25 as
reading every one of their active clients."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.enums import Role, VacancyStatus
from zkijdesk.services.base import Actor
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.matching import MatchingService

TODAY = date(2026, 11, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    path = tmp_path_factory.mktemp("pruned") / "demo.db"
    store = create_store(StoreLocation(path=path), key=new_raw_key())
    generate_demo(store, clients=1500, seed=11, today=TODAY)
    yield store
    store.close()


def _shown(found) -> list[tuple]:
    return [(f.rank, f.client_number, f.total, f.notes) for f in found]


def test_reading_skill_holders_first_changes_no_suggestion(demo, monkeypatch):
    """A coach's own search (team scope: tests/wsp/test_matching_prefilter.py)."""
    with demo.read_session() as s:
        coach = s.scalar(select(m.User.id).where(m.User.role == Role.COACH))
        vacancies = s.scalars(
            select(m.Vacancy.id)
            .where(m.Vacancy.status == VacancyStatus.OPEN)
            .order_by(m.Vacancy.id)
        ).all()
    assert len(vacancies) >= 10
    service = MatchingService(demo, Actor(coach, Role.COACH), lambda: TODAY)
    for vacancy in vacancies[:15]:
        pruned = service.candidates(vacancy, scope="mine")
        assert pruned
        with monkeypatch.context() as full:
            full.setattr(MatchingService, "prefilter", False)
            everyone = service.candidates(vacancy, scope="mine")
        assert _shown(pruned) == _shown(everyone), vacancy
