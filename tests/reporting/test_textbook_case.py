"""A textbook case of secondary suppression, as a regression test for audit and choice.

Source: A. Hundepool et al., *Handbook on Statistical Disclosure Control* (ESSnet SDC,
version 2), chapter 4 "Magnitude tabular data", section "Secondary tabular data
protection methods", Example 3, taken from Geurts (1992), Table 10, p. 20:

    |        |   1   |   2   | Total |
    |   1    |  X11  |  X12  |   7   |
    |   2    |  X21  |  X22  |   3   |
    |   3    |   3   |   3   |   6   |
    | Total  |   9   |   7   |  16   |

"for cell (1,1) these bounds are X11min = 3 and X11max = 6". The other three bounds
follow from the same relations (R1: X11 + X12 = 7, R2: X21 + X22 = 3, C1: X11 + X21 = 6,
C2: X12 + X22 = 4): X12 in [1, 4], X21 in [0, 3], X22 in [0, 3].
"""

from __future__ import annotations

from itertools import combinations

from zkijdesk.reporting.disclosure.audit import block_intervals
from zkijdesk.reporting.disclosure.cuts import capacity_cuts, reader_cuts
from zkijdesk.reporting.disclosure.model import BlockModel, table_model
from zkijdesk.reporting.disclosure.primary import SECONDARY
from zkijdesk.reporting.disclosure.secondary import Problem, audit, protect

T = "T"
ROWS, COLUMNS = ("1", "2", "3"), ("1", "2")
PATTERN = {("1", "1"), ("1", "2"), ("2", "1"), ("2", "2")}
TEXTBOOK_BOUNDS = {("1", "1"): (3, 6), ("1", "2"): (1, 4), ("2", "1"): (0, 3), ("2", "2"): (0, 3)}


def full_table(x22: int = 1) -> dict:
    """One table consistent with the example's margins (its inner values are not given)."""
    inner = {("1", "1"): 3 + x22, ("1", "2"): 4 - x22, ("2", "1"): 3 - x22, ("2", "2"): x22}
    inner.update({("3", "1"): 3, ("3", "2"): 3})
    values = dict(inner)
    for r in ROWS:
        values[(r, T)] = sum(inner[(r, c)] for c in COLUMNS)
    for c in COLUMNS:
        values[(T, c)] = sum(inner[(r, c)] for r in ROWS)
    values[(T, T)] = sum(inner.values())
    return values


def problem(values: dict) -> Problem:
    relations = [tuple([(r, c) for c in COLUMNS] + [(r, T)]) for r in (*ROWS, T)]
    relations += [tuple([(r, c) for r in ROWS] + [(T, c)]) for c in (*COLUMNS, T)]
    return Problem(
        values=values,
        known={},
        extra={},
        relations=relations,
        blocks={"table": table_model(ROWS, COLUMNS, T)},
        block_of=lambda _key: "table",
        rank=lambda key: 2 if T in key else 0,
        sort_key=lambda key: key,
    )


def test_the_audit_derives_the_textbook_bounds_exactly():
    values = full_table()
    published = {k: v for k, v in values.items() if k not in PATTERN}
    found = block_intervals(table_model(ROWS, COLUMNS, T), published, sorted(PATTERN))
    assert {k: (i.low, i.high) for k, i in found.items()} == TEXTBOOK_BOUNDS


def test_the_textbook_pattern_passes_at_threshold_three_and_fails_at_four():
    values = full_table()
    hidden = {k: SECONDARY for k in PATTERN}
    assert audit(problem(values), 3, hidden).passed  # every interval is 3 wide
    result = audit(problem(values), 4, hidden)
    assert not result.passed
    assert set(result.failures) == PATTERN


def test_secondary_suppression_finds_a_minimal_cycle_and_its_bounds():
    """With X22 = 1 unsafe (threshold 2), four cells in one cycle suffice, as in the book.

    The book's cycle runs through rows 1 and 2; ours prefers the smaller cells of
    row 3 (3 and 3 rather than 4 and 3), with the bounds a reader can derive from it.
    """
    values = full_table(x22=1)
    result = protect(problem(values), 2, {("2", "2"): "primair"})
    assert result.passed
    assert set(result.suppressed) == {("2", "1"), ("2", "2"), ("3", "1"), ("3", "2")}
    assert len(result.suppressed) == len(PATTERN)
    bounds = {k: (i.low, i.high) for k, i in result.intervals.items()}
    assert bounds == {
        ("2", "1"): (0, 3),
        ("2", "2"): (0, 3),
        ("3", "1"): (2, 5),
        ("3", "2"): (1, 4),
    }


def test_two_unsafe_cells_never_protect_only_each_other():
    """X21 = 2 and X22 = 1 are both unsafe at threshold 3: a safe cell must join them."""
    values = full_table(x22=1)
    result = protect(problem(values), 3, {("2", "1"): "primair", ("2", "2"): "primair"})
    assert result.passed
    assert any(reason == SECONDARY for reason in result.suppressed.values())
    for key, interval in result.intervals.items():
        assert interval.width >= 3, key


def test_a_capacity_cut_never_rules_out_a_pattern_that_protects():
    """The planner's capacity cut (``cuts.py``) for X22 = 1 at threshold 3 is a
    necessary condition: every pattern of up to three more hidden cells under which a
    reader's maximum for X22 reaches the threshold gives the cut's cells enough gain,
    and the patterns it rules out all leave X22 too narrow."""
    values = full_table(x22=1)
    target = ("2", "2")
    shown = {k: v for k, v in values.items() if k != target}
    found = capacity_cuts(
        problem(values),
        [target],
        shown,
        3,
        unsafe=lambda key: key == target,
        interval=lambda _key: (1.0, 1.0),
        can_hide=lambda key: key != target,
    )
    gains, missing = found[target]
    assert missing == 2
    others = sorted(shown)
    ruled_out = 0
    for size in (1, 2, 3):
        for extra in combinations(others, size):
            hidden = sorted({target, *extra})
            published = {k: v for k, v in values.items() if k not in hidden}
            bounds = block_intervals(table_model(ROWS, COLUMNS, T), published, hidden)
            protects = bounds[target].high >= 3
            enough = sum(gains.get(k, 0.0) for k in extra) >= missing - 1e-9
            assert enough or not protects, extra
            ruled_out += not enough
    assert ruled_out > 0  # the cut says something


def test_the_audit_holds_a_cell_only_as_wide_as_whole_numbers_allow():
    """x0 + x2 + x3 = 4, x0 + x1 - x2 = 4, x3 - x2 = 1: the LP lets x0 be 0 (with
    x2 = 1.5), but in whole numbers x0 = 3 - 2*x2 is 1 or 3. A reader who knows counts
    are whole sees a width of 2, so a width of 3 must not pass."""
    model = BlockModel(indicator="x", year=2025, n_vars=4)
    model.expressions.update(
        {
            "p1": {0: 1.0, 2: 1.0, 3: 1.0},
            "p2": {0: 1.0, 1: 1.0, 2: -1.0},
            "p3": {3: 1.0, 2: -1.0},
            "x0": {0: 1.0},
        }
    )
    published = {"p1": 4, "p2": 4, "p3": 1}
    relaxed = block_intervals(model, published, ["x0"])["x0"]
    assert (relaxed.low, relaxed.high) == (0, 3)
    found = block_intervals(model, published, ["x0"], 3)["x0"]
    assert (found.low, found.high) == (1, 3)
    assert found.width < 3


def test_a_cut_from_the_readers_whole_model_never_rules_out_a_pattern_that_protects():
    """Add to the textbook table what a definition could say beyond the sums, X22 <= X21
    (as sustained placements are at most the placements they follow). With the four
    inner cells hidden the sums leave X22 in [0, 3], three wide, so the additive
    attacker sees nothing missing; the definition holds it to [0, 1.5]. The cut from the
    reader's whole model (``reader_cuts``) asks for more, and like the capacity cut it
    only rules out patterns that leave X22 too narrow."""
    values = full_table(x22=1)
    target = ("2", "2")

    def model() -> BlockModel:
        found = table_model(ROWS, COLUMNS, T)
        row = dict(found.expressions[target])
        for v, a in found.expressions[("2", "1")].items():
            row[v] = row.get(v, 0.0) - a
        found.inequalities.append(row)
        return found

    tied = problem(values)
    tied.blocks["table"] = model()
    shown = {k: v for k, v in values.items() if k not in PATTERN}
    assert not capacity_cuts(
        tied, [target], shown, 3, lambda key: key == target, lambda _key: (0.0, 1.0), bool
    )
    found = reader_cuts(
        tied,
        [target],
        lambda m: {k: v for k, v in shown.items() if k in m.expressions},
        need=lambda _key: 3,
        interval=lambda _key: (0.0, 1.0),
        can_hide=lambda key: key not in PATTERN,
    )
    gains, missing = found[target]
    assert missing == 1.5  # the LP's maximum is 1.5 (X22 = X21 = 1.5)
    ruled_out = 0
    for size in (1, 2):
        for extra in combinations(sorted(shown), size):
            hidden = sorted({*PATTERN, *extra})
            published = {k: v for k, v in values.items() if k not in hidden}
            protects = block_intervals(model(), published, [target])[target].high >= 3
            enough = sum(gains.get(k, 0.0) for k in extra) >= missing - 1e-9
            assert enough or not protects, extra
            ruled_out += not enough
    assert ruled_out > 0
