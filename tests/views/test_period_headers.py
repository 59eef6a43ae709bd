"""The preview's column headers name each period short, in either language."""

from __future__ import annotations

import pytest

from zkijdesk.reporting.tables import period_label, ytd_label
from zkijdesk.views.reporting.table_model import _short_period


@pytest.mark.parametrize(
    ("label", "short"),
    [
        (period_label(2026, 10), "okt 2026"),
        (period_label(2026, 10, "en"), "Oct 2026"),
        # The year to date: an English header read "Jan 2026" for January to November.
        (ytd_label(2026, 11), "jan t/m nov 2026"),
        (ytd_label(2026, 11, "en"), "Jan-Nov 2026"),
    ],
)
def test_a_month_is_shortened_and_the_year_to_date_kept(label, short):
    assert _short_period(label) == short
