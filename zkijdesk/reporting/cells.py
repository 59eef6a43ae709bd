"""The identity of one published number, independent of the table it is shown in.

The same number can appear in several tables (the total uitstroom is a column of the
guidance table and the total column of the outflow-by-reason table; the regional
total appears in every breakdown). Disclosure control and the ledger work on these
canonical keys, so a number is suppressed everywhere or nowhere, and a reader's
knowledge from one table is knowledge about every table that shows it.
"""

from __future__ import annotations

from typing import NamedTuple

from zkijdesk.reporting.indicators import TOTAL

MONTH, YEAR_TO_DATE = "M", "Y"


class CellKey(NamedTuple):
    """One count: an indicator, an own category, one breakdown category, one period.

    A named tuple, so hashing and sorting (done millions of times by disclosure
    control) run at C speed.

    ``own`` is ``""`` for indicators without an own dimension and ``TOTAL`` for the
    sum over it. ``dim`` is ``""`` when ``cat`` is the grand ``TOTAL``. ``kind`` is
    ``"M"`` (the month ``month``) or ``"Y"`` (January up to and including ``month``).
    """

    indicator: str
    own: str
    dim: str
    cat: str
    year: int
    kind: str
    month: int

    @classmethod
    def make(
        cls, indicator: str, own: str, dim: str, cat: str, year: int, kind: str, month: int
    ) -> CellKey:
        """The canonical key (use this, not the constructor)."""
        """Normalise: a total has no dimension, and January year-to-date is January."""
        if cat == TOTAL:
            dim = ""
        if kind == YEAR_TO_DATE and month == 1:
            kind = MONTH
        return cls(indicator, own, dim, cat, year, kind, month)

    @property
    def first_month(self) -> int:
        return self.month if self.kind == MONTH else 1

    @property
    def is_total(self) -> bool:
        return self.cat == TOTAL or self.own == TOTAL

    def text(self) -> str:
        return (
            f"{self.indicator}|{self.own}|{self.dim}|{self.cat}|"
            f"{self.year}-{self.kind}{self.month:02d}"
        )

    @classmethod
    def parse(cls, text: str) -> CellKey:
        indicator, own, dim, cat, period = text.split("|")
        year, rest = period.split("-")
        return cls(indicator, own, dim, cat, int(year), rest[0], int(rest[1:]))

    def block(self) -> tuple[str, int]:
        """Cells of one indicator and one year are linked; other blocks are independent."""
        return (self.indicator, self.year)
