"""Capacity cuts: which cells, once hidden, would give a small count its room.

When the audit finds a small count too narrow, the planner must hide more. Asking for
"one more cell nearby" lets the programme pick the cheapest cell in the neighbourhood,
whether or not it helps, and the audit fails again. The classic answer (Fischetti and
Salazar-González's model, which tau-Argus's optimal method solves) asks the attacker
instead. The attacker maximises the small count over the block's additive relations,
with every shown cell fixed to its value. The reduced cost of a shown cell at that
optimum says how far the maximum would rise per unit that cell gave way once hidden:
upwards without limit, downwards as far as its value. By LP duality the attacker's
maximum under any other pattern is at most the present maximum plus those gains, so
a pattern that lets the count reach the threshold must hide cells whose gains add up
to what is missing. That is a cut the programme can use.

The first attacker here sees only the additive relations (breakdowns, own
dimensions, the year-to-date chain), a weaker reader than the audit's, and cheap. A
cut it gives is necessary for the audit's reader too. Where it finds the count already
wide, the shortfall lies in the relations between indicators. The planner then first
asks for one more hidden cell near the count; if the same count fails again, the
reader's own model answers (``ReaderAttacker``): the same argument over the audit's
equations, with a row per shown cell, whose dual says what hiding that cell could
give. (Without it a small region's summer went through thirty rounds of neighbourhood
cuts, one cell at a time, for three counts of earlier months that the
persons-and-starts relations held.)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping

import numpy as np

from zkijdesk.reporting.disclosure.model import BlockModel
from zkijdesk.reporting.disclosure.secondary import Key, Problem
from zkijdesk.reporting.disclosure.solver import OPTIMAL, Model, Programme

EPS = 1e-7

Cut = tuple[dict[Key, float], float]
"""Cells with their gains, and the room they must add up to."""


class Attacker:
    """One block's additive relations, with the present pattern's shown cells fixed."""

    def __init__(
        self,
        problem: Problem,
        relations: list[tuple[Key, ...]],
        shown: Mapping[Key, int],
        can_hide: Callable[[Key], bool],
    ) -> None:
        cells = sorted({m for rel in relations for m in rel}, key=problem.sort_key)
        self.column = {k: i for i, k in enumerate(cells)}
        self.cells = cells
        self.shown = shown
        hideable = [(i, k) for k, i in self.column.items() if k in shown and can_hide(k)]
        self._hideable = [k for _, k in hideable]
        self._hideable_at = np.asarray([i for i, _ in hideable], dtype=np.int64)
        self._hideable_values = np.asarray([shown[k] for k in self._hideable], dtype=float)
        """The shown cells the planner may hide, in column order, with their values:
        the only ones a cut can name (looked up once, not per cut)."""
        model = Model(len(cells))
        for key, i in self.column.items():
            if key in shown:
                model.lower[i] = model.upper[i] = float(shown[key])
        for rel in relations:
            row: dict[int, float] = {}
            for member in rel[:-1]:
                row[self.column[member]] = row.get(self.column[member], 0.0) + 1.0
            total = self.column[rel[-1]]
            row[total] = row.get(total, 0.0) - 1.0
            model.add(row, lower=0.0, upper=0.0)
        self.programme = Programme(model) if cells else None

    def cut(self, key: Key, up: bool, target: float) -> Cut | None:
        """The cut that lets ``key`` reach ``target`` (at least, going up; at most,
        going down), or None where this attacker already lets it, or where no
        pattern of cells it may hide could."""
        if self.programme is None or key not in self.column:
            return None
        cost = [0.0] * len(self.cells)
        cost[self.column[key]] = -1.0 if up else 1.0
        result = self.programme.minimise(cost)
        if result.status != OPTIMAL or not result.reduced:
            return None
        reach = result.x[self.column[key]]
        missing = target - reach if up else reach - target
        if not missing > EPS:  # also a NaN from a failed solve
            return None
        reduced = np.asarray(result.reduced)[self._hideable_at]
        return _gains(reduced, self._hideable, self._hideable_values, missing)


def _gains(
    reduced: np.ndarray, hideable: list[Key], values: np.ndarray, missing: float
) -> Cut | None:
    """The cut from the sensitivities of the attacker's optimum to each hideable shown
    cell: the objective falls without limit if the cell may rise, and as far as its
    value allows if it may fall. None where hiding them all would not be enough."""
    gain = np.where(reduced < -EPS, missing, np.minimum(reduced * values, missing))
    gain[np.abs(reduced) <= EPS] = 0.0
    gains = {hideable[j]: float(gain[j]) for j in np.flatnonzero(gain > EPS)}
    if sum(gains.values()) < missing - EPS:
        return None
    return gains, missing


class ReaderAttacker:
    """One block's full reader's model (``model.py``), a row per shown cell.

    The value function of the attacker's LP is convex in the shown values, and the
    row duals at its optimum are a subgradient: with the cells of a set S hidden, each
    free to take any count, the optimum moves by at most the sum of what each row's
    dual times its possible change gives. That is the same cut as ``Attacker``'s, over
    the relations between indicators and months too."""

    def __init__(
        self, model: BlockModel, shown: Mapping[Key, int], can_hide: Callable[[Key], bool]
    ) -> None:
        self.expressions = model.expressions
        lp = Model(model.n_vars)
        for row in model.equalities:
            lp.add(row, lower=0.0, upper=0.0)
        for row in model.inequalities:
            lp.add(row, upper=0.0)
        for row, bound in model.bounded:
            lp.add(row, upper=bound)
        first = len(lp.rows)
        shown_here = sorted(k for k in shown if k in model.expressions)
        for key in shown_here:
            value = float(shown[key])
            lp.add(model.expressions[key], lower=value, upper=value)
        hideable = [(first + i, k) for i, k in enumerate(shown_here) if can_hide(k)]
        self._hideable = [k for _, k in hideable]
        self._hideable_at = np.asarray([i for i, _ in hideable], dtype=np.int64)
        self._hideable_values = np.asarray([shown[k] for k in self._hideable], dtype=float)
        self.programme = Programme(lp) if model.n_vars else None

    def cut(self, key: Key, up: bool, target: float) -> Cut | None:
        """As ``Attacker.cut``, against the reader's whole model."""
        expr = self.expressions.get(key)
        if self.programme is None or expr is None or not self._hideable:
            return None
        sign = -1.0 if up else 1.0
        cost = [0.0] * self.programme.n
        for v, a in expr.items():
            cost[v] = sign * a
        result = self.programme.minimise(cost)
        if result.status != OPTIMAL or not result.row_duals:
            return None
        reach = sign * result.objective
        missing = target - reach if up else reach - target
        if not missing > EPS:
            return None
        duals = np.asarray(result.row_duals)[self._hideable_at]
        return _gains(duals, self._hideable, self._hideable_values, missing)


def reader_cuts(
    problem: Problem,
    failing: Iterable[Key],
    shown_in: Callable[[BlockModel], Mapping[Key, int]],
    need: Callable[[Key], int],
    interval: Callable[[Key], tuple[float, float] | None],
    can_hide: Callable[[Key], bool],
) -> dict[Key, Cut]:
    """Cuts from the reader's whole model for the cells ``failing`` (small counts the
    additive attacker found wide already, and cells hidden to protect that the reader
    pins down); a cell left out got none."""
    by_block: dict[Hashable, list[Key]] = {}
    for key in failing:
        by_block.setdefault(problem.block_of(key), []).append(key)
    found: dict[Key, Cut] = {}
    for block in sorted(by_block, key=repr):
        model = problem.blocks[block]
        attacker = ReaderAttacker(model, shown_in(model), can_hide)
        for key in sorted(by_block[block], key=problem.sort_key):
            width = need(key)
            if width > 1:
                cut = _cut_for(attacker, key, interval(key), width)
            else:
                cut = _cut_apart(attacker, key, interval(key))
            if cut is not None:
                found[key] = cut
    return found


def _cut_apart(
    attacker: ReaderAttacker, key: Key, bounds: tuple[float, float] | None
) -> Cut | None:
    """For a cell hidden to protect that the reader pins down: the cut that lets it
    rise one above its lowest value, or else fall one below its highest."""
    if bounds is None:
        return None
    low, high = bounds
    return attacker.cut(key, True, math.floor(low + EPS) + 1.0) or attacker.cut(
        key, False, math.ceil(high - EPS) - 1.0
    )


def _cut_for(
    attacker: Attacker | ReaderAttacker,
    key: Key,
    bounds: tuple[float, float] | None,
    threshold: int,
) -> Cut | None:
    """Width ``threshold`` above a floor of zero needs a maximum of at least the
    threshold; with the maximum there, the minimum must come down to the maximum less
    the threshold."""
    if bounds is None:
        return None
    low, high = bounds
    cut = attacker.cut(key, True, float(threshold))
    if cut is None and high >= threshold and low > high - threshold + EPS:
        cut = attacker.cut(key, False, max(high - threshold, 0.0))
    return cut


def capacity_cuts(
    problem: Problem,
    failing: Iterable[Key],
    shown: Mapping[Key, int],
    threshold: int,
    unsafe: Callable[[Key], bool],
    interval: Callable[[Key], tuple[float, float] | None],
    can_hide: Callable[[Key], bool],
) -> dict[Key, Cut]:
    """Cuts for the small counts among ``failing``; a cell left out got none."""
    by_block: dict[Hashable, list[Key]] = {}
    for key in failing:
        if unsafe(key):
            by_block.setdefault(problem.block_of(key), []).append(key)
    relations: dict[Hashable, list[tuple[Key, ...]]] = {block: [] for block in by_block}
    for rel in problem.relations:
        block = problem.block_of(rel[0])
        if block in relations and all(problem.block_of(m) == block for m in rel[1:]):
            relations[block].append(rel)
    found: dict[Key, Cut] = {}
    for block in sorted(by_block, key=repr):
        attacker = Attacker(problem, relations[block], shown, can_hide)
        for key in sorted(by_block[block], key=problem.sort_key):
            cut = _cut_for(attacker, key, interval(key), threshold)
            if cut is not None:
                found[key] = cut
    return found
