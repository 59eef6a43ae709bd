"""Matching on a whole region: one vacancy against every active client, one client
against every open vacancy, on a 30,000-client demo store.

Each case is timed over several runs (median and slowest), next to the time of plain
DB-API reads of the rows it needs in the same run, so the ratio says what scoring,
the reasons and the audit entry add on top of reading the data.
"""

from __future__ import annotations

import os
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
RUNS = 11

# What the service reads, as plain SQL: the open routes with their client's place,
# sector and hours wish, and the holders of the vacancy's skills.
RAW_ACTIVE = """
SELECT r.client_id, r.sector_id, c.sector_id, c.municipality_id, r.coach_id,
       w.hours_min, w.hours_max
FROM route r JOIN client c ON c.id = r.client_id
LEFT JOIN client_work_preference w ON w.client_id = r.client_id
WHERE r.closed_on IS NULL AND c.deleted_at IS NULL AND c.restricted = 0
"""
RAW_HOLDERS = """
SELECT DISTINCT cs.client_id, cs.skill_id FROM client_skill cs
WHERE cs.skill_id IN (SELECT skill_id FROM vacancy_skill WHERE vacancy_id = ?)
"""
RAW_OPEN_VACANCIES = """
SELECT v.id, v.sector_id, v.municipality_id, v.hours_per_week, vs.skill_id, vs.required
FROM vacancy v LEFT JOIN vacancy_skill vs ON vs.vacancy_id = v.id
WHERE v.status IN ('open', 'in_behandeling')
"""


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _timed(fn) -> tuple[float, float, object]:
    """Median and slowest wall-clock milliseconds of RUNS calls, after one warm-up."""
    result = fn()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
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
            mine = s.scalar(
                text("SELECT count(*) FROM route WHERE closed_on IS NULL AND coach_id = :c"),
                {"c": coach},
            )
            open_vacancies = s.scalar(
                text("SELECT count(*) FROM vacancy WHERE status IN ('open', 'in_behandeling')")
            )
        team = MatchingService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
        own = MatchingService(store, Actor(coach, Role.COACH), lambda: TODAY)

        def raw_vacancy():
            connection = store.engine.raw_connection()
            try:
                cursor = connection.cursor()
                a = cursor.execute(RAW_ACTIVE).fetchall()
                b = cursor.execute(RAW_HOLDERS, (vacancy,)).fetchall()
            finally:
                connection.close()
            return len(a) + len(b)

        def raw_client():
            connection = store.engine.raw_connection()
            try:
                return len(connection.cursor().execute(RAW_OPEN_VACANCIES).fetchall())
            finally:
                connection.close()

        raw_v, _, _ = _timed(raw_vacancy)
        team_v, team_max, found = _timed(lambda: team.candidates(vacancy, scope="team"))
        mine_v, mine_max, _ = _timed(lambda: own.candidates(vacancy))
        raw_c, _, _ = _timed(raw_client)
        for_client, client_max, _ = _timed(lambda: own.vacancies_for(client))
        store.close()
    top = found[0] if found else None
    lines = [
        "## Matching",
        "",
        f"Demo store of {_n(clients)} clients ({_n(active)} active, of whom {_n(mine)} with "
        f"the coach measured; {_n(open_vacancies)} open vacancies), encrypted SQLite; "
        f"{RUNS} runs after one warm-up, each returning the best 25 with their reasons and "
        "writing one audit entry.",
        "",
        "| what | median | slowest | plain SQL reads of the same rows | ratio |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| one vacancy, all active clients (team scope) | {team_v:.0f} ms | {team_max:.0f} ms "
        f"| {raw_v:.0f} ms | {team_v / raw_v:.1f}x |",
        f"| one vacancy, one coach's active clients | {mine_v:.0f} ms | {mine_max:.0f} ms "
        "| — | — |",
        f"| one client, all open vacancies | {for_client:.0f} ms | {client_max:.0f} ms "
        f"| {raw_c:.0f} ms | {for_client / max(raw_c, 0.01):.1f}x |",
        "",
        "Target: each under 200 ms on two cores."
        + (f" Load average when the run started: {load:.1f}." if load is not None else ""),
    ]
    if top is not None:
        lines += [
            "",
            f"Best suggestion scored {top.total:.1f} (parts: "
            + ", ".join(f"{k} {v}" for k, v in top.parts)
            + ").",
        ]
    return "\n".join(lines) + "\n"
