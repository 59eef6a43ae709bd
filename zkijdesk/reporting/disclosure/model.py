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

from zkijdesk.reporting.cells import MONTH, CellKey
from zkijdesk.reporting.indicators import BY_CODE, TOTAL, Dimension, Kind

Row = dict[int, float]


@dataclass
class BlockModel:
    indicator: str
    year: int
    n_vars: int = 0
    equalities: list[Row] = field(default_factory=list)  # each: sum(a*x) == 0
    inequalities: list[Row] = field(default_factory=list)  # each: sum(a*x) <= 0
    expressions: dict[CellKey, Row] = field(default_factory=dict)


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
                stable = name[1] == "" or dims[name[1]].stable
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


def table_model(rows: Iterable[str], columns: Iterable[str], total: str = TOTAL) -> BlockModel:
    """A plain two-way table with margins, keyed ``(row, column)``; ``total`` marks margins.

    Used for textbook tables and for checking the audit against known bounds.
    """
    rows, columns = list(rows), list(columns)
    model = BlockModel("table", 0)
    var = _Vars()
    for r in rows:
        for c in columns:
            model.expressions[(r, c)] = {var(r, c): 1.0}
    for r in rows:
        model.expressions[(r, total)] = {var(r, c): 1.0 for c in columns}
    for c in columns:
        model.expressions[(total, c)] = {var(r, c): 1.0 for r in rows}
    model.expressions[(total, total)] = {var(r, c): 1.0 for r in rows for c in columns}
    model.n_vars = len(var.index)
    return model
