"""Last year's placements in the key figures cap this year's sustained placements.

Every placement sustained at six months in May started in November of last year,
so a file that shows last November's placements tells a reader that May's sustained
placements were at most that many. In a region of 2,000 clients (demo seed 1) the
November 2025 file showed 17: with 14 of May's 15 published, a hidden count of 1
came out as [0, 3] for a reader holding the year's files. The comparison figure is
now hidden where it would cap a month with hidden cells, and the audit holds it as
published where it is shown.
"""

from __future__ import annotations

from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.disclosure.primary import SMALL
from zkijdesk.reporting.disclosure.problem import last_year_comparison
from zkijdesk.reporting.indicators import TOTAL

NOVEMBER_LAST_YEAR = CellKey.make("plaatsingen", TOTAL, "", TOTAL, 2024, MONTH, 11)
JUNE_LAST_YEAR = CellKey.make("plaatsingen", TOTAL, "", TOTAL, 2024, MONTH, 6)
NOVEMBER = CellKey.make("plaatsingen", TOTAL, "", TOTAL, 2025, MONTH, 11)


def _values(*extra: CellKey) -> dict[CellKey, int]:
    return {NOVEMBER: 26, NOVEMBER_LAST_YEAR: 17, **{k: 9 for k in extra}}


def _sustained(kind: str, month: int, dim: str = "doelgroep_BANEN", cat: str = "JA") -> CellKey:
    return CellKey.make("duurzaam_6m", "", dim, cat, 2025, kind, month)


def test_shown_where_the_month_it_caps_was_published_in_full() -> None:
    hidden_elsewhere = [_sustained(MONTH, 4), _sustained(MONTH, 6)]
    shown, hide = last_year_comparison(_values(), {}, hidden_elsewhere)
    assert shown == {NOVEMBER_LAST_YEAR: 17}
    assert hide == set()


def test_hidden_where_a_cell_of_the_month_it_caps_was_hidden() -> None:
    shown, hide = last_year_comparison(_values(), {}, [_sustained(MONTH, 5)])
    assert hide == {NOVEMBER_LAST_YEAR}
    assert shown == {}


def test_hidden_where_the_year_to_date_around_that_month_was_hidden() -> None:
    """May is also the difference of the year-to-date of May and of April."""
    for key in (_sustained(YEAR_TO_DATE, 5), _sustained(YEAR_TO_DATE, 4, "", TOTAL)):
        _shown, hide = last_year_comparison(_values(), {}, [key])
        assert hide == {NOVEMBER_LAST_YEAR}, key


def test_a_small_comparison_figure_is_left_to_primary_suppression() -> None:
    shown, hide = last_year_comparison(_values(), {NOVEMBER_LAST_YEAR: SMALL}, [])
    assert shown == {} and hide == set()


def test_a_month_without_sustained_placements_to_cap_is_left_alone() -> None:
    """Last June's placements were sustained last December: nothing of this year."""
    values = {CellKey.make("plaatsingen", TOTAL, "", TOTAL, 2025, MONTH, 6): 20, JUNE_LAST_YEAR: 12}
    shown, hide = last_year_comparison(values, {}, [_sustained(MONTH, 1)])
    assert shown == {} and hide == set()
