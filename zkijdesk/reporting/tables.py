"""The tables of one monthly publication, as layouts over canonical cells.

A table has a row dimension (a breakdown, with its total last), a column dimension
(the theme's indicators, or an own dimension such as exit reason with its total) and
a period dimension (the month, and January up to the month). The key-figures table
compares the month with the previous month and the same month last year.
"""

from __future__ import annotations

from dataclasses import dataclass

from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.indicators import (
    KEY_FIGURES,
    THEMES,
    TOTAL,
    Breakdowns,
    Dimension,
    Theme,
)

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
PERIOD_MONTH, PERIOD_YTD = "MAAND", "JTD"
PERIOD_PREVIOUS, PERIOD_LAST_YEAR = "VORIGE_MAAND", "VORIG_JAAR"
KEY_TABLE_ID = "kerncijfers"


def month_name(month: int, lang: str = "nl") -> str:
    return (MONTHS_NL if lang == "nl" else MONTHS_EN)[month - 1]


def period_label(year: int, month: int, lang: str = "nl") -> str:
    return f"{month_name(month, lang)} {year}"


def ytd_label(year: int, month: int, lang: str = "nl") -> str:
    if month == 1:
        return period_label(year, 1, lang)
    first = month_name(1, lang)[:3]
    last = month_name(month, lang)[:3]
    return f"{first} t/m {last} {year}" if lang == "nl" else f"{first}-{last} {year}"


@dataclass(frozen=True)
class Axis:
    """One dimension of a table: its code, its label and its categories in order."""

    code: str
    nl: str
    en: str
    items: tuple[tuple[str, str, str], ...]  # (code, label nl, label en)
    short: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(i[0] for i in self.items)

    def label(self, code: str, lang: str = "nl") -> str:
        for c, nl, en in self.items:
            if c == code:
                return nl if lang == "nl" else en
        return code


@dataclass(frozen=True)
class Table:
    """A rectangular view: rows x (periods x columns); cells map to canonical keys."""

    id: str
    theme: str
    nl: str
    en: str
    rows: Axis
    columns: Axis | None
    periods: Axis
    cells: dict[tuple[str, str, str], CellKey]  # (row, column or "", period) -> key

    @property
    def dimensions(self) -> tuple[str, ...]:
        dims = [self.rows.code]
        if self.columns is not None:
            dims.append(self.columns.code)
        dims.append(self.periods.code)
        return tuple(dims)

    def coords(self, row: str, column: str, period: str) -> dict[str, str]:
        out = {self.rows.code: row}
        if self.columns is not None:
            out[self.columns.code] = column
        out[self.periods.code] = period
        return out

    def column_codes(self) -> tuple[str, ...]:
        return self.columns.codes if self.columns is not None else ("",)


def _dim_axis(dim: Dimension) -> Axis:
    items = tuple((c.code, c.nl, c.en) for c in dim.categories)
    if dim.has_total:
        items += ((TOTAL, "Totaal", "Total"),)
    return Axis(dim.code, dim.nl, dim.en, items, dim.short_nl)


def _period_axis(year: int, month: int) -> Axis:
    items: tuple[tuple[str, str, str], ...] = (
        (PERIOD_MONTH, period_label(year, month), period_label(year, month, "en")),
    )
    if month > 1:
        items += ((PERIOD_YTD, ytd_label(year, month), ytd_label(year, month, "en")),)
    return Axis("periode", "Periode", "Period", items)


def _period_key(period: str, year: int, month: int) -> tuple[int, str, int]:
    if period == PERIOD_MONTH:
        return year, MONTH, month
    if period == PERIOD_YTD:
        return year, YEAR_TO_DATE, month
    if period == PERIOD_PREVIOUS:
        return (year, MONTH, month - 1) if month > 1 else (year - 1, MONTH, 12)
    if period == PERIOD_LAST_YEAR:
        return year - 1, MONTH, month
    raise ValueError(period)


def _theme_table(theme: Theme, dim: Dimension, year: int, month: int) -> Table:
    rows = _dim_axis(dim)
    periods = _period_axis(year, month)
    if theme.own_of is not None:
        own = theme.own_of.own
        assert own is not None
        columns = _dim_axis(own)
    else:
        columns = Axis(
            "indicator",
            "Indicator",
            "Indicator",
            tuple((i.code, i.nl, i.en) for i in theme.indicators),
        )
    cells: dict[tuple[str, str, str], CellKey] = {}
    for row in rows.codes:
        for column in columns.codes:
            if theme.own_of is not None:
                indicator, own_code = theme.own_of.code, column
            else:
                ind = next(i for i in theme.indicators if i.code == column)
                indicator, own_code = ind.code, (TOTAL if ind.own is not None else "")
            for period in periods.codes:
                y, kind, m = _period_key(period, year, month)
                cells[(row, column, period)] = CellKey.make(
                    indicator, own_code, dim.code, row, y, kind, m
                )
    return Table(
        f"{theme.code}.{dim.code}",
        theme.code,
        f"{theme.nl} naar {dim.nl[0].lower()}{dim.nl[1:]}",
        f"{theme.en} by {dim.en[0].lower()}{dim.en[1:]}",
        rows,
        columns,
        periods,
        cells,
    )


def key_figures_table(year: int, month: int) -> Table:
    rows = Axis(
        "indicator",
        "Indicator",
        "Indicator",
        tuple((i.code, i.nl, i.en) for i in KEY_FIGURES),
    )
    items = [
        (PERIOD_MONTH, period_label(year, month), period_label(year, month, "en")),
    ]
    prev_year, prev_month = (year, month - 1) if month > 1 else (year - 1, 12)
    items.append(
        (
            PERIOD_PREVIOUS,
            period_label(prev_year, prev_month),
            period_label(prev_year, prev_month, "en"),
        )
    )
    items.append(
        (PERIOD_LAST_YEAR, period_label(year - 1, month), period_label(year - 1, month, "en"))
    )
    if month > 1:
        items.append((PERIOD_YTD, ytd_label(year, month), ytd_label(year, month, "en")))
    periods = Axis("periode", "Periode", "Period", tuple(items))
    cells = {}
    for ind in KEY_FIGURES:
        own = TOTAL if ind.own is not None else ""
        for period in periods.codes:
            y, kind, m = _period_key(period, year, month)
            cells[(ind.code, "", period)] = CellKey.make(ind.code, own, "", TOTAL, y, kind, m)
    return Table(
        KEY_TABLE_ID,
        KEY_TABLE_ID,
        "Kerncijfers",
        "Key figures",
        rows,
        None,
        periods,
        cells,
    )


def publication_tables(breakdowns: Breakdowns, month: int) -> list[Table]:
    """Every table of the month's publication, in the order they are published."""
    year = breakdowns.year
    tables = [key_figures_table(year, month)]
    for theme in THEMES:
        for dim in breakdowns.dims_for(theme.population):
            tables.append(_theme_table(theme, dim, year, month))
    return tables


def all_keys(tables: list[Table]) -> list[CellKey]:
    """The distinct canonical cells of a publication, in a stable order."""
    seen: dict[CellKey, None] = {}
    for table in tables:
        for key in table.cells.values():
            seen.setdefault(key, None)
    return list(seen)
