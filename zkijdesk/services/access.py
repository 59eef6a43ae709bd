"""Who may see which client: need-to-know, enforced in SQL so lists and files agree.

A coach sees the clients of the routes they coach, the clients shared with them, and
clients they registered who have no route yet. A team lead is a coach for the files
assigned to them; they steer caseloads without reading files. An admin keeps
reference data and sees no client files by default.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_, select

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.services.base import Actor


def visible_clients_clause(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on ``Client`` selecting what ``actor`` may open (bin excluded)."""
    if actor.role is Role.ADMIN:
        return false()
    coached = exists(
        select(m.Route.id).where(
            m.Route.client_id == m.Client.id, m.Route.coach_id == actor.user_id
        )
    )
    shared = exists(
        select(m.ClientShare.client_id).where(
            m.ClientShare.client_id == m.Client.id, m.ClientShare.user_id == actor.user_id
        )
    )
    registered_without_route = and_(
        m.Client.created_by_id == actor.user_id,
        ~exists(select(m.Route.id).where(m.Route.client_id == m.Client.id)),
    )
    return and_(m.Client.deleted_at.is_(None), or_(coached, shared, registered_without_route))
