"""The fewest secondary cells a safe pattern of one month can have: a lower bound.

tau-Argus's optimum is a floor for its own, weaker reader only. What the goal "at most
1.2x tau-Argus's optimal" can mean for zkijdesk depends on how many cells a pattern
that zkijdesk's reader accepts needs at the very least, given what the year's earlier
months published. This is that number, by the exact method tau-Argus's optimal
solver is built on (Fischetti and Salazar-González): the planner's programme
(``optimal._Planner.model``) with the unit cost of a cell, solved to optimality from
scratch, audited, cut, solved again, until the audit finds no hidden small count
narrower than the threshold.

Which patterns it ranges over: those that show the headline figures (as tau-Argus is
told too), keep hidden what earlier versions of the month hid, and keep every cell an
earlier month hid covered in its relations, letting none go (zkijdesk's planner may
let one go, ``optimal.RELEASE_COST``; its file counts them, and the months compared
here let none go). The programme's rows say only that: a hidden cell is never alone
in a relation, an unsafe part has room within its relation. The cuts are the
attacker's upward ones, "the count can reach the threshold", which hold for every
pattern by LP duality. A count whose maximum is already high enough but whose minimum
is not gets the planner's downward cut, which is not valid for every pattern: the
bound is the optimum before the first of those (``fewest``), and the pattern found
with them is reported beside it. The
planner's neighbourhood cuts, the cost of totals and the credit for keeping earlier
cells are left out: they steer, they are not necessary.

Benchmark code only: it reaches into the planner, and a month takes seconds to a
minute, which an export cannot spend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from zkijdesk.reporting.cells import CellKey
from zkijdesk.reporting.disclosure.cuts import capacity_cuts, reader_cuts
from zkijdesk.reporting.disclosure.optimal import _Planner, protect_optimal
from zkijdesk.reporting.disclosure.primary import SECONDARY
from zkijdesk.reporting.disclosure.secondary import Problem
from zkijdesk.reporting.disclosure.solver import OPTIMAL

ROUNDS = 60
"""Solve-and-cut rounds before giving up (June of 30,000 clients needs about ten)."""
SLACK = 1000.0
"""What leaving a row unmet costs: more than every cell together, so it never is."""


@dataclass(frozen=True)
class Fewest:
    bound: int
    """No safe pattern of the month hides fewer secondary cells than this."""
    found: int
    """The secondary cells of the pattern found with every cut (at least ``bound``)."""
    reached: set[CellKey] | None
    """A pattern of the bound's optimum that the planner completed to pass the whole
    audit (whole numbers, cells hidden to protect at least one wide, earlier months'
    protective cells): its secondary cells; None where completing it failed."""
    released: int
    """Earlier months' protective cells that completed pattern lets go."""
    rounds: int


def fewest(problem: Problem, threshold: int, fixed: Mapping[CellKey, str]) -> Fewest | None:
    """The bound and the pattern found, or None where a round's programme was not solved
    to optimality (then its value proves nothing) or the rounds ran out.

    Two phases over one programme: first only the upward cuts, each valid for every
    pattern, until no count fails on its maximum; the optimum then is the bound (the
    counts failing on their minimum are left out, which only lowers it). Then the
    downward cuts too, until the audit passes: the pattern found."""
    planner = _Planner(problem, threshold, fixed)
    planner.narrow = planner.narrow_before()
    planner.lost = planner.lost_before()
    planner.soft = set()
    planner.released, planner.dropped = set(), set()
    planner.kept, planner.passed, planner.passed_lp = set(), set(), set()
    planner.settling = planner.growing = False
    before = {k for k, r in fixed.items() if r == SECONDARY and k in problem.values}
    bound: int | None = None
    for round_ in range(1, ROUNDS + 1):
        built = planner.model()
        if built is None:
            return None
        model, variables = built
        for i in range(model.n):
            model.cost[i] = 1.0 if i < len(variables) else SLACK
        result = model.solve(gap=0.0)
        if result.status != OPTIMAL or any(x > 1e-6 for x in result.x[len(variables) :]):
            return None
        chosen = {k for k, x in zip(variables, result.x, strict=False) if x > 0.5}
        planner.suppressed = {**planner.fixed, **{k: SECONDARY for k in chosen}}
        failing = [k for k in planner.audit_pattern(whole=False) if planner.unsafe(k)]
        # A count the reader can already push to the threshold fails on its minimum:
        # its cut (``cuts._cut_for``) aims below today's maximum, which another pattern
        # may raise, so it is no cut for the bound.
        upward = [k for k in failing if planner.intervals[k].hi < threshold]
        if bound is None and not upward:
            bound = len(chosen | before)
        if not failing:
            assert bound is not None
            return _reached(problem, threshold, fixed, chosen | before, bound, round_)
        shown = {k: v for k, v in problem.values.items() if k not in planner.suppressed}
        shown.update(problem.known)

        def interval(key: CellKey) -> tuple[float, float] | None:
            found = planner.intervals.get(key)
            return None if found is None else (found.lo, found.hi)

        asked = upward if bound is None else failing
        cuts = capacity_cuts(
            problem, asked, shown, threshold, planner.unsafe, interval, planner.free
        )
        rest = [k for k in asked if k not in cuts]
        if rest:
            cuts.update(
                reader_cuts(
                    problem, rest, planner.published_in, planner.need, interval, planner.free
                )
            )
        if not cuts:
            return None
        planner.capacity.extend(cuts.values())
    return None


def _reached(
    problem: Problem,
    threshold: int,
    fixed: Mapping[CellKey, str],
    found: set[CellKey],
    bound: int,
    rounds: int,
) -> Fewest:
    start = {**fixed, **{k: SECONDARY for k in found if k not in fixed}}
    protection = protect_optimal(problem, threshold, start)
    secondary = {k for k, r in protection.suppressed.items() if r == SECONDARY}
    secondary &= set(problem.values)
    return Fewest(
        bound,
        len(found),
        secondary if protection.passed and protection.others_wide else None,
        len(protection.released),
        rounds,
    )
