"""Counts at the finest level ("atoms") and every published number derived from them.

The database does the heavy lifting (one GROUP BY per indicator, see
``services/reporting_queries.py``); what arrives here is a few thousand atoms per
indicator: for each month of the year, each own category and each combination of
breakdown categories, how many. Every table cell is a sum of atoms, so all tables of
one indicator are consistent by construction. The same atoms travel in a team
member's contribution file, so a team lead's figures are computed the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from zkijdesk.reporting.cells import MONTH, CellKey
from zkijdesk.reporting.indicators import (
    BY_CODE,
    TOTAL,
    Breakdowns,
    FocusGroup,
    Kind,
)

Atom = tuple[int | str, ...]
"""(month, first, own, *categories): ``first`` is 1 for a unit's first month of the
year (always 1 for events), ``own`` is ``""`` without an own dimension, and the
categories follow ``Breakdowns.dims_for(indicator.population)``."""


@dataclass
class YearCounts:
    """Atoms for one year and months ``1..last_month`` (or only the listed ``months``).

    When ``complete`` is false only the listed months were counted, so only their
    month figures can be derived, not year-to-date ones.
    """

    year: int
    last_month: int
    groups: tuple[FocusGroup, ...]
    atoms: dict[str, dict[Atom, int]]
    months: tuple[int, ...] = ()
    complete: bool = True
    _margins: dict[str, dict[tuple, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.months:
            self.months = tuple(range(1, self.last_month + 1))
        self.breakdowns = Breakdowns(self.year, self.groups)

    def _margin(self, indicator: str) -> dict[tuple, int]:
        """Sums by (month, first, own, dim, cat); totals use dim ``""`` and cat TOTAL."""
        cached = self._margins.get(indicator)
        if cached is not None:
            return cached
        ind = BY_CODE[indicator]
        dims = [d.code for d in self.breakdowns.dims_for(ind.population)]
        margin: dict[tuple, int] = defaultdict(int)
        for atom, count in self.atoms.get(indicator, {}).items():
            month, first, own = atom[0], atom[1], atom[2]
            margin[(month, first, own, "", TOTAL)] += count
            for dim, cat in zip(dims, atom[3:], strict=True):
                margin[(month, first, own, dim, cat)] += count
        self._margins[indicator] = dict(margin)
        return self._margins[indicator]

    def value(self, key: CellKey) -> int:
        """The true count of a canonical cell, from the atoms."""
        if key.year != self.year:
            raise ValueError("cell of another year")
        ind = BY_CODE[key.indicator]
        margin = self._margin(key.indicator)
        owns = ind.own_codes if key.own == TOTAL else (key.own,)
        if key.kind == MONTH:
            if key.month not in self.months:
                raise ValueError(f"month {key.month} was not counted")
            months: Iterable[int] = (key.month,)
            firsts = (0, 1) if ind.kind is Kind.DISTINCT else (1,)
        else:
            if not self.complete or key.month > self.last_month:
                raise ValueError("year-to-date needs every month from January")
            months = range(1, key.month + 1)
            firsts = (1,)
        total = 0
        for month in months:
            for first in firsts:
                for own in owns:
                    total += margin.get((month, first, own, key.dim, key.cat), 0)
        return total

    def values(self, keys: Iterable[CellKey]) -> dict[CellKey, int]:
        return {k: self.value(k) for k in keys}


def merge(parts: Iterable[YearCounts]) -> YearCounts:
    """Add up several stores' atoms (contributions of a team without a shared database)."""
    parts = list(parts)
    if not parts:
        raise ValueError("nothing to merge")
    first = parts[0]
    atoms: dict[str, dict[Atom, int]] = {}
    for part in parts:
        if (part.year, part.last_month, part.groups) != (
            first.year,
            first.last_month,
            first.groups,
        ):
            raise ValueError("contributions describe different periods or focus groups")
        for indicator, rows in part.atoms.items():
            target = atoms.setdefault(indicator, {})
            for atom, count in rows.items():
                target[atom] = target.get(atom, 0) + count
    return YearCounts(first.year, first.last_month, first.groups, atoms)


def atoms_to_rows(atoms: Mapping[str, Mapping[Atom, int]]) -> dict[str, list[list]]:
    """Plain, sorted lists for a file: deterministic and JSON-friendly."""
    return {
        indicator: [[*atom, count] for atom, count in sorted(rows.items(), key=_sort_key)]
        for indicator, rows in sorted(atoms.items())
    }


def rows_to_atoms(rows: Mapping[str, list[list]]) -> dict[str, dict[Atom, int]]:
    result: dict[str, dict[Atom, int]] = {}
    for indicator, items in rows.items():
        if indicator not in BY_CODE:
            raise ValueError(f"unknown indicator {indicator!r}")
        result[indicator] = {tuple(item[:-1]): int(item[-1]) for item in items}
    return result


def _sort_key(item: tuple[Atom, int]) -> tuple:
    return tuple(str(part) for part in item[0])
