"""The counting rules of the monthly figures, as GROUP BY queries on the database.

Each query returns atoms: counts per month, "first month of the year" flag, own
category and breakdown categories (see ``reporting/figures.py``). The database does
the grouping; Python only maps ids to category codes. Who is counted:

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
from collections.abc import Sequence
from datetime import date

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
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
    union_all,
)
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.enums import TrainingResult, VacancyStatus
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

    def __init__(self, session: Session, year: int, months: Sequence[int], groups) -> None:
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
        self.municipality = {
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
        mask = literal(0)
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

    def sector(self, column):
        whens = [(column.in_(ids), literal(code)) for code, ids in self.sector_ids.items() if ids]
        return case(*whens, else_=literal(OTHER_SECTOR)) if whens else literal(OTHER_SECTOR)

    def month_of(self, column):
        return cast(extract("month", column), Integer)

    def in_range(self, column):
        return and_(column >= self.start, column <= self.end)

    def months_table(self):
        selects = [
            select(
                literal(k, Integer).label("m"),
                literal(date(self.year, k, 1)).label("start"),
                literal(month_end(self.year, k)).label("stop"),
            )
            for k in self.months
        ]
        return (union_all(*selects) if len(selects) > 1 else selects[0]).subquery("months")

    def person_atoms(self, stmt) -> dict[Atom, int]:
        atoms: dict[Atom, int] = {}
        n = len(self.groups)
        for month, first, own, sector, municipality, age, mask, count in self.session.execute(stmt):
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

    def employer_atoms(self, stmt) -> dict[Atom, int]:
        atoms: dict[Atom, int] = {}
        for month, first, own, sector, municipality, count in self.session.execute(stmt):
            if month not in self.months:
                continue
            atom = (int(month), int(first), own or "", sector, self.municipality_code(municipality))
            atoms[atom] = atoms.get(atom, 0) + int(count)
        return atoms


def _person_columns():
    return [PERSON.c.municipality_id, PERSON.c.age, PERSON.c.mask]


def _group_by_all_but_count(stmt):
    """GROUP BY every selected expression but the count (portable: no positions)."""
    return stmt.group_by(*list(stmt.selected_columns)[:-1])


def _events(ctx: _Context, date_col, sector_col, own_col, joins, where) -> dict[Atom, int]:
    """Events counted on ``date_col``: one row per event, grouped at the finest level."""
    cols = [
        ctx.month_of(date_col).label("month"),
        literal(1).label("first"),
        (own_col if own_col is not None else literal("")).label("own"),
        ctx.sector(sector_col).label("sector"),
        *_person_columns(),
    ]
    stmt = joins(select(*cols, func.count().label("n")))
    stmt = stmt.where(ctx.in_range(date_col), *where)
    return ctx.person_atoms(_group_by_all_but_count(stmt))


def _route_joins(stmt):
    return stmt.select_from(m.Route).join(PERSON, PERSON.c.client_id == m.Route.client_id)


def _training_joins(stmt):
    return (
        stmt.select_from(m.Training)
        .join(m.Route, m.Route.id == m.Training.route_id)
        .join(PERSON, PERSON.c.client_id == m.Route.client_id)
    )


def _placement_joins(stmt):
    return (
        stmt.select_from(m.Placement)
        .join(m.Route, m.Route.id == m.Placement.route_id)
        .join(PERSON, PERSON.c.client_id == m.Route.client_id)
    )


def _distinct_persons(ctx: _Context, joins, order_cols, sector_col, start_col, end_col, where):
    """Persons counted once per month, in the categories of their latest running item.

    An item (route, training) runs in a month when it started on or before the
    month's last day and did not end before its first day. Of several items in a
    month the one that started last decides the sector. The first month of the year
    a person appears is flagged, which gives the year-to-date figure.
    """
    months = ctx.months_table()
    client_col = PERSON.c.client_id
    rank = (
        func.row_number()
        .over(partition_by=(client_col, months.c.m), order_by=order_cols)
        .label("rn")
    )
    per_item = (
        joins(
            select(
                client_col.label("client_id"),
                months.c.m.label("m"),
                ctx.sector(sector_col).label("sector"),
                *_person_columns(),
                rank,
            )
        )
        .join(
            months,
            and_(
                start_col <= months.c.stop,
                or_(end_col.is_(None), end_col >= months.c.start),
            ),
        )
        .where(
            start_col.is_not(None),
            start_col <= ctx.end,
            or_(end_col.is_(None), end_col >= ctx.start),
            *where,
        )
        .subquery("per_item")
    )
    per_month = (
        select(
            per_item,
            func.min(per_item.c.m).over(partition_by=per_item.c.client_id).label("first_m"),
        )
        .where(per_item.c.rn == 1)
        .subquery("per_month")
    )
    first = case((per_month.c.m == per_month.c.first_m, 1), else_=0)
    cols = [
        per_month.c.m,
        first,
        literal(""),
        per_month.c.sector,
        per_month.c.municipality_id,
        per_month.c.age,
        per_month.c.mask,
    ]
    stmt = select(*cols, func.count()).select_from(per_month).group_by(*cols)
    return ctx.person_atoms(stmt)


def count_year(
    session: Session, year: int, months: Sequence[int], groups: tuple[FocusGroup, ...] | None = None
) -> dict[str, dict[Atom, int]]:
    """Atoms of every indicator for the given months of ``year``."""
    if groups is None:
        groups = focus_groups(session, year)
    ctx = _Context(session, year, months, groups)
    ctx.fill_persons()
    try:
        return _count(ctx)
    finally:
        PERSON.drop(session.connection(), checkfirst=True)


def _count(ctx: _Context) -> dict[str, dict[Atom, int]]:
    route, training, placement, follow = m.Route, m.Training, m.Placement, m.PlacementFollowUp
    atoms: dict[str, dict[Atom, int]] = {}
    atoms["in_begeleiding"] = _distinct_persons(
        ctx,
        _route_joins,
        (route.intake_date.desc(), route.id.desc()),
        route.sector_id,
        route.intake_date,
        route.closed_on,
        [],
    )
    atoms["instroom"] = _events(ctx, route.intake_date, route.sector_id, None, _route_joins, [])
    atoms["uitstroom"] = _events(
        ctx,
        route.closed_on,
        route.sector_id,
        func.coalesce(route.exit_reason, EXIT_OTHER),
        _route_joins,
        [],
    )
    training_sector = func.coalesce(training.sector_id, route.sector_id)
    atoms["scholing_gestart"] = _events(
        ctx, training.actual_start, training_sector, None, _training_joins, []
    )
    atoms["scholing_behaald"] = _events(
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
    )
    atoms["scholing_gestopt"] = _events(
        ctx,
        training.actual_end,
        training_sector,
        None,
        _training_joins,
        [training.result == TrainingResult.STOPPED],
    )
    atoms["in_scholing"] = _distinct_persons(
        ctx,
        _training_joins,
        (training.actual_start.desc(), training.id.desc()),
        training_sector,
        training.actual_start,
        training.actual_end,
        [],
    )
    placement_sector = func.coalesce(placement.sector_id, route.sector_id)
    atoms["plaatsingen"] = _events(
        ctx,
        placement.start_date,
        placement_sector,
        placement.contract_type,
        _placement_joins,
        [],
    )
    atoms["plaatsingen_banenafspraak"] = _events(
        ctx,
        placement.start_date,
        placement_sector,
        None,
        _placement_joins,
        [placement.banenafspraak.is_(True)],
    )
    atoms["duurzaam_6m"] = _events(
        ctx,
        follow.due_date,
        placement_sector,
        None,
        lambda stmt: _placement_joins(stmt).join(follow, follow.placement_id == placement.id),
        [follow.months == 6, follow.still_working.is_(True)],
    )
    atoms.update(_employer_indicators(ctx))
    return atoms


def _employer_indicators(ctx: _Context) -> dict[str, dict[Atom, int]]:
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

    def vacancies(date_col, where):
        cols = [
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
        "werkgevers_bediend": ctx.employer_atoms(served_stmt),
        "vacatures_geopend": ctx.employer_atoms(vacancies(vacancy.opened_on, [])),
        "vacatures_vervuld": ctx.employer_atoms(
            vacancies(
                vacancy.closed_on,
                [vacancy.status == VacancyStatus.FILLED, vacancy.closed_on.is_not(None)],
            )
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
