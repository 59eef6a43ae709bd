"""One small door to HiGHS for the audit's LPs and the suppression MILP.

Both the audit and the choice of secondary cells are linear programmes over sparse
rows (a dict from variable to coefficient). They are handed to HiGHS through
``highspy`` directly: it is the solver scipy wraps, without scipy's 100 MB beside it
in the installer.

Every solve runs on one thread with a fixed seed, so the same model gives the same
answer on every machine; a MILP stops at a node limit (deterministic), and only
then at a time limit (a safety net that the caller treats as "no answer").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

try:  # the public class prints a banner on stdout when made, which the CLI must not
    from highspy._core import HighsLp, HighsModelStatus, HighsVarType, MatrixFormat, kHighsInf
    from highspy._core import _Highs as _HighsSolver
except ImportError:  # pragma: no cover - older or newer layouts of highspy
    from highspy import Highs as _HighsSolver
    from highspy import HighsLp, HighsModelStatus, HighsVarType, MatrixFormat, kHighsInf

Row = dict[int, float]

OPTIMAL, INFEASIBLE, UNBOUNDED, STOPPED = "optimal", "infeasible", "unbounded", "stopped"
TIMED_OUT = "timed out"
"""Stopped by the clock: an answer that depends on the machine's speed, never used."""


@dataclass(frozen=True)
class Result:
    status: str
    x: list[float]
    objective: float
    reduced: list[float] = field(default_factory=list)
    """Reduced costs of the columns at an optimum of ``Programme.minimise``: how much
    the objective would fall per unit a column's bound gave way."""
    row_duals: list[float] = field(default_factory=list)
    """The same for each row of the model (``Programme.minimise`` only)."""

    @property
    def solved(self) -> bool:
        return self.status == OPTIMAL


class Model:
    """Rows ``lower <= a.x <= upper`` over ``n`` columns with bounds and costs."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.cost = [0.0] * n
        self.lower = [0.0] * n
        self.upper = [math.inf] * n
        self.integer = [False] * n
        self.rows: list[Row] = []
        self.row_lower: list[float] = []
        self.row_upper: list[float] = []
        self._rows_packed: tuple[np.ndarray, ...] | None = None
        """The rows as HiGHS takes them, packed once: the audit solves one model's
        integer programme many times with other bounds and costs."""

    def add(self, row: Row, lower: float = -math.inf, upper: float = math.inf) -> None:
        self.rows.append(row)
        self.row_lower.append(lower)
        self.row_upper.append(upper)
        self._rows_packed = None

    def _packed(self) -> tuple[np.ndarray, ...]:
        if self._rows_packed is None:
            starts, index, value = [0], [], []
            for row in self.rows:
                for v in sorted(row):
                    index.append(v)
                    value.append(row[v])
                starts.append(len(index))
            self._rows_packed = (
                _highs_inf(self.row_lower),
                _highs_inf(self.row_upper),
                np.asarray(starts, dtype=np.int32),
                np.asarray(index, dtype=np.int32),
                np.asarray(value, dtype=float),
            )
        return self._rows_packed

    def _lp(self, cost: Sequence[float]) -> HighsLp:
        row_lower, row_upper, starts, index, value = self._packed()
        lp = HighsLp()
        lp.num_col_ = self.n
        lp.num_row_ = len(self.rows)
        lp.col_cost_ = np.asarray(cost, dtype=float)
        lp.col_lower_ = np.asarray(self.lower, dtype=float)
        lp.col_upper_ = _highs_inf(self.upper)
        lp.row_lower_ = row_lower
        lp.row_upper_ = row_upper
        lp.a_matrix_.format_ = MatrixFormat.kRowwise
        lp.a_matrix_.num_col_ = self.n
        lp.a_matrix_.num_row_ = len(self.rows)
        lp.a_matrix_.start_ = starts
        lp.a_matrix_.index_ = index
        lp.a_matrix_.value_ = value
        if any(self.integer):
            lp.integrality_ = [
                HighsVarType.kInteger if i else HighsVarType.kContinuous for i in self.integer
            ]
        return lp

    def solve(
        self,
        cost: Sequence[float] | None = None,
        *,
        time_limit: float | None = None,
        node_limit: int | None = None,
        gap: float = 0.0,
        below: float | None = None,
        cut_pool: int | None = None,
    ) -> Result:
        """Minimise ``cost`` (the model's own by default); with ``below``, only ask
        whether any point costs less than that and stop at the first one found.
        ``cut_pool`` caps HiGHS's pool of cutting planes (its soft limit): the audit's
        integer programmes are looking for a whole point, not proving an optimum, and
        thousands of root cuts cost them a third of their time (a small region's
        September, measured: 56 s to 38 s for one block, the same verdicts)."""
        highs = _HighsSolver()
        for name, value in (
            ("output_flag", False),
            ("threads", 1),
            ("random_seed", 0),
            ("mip_rel_gap", gap),
        ):
            highs.setOptionValue(name, value)
        if time_limit is not None:
            highs.setOptionValue("time_limit", float(time_limit))
        if node_limit is not None:
            highs.setOptionValue("mip_max_nodes", int(node_limit))
        if cut_pool is not None:
            highs.setOptionValue("mip_pool_soft_limit", int(cut_pool))
        if below is not None:
            highs.setOptionValue("objective_bound", float(below))
            highs.setOptionValue("mip_max_improving_sols", 1)
        highs.passModel(self._lp(self.cost if cost is None else cost))
        highs.run()
        status = highs.getModelStatus()
        if status == HighsModelStatus.kOptimal:
            return _optimum(highs)
        if status == HighsModelStatus.kInfeasible:
            return Result(INFEASIBLE, [], math.nan)
        if status in (HighsModelStatus.kUnbounded, HighsModelStatus.kUnboundedOrInfeasible):
            return Result(UNBOUNDED, [], -math.inf)
        if status == HighsModelStatus.kTimeLimit:
            return Result(TIMED_OUT, [], math.nan)
        solution = highs.getSolution()
        x = list(solution.col_value) if solution.value_valid else []
        value = float(highs.getInfo().objective_function_value) if x else math.nan
        return Result(STOPPED, x, value)


def _optimum(highs: _HighsSolver) -> Result:
    """The solution of a programme HiGHS solved to optimality, with its duals."""
    solution = highs.getSolution()
    objective = float(highs.getInfo().objective_function_value)
    return Result(
        OPTIMAL,
        list(solution.col_value),
        objective,
        list(solution.col_dual),
        list(solution.row_dual),
    )


def _highs_inf(values: Sequence[float]) -> np.ndarray:
    x = np.asarray(values, dtype=float)
    return np.clip(x, -kHighsInf, kHighsInf)


def _inf(value: float) -> float:
    if value == math.inf:
        return kHighsInf
    if value == -math.inf:
        return -kHighsInf
    return value


class Programme:
    """One model loaded once and minimised for many objectives (the audit's LPs).

    HiGHS keeps the last basis, so each new objective starts from the previous
    optimum: the same sequence of calls gives the same answers every time.
    """

    def __init__(self, model: Model) -> None:
        self.n = model.n
        self.model = model
        self._added: list[tuple[Row, float, float]] = []
        self.highs = _HighsSolver()
        for name, value in (
            ("output_flag", False),
            ("threads", 1),
            ("random_seed", 0),
            # Without presolve each new objective starts from the last basis (a few
            # simplex steps); with it HiGHS would redo the model from scratch.
            ("presolve", "off"),
            # A new objective leaves the last basis primal feasible, so primal simplex
            # goes on from it; dual simplex (HiGHS's default) starts over in effect.
            # Measured on a small region's audit: 4.6 times faster, the same optima.
            ("simplex_strategy", 4),
        ):
            self.highs.setOptionValue(name, value)
        self.highs.passModel(model._lp([0.0] * model.n))
        self._columns = np.arange(model.n, dtype=np.int32)

    @contextmanager
    def row_added(self, row: Row, lower: float = -math.inf, upper: float = math.inf):
        """One more row while the block runs; the model is as before afterwards."""
        index = np.asarray(sorted(row), dtype=np.int32)
        values = np.asarray([row[i] for i in index], dtype=float)
        self.highs.addRow(_inf(lower), _inf(upper), len(index), index, values)
        self._added.append((row, lower, upper))
        try:
            yield self
        finally:
            self._added.pop()
            last = np.asarray([self.highs.getNumRow() - 1], dtype=np.int32)
            self.highs.deleteRows(1, last)

    def minimise(self, cost: Sequence[float]) -> Result:
        self.highs.changeColsCost(self.n, self._columns, np.asarray(cost, dtype=float))
        self.highs.run()
        result = self._result()
        if result.status == STOPPED:
            # Primal simplex from the last basis can give up on a degenerate programme
            # (HiGHS: "unknown" after a few dozen steps, in a region of 2,000 clients'
            # September audit). The same programme solved afresh with HiGHS's defaults
            # answers it; the export failed there before, as "figures contradict".
            result = self._fresh().solve(cost)
        return result

    def _fresh(self) -> Model:
        """The model as loaded now, rows added for the moment included."""
        if not self._added:
            return self.model
        fresh = Model(self.n)
        fresh.lower, fresh.upper, fresh.integer = (
            self.model.lower,
            self.model.upper,
            self.model.integer,
        )
        for row, lower, upper in zip(
            self.model.rows, self.model.row_lower, self.model.row_upper, strict=True
        ):
            fresh.add(row, lower, upper)
        for row, lower, upper in self._added:
            fresh.add(row, lower, upper)
        return fresh

    def _result(self) -> Result:
        status = self.highs.getModelStatus()
        if status == HighsModelStatus.kOptimal:
            return _optimum(self.highs)
        if status in (HighsModelStatus.kUnbounded, HighsModelStatus.kUnboundedOrInfeasible):
            return Result(UNBOUNDED, [], -math.inf)
        if status == HighsModelStatus.kInfeasible:
            return Result(INFEASIBLE, [], math.nan)
        return Result(STOPPED, [], math.nan)
