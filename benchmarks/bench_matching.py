"""Matching on a whole region: one vacancy against every active client, one client
against every open vacancy, on a 30,000-client demo store.

Each is the median of several runs, next to the time of the raw SQL that loads the
same rows in the same run, so the figure says how much the scoring and the reasons
add on top of reading the data.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from zkijdesk import models as m
from zkijdesk.domain.enums import Role, VacancyStatus
from zkijdesk.services.base import Actor
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.matching import MatchingService
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

TODAY = date(2026, 11, 1)
RUNS = 7

RAW_CANDIDATES = """
SELECT r.client_id, r.sector_id, c.sector_id, c.municipality_id, r.coach_id, c.client_number
FROM route r JOIN client c ON c.id = r.client_id
WHERE r.closed_on IS NULL AND c.deleted_at IS NULL AND NOT c.restricted
"""
RAW_CANDIDATE_SKILLS = """
SELECT cs.client_id, cs.skill_id FROM client_skill cs JOIN route r ON r.client_id = cs.client_id
WHERE r.closed_on IS NULL
  AND cs.skill_id IN (SELECT skill_id FROM vacancy_skill WHERE vacancy_id = :v)
"""
RAW_OPEN_VACANCIES = """
SELECT v.id, v.sector_id, v.municipality_id, v.hours_per_week, vs.skill_id, vs.required
FROM vacancy v LEFT JOIN vacancy_skill vs ON vs.vacancy_id = v.id
WHERE v.status IN ('open', 'in_behandeling')
"""


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _median_ms(fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(StoreLocation(path=Path(tmp) / "demo.db"), key=new_raw_key())
        generate_demo(store, clients=clients, seed=1, today=TODAY)
        with store.read_session() as s:
            lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
            coach = s.scalar(select(m.User.id).where(m.User.role == Role.COACH))
            vacancy = s.scalar(
                select(m.Vacancy.id)
                .where(m.Vacancy.status == VacancyStatus.OPEN)
                .order_by(m.Vacancy.id)
            )
            client = s.scalar(
                select(m.Route.client_id)
                .where(m.Route.closed_on.is_(None), m.Route.coach_id == coach)
                .order_by(m.Route.client_id)
            )
            active = s.scalar(text("SELECT count(*) FROM route WHERE closed_on IS NULL"))
            open_vacancies = s.scalar(
                text("SELECT count(*) FROM vacancy WHERE status IN ('open', 'in_behandeling')")
            )
        team = MatchingService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
        mine = MatchingService(store, Actor(coach, Role.COACH), lambda: TODAY)

        def raw_vacancy():
            with store.engine.connect() as conn:
                a = conn.execute(text(RAW_CANDIDATES)).all()
                b = conn.execute(text(RAW_CANDIDATE_SKILLS), {"v": vacancy}).all()
            return len(a) + len(b)

        def raw_client():
            with store.engine.connect() as conn:
                return len(conn.execute(text(RAW_OPEN_VACANCIES)).all())

        raw_v, _ = _median_ms(raw_vacancy)
        team_v, found = _median_ms(lambda: team.candidates(vacancy, scope="team"))
        mine_v, _ = _median_ms(lambda: mine.candidates(vacancy))
        raw_c, _ = _median_ms(raw_client)
        for_client, _ = _median_ms(lambda: mine.vacancies_for(client))
        store.close()
    top = found[0] if found else None
    lines = [
        "## Matching",
        "",
        f"Demo store of {_n(clients)} clients ({_n(active)} active, {_n(open_vacancies)} open "
        f"vacancies), encrypted SQLite; median of {RUNS} runs.",
        "",
        "| what | median | raw SQL for the same rows | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| one vacancy, all active clients (team scope) | {team_v:.0f} ms | {raw_v:.0f} ms "
        f"| {team_v / raw_v:.1f}x |",
        f"| one vacancy, one coach's active clients | {mine_v:.0f} ms | {raw_v:.0f} ms "
        f"| {mine_v / raw_v:.1f}x |",
        f"| one client, all open vacancies | {for_client:.0f} ms | {raw_c:.0f} ms "
        f"| {for_client / max(raw_c, 0.01):.1f}x |",
        "",
        "Target: each under 200 ms on two cores.",
    ]
    if top is not None:
        lines += [
            "",
            f"Best suggestion scored {top.total:.1f} (parts: "
            + ", ".join(f"{k} {v}" for k, v in top.parts)
            + ").",
        ]
    return "\n".join(lines) + "\n"
