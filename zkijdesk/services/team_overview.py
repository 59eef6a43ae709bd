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

from sqlalchemy import and_, func, select

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.services.base import Service

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
            due = dict(
                s.execute(
                    select(route.coach_id, func.count())
                    .select_from(fu)
                    .join(placement, placement.id == fu.placement_id)
                    .join(route, and_(route.id == placement.route_id))
                    .where(fu.checked_on.is_(None), fu.due_date <= today)
                    .group_by(route.coach_id)
                ).all()
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

    def _client_numbers(self, s, ids: set[int]) -> dict[int, str | None]:
        """Client numbers through the figures session's rules: a number, never a name."""
        if not ids:
            return {}
        if self.store.team is not None:
            return {}  # the figures views hold no client number; the coach's name is enough
        rows = s.execute(select(m.Client.id, m.Client.client_number).where(m.Client.id.in_(ids)))
        return dict(rows.all())

    def contributions(self):
        """Last month's contribution files: who sent theirs and who has not (None when the
        team works without contribution files)."""
        from zkijdesk.services.reporting import today_period
        from zkijdesk.services.reporting_contributions import ContributionService

        self._require_lead()
        service = ContributionService(self.store, self.actor, self._today)
        if not service.contributors():
            return None
        return service.status(today_period(self.today()))

    def transfer_preview(self, from_user_id: int) -> int:
        """How many open routes a caseload transfer of this coach would move."""
        self._require_lead()
        with self.store.figures_session() as s:
            return (
                s.scalar(
                    select(func.count()).where(
                        m.Route.coach_id == from_user_id, m.Route.closed_on.is_(None)
                    )
                )
                or 0
            )
