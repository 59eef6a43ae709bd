"""Team leads assign and transfer caseloads without opening the files themselves.

A file changes coach with its open to-dos: the old coach's open tasks about a moved
client go along (on a team database ``zk_transfer`` does the same on the server), so
nothing stays overdue on the list of a coach who has left or is on leave.
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    FromClause,
    column,
    exists,
    func,
    select,
    table,
    text,
    update,
)
from sqlalchemy.orm import Session, aliased

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.access import current_first, file_coach
from zkijdesk.services.base import Service, get_or_raise, rowcount
from zkijdesk.storage.store import Store


class CaseloadService(Service):
    def _coach(self, session: Session, user_id: int) -> m.User:
        user = get_or_raise(session, m.User, user_id, "Gebruiker")
        if user.role is Role.ADMIN or not user.active:
            raise ValidationError(
                "to_user_id", "Nieuwe coach moet een actieve coach of teamleider zijn."
            )
        return user

    def transfer_client(self, client_id: int, to_user_id: int) -> int:
        """Move a client's open route (or, without one, their latest) to another coach."""
        self.require_role(Role.TEAMLEAD, what="cliënten overdraagt")
        with self.store.session() as s:
            self._coach(s, to_user_id)
            if self.store.team is not None:
                tasks = client_tasks(s, self.store, client_id)
                route_id = _transfer_on_server(s, client_id, None, to_user_id)
                if route_id is None:
                    raise ValidationError(
                        "client_id",
                        "Cliënt bestaat niet of heeft nog geen route om over te dragen.",
                    )
                self.audit(
                    s, "transfer", "client", client_id, detail=f"to={to_user_id};tasks={tasks}"
                )
                return route_id
            get_or_raise(s, m.Client, client_id, "Cliënt")
            route = s.scalars(
                select(m.Route)
                .where(m.Route.client_id == client_id)
                .order_by(*current_first(m.Route))
            ).first()
            if route is None:
                raise ValidationError("client_id", "Cliënt heeft nog geen route om over te dragen.")
            previous, route.coach_id = route.coach_id, to_user_id
            tasks = move_open_tasks(s, client_id, previous, to_user_id)
            self.audit(
                s, "transfer", "client", client_id, detail=f"to={to_user_id};tasks={tasks or 0}"
            )
            return route.id

    def transfer_caseload(self, from_user_id: int, to_user_id: int) -> int:
        """Move every open route of one coach to another; returns how many moved."""
        self.require_role(Role.TEAMLEAD, what="caseloads overdraagt")
        if from_user_id == to_user_id:
            raise ValidationError("to_user_id", "Nieuwe coach is dezelfde als de huidige.")
        with self.store.session() as s:
            get_or_raise(s, m.User, from_user_id, "Gebruiker")
            self._coach(s, to_user_id)
            tasks = caseload_tasks(s, self.store, from_user_id)
            if self.store.team is not None:
                moved = _transfer_on_server(s, None, from_user_id, to_user_id) or 0
                detail = f"to={to_user_id};routes={moved};tasks={tasks}"
                self.audit(s, "transfer", "caseload", from_user_id, detail=detail)
                return moved
            s.execute(
                update(m.Task)
                .where(*_going_along(m.Route.__table__, from_user_id))
                .values(owner_id=to_user_id)
                .execution_options(synchronize_session=False)
            )
            result = s.execute(
                update(m.Route)
                .where(m.Route.coach_id == from_user_id, m.Route.closed_on.is_(None))
                .values(coach_id=to_user_id)
                .execution_options(synchronize_session=False)
            )
            moved = rowcount(result) or 0
            detail = f"to={to_user_id};routes={moved};tasks={tasks}"
            self.audit(s, "transfer", "caseload", from_user_id, detail=detail)
            return moved

    def stray_tasks(self) -> int:
        """Open to-dos whose owner no longer sees the client's file: left by a share that
        ended, or by a change of coach before to-dos went along with the file."""
        self.require_role(Role.TEAMLEAD, what="taken van collega's overdraagt")
        with self.store.read_session() as s:
            if self.store.team is not None:
                return int(s.execute(text("SELECT zk_stray_tasks()")).scalar() or 0)
            return s.scalar(select(func.count()).select_from(m.Task).where(*_stray())) or 0

    def hand_over_stray_tasks(self) -> int:
        """Give each stray to-do to the coach of its client's file; returns how many."""
        self.require_role(Role.TEAMLEAD, what="taken van collega's overdraagt")
        with self.store.session() as s:
            if self.store.team is not None:
                # The lead reads no file: the server moves them, as the owner.
                moved = int(s.execute(text("SELECT zk_hand_over_stray_tasks()")).scalar() or 0)
            else:
                result = s.execute(
                    update(m.Task)
                    .where(*_stray())
                    .values(owner_id=file_coach(m.Task.client_id))
                    .execution_options(synchronize_session=False)
                )
                moved = rowcount(result) or 0
            if moved:
                self.audit(s, "transfer", "caseload", None, detail=f"tasks={moved}")
            return moved


def _stray() -> tuple[ColumnElement[bool], ...]:
    """An open to-do about a client (not in the bin) whose owner is not the coach of the
    file and has no share of it: its owner no longer sees the file (``access``). The
    server's ``zk_stray_tasks`` asks the same."""
    client, share = aliased(m.Client, name="stray_client"), aliased(m.ClientShare)
    coach = file_coach(m.Task.client_id)
    return (
        m.Task.done_at.is_(None),
        exists(select(client.id).where(client.id == m.Task.client_id, client.deleted_at.is_(None))),
        coach.is_not(None),
        coach != m.Task.owner_id,
        ~exists(
            select(share.user_id).where(
                share.client_id == m.Task.client_id, share.user_id == m.Task.owner_id
            )
        ),
    )


def move_open_tasks(s: Session, client_id: int, previous: int | None, to_user_id: int) -> int:
    """Hand the previous coach's open to-dos about one client to the new coach: what goes
    along when a file changes coach (a transfer, a new route for a colleague)."""
    result = s.execute(
        update(m.Task)
        .where(
            m.Task.client_id == client_id,
            m.Task.done_at.is_(None),
            m.Task.owner_id == previous,
        )
        .values(owner_id=to_user_id)
        .execution_options(synchronize_session=False)
    )
    return rowcount(result) or 0


def _transfer_on_server(
    s: Session, client_id: int | None, from_user_id: int | None, to_user_id: int
) -> int | None:
    """On a team database a team lead cannot read the routes they move (row-level security),
    so the server's function moves them after checking the lead's role itself."""
    moved: int | None = s.execute(
        text("SELECT zk_transfer(:c, :f, :t)"), {"c": client_id, "f": from_user_id, "t": to_user_id}
    ).scalar()
    return moved


def _routes(store: Store) -> FromClause:
    """The routes as this person may count them: on a team database a team lead reads
    no route row, only the figures view of it (every route, no identifying column)."""
    if store.team is None:
        return m.Route.__table__
    from zkijdesk.storage.team import FIGURES_SCHEMA

    return table(
        "route",
        column("id"),
        column("client_id"),
        column("coach_id"),
        column("closed_on"),
        column("intake_date"),
        schema=FIGURES_SCHEMA,
    )


def _going_along(route: FromClause, coach_id: int) -> tuple[ColumnElement[bool], ...]:
    """The coach's open tasks about the clients of their open routes: what goes along
    with a caseload (``route``: the table, or the figures view of it)."""
    open_clients = select(route.c.client_id).where(
        route.c.coach_id == coach_id, route.c.closed_on.is_(None)
    )
    return (
        m.Task.owner_id == coach_id,
        m.Task.done_at.is_(None),
        m.Task.client_id.in_(open_clients),
    )


def caseload_tasks(s: Session, store: Store, coach_id: int) -> int:
    """How many open tasks go along with the coach's caseload."""
    going = _going_along(_routes(store), coach_id)
    return s.scalar(select(func.count()).select_from(m.Task).where(*going)) or 0


def client_tasks(s: Session, store: Store, client_id: int) -> int:
    """The open tasks of the coach of the client's route about that client."""
    route = _routes(store)
    coach = (
        select(route.c.coach_id)
        .where(route.c.client_id == client_id)
        .order_by(*current_first(route.c))
        .limit(1)
        .scalar_subquery()
    )
    return (
        s.scalar(
            select(func.count())
            .select_from(m.Task)
            .where(
                m.Task.client_id == client_id, m.Task.done_at.is_(None), m.Task.owner_id == coach
            )
        )
        or 0
    )
