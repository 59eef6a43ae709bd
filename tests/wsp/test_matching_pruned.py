"""The team search that reads only skill holders first gives the same best 25 as reading
every active client (issue 17: a region ten times this size must not read it all)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain import matching as dm
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
    with demo.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
        coach = s.scalar(select(m.User.id).where(m.User.role == Role.COACH))
        vacancies = s.scalars(
            select(m.Vacancy.id)
            .where(m.Vacancy.status == VacancyStatus.OPEN)
            .order_by(m.Vacancy.id)
        ).all()
    assert len(vacancies) >= 10
    searches = []
    real = MatchingService._best_rows

    def counted(*args, **kwargs):
        searches.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(MatchingService, "_best_rows", staticmethod(counted))
    cut_short = 0
    for actor, scope in ((Actor(lead, Role.TEAMLEAD), "team"), (Actor(coach, Role.COACH), "mine")):
        service = MatchingService(demo, actor, lambda: TODAY)
        for vacancy in vacancies[:15]:
            searches.clear()
            pruned = service.candidates(vacancy, scope=scope)
            cut_short += len(searches) == 1 and scope == "team"
            with monkeypatch.context() as full:
                full.setattr(dm.Ranker, "unmatched_floor", lambda self: None)
                everyone = service.candidates(vacancy, scope=scope)
            assert _shown(pruned) == _shown(everyone), (scope, vacancy)
    # The shortcut is taken, or this test compares the full scan with itself.
    assert cut_short >= 3
