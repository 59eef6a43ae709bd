"""Team matching reads the vacancy's skill holders first and stops when nobody unread
can enter the list (issue 17), on both databases:

- it suggests the same 25 people, in the same order with the same scores and reasons,
  as reading every active client of the region;
- it reads a fraction of the region to get there;
- the query that finds the holders is planned on the ``(skill_id, client_id)`` index,
  and the batches it reads by id on indexes too, never a full scan of clients, routes
  or skills (``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN`` on PostgreSQL with
  sequential scans priced out, as tests/reporting/test_counting_plans.py explains).
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from demo_support import demo_store_on
from sqlalchemy import event, func, select

from zkijdesk import models as m
from zkijdesk.domain.enums import Role, VacancyStatus
from zkijdesk.services import matching_prefilter as prefilter
from zkijdesk.services.base import Actor
from zkijdesk.services.matching import MatchingService

TODAY = date(2026, 11, 15)
#: Tables that grow with the region: a full read of one is what the prefilter avoids.
BIG = {"client", "route", "client_skill", "client_work_preference", "placement"}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def demo(request, tmp_path_factory):
    """A demo region of 6,000 clients on each database kind: big enough that most
    vacancies are decided by their holders, small enough that some fall back."""
    folder = tmp_path_factory.mktemp("prefilter")
    with demo_store_on(request.param, folder, clients=6000, seed=11, today=TODAY) as (store, _):
        yield store


def _lead_and_vacancies(store, count: int) -> tuple[int, list[int]]:
    with store.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
        vacancies = s.scalars(
            select(m.Vacancy.id)
            .where(m.Vacancy.status == VacancyStatus.OPEN)
            .order_by(m.Vacancy.id)
            .limit(count)
        ).all()
    return lead, list(vacancies)


def _shown(found) -> list[tuple]:
    """Everything a team lead sees of a suggestion."""
    return [
        (
            f.rank,
            f.client_number,
            f.name,
            f.coach_name,
            f.total,
            f.parts,
            f.matched_required,
            f.missing_required,
            f.notes,
        )
        for f in found
    ]


def test_the_holders_first_search_suggests_what_reading_everyone_suggests(demo, monkeypatch):
    lead, vacancies = _lead_and_vacancies(demo, 20)
    assert len(vacancies) == 20
    with demo.read_session() as s:
        active = s.scalar(
            select(func.count(func.distinct(m.Route.client_id))).where(m.Route.closed_on.is_(None))
        )
    searches = []
    real = prefilter.best_holders

    def spy(*args, **kwargs):
        searches.append(real(*args, **kwargs))
        return searches[-1]

    monkeypatch.setattr(prefilter, "best_holders", spy)
    service = MatchingService(demo, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    for vacancy in vacancies:
        searches.clear()
        quick = service.candidates(vacancy, scope="team")
        (search,) = searches
        with monkeypatch.context() as full:
            full.setattr(MatchingService, "prefilter", False)
            everyone = service.candidates(vacancy, scope="team")
        assert len(everyone) == 25
        assert _shown(quick) == _shown(everyone), vacancy
        assert quick == everyone, vacancy  # every field, reasons and distance included
        # Decided by the holders of the vacancy's skills, having read few of them
        # (reading everyone by sector: tests/wsp/test_matching_prefilter_edges.py).
        assert search.complete and not search.everyone, vacancy
        assert search.scored < active / 4, (vacancy, search.scored, active)


class _Plans:
    """The plan of every SELECT run on the engine while active, next to running it."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self.plans: list[tuple[str, list[str]]] = []

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._explain)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._explain)

    def _explain(self, conn, cursor, statement, parameters, context, executemany):
        if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            return
        raw = conn.connection.dbapi_connection.cursor()
        if self.postgres:
            # Inside the statement's own transaction (psycopg always opens one).
            raw.execute("SET LOCAL enable_seqscan = off")
            raw.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
            plan = raw.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            steps = [_pg_step(node, table) for node, table in _pg_nodes(plan[0]["Plan"])]
        else:
            raw.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            steps = [row[3] for row in raw.fetchall()]
        raw.close()
        self.plans.append((statement, steps))


def _pg_nodes(node, table=None):
    """Every plan node with the table it reads (a bitmap index scan's is its parent's)."""
    table = node.get("Relation Name", table)
    yield node, table
    for child in node.get("Plans", ()):
        yield from _pg_nodes(child, table)


def _pg_step(node, table) -> str:
    """A PostgreSQL plan node in SQLite's words, so one check reads both."""
    kind = node["Node Type"]
    if kind == "Seq Scan":
        return f"SCAN {table}"
    if kind in ("Index Scan", "Index Only Scan", "Bitmap Index Scan"):
        if "Index Cond" not in node:
            return f"SCAN {table} USING INDEX {node['Index Name']}"
        return f"SEARCH {table} USING INDEX {node['Index Name']} ({node['Index Cond']})"
    return kind


#: How each big table may be entered: by the key that names a few of its rows. Open
#: routes found by ``closed_on`` alone are every active client of the region.
KEYS = {
    "route": "client_id",
    "client": "rowid|id",
    "client_work_preference": "rowid|client_id",
    "client_skill": "skill_id|client_id",
    "placement": "route_id",
}


def _wide_reads(plans) -> list[str]:
    """Steps that read a big table in full, or enter it by anything but its key."""
    found = []
    for statement, steps in plans:
        for step in steps:
            read = re.match(r"(SCAN|SEARCH) (\w+)", step)
            if not read or read.group(2) not in BIG:
                continue
            table = read.group(2)
            if read.group(1) == "SCAN" or not re.search(rf"\b({KEYS[table]})\b", step):
                found.append(f"{step} in {statement[:120]}")
    return found


def test_team_matching_reads_clients_through_indexes_only(demo, monkeypatch):
    lead, vacancies = _lead_and_vacancies(demo, 20)
    service = MatchingService(demo, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    plans = _Plans(demo.engine)
    searches = []
    real = prefilter.best_holders

    def planned(*args, **kwargs):
        """The candidate search alone, planned statement by statement."""
        with plans:
            searches.append(real(*args, **kwargs))
        return searches[-1]

    monkeypatch.setattr(prefilter, "best_holders", planned)
    # A batch in the proportion of the region it has at 300,000 clients (500 of 130,000
    # active): PostgreSQL rightly reads all of a small region's 2,700 for 500 ids.
    monkeypatch.setattr(prefilter, "BATCH", 10)
    monkeypatch.setattr(prefilter, "FIRST_BATCH", 10)
    checked = 0
    for vacancy in vacancies:
        searches.clear()
        plans.plans.clear()
        found = service.candidates(vacancy, scope="team")
        if searches[0].everyone:
            continue  # read everyone by sector, as it may on a small region
        checked += 1
        assert len(found) == 25
        holders = [
            steps for statement, steps in plans.plans if "client_skill AS driver" in statement
        ]
        assert holders, [statement for statement, _ in plans.plans]
        assert all(any("ix_client_skill_skill" in step for step in h) for h in holders), holders
        assert _wide_reads(plans.plans) == [], vacancy
    assert checked >= 8


def test_the_plan_check_catches_a_full_scan(demo):
    """The check itself: the read of every open route that the prefilter replaces is
    caught."""
    lead, (vacancy, *_rest) = _lead_and_vacancies(demo, 1)
    service = MatchingService(demo, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    service.prefilter = False
    with _Plans(demo.engine) as plans:
        service.candidates(vacancy, scope="team")
    assert any("route" in problem for problem in _wide_reads(plans.plans))
