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

The attacker here sees only the additive relations (breakdowns, own dimensions, the
year-to-date chain), a weaker reader than the audit's. A cut it gives is necessary
for the audit's reader too; where it finds the count already wide, the shortfall lies
in the relations between indicators, and the planner falls back to its
neighbourhood cuts.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping

import numpy as np

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
        # The objective falls without limit if the cell may rise, and as far as its
        # value allows if it may fall.
        gain = np.where(
            reduced < -EPS, missing, np.minimum(reduced * self._hideable_values, missing)
        )
        gain[np.abs(reduced) <= EPS] = 0.0
        gains = {self._hideable[j]: float(gain[j]) for j in np.flatnonzero(gain > EPS)}
        if sum(gains.values()) < missing - EPS:
            return None
        return gains, missing


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
            bounds = interval(key)
            if bounds is None:
                continue
            low, high = bounds
            # Width ``threshold`` above a floor of zero needs a maximum of at least
            # the threshold; with the maximum there, the minimum must come down to
            # the maximum less the threshold.
            cut = attacker.cut(key, True, float(threshold))
            if cut is None and high >= threshold and low > high - threshold + EPS:
                cut = attacker.cut(key, False, max(high - threshold, 0.0))
            if cut is not None:
                found[key] = cut
    return found
