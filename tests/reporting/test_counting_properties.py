"""Random small stores counted two ways: the SQL counting rules against brute force.

Each example writes a few clients with routes, trainings, placements, follow-ups,
employers and vacancies on random dates (open-ended ones, ones that cross a year end,
ties on the same day) and compares every indicator's atoms from
``reporting_queries.count_year`` with a plain Python count over the rows, written
from ``docs/indicators.md`` without any of the SQL. The two persons-per-month
indicators are also compared with the query they replaced (a window function over
running items x months, issue 17), kept here as the reference for "the same counts
as before".
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Integer, and_, case, delete, func, literal, or_, select, union_all

from zkijdesk import models as m
from zkijdesk.domain.enums import ContractType, ExitReason, TrainingResult, VacancyStatus
from zkijdesk.reporting.indicators import (
    AGE_BANDS,
    FOCUS_SECTORS,
    MUNICIPALITY,
    NO,
    OTHER_SECTOR,
    OUTSIDE,
    YES,
)
from zkijdesk.services import reporting_queries as rq

Y = 2026
SECTORS = (None, "ZW", "OND", "TECH", "TECH_ICT", "OVERIG", "OV_HANDEL")
MUNICIPALITIES = (None, "GM0392", "GM0473", "BUITEN")
GROUPS = ((Y, "JONG"), (Y, "STATUS"), (Y, "DEELTIJD"), (Y - 1, "BANEN"))
#: Days where the rules change their mind: month and year ends, and their neighbours.
EDGES = (
    date(2025, 12, 31),
    date(2026, 1, 1),
    date(2026, 1, 31),
    date(2026, 2, 1),
    date(2026, 2, 28),
    date(2026, 3, 1),
    date(2026, 6, 30),
    date(2026, 7, 1),
    date(2026, 12, 31),
    date(2027, 1, 1),
)
days = st.one_of(st.sampled_from(EDGES), st.dates(date(2024, 11, 1), date(2027, 3, 31)))
maybe_days = st.one_of(st.none(), days)


def _after(start):
    """An end on or after ``start``, or open (None)."""
    return st.one_of(
        st.none(),
        st.integers(0, 500).map(lambda n: start + timedelta(days=n)),
        st.sampled_from(EDGES).filter(lambda d: d >= start),
    )


@st.composite
def _training(draw):
    start = draw(maybe_days)
    end = draw(_after(start)) if start is not None else draw(maybe_days)
    return {
        "start": start,
        "end": end,
        "result": draw(st.sampled_from(list(TrainingResult))),
        "credential": draw(st.sampled_from([None, "", "Diploma"])),
        "sector": draw(st.sampled_from(SECTORS)),
    }


@st.composite
def _placement(draw):
    return {
        "start": draw(days),
        "contract": draw(st.sampled_from(list(ContractType))),
        "sector": draw(st.sampled_from(SECTORS)),
        "banen": draw(st.booleans()),
        "employer": draw(st.integers(-1, 2)),  # -1: no employer
        "due": draw(maybe_days),  # the six-month follow-up, if any
        "still": draw(st.sampled_from([None, True, False])),
    }


@st.composite
def _route(draw):
    intake = draw(days)
    return {
        "intake": intake,
        "closed": draw(_after(intake)),
        "reason": draw(st.sampled_from([None, *ExitReason])),
        "sector": draw(st.sampled_from(SECTORS)),
        "trainings": draw(st.lists(_training(), max_size=2)),
        "placements": draw(st.lists(_placement(), max_size=2)),
    }


@st.composite
def _client(draw):
    return {
        "birth": draw(st.sampled_from([date(1999, 1, 1), date(1999, 1, 2), date(1976, 1, 1)])),
        "municipality": draw(st.sampled_from(MUNICIPALITIES)),
        "groups": draw(st.sets(st.sampled_from(GROUPS))),
        "deleted": draw(st.integers(0, 9)) == 0,
        "restricted": draw(st.integers(0, 9)) == 0,
        "routes": draw(st.lists(_route(), max_size=3)),
    }


@st.composite
def _vacancy(draw):
    opened = draw(days)
    return {
        "employer": draw(st.integers(0, 2)),
        "opened": opened,
        "closed": draw(_after(opened)),
        "status": draw(st.sampled_from(list(VacancyStatus))),
        "sector": draw(st.sampled_from(SECTORS)),
        "municipality": draw(st.sampled_from(MUNICIPALITIES)),
    }


stores = st.fixed_dictionaries(
    {
        "clients": st.lists(_client(), max_size=5),
        "employers": st.lists(
            st.tuples(
                st.sampled_from([s for s in SECTORS if s]), st.sampled_from(MUNICIPALITIES[1:])
            ),
            min_size=3,
            max_size=3,
        ),
        "vacancies": st.lists(_vacancy(), max_size=3),
    }
)
months_asked = st.one_of(
    st.integers(1, 12).map(lambda last: tuple(range(1, last + 1))),
    st.sets(st.integers(1, 12), min_size=1).map(lambda ks: tuple(sorted(ks))),
)

_TABLES = (
    m.PlacementFollowUp,
    m.Placement,
    m.Training,
    m.Route,
    m.ClientTargetGroup,
    m.Client,
    m.Vacancy,
    m.Employer,
)


def _write(store, spec) -> None:
    with store.session() as s:
        for table in _TABLES:
            s.execute(delete(table))
        sector = {code: sid for sid, code in s.execute(select(m.Sector.id, m.Sector.code))}
        place = {
            code: mid for mid, code in s.execute(select(m.Municipality.id, m.Municipality.code))
        }
        group = {
            (year, code): gid
            for gid, year, code in s.execute(
                select(m.FocusTargetGroup.id, m.FocusTargetGroup.year, m.FocusTargetGroup.code)
            )
        }
        employers = []
        for n, (sec, mun) in enumerate(spec["employers"]):
            e = m.Employer(name=f"Werkgever {n}", sector_id=sector[sec], municipality_id=place[mun])
            s.add(e)
            employers.append(e)
        s.flush()
        for v in spec["vacancies"]:
            s.add(
                m.Vacancy(
                    employer_id=employers[v["employer"]].id,
                    occupation="Functie",
                    hours_per_week=32,
                    status=v["status"],
                    opened_on=v["opened"],
                    closed_on=v["closed"],
                    sector_id=sector.get(v["sector"]),
                    municipality_id=place.get(v["municipality"]),
                )
            )
        for n, c in enumerate(spec["clients"]):
            client = m.Client(
                first_name=f"Test{n}",
                last_name=f"Persoon{n}",
                birth_date=c["birth"],
                intake_status="werkend",
                municipality_id=place.get(c["municipality"]),
                search_key=f"persoon{n}",
                deleted_at=date(2026, 10, 1) if c["deleted"] else None,
                restricted=c["restricted"],
            )
            s.add(client)
            s.flush()
            for year, code in c["groups"]:
                s.add(
                    m.ClientTargetGroup(
                        client_id=client.id,
                        target_group_id=group[(year, code)],
                        tagged_on=date(year, 1, 2),
                    )
                )
            # One open route per client (the database holds it, schema step 0012):
            # a second open one drawn is closed on its intake day.
            open_one = False
            for r in c["routes"]:
                closed = r["closed"]
                if closed is None and open_one:
                    closed = r["intake"]
                open_one = open_one or closed is None
                route = m.Route(
                    client_id=client.id,
                    referral_source="zelfmelder",
                    intake_date=r["intake"],
                    closed_on=closed,
                    exit_reason=r["reason"],
                    sector_id=sector.get(r["sector"]),
                )
                s.add(route)
                s.flush()
                for t in r["trainings"]:
                    s.add(
                        m.Training(
                            route_id=route.id,
                            title="Cursus",
                            provider="Aanbieder",
                            kind="skills_cursus",
                            actual_start=t["start"],
                            actual_end=t["end"],
                            result=t["result"],
                            credential=t["credential"],
                            sector_id=sector.get(t["sector"]),
                        )
                    )
                for p in r["placements"]:
                    placement = m.Placement(
                        route_id=route.id,
                        employer_id=employers[p["employer"]].id if p["employer"] >= 0 else None,
                        sector_id=sector.get(p["sector"]),
                        contract_type=p["contract"],
                        hours_per_week=24,
                        start_date=p["start"],
                        banenafspraak=p["banen"],
                    )
                    s.add(placement)
                    s.flush()
                    if p["due"] is not None:
                        s.add(
                            m.PlacementFollowUp(
                                placement_id=placement.id,
                                months=6,
                                due_date=p["due"],
                                still_working=p["still"],
                            )
                        )


def _brute_force(store, year: int, months: tuple[int, ...]) -> dict[str, Counter]:
    """Every indicator's atoms, counted row by row in Python (docs/indicators.md)."""
    first_day, last_day = date(year, months[0], 1), rq.month_end(year, months[-1])
    with store.read_session() as s:
        codes = {
            sid: (code, parent)
            for sid, code, parent in s.execute(
                select(m.Sector.id, m.Sector.code, m.Sector.parent_id)
            )
        }
        place = dict(s.execute(select(m.Municipality.id, m.Municipality.code)).all())
        groups = rq.focus_groups(s, year)
        tags = set(
            s.execute(
                select(m.ClientTargetGroup.client_id, m.ClientTargetGroup.target_group_id)
            ).all()
        )
        clients = s.execute(select(m.Client)).scalars().all()
        routes = {r.id: r for r in s.execute(select(m.Route)).scalars()}
        trainings = s.execute(select(m.Training)).scalars().all()
        placements = {p.id: p for p in s.execute(select(m.Placement)).scalars()}
        follow_ups = s.execute(select(m.PlacementFollowUp)).scalars().all()
        employers = {e.id: e for e in s.execute(select(m.Employer)).scalars()}
        vacancies = s.execute(select(m.Vacancy)).scalars().all()

    def sector(sid):
        if sid is None:
            return OTHER_SECTOR
        code, parent = codes[sid]
        family = codes[parent][0] if parent is not None else code
        return family if family in FOCUS_SECTORS else OTHER_SECTOR

    def municipality(mid):
        code = place.get(mid)
        return code if code in MUNICIPALITY.codes else OUTSIDE

    person = {}
    for c in clients:
        if c.deleted_at is not None or c.restricted:
            continue
        age = (
            0
            if c.birth_date > date(year - 27, 1, 1)
            else 1
            if c.birth_date > date(year - 50, 1, 1)
            else 2
        )
        flags = tuple(YES if (c.id, g.id) in tags else NO for g in groups)
        person[c.id] = (municipality(c.municipality_id), AGE_BANDS[age], *flags)

    def in_range(day):
        return day is not None and first_day <= day <= last_day

    def counted(day):
        return in_range(day) and day.month in months

    out: dict[str, Counter] = {}

    def event(indicator, day, own, sector_code, client_id):
        if client_id in person and counted(day):
            out.setdefault(indicator, Counter())[
                (day.month, 1, own, sector_code, *person[client_id])
            ] += 1

    def runs(start, end, k):
        return (
            start is not None
            and start <= rq.month_end(year, k)
            and (end is None or end >= date(year, k, 1))
        )

    def persons(indicator, items):
        """items: (client, start, end, id, sector); latest start (then id) decides."""
        by_client: dict[int, list] = {}
        for item in items:
            if item[0] in person:
                by_client.setdefault(item[0], []).append(item)
        for client_id, own_items in by_client.items():
            seen = [k for k in months if any(runs(i[1], i[2], k) for i in own_items)]
            for k in seen:
                latest = max(
                    (i for i in own_items if runs(i[1], i[2], k)), key=lambda i: (i[1], i[3])
                )
                atom = (k, int(k == seen[0]), "", latest[4], *person[client_id])
                out.setdefault(indicator, Counter())[atom] += 1

    for r in routes.values():
        event("instroom", r.intake_date, "", sector(r.sector_id), r.client_id)
        event("uitstroom", r.closed_on, r.exit_reason or "anders", sector(r.sector_id), r.client_id)
    persons(
        "in_begeleiding",
        [
            (r.client_id, r.intake_date, r.closed_on, r.id, sector(r.sector_id))
            for r in routes.values()
        ],
    )
    in_training = []
    for t in trainings:
        route = routes[t.route_id]
        sec = sector(t.sector_id if t.sector_id is not None else route.sector_id)
        event("scholing_gestart", t.actual_start, "", sec, route.client_id)
        if t.result == TrainingResult.ACHIEVED and t.credential:
            event("scholing_behaald", t.actual_end, "", sec, route.client_id)
        if t.result == TrainingResult.STOPPED:
            event("scholing_gestopt", t.actual_end, "", sec, route.client_id)
        in_training.append((route.client_id, t.actual_start, t.actual_end, t.id, sec))
    persons("in_scholing", in_training)

    served: dict[int, set[int]] = {}
    for p in placements.values():
        route = routes[p.route_id]
        sec = sector(p.sector_id if p.sector_id is not None else route.sector_id)
        event("plaatsingen", p.start_date, p.contract_type, sec, route.client_id)
        if p.banenafspraak:
            event("plaatsingen_banenafspraak", p.start_date, "", sec, route.client_id)
        if p.employer_id is not None and route.client_id in person and in_range(p.start_date):
            served.setdefault(p.employer_id, set()).add(p.start_date.month)
    for f in follow_ups:
        p = placements[f.placement_id]
        route = routes[p.route_id]
        if f.months == 6 and f.still_working:
            sec = sector(p.sector_id if p.sector_id is not None else route.sector_id)
            event("duurzaam_6m", f.due_date, "", sec, route.client_id)
    for v in vacancies:
        e = employers[v.employer_id]
        if in_range(v.opened_on):
            served.setdefault(e.id, set()).add(v.opened_on.month)
        where = (
            sector(v.sector_id if v.sector_id is not None else e.sector_id),
            municipality(v.municipality_id if v.municipality_id is not None else e.municipality_id),
        )
        if counted(v.opened_on):
            out.setdefault("vacatures_geopend", Counter())[(v.opened_on.month, 1, "", *where)] += 1
        if v.status == VacancyStatus.FILLED and counted(v.closed_on):
            out.setdefault("vacatures_vervuld", Counter())[(v.closed_on.month, 1, "", *where)] += 1
    # An employer's first month is its first in the whole range, asked or not (with
    # months 1 and 11 asked, served in 3 and 11: November is not its first). Only
    # month figures are made from months with gaps, and those add both flags up.
    for employer_id, ks in served.items():
        e = employers[employer_id]
        for k in ks & set(months):
            atom = (k, int(k == min(ks)), "", sector(e.sector_id), municipality(e.municipality_id))
            out.setdefault("werkgevers_bediend", Counter())[atom] += 1
    return out


def _months_table(ctx):
    selects = [
        select(
            literal(k, Integer).label("m"),
            literal(date(ctx.year, k, 1)).label("start"),
            literal(rq.month_end(ctx.year, k)).label("stop"),
        )
        for k in ctx.months
    ]
    return (union_all(*selects) if len(selects) > 1 else selects[0]).subquery("months")


def _window_persons(ctx, joins, order_cols, sector_col, start_col, end_col):
    """The query ``_distinct_persons`` ran before issue 17: a window over items x months."""
    months = _months_table(ctx)
    client_col = rq.PERSON.c.client_id
    rank = func.row_number().over(partition_by=(client_col, months.c.m), order_by=order_cols)
    per_item = (
        joins(
            select(
                client_col.label("client_id"),
                months.c.m.label("m"),
                ctx.sector(sector_col).label("sector"),
                *rq._person_columns(),
                rank.label("rn"),
            )
        )
        .join(
            months,
            and_(start_col <= months.c.stop, or_(end_col.is_(None), end_col >= months.c.start)),
        )
        .where(
            start_col.is_not(None),
            start_col <= ctx.end,
            or_(end_col.is_(None), end_col >= ctx.start),
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
    return ctx.person_atoms(ctx.session.execute(stmt))


def _window_counts(store, year, months):
    route, training = m.Route, m.Training
    with store.read_session(transaction=True) as s:
        ctx = rq._Context(s, year, months, rq.focus_groups(s, year))
        ctx.fill_persons()
        try:
            return {
                "in_begeleiding": _window_persons(
                    ctx,
                    rq._route_joins,
                    (route.intake_date.desc(), route.id.desc()),
                    route.sector_id,
                    route.intake_date,
                    route.closed_on,
                ),
                "in_scholing": _window_persons(
                    ctx,
                    rq._training_joins,
                    (training.actual_start.desc(), training.id.desc()),
                    func.coalesce(training.sector_id, route.sector_id),
                    training.actual_start,
                    training.actual_end,
                ),
            }
        finally:
            rq.PERSON.drop(s.connection(), checkfirst=True)


def _nonzero(atoms) -> dict:
    return {atom: n for atom, n in atoms.items() if n}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=stores, months=months_asked)
def test_random_stores_count_the_same_as_brute_force(store, spec, months):
    _write(store, spec)
    with store.read_session() as s:
        counted = rq.count_year(s, Y, months)
    expected = _brute_force(store, Y, months)
    for indicator, atoms in counted.items():
        assert _nonzero(atoms) == _nonzero(expected.get(indicator, {})), indicator
    assert set(expected) <= set(counted)
    for indicator, atoms in _window_counts(store, Y, months).items():
        assert _nonzero(counted[indicator]) == _nonzero(atoms), indicator
