"""The counting rules of the monthly figures, as GROUP BY queries on the database.

Each query returns atoms: counts per month, "first month of the year" flag, own
category and breakdown categories (see ``reporting/figures.py``). The database does
the grouping and Python maps ids to category codes, except for the persons counted
once a month (``_distinct_persons``): there the database returns each running route
or training once and Python picks each person's latest item per month, in one pass.
Every query is planned on a date index (``indicator_queries`` names it, and
``tests/reporting/test_counting_plans.py`` checks it). Who is counted:

- clients that are in the bin (``deleted_at`` set) or whose processing is restricted
  (AVG art. 18) are left out, like erased clients: figures reflect the people the
  team may still process;
- the breakdowns of a person are the route's (or training's, placement's) sector
  rolled up to its focus sector, the client's current municipality, the age on
  1 January of the reporting year, and each focus group of that year (tagged or not);
- employer figures use the employer's (or vacancy's) sector and municipality.

The exact rules per indicator are in ``docs/indicators.md``.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    case,
    cast,
    extract,
    func,
    insert,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from zkijdesk import models as m
from zkijdesk.domain.enums import TrainingResult, VacancyStatus
from zkijdesk.domain.errors import ValidationError
from zkijdesk.reporting.figures import Atom, YearCounts
from zkijdesk.reporting.indicators import (
    AGE_BANDS,
    FOCUS_SECTORS,
    MUNICIPALITY,
    NO,
    OTHER_SECTOR,
    OUTSIDE,
    YES,
    FocusGroup,
)

EXIT_OTHER = "anders"

SqlValue = ColumnElement[Any] | InstrumentedAttribute[Any]
"""A column or expression a count is read from or split by."""
Rows = Select[*tuple[Any, ...]]
"""A counting statement: its columns differ by indicator."""
DbRow = Sequence[Any]
"""A row of a counting statement, its values as the database returns them."""
Joins = Callable[[Rows], Rows]
"""Adds the tables an indicator reads to its statement."""
_PERSONS = MetaData()
PERSON = Table(
    "zk_report_person",
    _PERSONS,
    Column("client_id", Integer, primary_key=True, autoincrement=False),
    Column("municipality_id", Integer),
    Column("age", Integer),
    Column("mask", Integer),
    prefixes=["TEMPORARY"],
)
"""Per included client: municipality, age band and focus groups, computed once.

Every person indicator joins this small temporary table instead of the wide client
table, which keeps the joins in the page cache (on an encrypted store every page
missed costs a decryption)."""


Period = str | tuple[int, int]
"""A month as a caller names it: '2026-10' or (2026, 10)."""


def parse_period(text: Period) -> tuple[int, int]:
    """'2026-10' (or (2026, 10)) -> (2026, 10); one Dutch sentence when it is not a month."""
    if isinstance(text, tuple):
        year, month = text
    else:
        parts = str(text).strip().split("-")
        try:
            if len(parts) != 2 or len(parts[0]) != 4:
                raise ValueError
            year, month = int(parts[0]), int(parts[1])
        except ValueError:
            raise ValidationError(
                "month", "Maand moet de vorm JJJJ-MM hebben, bijvoorbeeld 2026-10."
            ) from None
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise ValidationError("month", "Maand moet de vorm JJJJ-MM hebben, bijvoorbeeld 2026-10.")
    return year, month


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def focus_groups(session: Session, year: int) -> tuple[FocusGroup, ...]:
    """The year's active focus groups, in the order the admin created them."""
    rows = session.execute(
        select(
            m.FocusTargetGroup.id,
            m.FocusTargetGroup.code,
            m.FocusTargetGroup.name,
            m.FocusTargetGroup.name_en,
        )
        .where(m.FocusTargetGroup.year == year, m.FocusTargetGroup.active.is_(True))
        .order_by(m.FocusTargetGroup.id)
    )
    return tuple(FocusGroup(gid, code, name, name_en) for gid, code, name, name_en in rows)


class _Context:
    """Per-year helpers: category expressions, id-to-code maps, the person table."""

    def __init__(
        self, session: Session, year: int, months: Sequence[int], groups: tuple[FocusGroup, ...]
    ) -> None:
        self.session = session
        self.year = year
        self.months = tuple(sorted(months))
        self.groups = groups
        self.start = date(year, self.months[0], 1)
        self.end = month_end(year, self.months[-1])
        sectors = session.execute(select(m.Sector.id, m.Sector.code, m.Sector.parent_id)).all()
        code_of = {sid: code for sid, code, _ in sectors}
        self.sector_ids: dict[str, list[int]] = {c: [] for c in FOCUS_SECTORS}
        for sid, code, parent in sectors:
            family = code_of.get(parent, code) if parent is not None else code
            if family in self.sector_ids:
                self.sector_ids[family].append(sid)
        self.municipality: dict[int | None, str] = {
            mid: code
            for mid, code in session.execute(select(m.Municipality.id, m.Municipality.code))
        }

    def fill_persons(self) -> None:
        """(Re)fill the temporary person table for this year's age bands and groups."""
        client = m.Client
        PERSON.create(self.session.connection(), checkfirst=True)
        self.session.execute(PERSON.delete())
        young = date(self.year - 27, 1, 1)
        old = date(self.year - 50, 1, 1)
        age = case((client.birth_date > young, 0), (client.birth_date > old, 1), else_=2)
        mask: ColumnElement[int] = literal(0)
        stmt = select(client.id, client.municipality_id, age)
        if self.groups:
            t = m.ClientTargetGroup
            bits = [
                case((t.target_group_id == g.id, 1 << i), else_=0)
                for i, g in enumerate(self.groups)
            ]
            groups = (
                select(
                    t.client_id.label("client_id"), func.sum(sum(bits[1:], bits[0])).label("mask")
                )
                .where(t.target_group_id.in_([g.id for g in self.groups]))
                .group_by(t.client_id)
                .subquery("groups")
            )
            mask = func.coalesce(groups.c.mask, 0)
            stmt = select(client.id, client.municipality_id, age, mask).outerjoin(
                groups, groups.c.client_id == client.id
            )
        else:
            stmt = select(client.id, client.municipality_id, age, mask)
        stmt = stmt.where(client.deleted_at.is_(None), client.restricted.is_(False))
        self.session.execute(
            insert(PERSON).from_select(["client_id", "municipality_id", "age", "mask"], stmt)
        )

    def municipality_code(self, municipality_id: int | None) -> str:
        code = self.municipality.get(municipality_id)
        return code if code in MUNICIPALITY.codes else OUTSIDE

    def sector(self, column: SqlValue) -> ColumnElement[str]:
        whens = [(column.in_(ids), literal(code)) for code, ids in self.sector_ids.items() if ids]
        return case(*whens, else_=literal(OTHER_SECTOR)) if whens else literal(OTHER_SECTOR)

    def month_of(self, column: SqlValue) -> ColumnElement[int]:
        return cast(extract("month", column), Integer)

    def in_range(self, column: SqlValue) -> ColumnElement[bool]:
        return and_(column >= self.start, column <= self.end)

    def person_atoms(self, rows: Iterable[DbRow]) -> dict[Atom, int]:
        """Atoms from rows of (month, first, own, sector, municipality, age, mask, count)."""
        atoms: dict[Atom, int] = {}
        n = len(self.groups)
        for month, first, own, sector, municipality, age, mask, count in rows:
            if month not in self.months:
                continue
            flags = tuple(YES if (mask or 0) >> i & 1 else NO for i in range(n))
            atom = (
                int(month),
                int(first),
                own or "",
                sector,
                self.municipality_code(municipality),
                AGE_BANDS[int(age)],
                *flags,
            )
            atoms[atom] = atoms.get(atom, 0) + int(count)
        return atoms

    def employer_atoms(self, rows: Iterable[DbRow]) -> dict[Atom, int]:
        """Atoms from rows of (month, first, own, sector, municipality, count)."""
        atoms: dict[Atom, int] = {}
        for month, first, own, sector, municipality, count in rows:
            if month not in self.months:
                continue
            atom = (int(month), int(first), own or "", sector, self.municipality_code(municipality))
            atoms[atom] = atoms.get(atom, 0) + int(count)
        return atoms


class IndicatorQuery(NamedTuple):
    """One indicator's query and how its rows become atoms.

    ``plan_tables`` names the big tables the query reads, each with the date index it
    must be planned on (``tests/reporting/test_counting_plans.py`` checks the plan).
    """

    stmt: Rows
    read: Callable[[Iterable[DbRow]], dict[Atom, int]]
    plan_tables: tuple[tuple[str, str], ...]


def _person_columns() -> list[Column[Any]]:
    return [PERSON.c.municipality_id, PERSON.c.age, PERSON.c.mask]


def _group_by_all_but_count(stmt: Rows) -> Rows:
    """GROUP BY every selected expression but the count (portable: no positions)."""
    return stmt.group_by(*list(stmt.selected_columns)[:-1])


def _events(
    ctx: _Context,
    date_col: SqlValue,
    sector_col: SqlValue,
    own_col: SqlValue | None,
    joins: Joins,
    where: Sequence[ColumnElement[bool]],
    plan: tuple[tuple[str, str], ...],
) -> IndicatorQuery:
    """Events counted on ``date_col``: one row per event, grouped at the finest level."""
    cols = [
        ctx.month_of(date_col).label("month"),
        literal(1).label("first"),
        (own_col if own_col is not None else literal("")).label("own"),
        ctx.sector(sector_col).label("sector"),
        *_person_columns(),
        func.count().label("n"),
    ]
    stmt = joins(select(*cols)).where(ctx.in_range(date_col), *where)
    return IndicatorQuery(_group_by_all_but_count(stmt), ctx.person_atoms, plan)


def _route_joins(stmt: Rows) -> Rows:
    return stmt.select_from(m.Route).join(PERSON, PERSON.c.client_id == m.Route.client_id)


def _training_joins(stmt: Rows) -> Rows:
    return (
        stmt.select_from(m.Training)
        .join(m.Route, m.Route.id == m.Training.route_id)
        .join(PERSON, PERSON.c.client_id == m.Route.client_id)
    )


def _placement_joins(stmt: Rows) -> Rows:
    return (
        stmt.select_from(m.Placement)
        .join(m.Route, m.Route.id == m.Placement.route_id)
        .join(PERSON, PERSON.c.client_id == m.Route.client_id)
    )


def _distinct_persons(
    ctx: _Context,
    joins: Joins,
    id_col: SqlValue,
    sector_col: SqlValue,
    start_col: SqlValue,
    end_col: SqlValue,
    plan: tuple[tuple[str, str], ...],
) -> IndicatorQuery:
    """Persons counted once per month, in the categories of their latest running item.

    An item (route, training) runs in a month when it started on or before the
    month's last day and did not end before its first day. Of several items in a
    month the one that started last (then the highest id) decides the sector. The
    first month of the year a person appears is flagged, which gives the year-to-date
    figure.

    The database returns each item that runs in the requested months once, with the
    first and last month of the year it runs in (``lo``, ``hi``); no row per item and
    month, no window. Python then groups the items by person in one pass: a person
    with one item (nearly everyone) adds one to the count of its (``lo``, ``hi``,
    categories) span, a person with several picks the latest running item month by
    month. Linear in the running items.
    """
    lo = case((start_col < date(ctx.year, 1, 1), 1), else_=ctx.month_of(start_col))
    hi = case(
        (end_col.is_(None), 12), (end_col > date(ctx.year, 12, 31), 12), else_=ctx.month_of(end_col)
    )
    stmt = joins(
        select(
            PERSON.c.client_id,
            start_col,
            id_col,
            lo,
            hi,
            ctx.sector(sector_col),
            *_person_columns(),
        )
    ).where(
        start_col.is_not(None),
        start_col <= ctx.end,
        or_(end_col.is_(None), end_col >= ctx.start),
    )
    return IndicatorQuery(
        stmt, lambda rows: ctx.person_atoms(latest_per_month(ctx.months, rows)), plan
    )


def latest_per_month(months: Sequence[int], rows: Iterable[DbRow]) -> Iterator[tuple[Any, ...]]:
    """Rows of (client, start, id, lo, hi, sector, municipality, age, mask), one per
    running item, to (month, first, own, sector, municipality, age, mask, count)."""
    only: dict[int, DbRow] = {}  # a person's item, while it is the only one seen
    several: dict[int, list[DbRow]] = {}
    for row in rows:
        client = row[0]
        seen = only.get(client)
        if seen is None:
            only[client] = row
        elif client in several:
            several[client].append(row)
        else:
            several[client] = [seen, row]
    for client in several:
        del only[client]
    spans = Counter(tuple(row[3:]) for row in only.values())
    out: Counter[tuple[Any, ...]] = Counter()
    for items in several.values():
        items.sort(key=lambda r: (r[1], r[2]), reverse=True)
        first = None
        for k in months:
            for item in items:
                if item[3] <= k <= item[4]:
                    first = k if first is None else first
                    out[(k, int(k == first), *item[5:])] += 1
                    break
    for (lo, hi, *categories), n in spans.items():
        run = [k for k in months if lo <= k <= hi]
        for k in run:
            out[(k, int(k == run[0]), *categories)] += n
    for (k, first, sector, *person), n in out.items():
        yield (k, first, "", sector, *person, n)


def count_year(
    session: Session, year: int, months: Sequence[int], groups: tuple[FocusGroup, ...] | None = None
) -> dict[str, dict[Atom, int]]:
    """Atoms of every indicator for the given months of ``year``."""
    if groups is None:
        groups = focus_groups(session, year)
    ctx = _Context(session, year, months, groups)
    ctx.fill_persons()
    try:
        return {
            name: query.read(session.execute(query.stmt))
            for name, query in indicator_queries(ctx).items()
        }
    finally:
        PERSON.drop(session.connection(), checkfirst=True)


#: The date index each indicator's query must be planned on, per big table read.
ROUTE_INTAKE = ("route", "ix_route_dates")
ROUTE_CLOSED = ("route", "ix_route_open")
TRAINING_START = ("training", "ix_training_dates")
TRAINING_END = ("training", "ix_training_result_end")
PLACEMENT_START = ("placement", "ix_placement_start_date")
FOLLOW_UP_DUE = ("placement_follow_up", "ix_placement_follow_up_due_date")
VACANCY_OPENED = ("vacancy", "ix_vacancy_opened_on")
VACANCY_CLOSED = ("vacancy", "ix_vacancy_status_closed")


def indicator_queries(ctx: _Context) -> dict[str, IndicatorQuery]:
    """Every indicator's query; ``ctx.fill_persons()`` must have run on the session."""
    route, training, placement, follow = m.Route, m.Training, m.Placement, m.PlacementFollowUp
    queries: dict[str, IndicatorQuery] = {}
    queries["in_begeleiding"] = _distinct_persons(
        ctx,
        _route_joins,
        route.id,
        route.sector_id,
        route.intake_date,
        route.closed_on,
        (ROUTE_INTAKE,),
    )
    queries["instroom"] = _events(
        ctx, route.intake_date, route.sector_id, None, _route_joins, [], (ROUTE_INTAKE,)
    )
    queries["uitstroom"] = _events(
        ctx,
        route.closed_on,
        route.sector_id,
        func.coalesce(route.exit_reason, EXIT_OTHER),
        _route_joins,
        [],
        (ROUTE_CLOSED,),
    )
    training_sector = func.coalesce(training.sector_id, route.sector_id)
    queries["scholing_gestart"] = _events(
        ctx, training.actual_start, training_sector, None, _training_joins, [], (TRAINING_START,)
    )
    queries["scholing_behaald"] = _events(
        ctx,
        training.actual_end,
        training_sector,
        None,
        _training_joins,
        [
            training.result == TrainingResult.ACHIEVED,
            training.credential.is_not(None),
            training.credential != "",
        ],
        (TRAINING_END,),
    )
    queries["scholing_gestopt"] = _events(
        ctx,
        training.actual_end,
        training_sector,
        None,
        _training_joins,
        [training.result == TrainingResult.STOPPED],
        (TRAINING_END,),
    )
    queries["in_scholing"] = _distinct_persons(
        ctx,
        _training_joins,
        training.id,
        training_sector,
        training.actual_start,
        training.actual_end,
        (TRAINING_START,),
    )
    placement_sector = func.coalesce(placement.sector_id, route.sector_id)
    queries["plaatsingen"] = _events(
        ctx,
        placement.start_date,
        placement_sector,
        placement.contract_type,
        _placement_joins,
        [],
        (PLACEMENT_START,),
    )
    queries["plaatsingen_banenafspraak"] = _events(
        ctx,
        placement.start_date,
        placement_sector,
        None,
        _placement_joins,
        [placement.banenafspraak.is_(True)],
        (PLACEMENT_START,),
    )
    queries["duurzaam_6m"] = _events(
        ctx,
        follow.due_date,
        placement_sector,
        None,
        lambda stmt: _placement_joins(stmt).join(follow, follow.placement_id == placement.id),
        [follow.months == 6, follow.still_working.is_(True)],
        (FOLLOW_UP_DUE,),
    )
    queries.update(_employer_indicators(ctx))
    return queries


def _employer_indicators(ctx: _Context) -> dict[str, IndicatorQuery]:
    placement, route = m.Placement, m.Route
    vacancy, employer = m.Vacancy, m.Employer
    served = union(
        select(
            placement.employer_id.label("employer_id"),
            ctx.month_of(placement.start_date).label("m"),
        )
        .join(route, route.id == placement.route_id)
        .join(PERSON, PERSON.c.client_id == route.client_id)
        .where(placement.employer_id.is_not(None), ctx.in_range(placement.start_date)),
        select(
            vacancy.employer_id.label("employer_id"),
            ctx.month_of(vacancy.opened_on).label("m"),
        ).where(ctx.in_range(vacancy.opened_on)),
    ).subquery("served")
    per_month = select(
        served.c.employer_id,
        served.c.m,
        func.min(served.c.m).over(partition_by=served.c.employer_id).label("first_m"),
    ).subquery("served_months")
    first = case((per_month.c.m == per_month.c.first_m, 1), else_=0)
    served_cols = [
        per_month.c.m,
        first,
        literal(""),
        ctx.sector(employer.sector_id),
        employer.municipality_id,
    ]
    served_stmt = (
        select(*served_cols, func.count())
        .select_from(per_month)
        .join(employer, employer.id == per_month.c.employer_id)
        .group_by(*served_cols)
    )

    def vacancies(date_col: SqlValue, where: Sequence[ColumnElement[bool]]) -> Rows:
        cols: list[ColumnElement[Any]] = [
            ctx.month_of(date_col),
            literal(1),
            literal(""),
            ctx.sector(func.coalesce(vacancy.sector_id, employer.sector_id)),
            func.coalesce(vacancy.municipality_id, employer.municipality_id),
        ]
        return (
            select(*cols, func.count())
            .select_from(vacancy)
            .join(employer, employer.id == vacancy.employer_id)
            .where(ctx.in_range(date_col), *where)
            .group_by(*cols)
        )

    return {
        "werkgevers_bediend": IndicatorQuery(
            served_stmt, ctx.employer_atoms, (PLACEMENT_START, VACANCY_OPENED)
        ),
        "vacatures_geopend": IndicatorQuery(
            vacancies(vacancy.opened_on, []), ctx.employer_atoms, (VACANCY_OPENED,)
        ),
        "vacatures_vervuld": IndicatorQuery(
            vacancies(
                vacancy.closed_on,
                [vacancy.status == VacancyStatus.FILLED, vacancy.closed_on.is_not(None)],
            ),
            ctx.employer_atoms,
            (VACANCY_CLOSED,),
        ),
    }


def year_counts(session: Session, year: int, last_month: int) -> YearCounts:
    """Every indicator for January up to ``last_month`` of ``year``."""
    groups = focus_groups(session, year)
    atoms = count_year(session, year, range(1, last_month + 1), groups)
    return YearCounts(year, last_month, groups, atoms)


def month_counts(session: Session, year: int, months: Sequence[int]) -> YearCounts:
    """Only some months of a year (month figures, no year-to-date)."""
    groups = focus_groups(session, year)
    atoms = count_year(session, year, months, groups)
    return YearCounts(
        year, max(months), groups, atoms, months=tuple(sorted(months)), complete=False
    )
