"""Team matching's best-bound-first search (issue 17) on a region bent into every case
its proof must survive, on both databases: it must suggest exactly what reading every
active client suggests (tests/wsp/test_matching_prefilter.py does so on a plain demo).

The search stops on ties, bounds a route without a sector by the best sector, counts a
skill listed twice once, reads everyone by sector when the holders do not complete the
list, and skips whoever cannot be suggested; the region below has all of that:

- sixty clones of one vacancy's perfect candidate (its skills, sector, place and hours):
  the best 25 tie on everything but their id;
- open routes without a sector (the client's own applies), clients without a sector or
  a place, skills listed twice;
- restricted and deleted clients among the best, proposals for the vacancy and elsewhere;
- vacancies without a sector or a place, with hours nobody wants, without required
  skills, without any skill, with only a skill nobody holds, with one skill.

Every vacancy is searched with the real batch sizes and with tiny ones, so that the
search stops, or does not, at every kind of row.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from demo_support import demo_store_on
from sqlalchemy import delete, func, insert, select, update

from zkijdesk import models as m
from zkijdesk.domain.enums import Role, SkillEvidence, VacancyStatus
from zkijdesk.domain.matching import CandidacyStage
from zkijdesk.services import matching_prefilter as prefilter
from zkijdesk.services.base import Actor
from zkijdesk.services.matching import MatchingService

TODAY = date(2026, 11, 15)
CLONES = 60


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def region(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("edges")
    with demo_store_on(
        request.param, folder, clients=2500, seed=7, today=TODAY, prepare=_bend
    ) as region:
        yield region


def _bend(store) -> list[int]:
    """Bend the demo into the cases above; the open vacancies to search, the bent
    ones first."""
    route, client, skill = m.Route.__table__, m.Client.__table__, m.ClientSkill.__table__
    vacancy, wanted = m.Vacancy.__table__, m.VacancySkill.__table__
    with store.session() as s:
        open_ids = list(
            s.scalars(
                select(vacancy.c.id)
                .where(vacancy.c.status == VacancyStatus.OPEN)
                .order_by(vacancy.c.id)
            )
        )
        active = list(
            s.scalars(
                select(route.c.client_id).where(route.c.closed_on.is_(None)).order_by(route.c.id)
            )
        )
        skills = list(s.scalars(select(m.Skill.id).order_by(m.Skill.id)))
        held = set(s.scalars(select(skill.c.skill_id).distinct()))
        target, *others = open_ids
        ideal = s.execute(
            select(vacancy.c.sector_id, vacancy.c.municipality_id, vacancy.c.hours_per_week).where(
                vacancy.c.id == target
            )
        ).one()
        asked = s.execute(
            select(wanted.c.skill_id, wanted.c.required).where(wanted.c.vacancy_id == target)
        ).all()

        # Sixty clones of the target's perfect candidate, spread over the region's ids.
        clones = active[:: max(1, len(active) // CLONES)][:CLONES]
        s.execute(delete(skill).where(skill.c.client_id.in_(clones)))
        s.execute(
            insert(skill),
            [
                {"client_id": cid, "skill_id": sid, "evidence": SkillEvidence.WORK_EXPERIENCE}
                for cid in clones
                for sid, _required in asked
            ],
        )
        s.execute(
            update(route)
            .where(route.c.client_id.in_(clones), route.c.closed_on.is_(None))
            .values(sector_id=ideal.sector_id)
        )
        s.execute(
            update(client)
            .where(client.c.id.in_(clones))
            .values(municipality_id=ideal.municipality_id)
        )
        s.execute(
            delete(m.ClientWorkPreference).where(m.ClientWorkPreference.client_id.in_(clones))
        )
        s.execute(
            insert(m.ClientWorkPreference),
            [
                {
                    "client_id": cid,
                    "hours_min": ideal.hours_per_week,
                    "hours_max": ideal.hours_per_week,
                }
                for cid in clones
            ],
        )
        rest = [cid for cid in active if cid not in set(clones)]
        # Routes without a sector, clients without one or without a place.
        s.execute(update(route).where(route.c.client_id.in_(rest[::9])).values(sector_id=None))
        s.execute(update(client).where(client.c.id.in_(rest[::18])).values(sector_id=None))
        s.execute(update(client).where(client.c.id.in_(rest[5::23])).values(municipality_id=None))
        # Skills listed twice.
        twice = s.execute(
            select(skill.c.client_id, skill.c.skill_id).where(skill.c.client_id.in_(rest[::7]))
        ).all()
        s.execute(
            insert(skill),
            [
                {"client_id": c, "skill_id": k, "evidence": SkillEvidence.WORK_EXPERIENCE}
                for c, k in twice
            ],
        )
        # Restricted and deleted clients, among them clones (who would be shown first).
        s.execute(
            update(client).where(client.c.id.in_([clones[1], *rest[::31]])).values(restricted=True)
        )
        s.execute(
            update(client)
            .where(client.c.id.in_([clones[3], *rest[4::37]]))
            .values(deleted_at=datetime(2026, 11, 1))
        )
        # Proposals: clones proposed for the target itself, and running for others.
        proposals = [(target, clones[0]), (target, clones[5])]
        proposals += [(others[n % len(others)], cid) for n, cid in enumerate(clones[6:14])]
        proposals += [(others[n % len(others)], cid) for n, cid in enumerate(rest[::13])]
        existing = {
            (vid, cid)
            for vid, cid in s.execute(select(m.Candidacy.vacancy_id, m.Candidacy.client_id))
        }
        s.execute(
            insert(m.Candidacy),
            [
                {
                    "vacancy_id": vid,
                    "client_id": cid,
                    "stage": CandidacyStage.INTERVIEW if n % 2 else CandidacyStage.PROPOSED,
                    "proposed_on": TODAY,
                }
                for n, (vid, cid) in enumerate(proposals)
                if (vid, cid) not in existing
            ],
        )
        # Vacancies without a sector or a place; with hours nobody wants; without
        # required skills; without any; with only a skill nobody holds; with one skill.
        bent = others[:8]
        s.execute(update(vacancy).where(vacancy.c.id == bent[0]).values(sector_id=None))
        s.execute(update(vacancy).where(vacancy.c.id == bent[1]).values(municipality_id=None))
        s.execute(update(vacancy).where(vacancy.c.id == bent[2]).values(hours_per_week=60))
        s.execute(update(wanted).where(wanted.c.vacancy_id == bent[3]).values(required=False))
        s.execute(delete(wanted).where(wanted.c.vacancy_id == bent[4]))
        nobody = next(sid for sid in skills if sid not in held)
        s.execute(delete(wanted).where(wanted.c.vacancy_id == bent[5]))
        s.execute(insert(wanted).values(vacancy_id=bent[5], skill_id=nobody, required=True))
        first = s.scalar(select(func.min(wanted.c.skill_id)).where(wanted.c.vacancy_id == bent[6]))
        s.execute(delete(wanted).where(wanted.c.vacancy_id == bent[6], wanted.c.skill_id != first))
        s.execute(
            update(vacancy)
            .where(vacancy.c.id == bent[7])
            .values(sector_id=None, municipality_id=None, hours_per_week=4)
        )
    return [target, *bent, *others[8:30]]


@pytest.mark.parametrize("batches", [(50, 500), (2, 5)], ids=["batches", "tiny-batches"])
def test_the_search_suggests_what_reading_everyone_suggests_in_every_case(
    region, batches, monkeypatch
):
    store, vacancies = region
    monkeypatch.setattr(prefilter, "FIRST_BATCH", batches[0])
    monkeypatch.setattr(prefilter, "BATCH", batches[1])
    with store.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
    searches = []
    real = prefilter.best_holders

    def spy(*args, **kwargs):
        searches.append(real(*args, **kwargs))
        return searches[-1]

    monkeypatch.setattr(prefilter, "best_holders", spy)
    service = MatchingService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    reference = MatchingService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    reference.prefilter = False
    by_sector = 0
    for vacancy in vacancies:
        searches.clear()
        found = service.candidates(vacancy, scope="team")
        assert found == reference.candidates(vacancy, scope="team"), vacancy
        (search,) = searches
        assert search.complete
        by_sector += search.everyone
    # The clones fill the target's list; the two proposed for it, the restricted and
    # the deleted one are not in it, and the rest come in the order of their ids.
    target = [f.total for f in service.candidates(vacancies[0], scope="team")]
    assert len(set(target)) == 1
    assert by_sector >= 2  # the vacancies without skills and with nobody's skill
