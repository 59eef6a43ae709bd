"""One month's publication: tables, true values, protection and the audit's verdict.

``build_publication`` is the whole disclosure-control pipeline without a database:
counts in, protected tables out. The services feed it counts (from the store or from
contributions) and what earlier publications of the year made public; writers only
ever see a ``Publication``, whose ``shown`` gives ``None`` for every hidden cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from zkijdesk import __version__
from zkijdesk.domain.text import t
from zkijdesk.reporting.cells import CellKey
from zkijdesk.reporting.disclosure.optimal import protect_optimal
from zkijdesk.reporting.disclosure.primary import GROUP, SECONDARY, SMALL, primary_suppressions
from zkijdesk.reporting.disclosure.problem import build_problem, last_year_comparison
from zkijdesk.reporting.disclosure.secondary import Protection
from zkijdesk.reporting.figures import YearCounts
from zkijdesk.reporting.indicators import BY_CODE, REGION, Breakdowns, Dimension
from zkijdesk.reporting.metadata import PublicationInfo, guarantee
from zkijdesk.reporting.tables import Table, all_keys, publication_tables

AUDIT_METHOD = "lineaire programmering (HiGHS) over alle gepubliceerde cijfers van het jaar"
Progress = Callable[[str], None]


class AuditFailedError(Exception):
    """The audit found a hidden number a reader could narrow down too far."""


@dataclass(frozen=True)
class TableAudit:
    id: str
    passed: bool
    cells: int
    suppressed: int
    primary: int
    secondary: int


@dataclass(frozen=True)
class AuditSummary:
    passed: bool
    threshold: int
    suppressed: int
    primary: int
    secondary: int
    already_public: int
    earlier_months: tuple[int, ...]
    corrected: int
    tables: tuple[TableAudit, ...]
    method: str = AUDIT_METHOD
    later_months: tuple[int, ...] = ()
    """Later months of the year already published (this export is a correction)."""
    year: int = 0
    month: int = 0
    others_wide: bool = False
    released: int = 0
    """Cells earlier months hid to protect others that this file no longer keeps
    wide (see ``optimal.RELEASE_COST``)."""

    def guarantee(self) -> dict:
        covered = guarantee(
            self.threshold, self.year, self.month, (*self.earlier_months, *self.later_months)
        )
        if not self.others_wide or self.released or self.already_public:
            covered["other_hidden_cells_interval_width"] = 0
        return covered

    def as_dict(self) -> dict:
        """The audit as published: verdicts and counts, never a hidden value.

        How many hidden cells were unsafe and how many were hidden to protect them
        stays internal: per table it would tell a reader that some hidden cells
        hold 1 to 4.
        """
        return {
            "passed": self.passed,
            "method": self.method,
            "threshold": self.threshold,
            "required_interval_width": self.threshold,
            "suppressed_cells": self.suppressed,
            "already_public_cells": self.already_public,
            "earlier_protective_cells_released": self.released,
            "earlier_publications_months": list(self.earlier_months),
            "later_publications_months": list(self.later_months),
            "corrected_figures_since_earlier_publications": self.corrected,
            "guarantee": self.guarantee(),
            "tables": [
                {
                    "id": t.id,
                    "passed": t.passed,
                    "cells": t.cells,
                    "suppressed": t.suppressed,
                }
                for t in self.tables
            ],
        }


@dataclass
class Publication:
    region: str
    year: int
    month: int
    threshold: int
    breakdowns: Breakdowns
    tables: list[Table]
    values: dict[CellKey, int] = field(repr=False)
    suppressed: dict[CellKey, str]
    audit: AuditSummary
    protection: Protection = field(repr=False)
    software: str = __version__
    info: PublicationInfo = field(default_factory=PublicationInfo)

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def shown(self, key: CellKey) -> int | None:
        """What the publication shows: the count, or ``None`` when hidden."""
        return None if key in self.suppressed else self.values[key]

    def reason(self, key: CellKey) -> str | None:
        return self.suppressed.get(key)

    def ledger_cells(self) -> dict[str, int | None]:
        """What this publication makes public, by canonical key (for the ledger)."""
        return {key.text(): self.shown(key) for key in sorted(self.values)}

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)


def dims_by_year(counts: Mapping[int, YearCounts]) -> dict[int, dict[str, Dimension]]:
    out = {}
    for year, yc in counts.items():
        dims = {d.code: d for d in (*yc.breakdowns.person_dims, *yc.breakdowns.employer_dims)}
        out[year] = dims
    return out


def build_publication(
    counts: Mapping[int, YearCounts],
    month: int,
    threshold: int,
    earlier: Mapping[CellKey, int],
    earlier_hidden: Mapping[CellKey, str] | None = None,
    *,
    earlier_periods: Iterable[tuple[int, int]] = (),
    keep_hidden: Iterable[CellKey] = (),
    region: str = REGION,
    progress: Progress | None = None,
    info: PublicationInfo | None = None,
) -> Publication:
    """Tables for ``month`` of the newest year in ``counts``, protected and audited.

    ``counts`` holds the reporting year and, for the key figures, last year (at least
    the months compared). ``earlier`` maps every cell published earlier (any version
    of any month of the years involved) to the value then published; a figure that
    has been corrected since no longer describes today's data and is left out (and
    counted). ``earlier_hidden`` maps cells earlier publications hid to the reason;
    those hidden as unsafe must stay hidden. ``keep_hidden`` lists the cells earlier
    versions of this same month hid: a repeat export starts from them (a reader has
    the old files), so unchanged data give the same pattern. Raises
    ``AuditFailedError`` when the audit does not pass.
    """
    year = max(counts)
    current = counts[year]
    tables = publication_tables(current.breakdowns, month)
    keys = all_keys(tables)
    if progress:
        progress("Cijfers berekenen")
    values = {k: counts[k.year].value(k) for k in keys}
    known: dict[CellKey, int] = {}
    corrected = 0
    for key, value in earlier.items():
        yc = counts.get(key.year)
        if yc is None or key.indicator not in BY_CODE:
            continue
        try:
            now = yc.value(key)
        except (ValueError, KeyError):
            continue
        if now == value:
            known[key] = value
        else:
            corrected += 1
    if progress:
        progress("Primaire en secundaire onderdrukking")

    def value_of(key: CellKey) -> int:
        yc = counts.get(key.year)
        if yc is None:
            raise KeyError(key.year)
        return yc.value(key)

    hidden_before: dict[CellKey, int] = {}
    for key, reason in (earlier_hidden or {}).items():
        if reason in (SMALL, GROUP) and key.indicator in BY_CODE and key not in known:
            try:
                value = value_of(key)
            except (ValueError, KeyError):
                continue
            if value > 0:
                hidden_before[key] = value
    primary = primary_suppressions(values, threshold)
    earlier_any = [k for k in (earlier_hidden or {}) if k.indicator in BY_CODE]
    shown_last_year, comparison_hidden = last_year_comparison(values, primary, earlier_any)
    problem = build_problem(
        values,
        known,
        dims_by_year(counts),
        threshold=threshold,
        earlier_hidden=hidden_before,
        earlier_any=earlier_any,
        value_of=value_of,
        shown_last_year=shown_last_year,
    )
    # What any earlier publication hid stays hidden where this one shows it again (the
    # previous month in the key figures, a repeat export of the month): showing it
    # now would make its hiding worthless and could uncover what it protected.
    again = {*keep_hidden, *(earlier_hidden or {})}
    kept = {k: SECONDARY for k in sorted(again) if k in values and k not in known}
    kept.update({k: SECONDARY for k in sorted(comparison_hidden) if k not in known})
    protection = protect_optimal(
        problem,
        threshold,
        {**kept, **primary},
        None
        if progress is None
        else lambda n: progress(t("Geheimhouding controleren, ronde {n}", n=n)),
    )
    periods = set(earlier_periods)
    earlier_months = sorted({m for y, m in periods if y == year and m < month})
    later_months = sorted({m for y, m in periods if y == year and m > month})
    audit = summarise(tables, protection, threshold, earlier_months, corrected, later_months)
    audit = replace(
        audit,
        year=year,
        month=month,
        others_wide=protection.others_wide,
        released=len(protection.released),
    )
    publication = Publication(
        region,
        year,
        month,
        threshold,
        current.breakdowns,
        tables,
        values,
        protection.suppressed,
        audit,
        protection,
        info=info or PublicationInfo(),
    )
    if not audit.passed:
        raise AuditFailedError(publication.period)
    return publication


def summarise(
    tables: list[Table],
    protection: Protection,
    threshold: int,
    earlier_months: list[int],
    corrected: int,
    later_months: Iterable[int] = (),
) -> AuditSummary:
    failing = set(protection.failures)
    per_table = []
    for table in tables:
        cells = set(table.cells.values())
        hidden = [k for k in cells if k in protection.suppressed]
        per_table.append(
            TableAudit(
                table.id,
                not (failing & cells),
                len(cells),
                len(hidden),
                sum(1 for k in hidden if protection.suppressed[k] in (SMALL, GROUP)),
                sum(1 for k in hidden if protection.suppressed[k] == SECONDARY),
            )
        )
    reasons = list(protection.suppressed.values())
    return AuditSummary(
        passed=protection.passed,
        threshold=threshold,
        suppressed=len(reasons),
        primary=sum(1 for r in reasons if r in (SMALL, GROUP)),
        secondary=sum(1 for r in reasons if r == SECONDARY),
        already_public=len(protection.already_public),
        earlier_months=tuple(earlier_months),
        corrected=corrected,
        tables=tuple(per_table),
        later_months=tuple(later_months),
    )
