"""Who may see which client: need-to-know, enforced in SQL so lists and files agree.

A coach sees the clients of the routes they coach, the clients shared with them, and
clients they registered who have no route yet. A team lead is a coach for the files
assigned to them; they steer caseloads without reading files. An admin keeps
reference data and sees no client files by default.

The rule is one uncorrelated set of client ids (``visible_client_ids``), computed once
per query from three indexed lookups (route by coach, share by user, client by the
user who registered it), so a query over a region-sized store reads only the rows of
the user's own caseload instead of testing every client.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    and_,
    any_,
    cast,
    exists,
    false,
    func,
    select,
    union,
)
from sqlalchemy.orm import aliased

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.services.actor import Actor

# Aliases of their own, so the rule never correlates with the tables of the query that
# uses it (a query over routes must not turn "any route of the client" into "this route").
_COACHED = aliased(m.Route, name="access_route")
_SHARED = aliased(m.ClientShare, name="access_share")
_REGISTERED = aliased(m.Client, name="access_client")
_ANY_ROUTE = aliased(m.Route, name="access_any_route")


def visible_client_ids(actor: Actor) -> CompoundSelect[Any] | Select[Any]:
    """The ids of the clients ``actor`` may see (the bin not yet excluded); not for admins.

    On a team database the server computes the same rule (``zk_visible_clients``, once
    per statement) for its row-level security; asking it for the set, instead of running
    the union again over tables that row-level security already filters, keeps a list
    query as fast as on a workstation. The refusal, its sentence and its audit entry stay
    the service's.
    """
    if actor.team:
        # As a scalar subquery the server computes it once per statement (an InitPlan);
        # bare, a semi-join would call it again for every row it probes.
        return select(func.unnest(select(func.zk_visible_clients()).scalar_subquery()))
    return union(
        select(_COACHED.client_id).where(_COACHED.coach_id == actor.user_id),
        select(_SHARED.client_id).where(_SHARED.user_id == actor.user_id),
        select(_REGISTERED.id).where(
            _REGISTERED.created_by_id == actor.user_id,
            ~exists(select(_ANY_ROUTE.id).where(_ANY_ROUTE.client_id == _REGISTERED.id)),
        ),
    )


def visible_clients_clause(actor: Actor, *, few: bool = False) -> ColumnElement[bool]:
    """A WHERE clause on ``Client`` selecting what ``actor`` may open (bin excluded).

    ``few``: the query already picks a page of clients by id. On a team database each of
    those is then looked up in the set (``= ANY``) instead of joining the set to them,
    which PostgreSQL does by comparing every pair.
    """
    if actor.role is Role.ADMIN:
        return false()
    if few and actor.team:
        # cast: a bare subquery after ANY would be read as a set of rows, not one array
        the_set = cast(select(func.zk_visible_clients()).scalar_subquery(), ARRAY(Integer))
        return and_(m.Client.deleted_at.is_(None), m.Client.id == any_(the_set))
    return and_(m.Client.deleted_at.is_(None), m.Client.id.in_(visible_client_ids(actor)))
