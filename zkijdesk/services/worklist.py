"""Mijn werkvoorraad: what a coach should look at first when the day starts.

One call gathers the start page: open tasks (overdue, today, the rest of this week),
placement follow-ups that are due, the clients opened recently, and counts of the
coach's clients by route status and focus sector. Follow-up tasks are shown once, as
follow-ups, not again among the tasks. Everything respects the access rule: a client
moved to the bin or to a colleague drops out of this page too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from zkijdesk import models as m
from zkijdesk.domain.names import full_name
from zkijdesk.services.access import current_coach
from zkijdesk.services.base import Service
from zkijdesk.services.client_list import (
    ROUTE_STATUSES,
    STATUS_CLOSED,
    STATUS_NONE,
    STATUS_OPEN,
    CurrentRoute,
    uses_lateral,
    visible,
)
from zkijdesk.services.preferences import PreferenceService

#: Aliases made once (see client_list._Parts); the placement's route has its own alias so
#: the access rule's subquery on ``route`` is not correlated away.
_PLACED_ROUTE = aliased(m.Route, name="placed_route")
_CURRENT_ROUTE = {
    lateral: CurrentRoute.build("cur_route", lateral=lateral) for lateral in (False, True)
}
_OWN_SECTOR = aliased(m.Sector, name="own_sector")

#: Follow-ups due within this many days count as due on the start page.
FOLLOW_UP_HORIZON_DAYS = 7
NO_SECTOR = "geen"


@dataclass(frozen=True)
class TaskItem:
    task_id: int
    title: str
    due_date: date
    client_id: int | None
    client_number: str | None
    client_name: str | None


@dataclass(frozen=True)
class FollowUpItem:
    follow_up_id: int
    placement_id: int
    months: int
    due_date: date
    client_id: int
    client_number: str
    client_name: str


@dataclass(frozen=True)
class RecentClient:
    client_id: int
    client_number: str
    name: str


@dataclass(frozen=True)
class SectorCount:
    """Clients per top-level sector (``code`` NO_SECTOR: none recorded), by route status."""

    code: str
    name: str
    is_focus: bool
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class Worklist:
    today: date
    overdue: tuple[TaskItem, ...]
    due_today: tuple[TaskItem, ...]
    this_week: tuple[TaskItem, ...]
    follow_ups: tuple[FollowUpItem, ...]
    recent: tuple[RecentClient, ...]
    status_counts: dict[str, int]
    sectors: tuple[SectorCount, ...]

    @property
    def client_count(self) -> int:
        return sum(self.status_counts.values())


class WorklistService(Service):
    def worklist(self) -> Worklist:
        today = self.today()
        week_end = today + timedelta(days=6 - today.weekday())
        recent_ids = PreferenceService(self.store, self.actor, self._today).recent_clients()
        with self.store.read_session() as s:
            tasks = self._tasks(s, week_end)
            follow_ups = self._follow_ups(s, today + timedelta(days=FOLLOW_UP_HORIZON_DAYS))
            recent = self._recent(s, recent_ids)
            status_counts, sectors = self._counts(s)
        return Worklist(
            today=today,
            overdue=tuple(t for t in tasks if t.due_date < today),
            due_today=tuple(t for t in tasks if t.due_date == today),
            this_week=tuple(t for t in tasks if today < t.due_date <= week_end),
            follow_ups=tuple(follow_ups),
            recent=tuple(recent),
            status_counts=status_counts,
            sectors=sectors,
        )

    def _tasks(self, s: Session, until: date) -> list[TaskItem]:
        mine = visible(self.actor)
        stmt = (
            select(
                m.Task.id,
                m.Task.title,
                m.Task.due_date,
                m.Client.id,
                m.Client.client_number,
                m.Client.first_name,
                m.Client.name_prefix,
                m.Client.last_name,
            )
            .outerjoin(m.Client, m.Client.id == m.Task.client_id)
            .where(
                m.Task.owner_id == self.actor.user_id,
                m.Task.done_at.is_(None),
                m.Task.follow_up_id.is_(None),
                m.Task.due_date <= until,
                or_(m.Task.client_id.is_(None), mine),
            )
            .order_by(m.Task.due_date, m.Task.id)
        )
        return [
            TaskItem(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                full_name(r[5], r[6], r[7]) if r[3] is not None else None,
            )
            for r in s.execute(stmt)
        ]

    def _follow_ups(self, s: Session, until: date) -> list[FollowUpItem]:
        route = _PLACED_ROUTE
        stmt = (
            select(
                m.PlacementFollowUp.id,
                m.PlacementFollowUp.placement_id,
                m.PlacementFollowUp.months,
                m.PlacementFollowUp.due_date,
                m.Client.id,
                m.Client.client_number,
                m.Client.first_name,
                m.Client.name_prefix,
                m.Client.last_name,
            )
            .join(m.Placement, m.Placement.id == m.PlacementFollowUp.placement_id)
            .join(route, route.id == m.Placement.route_id)
            .join(m.Client, m.Client.id == route.client_id)
            .where(
                # The follow-ups belong to whoever coaches the client now: after a
                # transfer or a new route, not to the coach of the placement's route.
                current_coach(route.client_id) == self.actor.user_id,
                m.PlacementFollowUp.checked_on.is_(None),
                m.PlacementFollowUp.due_date <= until,
                visible(self.actor),
            )
            .order_by(m.PlacementFollowUp.due_date, m.PlacementFollowUp.id)
        )
        return [
            FollowUpItem(r[0], r[1], r[2], r[3], r[4], r[5] or "", full_name(r[6], r[7], r[8]))
            for r in s.execute(stmt)
        ]

    def _recent(self, s: Session, ids: list[int]) -> list[RecentClient]:
        if not ids:
            return []
        stmt = select(
            m.Client.id,
            m.Client.client_number,
            m.Client.first_name,
            m.Client.name_prefix,
            m.Client.last_name,
        ).where(m.Client.id.in_(ids), visible(self.actor))
        found = {
            r[0]: RecentClient(r[0], r[1] or "", full_name(r[2], r[3], r[4]))
            for r in s.execute(stmt)
        }
        return [found[i] for i in ids if i in found]

    def _counts(self, s: Session) -> tuple[dict[str, int], tuple[SectorCount, ...]]:
        current, sector = _CURRENT_ROUTE[uses_lateral(self.store)], _OWN_SECTOR
        route = current.route
        rows = s.execute(
            select(
                route.id.is_(None),
                route.closed_on.is_(None),
                func.coalesce(sector.parent_id, sector.id),
                func.count(),
            )
            .select_from(m.Client)
            .outerjoin(route, current.on)
            .outerjoin(sector, sector.id == func.coalesce(route.sector_id, m.Client.sector_id))
            .where(visible(self.actor))
            .group_by(
                route.id.is_(None),
                route.closed_on.is_(None),
                func.coalesce(sector.parent_id, sector.id),
            )
        ).all()
        top = s.execute(
            select(m.Sector.id, m.Sector.code, m.Sector.name, m.Sector.is_focus)
            .where(m.Sector.parent_id.is_(None))
            .order_by(m.Sector.sort_order)
        ).all()
        status_counts = dict.fromkeys(ROUTE_STATUSES, 0)
        per_sector: dict[int | None, dict[str, int]] = {}
        for no_route, is_open, sector_id, count in rows:
            code = STATUS_NONE if no_route else (STATUS_OPEN if is_open else STATUS_CLOSED)
            status_counts[code] += count
            bucket = per_sector.setdefault(sector_id, dict.fromkeys(ROUTE_STATUSES, 0))
            bucket[code] += count
        sectors = [
            SectorCount(
                code, name, bool(focus), per_sector.get(sid, dict.fromkeys(ROUTE_STATUSES, 0))
            )
            for sid, code, name, focus in top
        ]
        sectors.append(
            SectorCount(
                NO_SECTOR,
                "Geen sector",
                False,
                per_sector.get(None, dict.fromkeys(ROUTE_STATUSES, 0)),
            )
        )
        return status_counts, tuple(sectors)
