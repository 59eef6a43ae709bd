"""The reader's equations: what the published numbers of one indicator and year imply.

A block holds one indicator in one year. Its unknowns are the true counts at the
level the publication splits them (per month segment, own category and breakdown
category); every published number is a linear expression in them, and the block's
structure adds what any reader knows from the definitions:

- each breakdown of a month adds up to the same total (event and distinct counts);
- a year-to-date event count is the sum of its months;
- a distinct count (persons, employers) in a month is "new this year" plus
  "returning"; year-to-date is the sum of "new"; a unit returning in a stable
  category (municipality, age on 1 January, focus group) was counted earlier in that
  same category, so returning <= earlier year-to-date, per category.

Publishing only one-way breakdowns means the cross-classification of two breakdowns
is never constrained beyond their shared totals, so the LP over these margins is the
same relaxation as over the full cross table (any consistent set of margins has a
non-negative table behind it).

Months that no published or audited number tells apart are merged into one segment.
The unknowns are cumulative counts at the end of each segment (for distinct counts:
the units new this year so far, and per audited month the units counted in it).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.indicators import BY_CODE, TOTAL, Dimension, Kind, Population

Row = dict[int, float]

FOLLOW_UP_MONTHS = 6
"""``duurzaam_6m`` counts a placement in the month it has existed six months."""

NEW_AND_EVENTS = (("in_begeleiding", "instroom"), ("in_scholing", "scholing_gestart"))
"""A person new this year in month m >= 2 had nothing running earlier in the year, so
everything running in m started in m, the one that gives the sector among them: the
persons new in a month are at most the routes (trainings) started in it, per category."""
SUBSETS = (("plaatsingen_banenafspraak", "plaatsingen"),)
"""Every job-agreement placement is a placement (same month, same categories)."""
FOLLOW_UPS = (("duurzaam_6m", "plaatsingen", FOLLOW_UP_MONTHS),)
"""Sustained placements in month m started ``months`` earlier, in the same categories."""
SERVED = ("werkgevers_bediend", ("plaatsingen", "vacatures_geopend"))
"""An employer served in a month had a placement started or a vacancy opened in it
(totals only: the breakdowns use the employer's, placement's or vacancy's data)."""


def linked_pairs() -> list[tuple[str, str]]:
    pairs = [(a, b) for a, b in NEW_AND_EVENTS]
    pairs += list(SUBSETS)
    pairs += [(a, b) for a, b, _ in FOLLOW_UPS]
    pairs += [(SERVED[0], b) for b in SERVED[1]]
    return pairs


def _families() -> dict[str, str]:
    """Indicator -> the name of its family (indicators the definitions tie together)."""
    parent = {i: i for i in BY_CODE}

    def find(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in linked_pairs():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in BY_CODE}


FAMILY = _families()


def family_block(key: CellKey) -> tuple[str, int]:
    """The block a cell belongs to: its indicator's family and its year."""
    return (FAMILY[key.indicator], key.year)


def own_category(ind) -> bool:
    """Distinct employer counts use the employer's own sector and municipality, which
    do not change during a year (for persons only some breakdowns are stable)."""
    return ind.kind is Kind.DISTINCT and ind.population is Population.EMPLOYERS


@dataclass
class BlockModel:
    indicator: str
    year: int
    n_vars: int = 0
    equalities: list[Row] = field(default_factory=list)  # each: sum(a*x) == 0
    inequalities: list[Row] = field(default_factory=list)  # each: sum(a*x) <= 0
    expressions: dict[CellKey, Row] = field(default_factory=dict)
    bounded: list[tuple[Row, float]] = field(default_factory=list)
    """Inequalities with a constant: each sum(a*x) <= b."""


class _Vars:
    def __init__(self) -> None:
        self.index: dict[tuple, int] = {}

    def __call__(self, *name) -> int:
        found = self.index.get(name)
        if found is None:
            found = self.index[name] = len(self.index)
        return found


def segments(keys: Iterable[CellKey]) -> list[tuple[int, int]]:
    starts: set[int] = set()
    last = 0
    for key in keys:
        starts.add(key.first_month)
        starts.add(key.month + 1)
        last = max(last, key.month)
    bounds = [*sorted(s for s in starts if s <= last), last + 1]
    if not bounds or bounds[0] != 1:
        bounds = [1, *bounds]
    return [(a, b - 1) for a, b in itertools.pairwise(bounds) if a <= b - 1]


def build_block(
    indicator: str, year: int, keys: Iterable[CellKey], dims: Mapping[str, Dimension]
) -> BlockModel:
    """Constraints and cell expressions for every cell in ``keys`` of one block.

    The unknowns are cumulative (January up to the end of each segment), which makes
    a published year-to-date number a single unknown and a month the difference of
    two: the presolve in ``audit.py`` can then fix or bound most of them directly.
    """
    keys = [k for k in keys if k.indicator == indicator and k.year == year]
    ind = BY_CODE[indicator]
    model = BlockModel(indicator, year)
    if not keys:
        return model
    used_dims = sorted({k.dim for k in keys if k.dim})
    segs = segments(keys)
    seg_of_month = {m: i for i, (a, b) in enumerate(segs) for m in range(a, b + 1)}
    var = _Vars()

    def cats(dim: str) -> tuple[str, ...]:
        return dims[dim].codes

    def cells_of(own_codes) -> list[tuple]:
        """(own, dim, cat) of every cumulative unknown of one segment; dim '' = total."""
        out = []
        for own in own_codes:
            out.append((own, "", TOTAL))
            out.extend((own, d, c) for d in used_dims for c in cats(d))
        return out

    def additivity(prefix: str, step, own_codes) -> None:
        for own in own_codes:
            total = var(prefix, step, own, "", TOTAL)
            for dim in used_dims:
                row = {var(prefix, step, own, dim, c): 1.0 for c in cats(dim)}
                row[total] = -1.0
                model.equalities.append(row)

    if ind.kind is Kind.EVENT:
        owns = ind.own_codes
        for si in range(len(segs)):
            additivity("Y", si, owns)
            if si:
                for name in cells_of(owns):
                    model.inequalities.append(
                        {var("Y", si - 1, *name): 1.0, var("Y", si, *name): -1.0}
                    )
        for key in keys:
            key_owns = owns if key.own == TOTAL else (key.own,)
            si = seg_of_month[key.month]
            expr: Row = {}
            for own in key_owns:
                expr[var("Y", si, own, key.dim, key.cat)] = 1.0
                if key.kind == MONTH and si:
                    expr[var("Y", si - 1, own, key.dim, key.cat)] = -1.0
            model.expressions[key] = expr
    else:
        owns = ("",)
        month_cells = sorted({k.month for k in keys if k.kind == MONTH})
        for si in range(len(segs)):
            additivity("F", si, owns)
            if si:
                for name in cells_of(owns):
                    model.inequalities.append(
                        {var("F", si - 1, *name): 1.0, var("F", si, *name): -1.0}
                    )
        for month in month_cells:
            si = seg_of_month[month]
            additivity("S", month, owns)
            for name in cells_of(owns):
                stable = name[1] == "" or dims[name[1]].stable or own_category(ind)
                s_var, f_var = var("S", month, *name), var("F", si, *name)
                if si == 0:  # January: everyone counted is new this year
                    model.equalities.append({s_var: 1.0, f_var: -1.0})
                    continue
                # returning = month - new this month >= 0
                model.inequalities.append({f_var: 1.0, var("F", si - 1, *name): -1.0, s_var: -1.0})
                if stable:  # a returning unit was counted earlier in the same category
                    model.inequalities.append({s_var: 1.0, f_var: -1.0})
        for key in keys:
            name = ("", key.dim, key.cat)
            if key.kind == MONTH:
                model.expressions[key] = {var("S", key.month, *name): 1.0}
            else:
                model.expressions[key] = {var("F", seg_of_month[key.month], *name): 1.0}
    model.n_vars = len(var.index)
    return model


def build_family(
    family: str,
    year: int,
    keys_by_indicator: Mapping[str, list[CellKey]],
    dims: Mapping[str, Dimension],
    last_year_placements: Mapping[int, int] | None = None,
) -> BlockModel:
    """One block for every indicator of a family in ``year``, with the relations the
    definitions imply between them (see the constants above and docs/reporting.md).

    Each indicator gets its own unknowns (``build_block``), extended with the cells the
    relations need; the relations are then inequalities between cell expressions.
    ``last_year_placements`` maps months 7 to 12 of last year to their placements: a
    sustained placement counted in month m <= 6 started then.
    """
    keys_by_indicator = {
        i: [k for k in ks if k.year == year] for i, ks in keys_by_indicator.items()
    }
    keys_by_indicator = {i: ks for i, ks in keys_by_indicator.items() if ks}
    if len(keys_by_indicator) == 1 and not (
        last_year_placements and "duurzaam_6m" in keys_by_indicator
    ):
        ((indicator, keys),) = keys_by_indicator.items()
        return build_block(indicator, year, keys, dims)
    last = max(k.month for ks in keys_by_indicator.values() for k in ks)
    present = set(keys_by_indicator)
    extra: dict[str, set[CellKey]] = {i: set() for i in present}
    links: list[tuple[list[CellKey], list[CellKey], float]] = []
    """Each: sum of the first cells <= sum of the second cells + constant."""

    def cats(*indicators: str) -> list[tuple[str, str]]:
        used = sorted(
            {k.dim for i in indicators for k in keys_by_indicator[i] if k.dim and k.dim in dims}
        )
        return [("", TOTAL)] + [(d, c) for d in used for c in dims[d].codes]

    def own_total(indicator: str) -> str:
        return TOTAL if BY_CODE[indicator].own is not None else ""

    def month(indicator: str, dim: str, cat: str, m: int, kind: str = MONTH) -> CellKey:
        key = CellKey.make(indicator, own_total(indicator), dim, cat, year, kind, m)
        extra[indicator].add(key)
        return key

    for persons, events in NEW_AND_EVENTS:
        if {persons, events} <= present:
            for dim, cat in cats(persons, events):
                for m in range(2, last + 1):
                    new = month(persons, dim, cat, m, YEAR_TO_DATE)
                    before = month(persons, dim, cat, m - 1, YEAR_TO_DATE)
                    links.append(([new], [before, month(events, dim, cat, m)], 0.0))
    for small, large in SUBSETS:
        if {small, large} <= present:
            for dim, cat in cats(small, large):
                for m in range(1, last + 1):
                    links.append(([month(small, dim, cat, m)], [month(large, dim, cat, m)], 0.0))
    for later, earlier, months in FOLLOW_UPS:
        if later in present:
            for m in range(1, min(months, last) + 1):
                value = (last_year_placements or {}).get(m + months)
                if value is not None:
                    links.append(([month(later, "", TOTAL, m)], [], float(value)))
        if {later, earlier} <= present:
            for dim, cat in cats(later, earlier):
                for m in range(months + 1, last + 1):
                    links.append(
                        ([month(later, dim, cat, m)], [month(earlier, dim, cat, m - months)], 0.0)
                    )
    served, sources = SERVED
    if {served, *sources} <= present:
        for m in range(1, last + 1):
            links.append(
                ([month(served, "", TOTAL, m)], [month(s, "", TOTAL, m) for s in sources], 0.0)
            )

    model = BlockModel(family, year)
    for indicator in sorted(present):
        keys = [*keys_by_indicator[indicator], *sorted(extra[indicator])]
        part = build_block(indicator, year, keys, dims)
        offset = model.n_vars

        def shift(row: Row, offset: int = offset) -> Row:
            return {v + offset: a for v, a in row.items()}

        model.equalities.extend(shift(r) for r in part.equalities)
        model.inequalities.extend(shift(r) for r in part.inequalities)
        for key, expr in part.expressions.items():
            model.expressions[key] = shift(expr)
        model.n_vars += part.n_vars
    constant_rows: list[tuple[Row, float]] = []
    for small_keys, large_keys, constant in links:
        row: Row = {}
        for key in small_keys:
            for v, a in model.expressions[key].items():
                row[v] = row.get(v, 0.0) + a
        for key in large_keys:
            for v, a in model.expressions[key].items():
                row[v] = row.get(v, 0.0) - a
        row = {v: a for v, a in row.items() if a}
        if constant:
            constant_rows.append((row, constant))
        elif row:
            model.inequalities.append(row)
    model.bounded = constant_rows
    return model


def table_model(rows: Iterable[str], columns: Iterable[str], total: str = TOTAL) -> BlockModel:
    """A plain two-way table with margins, keyed ``(row, column)``; ``total`` marks margins.

    Used for textbook tables and for checking the audit against known bounds.
    """
    rows, columns = list(rows), list(columns)
    model = BlockModel("table", 0)
    var = _Vars()
    expressions: dict[tuple[str, str], Row] = {}
    for r in rows:
        for c in columns:
            expressions[(r, c)] = {var(r, c): 1.0}
    for r in rows:
        expressions[(r, total)] = {var(r, c): 1.0 for c in columns}
    for c in columns:
        expressions[(total, c)] = {var(r, c): 1.0 for r in rows}
    expressions[(total, total)] = {var(r, c): 1.0 for r in rows for c in columns}
    # The audit needs keys that hash and sort only; a textbook table's are (row, column).
    model.expressions = cast("dict[CellKey, Row]", expressions)
    model.n_vars = len(var.index)
    return model
