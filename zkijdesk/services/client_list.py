"""The client list: search as you type, filters and sorting, all done in SQL.

The list holds ids, not rows (the pattern of Anki's browser): ``search`` returns every
matching id in display order plus the first page of rows, and ``rows`` fetches any
other page by id when the coach scrolls to it. Sorting and filtering happen in the
database, so a region-sized store never passes through Python row by row.

A client's *current route* decides the route columns: the open route when there is
one, otherwise the most recent closed one. Route status, sector, coach, project and
intake date in the list all come from that route; the sector falls back to the
client's own focus sector, and subsectors roll up to their top-level sector (ICT
counts as Techniek) when filtering.

Every query applies the access rule (``visible_clients_clause``), which also keeps
clients in the bin out of the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Row,
    Select,
    and_,
    any_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from zkijdesk import models as m
from zkijdesk.domain import validation as v
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.fields import SEARCH_TERM
from zkijdesk.domain.names import fold, full_name
from zkijdesk.services.access import current_first, visible_clients_clause
from zkijdesk.services.base import Actor, Service
from zkijdesk.storage.store import Store

#: Route status codes of the list (of the client's current route).
STATUS_OPEN = "open"
STATUS_CLOSED = "closed"
STATUS_NONE = "none"
ROUTE_STATUSES = (STATUS_OPEN, STATUS_CLOSED, STATUS_NONE)

#: The columns the list can show, in their default order. No BSN, ever.
COLUMNS = (
    "client_number",
    "name",
    "birth_date",
    "postcode",
    "municipality",
    "route_status",
    "sector",
    "coach",
    "intake_date",
)
PAGE_SIZE = 100
_LIKE_ESCAPE = "\\"


@dataclass(frozen=True)
class ClientListQuery:
    """What the coach typed and chose; also the shape of a saved filter."""

    text: str = ""
    route_status: str | None = None
    sector_id: int | None = None
    target_group_id: int | None = None
    municipality_id: int | None = None
    coach_id: int | None = None
    project_id: int | None = None
    sort: str = "name"
    descending: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClientListQuery:
        """Rebuild a saved query, ignoring keys an older or newer version wrote."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: val for k, val in data.items() if k in names})

    def without_text(self) -> ClientListQuery:
        return replace(self, text="")

    @property
    def filter_count(self) -> int:
        """How many filters (not the search text) are active, for the filter button."""
        values = (
            self.route_status,
            self.sector_id,
            self.target_group_id,
            self.municipality_id,
            self.coach_id,
            self.project_id,
        )
        return sum(value is not None for value in values)


@dataclass(frozen=True)
class ClientListRow:
    id: int
    client_number: str
    name: str
    birth_date: date
    postcode: str | None
    municipality: str | None
    route_status: str
    sector: str | None
    coach: str | None
    intake_date: date | None

    def value(self, column: str) -> object:
        return getattr(self, column)


@dataclass(frozen=True)
class ClientListResult:
    """All matching ids in display order, and the rows of the first page."""

    ids: tuple[int, ...]
    first_rows: tuple[ClientListRow, ...]

    @property
    def count(self) -> int:
        return len(self.ids)


def current_route_id() -> ColumnElement[int]:
    """Correlated subquery: the id of the client's open route, else of their latest."""
    return (
        select(m.Route.id)
        .where(m.Route.client_id == m.Client.id)
        .order_by(*current_first(m.Route))
        .limit(1)
        .correlate(m.Client)
        .scalar_subquery()
    )


@dataclass(frozen=True)
class CurrentRoute:
    """A client's current route as a ``Route`` alias to outer-join, with its join condition.

    Each engine gets the form it plans well. SQLite looks the subquery's id up per client
    by index. PostgreSQL, given that form, hashes every route of the visible clients and
    evaluates the subquery twice per client, and under row-level security each route it
    reads costs an array test; a ``LATERAL`` pick reads one client's routes once
    (``bench_team``: the list and the start page's counts on a team database).
    """

    route: type[m.Route]
    on: ColumnElement[bool]

    @classmethod
    def build(cls, name: str, *, lateral: bool) -> CurrentRoute:
        if not lateral:
            route = aliased(m.Route, name=name)
            return cls(route, route.id == current_route_id())
        pick = (
            select(m.Route)
            .where(m.Route.client_id == m.Client.id)
            .order_by(*current_first(m.Route))
            .limit(1)
            .lateral(name)
        )
        return cls(aliased(m.Route, pick), true())


def id_in(
    column: ColumnElement[int] | InstrumentedAttribute[int], ids: Sequence[int], *, array: bool
) -> ColumnElement[bool]:
    """``column IN ids``; with ``array`` as one array parameter (PostgreSQL), so the
    statement's text is the same for every page size and the driver prepares it once
    instead of the server planning it again for each new count of ids."""
    if array:
        return column == any_(bindparam("page_ids", list(ids), type_=ARRAY(Integer)))
    return column.in_(list(ids))


def uses_lateral(store: Store) -> bool:
    """Whether ``store``'s engine takes the ``LATERAL`` form (see ``CurrentRoute``)."""
    return not store.is_sqlite


def visible(actor: Actor) -> ColumnElement[bool]:
    """The access rule (``visible_clients_clause``): the clients ``actor`` may see.

    The rule is an uncorrelated set of ids computed once per query from indexed lookups,
    so the database drives the list from the user's own caseload, not from every client.
    """
    return visible_clients_clause(actor)


def _escape_like(text: str) -> str:
    for char in (_LIKE_ESCAPE, "%", "_"):
        text = text.replace(char, _LIKE_ESCAPE + char)
    return text


def search_condition(text: str) -> ColumnElement[bool] | None:
    """Name (every word, accents folded), client number, postcode or birth date."""
    folded = fold(text or "")
    if not folded:
        return None
    words = folded.split()
    name_match = and_(
        *(m.Client.search_key.like(f"%{_escape_like(w)}%", escape=_LIKE_ESCAPE) for w in words)
    )
    compact = _escape_like(folded.replace(" ", ""))
    conditions: list[ColumnElement[bool]] = [
        name_match,
        func.lower(m.Client.client_number).like(f"%{compact}%", escape=_LIKE_ESCAPE),
        func.lower(func.replace(m.Client.postcode, " ", "")).like(
            f"{compact}%", escape=_LIKE_ESCAPE
        ),
    ]
    try:
        day = v.parse_date(text.strip(), field="text", label=SEARCH_TERM)
    except ValidationError:
        day = None
    if day is not None:
        conditions.append(m.Client.birth_date == day)
    return or_(*conditions)


class _Parts:
    """The aliased tables a list query joins.

    Built once per form of the current route (``PARTS``): an alias adapts its columns the
    first time they are used and remembers them, and equal statements hit SQLAlchemy's
    compiled-statement cache, which per-query aliases defeat (they cost more than the
    query itself).
    """

    def __init__(self, *, lateral: bool) -> None:
        self.current = CurrentRoute.build("cur_route", lateral=lateral)
        self.route = self.current.route
        self.sector = aliased(m.Sector, name="list_sector")
        self.coach = aliased(m.User, name="list_coach")
        self.municipality = aliased(m.Municipality, name="list_municipality")

    @property
    def sector_id(self) -> ColumnElement[int]:
        return func.coalesce(self.route.sector_id, m.Client.sector_id)

    @property
    def coach_name(self) -> ColumnElement[str]:
        """The current route's coach, looked up per row: as a join, PostgreSQL hashed the
        current route and scanned every user for each client of the page."""
        return (
            select(self.coach.display_name)
            .where(self.coach.id == self.route.coach_id)
            .scalar_subquery()
        )

    @property
    def status(self) -> ColumnElement[str]:
        return case(
            (self.route.id.is_(None), STATUS_NONE),
            (self.route.closed_on.is_(None), STATUS_OPEN),
            else_=STATUS_CLOSED,
        )


def needs_route(query: ClientListQuery) -> bool:
    """Whether ``query`` filters or sorts on the current route."""
    return (
        query.route_status is not None
        or query.sector_id is not None
        or query.coach_id is not None
        or query.project_id is not None
        or query.sort in ROUTE_SORTS
    )


#: Sort keys that read the current route (``_sorted``).
ROUTE_SORTS = frozenset({"route_status", "sector", "coach", "intake_date"})

PARTS = {False: _Parts(lateral=False), True: _Parts(lateral=True)}
_ROLLED = aliased(m.Sector, name="filter_sector")


_Rows = Select[*tuple[Any, ...]]
"""A statement of the list: its columns differ by what the caller reads."""


class ClientListService(Service):
    """The list as the acting user may see it."""

    def _base(
        self,
        parts: _Parts,
        columns: Iterable[ColumnElement[Any] | InstrumentedAttribute[Any]],
        *,
        route: bool = True,
        few: bool = False,
    ) -> _Rows:
        """Clients the actor may see, each joined to their current route if ``route``.

        The join neither adds nor removes rows (at most one current route per client), so
        a query that neither filters nor sorts on the route leaves it out.
        """
        stmt = select(*columns).select_from(m.Client)
        if route:
            stmt = stmt.outerjoin(parts.route, parts.current.on)
        return stmt.where(visible_clients_clause(self.actor, few=few))

    def _filtered(self, stmt: _Rows, parts: _Parts, query: ClientListQuery) -> _Rows:
        condition = search_condition(query.text)
        if condition is not None:
            stmt = stmt.where(condition)
        if query.route_status == STATUS_OPEN:
            stmt = stmt.where(parts.route.id.is_not(None), parts.route.closed_on.is_(None))
        elif query.route_status == STATUS_CLOSED:
            stmt = stmt.where(parts.route.closed_on.is_not(None))
        elif query.route_status == STATUS_NONE:
            stmt = stmt.where(parts.route.id.is_(None))
        if query.sector_id is not None:
            rolled = _ROLLED
            stmt = stmt.where(
                exists(
                    select(rolled.id).where(
                        rolled.id == parts.sector_id,
                        or_(rolled.id == query.sector_id, rolled.parent_id == query.sector_id),
                    )
                )
            )
        if query.target_group_id is not None:
            stmt = stmt.where(
                exists(
                    select(m.ClientTargetGroup.client_id).where(
                        m.ClientTargetGroup.client_id == m.Client.id,
                        m.ClientTargetGroup.target_group_id == query.target_group_id,
                    )
                )
            )
        if query.municipality_id is not None:
            stmt = stmt.where(m.Client.municipality_id == query.municipality_id)
        if query.coach_id is not None:
            stmt = stmt.where(parts.route.coach_id == query.coach_id)
        if query.project_id is not None:
            stmt = stmt.where(parts.route.project_id == query.project_id)
        return stmt

    def _sorted(self, stmt: _Rows, parts: _Parts, query: ClientListQuery) -> _Rows:
        keys = {
            "client_number": (m.Client.client_number,),
            "name": (m.Client.search_key,),
            "birth_date": (m.Client.birth_date,),
            "postcode": (m.Client.postcode,),
            "municipality": (parts.municipality.sort_order,),
            "route_status": (parts.status, parts.route.intake_date),
            "sector": (parts.sector.sort_order,),
            "coach": (parts.coach.display_name,),
            "intake_date": (parts.route.intake_date,),
        }
        if query.sort not in keys:
            raise ValidationError("sort", "Sorteerkolom is onbekend.")
        if query.sort == "municipality":
            stmt = stmt.outerjoin(
                parts.municipality, parts.municipality.id == m.Client.municipality_id
            )
        elif query.sort == "sector":
            stmt = stmt.outerjoin(parts.sector, parts.sector.id == parts.sector_id)
        elif query.sort == "coach":
            stmt = stmt.outerjoin(parts.coach, parts.coach.id == parts.route.coach_id)
        order: list[ColumnElement[Any] | InstrumentedAttribute[Any]] = []
        for key in keys[query.sort]:
            # NULLs last in both directions, on SQLite and PostgreSQL alike.
            order.append(case((key.is_(None), 1), else_=0))
            order.append(key.desc() if query.descending else key.asc())
        tiebreak = m.Client.search_key if query.sort != "name" else m.Client.id
        order.append(tiebreak.desc() if query.descending else tiebreak.asc())
        order.append(m.Client.id)
        return stmt.order_by(*order)

    def _ids_statement(self, query: ClientListQuery) -> _Rows:
        parts = PARTS[uses_lateral(self.store)]
        stmt = self._base(parts, [m.Client.id], route=needs_route(query))
        return self._sorted(self._filtered(stmt, parts, query), parts, query)

    def _rows_statement(self, ids: Sequence[int]) -> _Rows:
        parts = PARTS[uses_lateral(self.store)]
        stmt = self._base(
            parts,
            [
                m.Client.id,
                m.Client.client_number,
                m.Client.first_name,
                m.Client.name_prefix,
                m.Client.last_name,
                m.Client.birth_date,
                m.Client.postcode,
                parts.municipality.name,
                parts.status,
                parts.sector.name,
                parts.coach_name,
                parts.route.intake_date,
            ],
            few=True,
        )
        return (
            stmt.outerjoin(parts.municipality, parts.municipality.id == m.Client.municipality_id)
            .outerjoin(parts.sector, parts.sector.id == parts.sector_id)
            .where(id_in(m.Client.id, ids, array=uses_lateral(self.store)))
        )

    @staticmethod
    def _row(r: Row[*tuple[Any, ...]]) -> ClientListRow:
        return ClientListRow(
            id=r[0],
            client_number=r[1] or "",
            name=full_name(r[2], r[3], r[4]),
            birth_date=r[5],
            postcode=r[6],
            municipality=r[7],
            route_status=r[8],
            sector=r[9],
            coach=r[10],
            intake_date=r[11],
        )

    def _fetch_rows(self, session: Session, ids: Sequence[int]) -> list[ClientListRow]:
        if not ids:
            return []
        by_id = {r[0]: self._row(r) for r in session.execute(self._rows_statement(ids))}
        return [by_id[i] for i in ids if i in by_id]

    def search(self, query: ClientListQuery, first_page: int = PAGE_SIZE) -> ClientListResult:
        """Every matching id in display order, with the first page of rows."""
        with self.store.read_session() as s:
            ids = tuple(s.scalars(self._ids_statement(query)))
            rows = self._fetch_rows(s, ids[:first_page])
        return ClientListResult(ids, tuple(rows))

    def rows(self, ids: Sequence[int]) -> list[ClientListRow]:
        """The rows of one page, in the order of ``ids``; ids no longer visible are left out."""
        with self.store.read_session() as s:
            return self._fetch_rows(s, ids)

    def iter_rows(self, query: ClientListQuery, chunk: int = 500) -> Iterable[ClientListRow]:
        """All rows of a query in display order, a chunk per short session (for exports)."""
        with self.store.read_session() as s:
            ids = tuple(s.scalars(self._ids_statement(query)))
        for start in range(0, len(ids), chunk):
            yield from self.rows(ids[start : start + chunk])

    def count(self, query: ClientListQuery | None = None) -> int:
        query = query or ClientListQuery()
        parts = PARTS[uses_lateral(self.store)]
        route = needs_route(replace(query, sort="name"))  # the order does not count
        stmt = self._filtered(self._base(parts, [m.Client.id], route=route), parts, query)
        with self.store.read_session() as s:
            return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
