"""One demo run's state: its random streams, dates, ids, counts, and what later parts need.

Each part of the demo (``users``, ``wsp``, ``clients``, ``routes``, ``steps``) is a
set of functions over this one object; the orchestrator (``generate``) calls them in a
fixed order, which is what makes a seed reproducible.
"""

from __future__ import annotations

import random
from array import array
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.dates import add_months
from zkijdesk.services.demo.draw import BsnPool
from zkijdesk.services.demo.names import NamePool
from zkijdesk.services.demo.reference import Reference
from zkijdesk.services.demo.writer import ID_TABLES, BulkWriter

#: Five years of history before ``today``.
HISTORY_MONTHS = 60
#: How often a draw of skills comes from a sector's core rather than its whole list.
CORE_SHARE = 0.8


@dataclass(frozen=True)
class DemoSummary:
    """How many rows ``generate_demo`` wrote, per table."""

    clients: int
    routes: int
    trainings: int
    placements: int
    follow_ups: int
    activities: int
    tasks: int
    employers: int
    vacancies: int
    users: int
    projects: int
    guidances: int = 0
    client_skills: int = 0
    client_target_groups: int = 0
    vacancy_skills: int = 0
    employer_contacts: int = 0
    contact_logs: int = 0
    candidacies: int = 0
    work_preferences: int = 0

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


#: An open route as the proposals need it: client, route, coach, sector, intake ordinal.
OpenRoute = tuple[int, int, int, int, int]


class OpenRoutes:
    """The routes still open, in the order they were made, and by sector.

    The proposals draw from every open route of a vacancy's sector, so these stay until
    the end of the run; they are kept in arrays of machine integers (24 bytes a route)
    rather than as tuples (about 170 bytes), so that a million clients do not hold
    hundreds of megabytes. Indexing gives the same tuples, in the same order, as a list.
    """

    __slots__ = ("_columns", "_sectors")

    def __init__(self) -> None:
        self._columns = tuple(array("i") for _ in range(5))
        self._sectors: dict[int, array[int]] = {}

    def add(self, route: OpenRoute) -> None:
        index = len(self._columns[0])
        for column, value in zip(self._columns, route, strict=True):
            column.append(value)
        self._sectors.setdefault(route[3], array("i")).append(index)

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, index: int) -> OpenRoute:
        cid, rid, coach, sector, intake = (column[index] for column in self._columns)
        return cid, rid, coach, sector, intake

    def in_sector(self, sector: int) -> array[int] | None:
        """Indexes of the open routes of a sector, in order; None if it has none."""
        return self._sectors.get(sector)


class Demo:
    """The state of one run; the parts read and fill it in the orchestrator's order."""

    def __init__(self, session: Session, *, clients: int, seed: int, today: date) -> None:
        self.writer = BulkWriter(session)
        self.n_clients = clients
        self.rng = random.Random(seed)
        # The WSP records (contacts, proposals, hours wishes) draw from their own stream,
        # so adding them left every other table of a seeded demo exactly as it was.
        self.wsp_rng = random.Random(f"{seed}-wsp")
        self.today = today
        self.today_n = today.toordinal()
        self.window_n = add_months(today, -HISTORY_MONTHS).toordinal()
        self.counts: dict[str, int] = {f.name: 0 for f in fields(DemoSummary)}
        self.ref = Reference(session)
        self.ids = {
            model.__tablename__: session.execute(
                select(func.coalesce(func.max(model.id), 0))
            ).scalar_one()
            for model in ID_TABLES
        }
        self.bsns = BsnPool(session.scalars(select(m.Client.bsn).where(m.Client.bsn.is_not(None))))
        self.names = NamePool(seed, self.rng)
        # Filled by the parts, in order: users, projects, employers, vacancies, clients.
        self.admin_id = 0
        self.coach_ids: list[int] = []
        self.teamlead_ids: list[int] = []
        self.project_spans: list[tuple[int, int, int]] = []
        self.employer_sector: dict[int, int] = {}
        self.employer_municipality: dict[int, int | None] = {}
        self.employers_by_sector: dict[int, list[int]] = {}
        self.employers_by_family: dict[int, list[int]] = {}
        self.banen_employers: list[int] = []
        self.all_employers: list[int] = []
        self.vacancies_by_employer: dict[int, list[tuple[int, int]]] = {}
        self.running_vacancies: list[tuple[int, int, int]] = []
        self.open_routes = OpenRoutes()
        #: The current batch of clients' rows, per table (see ``clients.BATCH_TABLES``).
        self.rows: dict[str, list[dict[str, Any]]] = {}

    def id(self, table: str) -> int:
        """The next id of a table."""
        self.ids[table] += 1
        return self.ids[table]

    def skill_pool(self, sector: int) -> list[int]:
        """Mostly the sector's core skills, sometimes its whole list."""
        if self.rng.random() < CORE_SHARE:
            return self.ref.sector_core.get(sector) or []
        return self.ref.sector_skills.get(sector) or []

    def summary(self) -> DemoSummary:
        return DemoSummary(**self.counts)
