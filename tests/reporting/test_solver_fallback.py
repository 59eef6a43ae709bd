"""The audit's LPs answer even where HiGHS's warm-started primal simplex gives up.

In a region of 2,000 clients, September's audit met a programme on which the primal
simplex from the last basis stopped with "unknown"; the export then failed as if the
figures contradicted each other. A stalled solve is forced here with an iteration
limit of zero, which stops the warm-started run the same way."""

from __future__ import annotations

import math

import pytest

from zkijdesk.reporting.disclosure.solver import OPTIMAL, Model, Programme


def _model() -> Model:
    """x0 + x1 >= 3 and x0 - x1 == 1: the cheapest point is (2, 1)."""
    model = Model(2)
    model.add({0: 1.0, 1: 1.0}, lower=3.0)
    model.add({0: 1.0, 1: -1.0}, lower=1.0, upper=1.0)
    return model


def _stalled(model: Model) -> Programme:
    programme = Programme(model)
    programme.highs.setOptionValue("simplex_iteration_limit", 0)
    return programme


def test_a_stalled_solve_is_answered_afresh() -> None:
    result = _stalled(_model()).minimise([1.0, 1.0])
    assert result.status == OPTIMAL
    assert result.x == pytest.approx([2.0, 1.0])
    assert result.objective == pytest.approx(3.0)


def test_the_fresh_solve_keeps_a_row_added_for_the_moment() -> None:
    programme = _stalled(_model())
    with programme.row_added({0: 1.0}, lower=5.0):
        inside = programme.minimise([1.0, 1.0])
    assert inside.status == OPTIMAL
    assert inside.x == pytest.approx([5.0, 4.0])
    after = programme.minimise([1.0, 1.0])
    assert after.status == OPTIMAL
    assert after.objective == pytest.approx(3.0)


def test_the_fresh_solve_gives_reduced_costs_for_the_cuts() -> None:
    """``cuts.py`` reads the reduced costs of an optimum; the fresh solve has them too."""
    result = _stalled(_model()).minimise([1.0, 1.0])
    assert len(result.reduced) == 2
    assert all(math.isfinite(r) for r in result.reduced)
