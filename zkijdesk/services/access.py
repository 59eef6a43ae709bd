"""Who may see which client: need-to-know, enforced in SQL so lists and files agree.

A coach sees the clients whose current route they coach (an open route, or the newest
one when none is open), the clients shared with them, and clients they registered who
have no route yet. A coach whose route ended and whose client has since gone on with
a colleague (a new route, a transfer) no longer needs the file, and no longer sees it:
a file is not open to everyone who ever coached the person. A team lead is a coach for the files
assigned to them; they steer caseloads without reading files. An admin keeps
reference data and sees no client files by default.

The rule is one uncorrelated set of client ids (``visible_client_ids``), computed once
per query from three indexed lookups (route by coach, share by user, client by the
user who registered it; a closed route is then checked for a newer or open one), so a
query over a region-sized store reads only the rows of the user's own caseload
instead of testing every client.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    CompoundSelect,
    Integer,
    ScalarSelect,
    Select,
    and_,
    any_,
    case,
    cast,
    exists,
    false,
    func,
    or_,
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
_NEWER = aliased(m.Route, name="access_newer_route")


def current_route_clients(user_id: int) -> Select[Any]:
    """The clients whose current route ``user_id`` coaches: an open route, or, when the
    client has none open, the newest (latest intake, then the highest id). The order is
    the one a transfer of one client uses (``caseload.client_tasks``, ``zk_transfer``)."""
    newer = exists(
        select(_NEWER.id).where(
            _NEWER.client_id == _COACHED.client_id,
            _NEWER.id != _COACHED.id,
            or_(
                _NEWER.closed_on.is_(None),
                _NEWER.intake_date > _COACHED.intake_date,
                and_(_NEWER.intake_date == _COACHED.intake_date, _NEWER.id > _COACHED.id),
            ),
        )
    )
    return select(_COACHED.client_id).where(
        _COACHED.coach_id == user_id, or_(_COACHED.closed_on.is_(None), ~newer)
    )


def current_first(route: Any) -> tuple[ColumnElement[Any], ...]:
    """The order that makes a client's current route the first: open first, then the
    latest intake, then the highest id; the client list's current route, a transfer's
    route and ``zk_transfer`` use it. ``route``: the model, an alias of it, or a table's
    columns (``table.c``)."""
    return (
        case((route.closed_on.is_(None), 0), else_=1),
        route.intake_date.desc(),
        route.id.desc(),
    )


def current_coach(client_id: Any) -> ScalarSelect[Any]:
    """The coach of the client's current route (open first, then the latest intake, then
    the highest id), as a scalar subquery: the one coach a client's follow-ups and
    to-dos belong to, where ``current_route_clients`` may name two when two routes are
    open. ``client_id``: a column of the outer query, or an id."""
    route = aliased(m.Route, name="current_route")
    return (
        select(route.coach_id)
        .where(route.client_id == client_id)
        .order_by(*current_first(route))
        .limit(1)
        .scalar_subquery()
    )


def file_coach(client_id: Any) -> ColumnElement[Any]:
    """Whose file it is: the coach of the current route (``current_coach``), or, for a
    client without a route, who registered them. The one who shares it
    (``services/sharing.py``) and to whom stray to-dos go (``caseload``); on a team
    database the server's ``zk_file_coach``. ``client_id``: a column or an id."""
    registrant = aliased(m.Client, name="file_client")
    routed = aliased(m.Route, name="file_route")
    # A route without a coach leaves the file without one: the registrant no longer
    # sees a file that has a route, and is not its coach.
    return case(
        (exists(select(routed.id).where(routed.client_id == client_id)), current_coach(client_id)),
        else_=select(registrant.created_by_id).where(registrant.id == client_id).scalar_subquery(),
    )


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
        current_route_clients(actor.user_id),
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
