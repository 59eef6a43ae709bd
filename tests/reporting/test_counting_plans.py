"""Every indicator's query is planned on its date index, on both databases.

A year's figures must cost the rows of that year, not a walk over every route,
training or placement ever written (issue 17). For each indicator
(``reporting_queries.indicator_queries``) this asks the database for its plan and fails
when a big table is read in full, or when the date index the query is meant to use
does not appear in the plan.

- SQLite: ``EXPLAIN QUERY PLAN``. A store never gets ``ANALYZE``, so the planner works
  from its built-in estimates, exactly as it does on a user's store, and the plan on
  this empty test store is the plan on a full one.
- PostgreSQL: ``EXPLAIN (FORMAT JSON)``. Its planner weighs index against sequential
  scans by the statistics of the data, which an empty test schema does not have; so
  the plan is asked with sequential scans priced out (``enable_seqscan = off``). What
  the test proves there is that each query *can* be answered from its date index: a
  predicate no index serves (a function around the date, a missing index) still
  plans as a sequential scan and fails.
"""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import event

from zkijdesk.services.reporting_queries import _Context, focus_groups, indicator_queries

#: Tables that grow with the region: reading one of them in full is a regression.
BIG = {
    "client",
    "route",
    "training",
    "placement",
    "placement_follow_up",
    "employer",
    "vacancy",
    "client_target_group",
}


class _Plans:
    """Captures the plan of every SELECT the session runs, next to running it."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self.plans: list = []

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
            raw.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
            plan = raw.fetchone()[0]
            self.plans.append(json.loads(plan) if isinstance(plan, str) else plan)
        else:
            raw.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            self.plans.append([row[3] for row in raw.fetchall()])
        raw.close()


def _sqlite_problems(details: list[str], wanted) -> list[str]:
    problems = []
    for detail in details:
        found = re.match(r"SCAN (\w+)", detail)
        if found and found.group(1) in BIG:
            problems.append(f"full scan: {detail}")
    for table, index in wanted:
        pattern = rf"SEARCH {table} USING (COVERING )?INDEX {index} \("
        if not any(re.match(pattern, d) for d in details):
            problems.append(f"{table} not searched through {index}: {details}")
    return problems


def _pg_nodes(node):
    yield node
    for child in node.get("Plans", ()):
        yield from _pg_nodes(child)


def _pg_problems(plan, wanted) -> list[str]:
    nodes = list(_pg_nodes(plan[0]["Plan"]))
    problems = []
    for node in nodes:
        table = node.get("Relation Name")
        if table not in BIG:
            continue
        kind = node["Node Type"]
        if kind == "Seq Scan":
            problems.append(f"full scan of {table}")
        elif kind in ("Index Scan", "Index Only Scan") and "Index Cond" not in node:
            problems.append(f"{kind} of all of {table} through {node.get('Index Name')}")
    used = {
        node["Index Name"]
        for node in nodes
        if node["Node Type"] in ("Index Scan", "Index Only Scan", "Bitmap Index Scan")
        and "Index Cond" in node
    }
    for table, index in wanted:
        if index not in used:
            problems.append(f"{table} not searched through {index} (used: {sorted(used)})")
    return problems


@pytest.mark.parametrize(("year", "months"), [(2026, range(1, 11)), (2025, (3, 9, 11))])
def test_every_indicator_is_planned_on_its_date_index(store, year, months):
    postgres = store.engine.dialect.name == "postgresql"
    with store.read_session(transaction=True) as s:  # SET LOCAL needs a transaction
        if postgres:
            s.connection().exec_driver_sql("SET LOCAL enable_seqscan = off")
        ctx = _Context(s, year, months, focus_groups(s, year))
        ctx.fill_persons()
        queries = indicator_queries(ctx)
        assert {"in_begeleiding", "in_scholing", "instroom", "werkgevers_bediend"} <= set(queries)
        problems = {}
        for name, query in queries.items():
            with _Plans(store.engine) as plans:
                s.execute(query.stmt).all()
            assert len(plans.plans) == 1, name
            check = _pg_problems if postgres else _sqlite_problems
            found = check(plans.plans[0], query.plan_tables)
            if found:
                problems[name] = found
        assert problems == {}


def test_the_check_catches_a_full_scan(sqlite_store):
    """The plan check itself: a date wrapped in a function cannot use the index."""
    from sqlalchemy import func, select

    from zkijdesk import models as m

    stmt = select(func.count()).where(func.date(m.Training.actual_start) >= "2026-01-01")
    with sqlite_store.read_session() as s, _Plans(sqlite_store.engine) as plans:
        s.execute(stmt).all()
    assert _sqlite_problems(plans.plans[0], [("training", "ix_training_dates")])
    stmt = select(func.count()).where(m.Training.actual_start >= "2026-01-01")
    with sqlite_store.read_session() as s, _Plans(sqlite_store.engine) as plans:
        s.execute(stmt).all()
    assert _sqlite_problems(plans.plans[0], [("training", "ix_training_dates")]) == []
