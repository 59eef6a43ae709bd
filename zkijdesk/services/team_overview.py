"""The team lead's view of the team: caseloads, what is overdue, and moving caseloads.

A team lead steers without reading files: every figure here is a count per coach, and
the colleagues' task list shows a client's number, never a name. On a team database the
counts come through the figures views (``Store.figures_session``), which hold every
route and follow-up of the team but no name or note; tasks are readable for a team lead
there by policy (docs/team-server.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, and_, func, select, text
from sqlalchemy.orm import Session, aliased

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.access import current_coach, current_first
from zkijdesk.services.base import Service

if TYPE_CHECKING:
    from zkijdesk.services.reporting_contributions import ContributionStatus

OVERDUE_LIMIT = 200


@dataclass(frozen=True)
class CoachLoad:
    """One coach's caseload as a team lead sees it."""

    user_id: int
    name: str
    role: Role
    open_routes: int
    new_this_month: int
    overdue_tasks: int
    follow_ups_due: int


@dataclass(frozen=True)
class CaseloadMove:
    """What a caseload transfer would move, for the preview the team lead confirms."""

    routes: int
    open_tasks: int
    follow_ups_due: int


@dataclass(frozen=True)
class ClientMove:
    """What moving one client would move: their newest route and its coach's open tasks."""

    client_id: int
    client_number: str
    coach_id: int | None
    coach: str | None
    intake_date: date
    open_route: bool
    open_tasks: int


@dataclass(frozen=True)
class DueFollowUp:
    coach: str
    months: int
    due_date: date
    client_number: str | None


@dataclass(frozen=True)
class OverdueTask:
    task_id: int
    coach: str
    title: str
    due_date: date
    client_number: str | None


class TeamOverviewService(Service):
    def _require_lead(self) -> None:
        self.require_role(Role.TEAMLEAD, what="het teamoverzicht bekijkt")

    def caseloads(self) -> list[CoachLoad]:
        """Every active coach and team lead with their counts, the largest caseload first."""
        self._require_lead()
        today = self.today()
        month_start = today.replace(day=1)
        route, task, fu, placement = m.Route, m.Task, m.PlacementFollowUp, m.Placement
        with self.store.figures_session() as s:
            people = s.execute(
                select(m.User.id, m.User.display_name, m.User.role).where(
                    m.User.active.is_(True), m.User.role.in_([Role.COACH, Role.TEAMLEAD])
                )
            ).all()
            open_routes = dict(
                s.execute(
                    select(route.coach_id, func.count())
                    .where(route.closed_on.is_(None))
                    .group_by(route.coach_id)
                ).all()
            )
            new = dict(
                s.execute(
                    select(route.coach_id, func.count())
                    .where(route.intake_date >= month_start, route.intake_date <= today)
                    .group_by(route.coach_id)
                ).all()
            )
            overdue = dict(
                s.execute(
                    select(task.owner_id, func.count())
                    .where(task.done_at.is_(None), task.due_date < today)
                    .group_by(task.owner_id)
                ).all()
            )
            # A follow-up is the client's current coach's (``access.current_coach``).
            owners = (
                select(current_coach(route.client_id).label("coach_id"))
                .select_from(fu)
                .join(placement, placement.id == fu.placement_id)
                .join(route, and_(route.id == placement.route_id))
                .where(fu.checked_on.is_(None), fu.due_date <= today)
                .subquery()
            )
            due: dict[int | None, int] = dict(
                s.execute(select(owners.c.coach_id, func.count()).group_by(owners.c.coach_id)).all()
            )
        loads = [
            CoachLoad(
                uid,
                name,
                role,
                open_routes.get(uid, 0),
                new.get(uid, 0),
                overdue.get(uid, 0),
                due.get(uid, 0),
            )
            for uid, name, role in people
        ]
        return sorted(loads, key=lambda c: (-c.open_routes, c.name))

    def overdue_tasks(self, limit: int = OVERDUE_LIMIT) -> list[OverdueTask]:
        """Colleagues' open tasks past their date, oldest first; a client by number only."""
        self._require_lead()
        task = m.Task
        with self.store.read_session() as s:
            rows = s.execute(
                select(
                    task.id,
                    m.User.display_name,
                    task.title,
                    task.due_date,
                    task.client_id,
                )
                .join(m.User, m.User.id == task.owner_id)
                .where(
                    task.done_at.is_(None),
                    task.due_date < self.today(),
                    task.owner_id != self.actor.user_id,
                )
                .order_by(task.due_date, task.id)
                .limit(limit)
            ).all()
            numbers = self._client_numbers(s, {r.client_id for r in rows if r.client_id})
        return [
            OverdueTask(r.id, r.display_name, r.title, r.due_date, numbers.get(r.client_id))
            for r in rows
        ]

    def _client_numbers(self, s: Session, ids: set[int]) -> dict[int, str | None]:
        """Client numbers through the figures session's rules: a number, never a name."""
        if not ids:
            return {}
        if self.store.team is not None:
            return {}  # the figures views hold no client number; the coach's name is enough
        rows = s.execute(select(m.Client.id, m.Client.client_number).where(m.Client.id.in_(ids)))
        return dict(rows.all())

    def contributions(self) -> ContributionStatus | None:
        """Last month's contribution files: who sent theirs and who has not (None when the
        team works without contribution files)."""
        from zkijdesk.services.reporting import today_period
        from zkijdesk.services.reporting_contributions import ContributionService

        self._require_lead()
        service = ContributionService(self.store, self.actor, self._today)
        if not service.contributors():
            return None
        return service.status(today_period(self.today()))

    def follow_ups_due(self, limit: int = OVERDUE_LIMIT) -> list[DueFollowUp]:
        """Colleagues' follow-ups that are due and not done, oldest first: whether a
        placed client still works there is asked on time or the figures miss it."""
        self._require_lead()
        route, fu, placement = m.Route, m.PlacementFollowUp, m.Placement
        with self.store.figures_session() as s:
            coach = current_coach(route.client_id)
            rows = s.execute(
                select(m.User.display_name, fu.months, fu.due_date, route.client_id)
                .select_from(fu)
                .join(placement, placement.id == fu.placement_id)
                .join(route, route.id == placement.route_id)
                .join(m.User, m.User.id == coach)
                .where(
                    fu.checked_on.is_(None),
                    fu.due_date <= self.today(),
                    coach != self.actor.user_id,
                )
                .order_by(fu.due_date, fu.id)
                .limit(limit)
            ).all()
            numbers = self._client_numbers(s, {r.client_id for r in rows})
        return [
            DueFollowUp(r.display_name, r.months, r.due_date, numbers.get(r.client_id))
            for r in rows
        ]

    def transfer_preview(self, from_user_id: int) -> CaseloadMove:
        """What a caseload transfer of this coach would move."""
        from zkijdesk.services.caseload import caseload_tasks

        self._require_lead()
        route, fu, placement = m.Route, m.PlacementFollowUp, m.Placement
        with self.store.figures_session() as s:
            routes = s.scalar(
                select(func.count()).where(
                    route.coach_id == from_user_id, route.closed_on.is_(None)
                )
            )
            # The follow-ups of every placement of those clients, on whichever route:
            # they are the current coach's, and go along.
            moving = select(route.client_id).where(
                route.coach_id == from_user_id, route.closed_on.is_(None)
            )
            placed = aliased(m.Route, name="placed_route")
            due = s.scalar(
                select(func.count())
                .select_from(fu)
                .join(placement, placement.id == fu.placement_id)
                .join(placed, placed.id == placement.route_id)
                .where(
                    placed.client_id.in_(moving),
                    fu.checked_on.is_(None),
                    fu.due_date <= self.today(),
                )
            )
            tasks = caseload_tasks(s, self.store, from_user_id)
        return CaseloadMove(routes or 0, tasks or 0, due or 0)

    def client_preview(self, client_number: str) -> ClientMove:
        """The file a coach named by its number, as far as moving it needs: its newest
        route's coach and start, and the open tasks that go along; never a name."""
        self._require_lead()
        number = (client_number or "").strip()
        if not number:
            raise ValidationError("client_number", "Vul het cliëntnummer in.")
        with self.store.read_session() as s:
            row: Row[*tuple[Any, ...]] | _Preview | None
            if self.store.team is not None:
                row = s.execute(
                    text("SELECT * FROM zk_transfer_preview(:n)"), {"n": number}
                ).first()
            else:
                row = self._local_preview(s, number)
            if row is None:
                raise ValidationError(
                    "client_number",
                    "Cliëntnummer hoort bij geen cliënt met een route om over te dragen.",
                )
            coach = s.get(m.User, row.coach_id) if row.coach_id is not None else None
            return ClientMove(
                row.client_id,
                number,
                row.coach_id,
                coach.display_name if coach is not None else None,
                row.intake_date,
                bool(row.open_route),
                row.open_tasks or 0,
            )

    def _local_preview(self, s: Session, number: str) -> _Preview | None:
        from zkijdesk.services.caseload import client_tasks

        client_id = s.scalar(
            select(m.Client.id).where(
                m.Client.client_number == number, m.Client.deleted_at.is_(None)
            )
        )
        if client_id is None:
            return None
        route = s.execute(
            select(m.Route.coach_id, m.Route.intake_date, m.Route.closed_on)
            .where(m.Route.client_id == client_id)
            .order_by(*current_first(m.Route))
            .limit(1)
        ).first()
        if route is None:
            return None
        return _Preview(
            client_id,
            route.coach_id,
            route.intake_date,
            route.closed_on is None,
            client_tasks(s, self.store, client_id),
        )


@dataclass(frozen=True)
class _Preview:
    client_id: int
    coach_id: int | None
    intake_date: date
    open_route: bool
    open_tasks: int
