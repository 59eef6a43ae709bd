"""The team's trends: every monthly indicator over 24 months, the route funnel, the aims.

A team lead reads the dashboard to steer the team, so these are *team-internal*
figures: true counts, small ones included, never protected by disclosure control.
Whatever leaves the team goes through the monthly export (``services/reporting.py``),
which protects it; the dashboard says so, and so do its exported files.

The numbers are the monthly export's own: each year is counted once with
``reporting_queries.year_counts`` (the same atoms, the same rules, the same clients
left out) and every point is ``YearCounts.value`` of the cell the export would
publish. Nothing here defines an indicator a second time. Only the funnel, which is
not a monthly indicator but a cohort of routes, has its own query; it follows the
same counting rules for what a training, a placement and a sustained placement are
(``docs/indicators.md``, "Trends").

Who may see them: a team lead and a functional admin, like the monthly figures. A
coach is refused: the counts are the whole team's, with numbers small enough to
point at a colleague's client, and a coach's own caseload is on the worklist.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Subquery, case, func, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role
from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.figures import YearCounts
from zkijdesk.reporting.indicators import (
    BY_CODE,
    INDICATORS,
    MUNICIPALITY,
    SECTOR,
    TOTAL,
    YES,
    Indicator,
    Population,
)
from zkijdesk.services import settings
from zkijdesk.services.base import CancelCheck, Service
from zkijdesk.services.reporting_queries import month_end, year_counts

MONTHS_SHOWN = 24
MAX_AIM = 1_000_000
Progress = Callable[[int, int], None]

SPLIT_TOTAL, SPLIT_SECTOR, SPLIT_GROUP, SPLIT_MUNICIPALITY = (
    "totaal",
    "sector",
    "doelgroep",
    "gemeente",
)
SPLITS = (SPLIT_TOTAL, SPLIT_SECTOR, SPLIT_GROUP, SPLIT_MUNICIPALITY)
MODES = (MONTH, YEAR_TO_DATE)

STEP_INTAKE, STEP_TRAINING, STEP_PLACEMENT, STEP_6M, STEP_12M = (
    "intake",
    "scholing",
    "plaatsing",
    "werkt_6m",
    "werkt_12m",
)


@dataclass(frozen=True)
class Series:
    """One line of a chart: a category's count for each month shown (None: not counted
    that month, e.g. a focus group the admin had not chosen for that year)."""

    key: str
    label: str
    label_en: str
    values: tuple[int | None, ...]


@dataclass(frozen=True)
class FunnelStep:
    """A step of the route funnel; ``days_from_previous`` is the median over the routes
    that reached this step of the days since the previous step that route went through."""

    code: str
    count: int
    days_from_previous: int | None = None
    days_from_intake: int | None = None
    not_yet_due: int = 0
    """Placements whose check for this step had not fallen due yet (follow-up steps)."""


@dataclass(frozen=True)
class AimYear:
    """Placements so far in a year, month by month, against the aim the admin entered."""

    year: int
    aim: int | None
    year_to_date: tuple[int, ...]
    """Placements from January up to each month shown of that year."""


@dataclass(frozen=True)
class Trends:
    months: tuple[tuple[int, int], ...]
    """The months shown, oldest first (the 24 that have ended)."""
    series: dict[tuple[str, str, str], tuple[Series, ...]]
    funnel: tuple[FunnelStep, ...]
    aims: tuple[AimYear, ...]
    computed_on: date

    def lines(self, indicator: str, split: str, mode: str) -> tuple[Series, ...]:
        """The chart's lines; empty when the split does not apply (employers by focus group)."""
        return self.series.get((indicator, split, mode), ())


def last_months(today: date, count: int = MONTHS_SHOWN) -> tuple[tuple[int, int], ...]:
    """The ``count`` months that have ended before ``today``, oldest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        out.append((year, month))
    return tuple(reversed(out))


def split_applies(indicator: Indicator, split: str) -> bool:
    """Employer figures have a sector and a municipality, but no focus group."""
    return not (split == SPLIT_GROUP and indicator.population is Population.EMPLOYERS)


def _own(indicator: Indicator) -> str:
    return TOTAL if indicator.own is not None else ""


def _value(
    counts: YearCounts, indicator: Indicator, dim: str, cat: str, mode: str, month: int
) -> int:
    key = CellKey.make(indicator.code, _own(indicator), dim, cat, counts.year, mode, month)
    return counts.value(key)


def build_series(
    counts: dict[int, YearCounts], months: tuple[tuple[int, int], ...]
) -> dict[tuple[str, str, str], tuple[Series, ...]]:
    """Every indicator, split and mode, read from the export's counts of each year."""
    groups: dict[str, tuple[str, str]] = {}
    for year in sorted(counts):
        for g in counts[year].groups:
            groups[g.code] = (g.nl, g.en or g.nl)  # the latest year's name wins
    out: dict[tuple[str, str, str], tuple[Series, ...]] = {}
    for indicator in INDICATORS:
        for mode in MODES:

            def line(
                key: str,
                names: tuple[str, str],
                dim: str,
                cat: str,
                applies: Callable[[YearCounts], bool] = lambda _yc: True,
                ind: Indicator = indicator,
                mode: str = mode,
            ) -> Series:
                values = tuple(
                    _value(counts[y], ind, dim, cat, mode, k) if applies(counts[y]) else None
                    for y, k in months
                )
                return Series(key, names[0], names[1], values)

            out[(indicator.code, SPLIT_TOTAL, mode)] = (
                line(TOTAL, ("Totaal", "Total"), "", TOTAL),
            )
            for split, dim in ((SPLIT_SECTOR, SECTOR), (SPLIT_MUNICIPALITY, MUNICIPALITY)):
                out[(indicator.code, split, mode)] = tuple(
                    line(c.code, (c.nl, c.en), dim.code, c.code) for c in dim.categories
                )
            if not split_applies(indicator, SPLIT_GROUP):
                continue
            group_lines = []
            for code, names in groups.items():

                def chosen(yc: YearCounts, code: str = code) -> bool:
                    return any(g.code == code for g in yc.groups)

                group_lines.append(line(code, names, f"doelgroep_{code}", YES, chosen))
            out[(indicator.code, SPLIT_GROUP, mode)] = tuple(group_lines)
    return out


class TrendsService(Service):
    def _require_lead(self) -> None:
        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="de trends van het team bekijkt")

    # ------------------------------------------------------------------ aims
    def placement_aims(self) -> dict[int, int]:
        """The region's yearly placement aims the admin entered, by year."""
        with self.store.read_session() as s:
            return settings.PLACEMENT_AIMS.read(s)

    def set_placement_aim(self, year: int, aim: int | None) -> dict[int, int]:
        """Enter (or, with None, remove) a year's aim; only the admin keeps reference data."""
        self.require_role(Role.ADMIN, what="streefcijfers instelt")
        v.validate_range(year, field="year", label="Jaar", minimum=2000, maximum=2100)
        v.validate_range(
            aim, field="aim", label="Streefcijfer plaatsingen", minimum=0, maximum=MAX_AIM
        )
        aims = self.placement_aims()
        if aim is None:
            aims.pop(year, None)
        else:
            aims[year] = aim
        value = {str(y): a for y, a in sorted(aims.items())}
        with self.store.session() as s:
            settings.PLACEMENT_AIMS.write(s, value, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=f"{settings.PLACEMENT_AIMS.key} {year}")
        return aims

    # ------------------------------------------------------------------ trends
    def trends(self, progress: Progress | None = None, token: CancelCheck | None = None) -> Trends:
        """Everything the dashboard shows, computed once so switching a chart is instant.

        ``progress(done, total)`` counts the years and the funnel; ``token.check()``
        stops between them when the page is left.
        """
        self._require_lead()
        report = progress or (lambda _d, _t: None)
        months = last_months(self.today())
        last_of_year: dict[int, int] = {}
        for year, month in months:
            last_of_year[year] = max(month, last_of_year.get(year, 0))
        total = len(last_of_year) + 1
        counts: dict[int, YearCounts] = {}
        with self.store.figures_session() as s:
            for done, (year, last) in enumerate(sorted(last_of_year.items())):
                report(done, total)
                counts[year] = year_counts(s, year, last)
                if token is not None:
                    token.check()
            report(total - 1, total)
            funnel = _funnel(s, date(*months[0], 1), month_end(*months[-1]), self.today())
        series = build_series(counts, months)
        aims = self.placement_aims()
        aim_years = tuple(
            AimYear(
                year,
                aims.get(year),
                tuple(
                    _value(counts[year], BY_CODE["plaatsingen"], "", TOTAL, YEAR_TO_DATE, k)
                    for k in range(1, last_of_year[year] + 1)
                ),
            )
            for year in sorted(last_of_year)[-2:]
        )
        report(total, total)
        return Trends(months, series, funnel, aim_years, self.today())


def _median(days: list[int]) -> int | None:
    return round(statistics.median(days)) if days else None


def _funnel(s: Session, start: date, end: date, today: date) -> tuple[FunnelStep, ...]:
    """Routes with an intake in the period, and how far each got.

    A step is reached as the indicators count it: a training with an actual start, a
    placement with a start date, a 6- or 12-month follow-up that records the person
    still works there. Clients in the bin or with restricted processing are left out,
    as in the monthly figures.
    """
    route, client, training, placement, follow = (
        m.Route,
        m.Client,
        m.Training,
        m.Placement,
        m.PlacementFollowUp,
    )
    first_training = (
        select(training.route_id, func.min(training.actual_start).label("day"))
        .where(training.actual_start.is_not(None))
        .group_by(training.route_id)
        .subquery("first_training")
    )
    first_placement = (
        select(placement.route_id, func.min(placement.start_date).label("day"))
        .group_by(placement.route_id)
        .subquery("first_placement")
    )

    def checks(months: int) -> Subquery:
        return (
            select(
                placement.route_id,
                func.max(case((follow.still_working.is_(True), 1), else_=0)).label("working"),
                func.min(follow.due_date).label("due"),
            )
            .join(follow, follow.placement_id == placement.id)
            .where(follow.months == months)
            .group_by(placement.route_id)
            .subquery(f"checks_{months}")
        )

    six, twelve = checks(6), checks(12)
    rows = s.execute(
        select(
            route.intake_date,
            first_training.c.day,
            first_placement.c.day,
            six.c.working,
            six.c.due,
            twelve.c.working,
            twelve.c.due,
        )
        .join(client, client.id == route.client_id)
        .outerjoin(first_training, first_training.c.route_id == route.id)
        .outerjoin(first_placement, first_placement.c.route_id == route.id)
        .outerjoin(six, six.c.route_id == route.id)
        .outerjoin(twelve, twelve.c.route_id == route.id)
        .where(
            route.intake_date >= start,
            route.intake_date <= end,
            client.deleted_at.is_(None),
            client.restricted.is_(False),
        )
    ).all()
    intake = len(rows)
    trained, placed, six_ok, twelve_ok = 0, 0, 0, 0
    six_pending, twelve_pending = 0, 0
    to_training, to_placement, intake_to_placement = [], [], []
    for day, train_day, place_day, w6, due6, w12, due12 in rows:
        if train_day is not None:
            trained += 1
            to_training.append((train_day - day).days)
        if place_day is None:
            continue
        placed += 1
        before = train_day if train_day is not None and train_day <= place_day else day
        to_placement.append((place_day - before).days)
        intake_to_placement.append((place_day - day).days)
        six_ok += bool(w6)
        twelve_ok += bool(w12)
        six_pending += due6 is not None and due6 > today
        twelve_pending += due12 is not None and due12 > today
    return (
        FunnelStep(STEP_INTAKE, intake),
        FunnelStep(STEP_TRAINING, trained, _median(to_training), _median(to_training)),
        FunnelStep(STEP_PLACEMENT, placed, _median(to_placement), _median(intake_to_placement)),
        FunnelStep(STEP_6M, six_ok, not_yet_due=six_pending),
        FunnelStep(STEP_12M, twelve_ok, not_yet_due=twelve_pending),
    )
