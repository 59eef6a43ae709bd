"""The audit against a reader who tries every whole-numbered table.

On systems small enough to enumerate, every table of whole, non-negative counts that
the published numbers allow is listed, and each target's true lowest and highest
value read off. Whatever the audit reports wide enough must really be that wide in
whole numbers: its bounds are values some whole-numbered table takes. (The LP alone
breaks this; see ``test_textbook_case``.)
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zkijdesk.reporting.disclosure.audit import block_intervals
from zkijdesk.reporting.disclosure.model import BlockModel

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)

coefficients = st.sampled_from([-1.0, 1.0, 1.0, 2.0])


@st.composite
def systems(draw):
    """A few counts, their total (which bounds them all), a few more published
    relations with small coefficients, and an inequality or none."""
    n = draw(st.integers(2, 4))
    truth = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    rows = [{i: 1.0 for i in range(n)}]
    for _ in range(draw(st.integers(1, 3))):
        members = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=n, unique=True))
        rows.append({i: draw(coefficients) for i in sorted(members)})
    inequalities = []
    if draw(st.booleans()):
        a, b = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
        if truth[a] <= truth[b]:
            inequalities.append({a: 1.0, b: -1.0})
    targets = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=2, unique=True))
    return n, truth, rows, inequalities, targets


def _whole_tables(n, truth, rows, inequalities) -> np.ndarray:
    total = sum(truth)
    grid = np.indices((total + 1,) * n).reshape(n, -1).T
    keep = np.ones(len(grid), dtype=bool)
    for row in rows:
        value = sum(a * truth[i] for i, a in row.items())
        keep &= sum(a * grid[:, i] for i, a in row.items()) == value
    for row in inequalities:
        keep &= sum(a * grid[:, i] for i, a in row.items()) <= 0
    return grid[keep]


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(system=systems(), need=st.integers(2, 4))
def test_what_the_audit_finds_wide_is_that_wide_in_whole_numbers(system, need):
    n, truth, rows, inequalities, targets = system
    model = BlockModel(indicator="x", year=2025, n_vars=n)
    published = {}
    for r, row in enumerate(rows):
        model.expressions[f"r{r}"] = row
        published[f"r{r}"] = int(sum(a * truth[i] for i, a in row.items()))
    model.inequalities.extend(inequalities)
    for i in targets:
        model.expressions[f"x{i}"] = {i: 1.0}
    tables = _whole_tables(n, truth, rows, inequalities)
    found = block_intervals(model, published, [f"x{i}" for i in targets], need)
    for i in targets:
        interval = found[f"x{i}"]
        lowest, highest = int(tables[:, i].min()), int(tables[:, i].max())
        if interval.width >= need:
            # What it finds wide is that wide: both ends are values whole tables take.
            # (For a wide cell the ends are evidence, not bounds: two tables far
            # enough apart, which need not have the truth between them.)
            assert lowest <= interval.low and interval.high <= highest, (
                f"x{i}: audit [{interval.low}, {interval.high}], "
                f"whole numbers [{lowest}, {highest}]"
            )
        else:
            # And it hides no more than needed: on systems this small the integer
            # programmes always finish, so a cell wide in whole numbers is found wide.
            assert highest - lowest < need, (
                f"x{i}: audit narrow [{interval.low}, {interval.high}], "
                f"whole numbers [{lowest}, {highest}], need {need}"
            )
