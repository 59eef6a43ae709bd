"""A reader's model of published monthly figures, built from the JSON files alone.

This is the attacker of ``test_reader_attack.py``, written without the product's
disclosure code: it reads the published JSON documents (``docs/export-json-schema.json``)
and knows only what ``docs/indicators.md`` and ``docs/reporting.md`` tell every
reader. From that it builds one linear programme per family of linked indicators and
bounds any hidden cell between the lowest and highest value consistent with
everything published.

Unknowns, per indicator of the reporting year (margins: every published table is a
one-way breakdown, possibly by an own dimension such as exit reason):

- an event indicator has ``x[month, own, dim, cat]``: the events of one month;
- a distinct indicator (persons, employers) has ``n[month, dim, cat]``, the units new
  this year in that month, and ``r[month, dim, cat]``, those counted in an earlier
  month of the year too (``r`` is 0 in January).

What a reader knows from the definitions (the relations, ``RELATIONS`` below lists the
cross-indicator ones):

- every breakdown of one month adds up to its total (for ``n`` and ``r`` separately:
  a unit is classified in one category per month), and own categories add up to the
  own total;
- a month of an event indicator is ``x``; January to month m is the sum of the months;
- a month of a distinct indicator is ``n + r``; January to month m is the sum of
  ``n`` (each unit once, classified as in its first month);
- a returning unit was new earlier in the year, in the same category of a breakdown
  that is fixed for the whole year (municipality, age on 1 January, focus group) and
  in the total: ``r[m] <= n[1] + ... + n[m-1]``;
- a person new in guidance in month m >= 2 had no open route earlier in the year, so
  every route open in m started in m, the one that started last (which gives the
  sector) among them: ``n[in_begeleiding, m] <= x[instroom, m]`` per category;
- the same for training: ``n[in_scholing, m] <= x[scholing_gestart, m]`` per category;
- job-agreement placements are placements: ``banenafspraak <= plaatsingen`` (total
  over contract types) per category and month;
- a placement sustained at 6 months is counted in the month it reaches 6 months, so
  ``duurzaam_6m[m] <= plaatsingen[m - 6]`` per category (m >= 7, same year), and for
  m <= 6 in total against last year's placements of month m + 6 where a key-figures
  table showed them;
- an employer served in a month had a placement started or a vacancy opened in it:
  ``werkgevers_bediend[m] <= plaatsingen[m] + vacatures_geopend[m]`` (totals);
- every count is at least 0.

Bounds are rounded inward to whole numbers; where the LP leaves a small count less
than ``threshold`` wide, the reader is refined with integer programming (``milp``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

import highspy
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

TOTAL = "TOTAL"
MILP_SECONDS = 2.0
"""Per whole-number bound; past it the reader keeps what it has proven."""
DISTINCT = frozenset({"in_begeleiding", "in_scholing", "werkgevers_bediend"})
OWN_TABLES = {"uitstroom": ("uitstroom", "reden"), "contractvorm": ("plaatsingen", "contractvorm")}
OWN_OF = {ind: dim for ind, dim in OWN_TABLES.values()}
FOLLOW_UP_MONTHS = 6


def stable(indicator: str, dim: str) -> bool:
    """Breakdowns that keep a unit in one category all year (docs/indicators.md): a
    person's current municipality, age on 1 January and focus groups of the year, and
    for employers also the employer's own sector."""
    if indicator == "werkgevers_bediend" and dim == "sector":
        return True
    return dim in ("", "gemeente", "leeftijd") or dim.startswith("doelgroep_")


Cell = tuple[str, str, str, str, int, str, int]
"""(indicator, own, dim, cat, year, kind, month); kind "M" a month, "Y" January to month;
own "" without an own dimension, TOTAL for its total; dim "" for the grand total."""


def cell(indicator: str, own: str, dim: str, cat: str, year: int, kind: str, month: int) -> Cell:
    if cat == TOTAL:
        dim = ""
    if kind == "Y" and month == 1:
        kind = "M"
    return (indicator, own, dim, cat, year, kind, month)


# ---------------------------------------------------------------- reading the files
@dataclass
class Publications:
    """Everything a reader holding some JSON files knows."""

    threshold: int = 0
    published: dict[Cell, int] = field(default_factory=dict)
    hidden: set[Cell] = field(default_factory=set)
    categories: dict[str, tuple[str, ...]] = field(default_factory=dict)
    dims_of: dict[str, set[str]] = field(default_factory=dict)
    owns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    year: int = 0
    last_month: int = 0

    def add(self, doc: Mapping) -> None:
        year, month = (int(x) for x in doc["period"].split("-"))
        self.threshold = max(self.threshold, int(doc["threshold"]))
        self.year = max(self.year, year)
        self.last_month = max(self.last_month, month) if year == self.year else self.last_month
        for table in doc["tables"]:
            for dim, items in table["categories"].items():
                if dim not in ("periode", "indicator"):
                    self.categories[dim] = tuple(i["code"] for i in items if i["code"] != TOTAL)
            for c in table["cells"]:
                key = self._cell(table, c["coords"], year, month)
                if key[2]:
                    self.dims_of.setdefault(key[0], set()).add(key[2])
                if c["value"] is None:
                    self.hidden.add(key)
                else:
                    seen = self.published.setdefault(key, c["value"])
                    assert seen == c["value"], ("two publications disagree", key)
        for indicator, dim in OWN_OF.items():
            if dim in self.categories:
                self.owns[indicator] = self.categories[dim]

    def secret(self) -> set[Cell]:
        """Cells some file hid and no file showed."""
        return self.hidden - set(self.published)

    @staticmethod
    def _cell(table: Mapping, coords: Mapping, year: int, month: int) -> Cell:
        kind, y, m = {
            "MAAND": ("M", year, month),
            "JTD": ("Y", year, month),
            "VORIGE_MAAND": ("M", year, month - 1) if month > 1 else ("M", year - 1, 12),
            "VORIG_JAAR": ("M", year - 1, month),
        }[coords["periode"]]
        if table["id"] == "kerncijfers":
            ind = coords["indicator"]
            return cell(ind, TOTAL if ind in OWN_OF else "", "", TOTAL, y, kind, m)
        theme, dim = table["id"].split(".")
        if theme in OWN_TABLES:
            ind, own_dim = OWN_TABLES[theme]
            own = coords[own_dim]
        else:
            ind = coords["indicator"]
            own = TOTAL if ind in OWN_OF else ""
        return cell(ind, own, dim, coords[dim], y, kind, m)


def read(docs: Iterable[Mapping]) -> Publications:
    pubs = Publications()
    for doc in docs:
        pubs.add(doc)
    return pubs


# ---------------------------------------------------------------- the model
Row = dict[int, float]
RELATIONS = (
    ("in_begeleiding", "instroom"),
    ("in_scholing", "scholing_gestart"),
    ("plaatsingen_banenafspraak", "plaatsingen"),
    ("duurzaam_6m", "plaatsingen"),
    ("werkgevers_bediend", "plaatsingen"),
    ("werkgevers_bediend", "vacatures_geopend"),
)
"""Pairs of indicators tied by a definition (the family of an LP)."""


def families(indicators: Iterable[str]) -> list[tuple[str, ...]]:
    parent = {i: i for i in indicators}

    def find(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in RELATIONS:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for i in sorted(parent):
        groups.setdefault(find(i), []).append(i)
    return [tuple(g) for g in groups.values()]


class Family:
    """The LP of one family of linked indicators in the reporting year."""

    def __init__(
        self, pubs: Publications, indicators: tuple[str, ...], linked: bool = True
    ) -> None:
        self.pubs = pubs
        self.indicators = indicators
        self.year = pubs.year
        self.months = range(1, pubs.last_month + 1)
        self.index: dict[tuple, int] = {}
        self.eq: list[tuple[Row, float]] = []
        self.ub: list[tuple[Row, float]] = []
        self._cache: tuple | None = None
        self._programmes: dict[float | None, _Programme] = {}
        self._mip: _Programme | None = None
        self._pool: dict[int, list[np.ndarray]] = {}
        """Whole-numbered points met so far, per number of unknowns: one of them at a
        cost's rounded LP optimum proves it without an integer programme."""
        for ind in indicators:
            if ind in DISTINCT:
                self._distinct(ind)
            else:
                self._event(ind)
        if linked:
            self._relations()
        for key, value in pubs.published.items():
            if key[0] in indicators:
                self.eq.append((self.expr(key), float(value)))

    # -- unknowns
    def var(self, *name) -> int:
        found = self.index.get(name)
        if found is None:
            found = self.index[name] = len(self.index)
        return found

    def cats(self, ind: str) -> list[tuple[str, str]]:
        dims = sorted(self.pubs.dims_of.get(ind, ()))
        return [("", TOTAL)] + [(d, c) for d in dims for c in self.pubs.categories[d]]

    def _add_up(self, name: tuple, ind: str) -> None:
        """Each breakdown of ``name`` (a prefix of the unknown's name) adds up to its total."""
        for dim in sorted(self.pubs.dims_of.get(ind, ())):
            row = {self.var(*name, dim, c): 1.0 for c in self.pubs.categories[dim]}
            row[self.var(*name, "", TOTAL)] = -1.0
            self.eq.append((row, 0.0))

    def _event(self, ind: str) -> None:
        for m in self.months:
            for own in self.pubs.owns.get(ind, ("",)):
                self._add_up(("x", ind, m, own), ind)

    def _distinct(self, ind: str) -> None:
        for m in self.months:
            self._add_up(("n", ind, m), ind)
            if m > 1:
                self._add_up(("r", ind, m), ind)
                for dim, cat in self.cats(ind):
                    if stable(ind, dim):
                        row = {self.var("r", ind, m, dim, cat): 1.0}
                        for j in range(1, m):
                            row[self.var("n", ind, j, dim, cat)] = -1.0
                        self.ub.append((row, 0.0))

    def events(self, ind: str, m: int, dim: str, cat: str) -> Row:
        """All events of ``ind`` in month ``m`` (every own category) in one category."""
        return {self.var("x", ind, m, own, dim, cat): 1.0 for own in self.pubs.owns.get(ind, ("",))}

    def _at_most(self, small: Row, large: Row) -> None:
        row = dict(small)
        for v, a in large.items():
            row[v] = row.get(v, 0.0) - a
        self.ub.append((row, 0.0))

    def _relations(self) -> None:
        mine = set(self.indicators)
        for persons, events in (
            ("in_begeleiding", "instroom"),
            ("in_scholing", "scholing_gestart"),
        ):
            if {persons, events} <= mine:
                for m in self.months:
                    if m > 1:
                        for dim, cat in self.cats(persons):
                            self._at_most(
                                {self.var("n", persons, m, dim, cat): 1.0},
                                self.events(events, m, dim, cat),
                            )
        if {"plaatsingen_banenafspraak", "plaatsingen"} <= mine:
            for m in self.months:
                for dim, cat in self.cats("plaatsingen_banenafspraak"):
                    self._at_most(
                        self.events("plaatsingen_banenafspraak", m, dim, cat),
                        self.events("plaatsingen", m, dim, cat),
                    )
        if {"duurzaam_6m", "plaatsingen"} <= mine:
            for m in self.months:
                if m > FOLLOW_UP_MONTHS:
                    for dim, cat in self.cats("duurzaam_6m"):
                        self._at_most(
                            self.events("duurzaam_6m", m, dim, cat),
                            self.events("plaatsingen", m - FOLLOW_UP_MONTHS, dim, cat),
                        )
                else:
                    before = cell("plaatsingen", TOTAL, "", TOTAL, self.year - 1, "M", m + 6)
                    if before in self.pubs.published:
                        row = self.events("duurzaam_6m", m, "", TOTAL)
                        self.ub.append((row, float(self.pubs.published[before])))
        if {"werkgevers_bediend", "plaatsingen", "vacatures_geopend"} <= mine:
            for m in self.months:
                served = {self.var("n", "werkgevers_bediend", m, "", TOTAL): 1.0}
                if m > 1:
                    served[self.var("r", "werkgevers_bediend", m, "", TOTAL)] = 1.0
                both = self.events("plaatsingen", m, "", TOTAL)
                both.update(self.events("vacatures_geopend", m, "", TOTAL))
                self._at_most(served, both)

    # -- published numbers as expressions
    def expr(self, key: Cell) -> Row:
        ind, own, dim, cat, year, kind, month = key
        if year != self.year:
            return {self.var("last_year", key): 1.0}
        months = [month] if kind == "M" else range(1, month + 1)
        out: Row = {}
        if ind in DISTINCT:
            for m in months:
                out[self.var("n", ind, m, dim, cat)] = 1.0
                if kind == "M" and m > 1:
                    out[self.var("r", ind, m, dim, cat)] = 1.0
            return out
        owns = self.pubs.owns.get(ind, ("",)) if own == TOTAL else (own,)
        for m in months:
            for o in owns:
                out[self.var("x", ind, m, o, dim, cat)] = 1.0
        return out

    # -- solving
    def _matrices(self):
        n = len(self.index)
        if self._cache is not None and self._cache[0] == n:
            return self._cache

        def build(rows):
            if not rows:
                return None, None
            data, ri, ci = [], [], []
            for i, (row, _) in enumerate(rows):
                for v, a in row.items():
                    data.append(a)
                    ri.append(i)
                    ci.append(v)
            return csr_array((data, (ri, ci)), shape=(len(rows), n)), np.array([b for _, b in rows])

        self._cache = (n, build(self.eq), build(self.ub))
        return self._cache

    def bounds(self, key: Cell, integral: bool = False) -> tuple[int, float]:
        """The lowest and highest whole value of ``key`` a reader can derive."""
        expr = self.expr(key)
        n, (a_eq, b_eq), (a_ub, b_ub) = self._matrices()
        c = np.zeros(n)
        for v, a in expr.items():
            c[v] = a
        out = []
        for sign in (1.0, -1.0):
            res = self._relaxed(sign * c, None)
            if res.status == 3:
                out.append(math.inf if sign < 0 else 0.0)
                continue
            assert res.status == 0, (key, res.message)
            # An LP optimum at a whole-numbered point is the whole-number optimum too;
            # only a fractional one needs the (slower) integer programme.
            if integral and np.abs(res.x - np.round(res.x)).max(initial=0.0) > 1e-7:
                if self._reached(sign * c, res.fun):
                    out.append(sign * math.ceil(res.fun - 1e-6))
                    continue
                whole = self._whole(sign * c, a_eq, b_eq, a_ub, b_ub, n)
                out.append(sign * max(whole, res.fun))
            else:
                out.append(sign * res.fun)
        lo, hi = max(out[0], 0.0), out[1]  # every count is at least zero
        return math.ceil(lo - 1e-6), (math.floor(hi + 1e-6) if math.isfinite(hi) else math.inf)

    def _programme(self, upper: float | None) -> _Programme:
        """The reader's LP loaded into HiGHS once per shape (counts between zero and
        ``upper``), minimised again for each new objective from the last optimum."""
        n, eq, ub = self._matrices()
        found = self._programmes.get(upper)
        if found is None or found.n != n:
            found = self._programmes[upper] = _Programme(n, eq, ub, upper)
        return found

    def _relaxed(self, cost, upper: float | None):
        """The reader's LP with every count between zero and ``upper``."""
        res = self._programme(upper).minimise(cost)
        if upper is None:
            self._keep(res)
        return res

    def _keep(self, res: _Optimum) -> None:
        if res.status == 0 and np.abs(res.x - np.round(res.x)).max(initial=0.0) <= 1e-7:
            self._pool.setdefault(res.x.size, []).append(np.round(res.x))

    def _reached(self, cost, relaxed: float) -> bool:
        """Whether a whole-numbered point has ``cost`` at the LP optimum rounded up
        (then that is the whole-number optimum, and no integer programme is needed):
        a few tilted LPs on the face where it is, as a reader would try first."""
        target = math.ceil(relaxed - 1e-6)
        pool = self._pool.get(cost.size)
        if pool and min(float(cost @ x) for x in pool) <= target + 1e-6:
            return True  # a whole point found before reaches it
        rng = np.random.default_rng(11)
        programme = self._programme(None)
        with programme.at_least(cost, target):
            for way in (1.0, -1.0, 1.0, -1.0):
                tilted = cost + way * 1e-5 * (1.0 + rng.random(cost.size))
                res = programme.minimise(tilted)
                self._keep(res)
                if res.status != 0 or np.abs(res.x - np.round(res.x)).max(initial=0.0) > 1e-7:
                    continue
                if cost @ np.round(res.x) <= target + 1e-6:
                    return True
        # Then the integer programme, asked only for a point at most that far: the
        # first it finds settles it, where the optimum would search on.
        n, eq, ub = self._matrices()
        if self._mip is None or self._mip.n != n:
            self._mip = _Programme(n, eq, ub, None, integer=True)
        return self._mip.whole_at_most(cost, target)

    @staticmethod
    def _whole(cost, a_eq, b_eq, a_ub, b_ub, n: int) -> float:
        """The least whole-numbered value of ``cost`` the reader can prove."""
        constraints = [LinearConstraint(a_eq, b_eq, b_eq)]
        if a_ub is not None:
            constraints.append(LinearConstraint(a_ub, -np.inf, b_ub))
        res = milp(
            cost,
            constraints=constraints,
            integrality=np.ones(n),
            bounds=Bounds(0, np.inf),
            options={"time_limit": MILP_SECONDS},
        )
        if res.status == 0:
            return res.fun
        # Out of time: what the reader has proven so far is the dual bound (never
        # tighter than the truth), so the attack stays sound. Stopped before the root
        # LP, there is none, and the caller keeps the LP's.
        assert res.status == 1, res.message
        bound = res.mip_dual_bound
        return bound if bound is not None and math.isfinite(bound) else -math.inf

    def unproven(self, keys: list[Cell], threshold: int, rounds: int = 6) -> list[Cell]:
        """``keys`` that feasible points pushed to extremes do not show wide enough."""
        exprs = {k: self.expr(k) for k in keys}
        n = self._matrices()[0]
        spans: dict[Cell, list[float]] = {}
        rng = np.random.default_rng(7)
        left = list(keys)
        for r in range(rounds):
            if not left:
                break
            c = np.zeros(n)
            for key in left:
                sign = 1.0 if r == 0 else float(rng.choice((-1.0, 1.0)))
                for v, a in exprs[key].items():
                    c[v] += sign * a
            for sign in (1.0, -1.0):
                res = self._relaxed(sign * c, 1e7)
                assert res.status == 0, res.message
                for key in left:
                    value = sum(a * res.x[v] for v, a in exprs[key].items())
                    span = spans.setdefault(key, [value, value])
                    span[0], span[1] = min(span[0], value), max(span[1], value)
            left = [
                k
                for k in left
                if math.floor(spans[k][1] + 1e-6) - math.ceil(spans[k][0] - 1e-6) < threshold
            ]
        return left


@dataclass
class _Optimum:
    status: int  # 0 optimal, 2 infeasible, 3 unbounded (as scipy's linprog says)
    x: np.ndarray
    fun: float
    message: str = ""


class _Programme:
    """One LP in HiGHS (``highspy``), minimised for many objectives: each solve starts
    from the last basis with the primal simplex, where building the model anew for
    every objective (``linprog``) cost the attack most of its time. Single-threaded,
    no presolve (it would start over), so the same calls give the same answers."""

    def __init__(self, n: int, eq, ub, upper: float | None, integer: bool = False) -> None:
        self.n = n
        self.integer = integer
        self.h = highspy.Highs()
        options = [("output_flag", False), ("threads", 1), ("random_seed", 0)]
        if integer:
            options += [("mip_max_improving_sols", 1), ("time_limit", MILP_SECONDS)]
        else:
            options += [("presolve", "off"), ("simplex_strategy", 4)]
        for name, value in options:
            self.h.setOptionValue(name, value)
        inf = highspy.kHighsInf
        top = inf if upper is None else upper
        self.h.addVars(n, np.zeros(n), np.full(n, top))
        for (a, b), equal in ((eq, True), (ub, False)):
            if a is None:
                continue
            a = a.tocsr()
            lower = b if equal else np.full(len(b), -inf)
            self.h.addRows(
                a.shape[0],
                lower.astype(float),
                b.astype(float),
                a.nnz,
                a.indptr.astype(np.int32),
                a.indices.astype(np.int32),
                a.data.astype(float),
            )
        self.columns = np.arange(n, dtype=np.int32)
        if integer:
            kinds = np.full(n, highspy.HighsVarType.kInteger)
            self.h.changeColsIntegrality(n, self.columns, kinds)

    def whole_at_most(self, cost, target: float) -> bool:
        """Whether some whole-numbered point has ``cost`` at most ``target``: the
        integer programme stops at the first such point it finds."""
        self.h.setOptionValue("objective_bound", float(target) + 0.5)
        found = self.minimise(cost)
        return found.status == 0 or (
            self.h.getSolution().value_valid
            and float(np.asarray(cost) @ np.asarray(self.h.getSolution().col_value))
            <= target + 1e-6
        )

    def minimise(self, cost) -> _Optimum:
        self.h.changeColsCost(self.n, self.columns, np.asarray(cost, dtype=float))
        self.h.run()
        status = self.h.getModelStatus()
        stalled = (highspy.HighsModelStatus.kUnknown, highspy.HighsModelStatus.kSolveError)
        if not self.integer and status in stalled:
            # The warm-started primal simplex can give up on a degenerate LP; a reader
            # would solve it again from scratch with HiGHS's defaults.
            self.h.clearSolver()
            self.h.setOptionValue("simplex_strategy", 1)
            self.h.setOptionValue("presolve", "on")
            self.h.run()
            status = self.h.getModelStatus()
            self.h.setOptionValue("simplex_strategy", 4)
            self.h.setOptionValue("presolve", "off")
        if status == highspy.HighsModelStatus.kOptimal:
            x = np.asarray(self.h.getSolution().col_value)
            return _Optimum(0, x, float(self.h.getInfo().objective_function_value))
        if status in (
            highspy.HighsModelStatus.kUnbounded,
            highspy.HighsModelStatus.kUnboundedOrInfeasible,
        ):
            return _Optimum(3, np.zeros(self.n), -math.inf)
        return _Optimum(2, np.zeros(self.n), math.nan, self.h.modelStatusToString(status))

    @contextmanager
    def at_least(self, cost, target: float):
        """With one more row, ``cost . x >= target``, while the block runs."""
        nz = np.flatnonzero(cost)
        self.h.addRow(target, highspy.kHighsInf, len(nz), nz.astype(np.int32), cost[nz])
        try:
            yield
        finally:
            last = np.asarray([self.h.getNumRow() - 1], dtype=np.int32)
            self.h.deleteRows(1, last)


class Reader:
    """A reader holding some publications: bounds on any cell of their newest year."""

    def __init__(self, docs: Iterable[Mapping], linked: bool = True) -> None:
        """``linked=False`` leaves out the relations between indicators (to show what
        they add)."""
        self.pubs = read(docs)
        indicators = {k[0] for k in (*self.pubs.published, *self.pubs.hidden)}
        self.family_of: dict[str, Family] = {}
        groups = families(indicators) if linked else [(i,) for i in sorted(indicators)]
        for group in groups:
            family = Family(self.pubs, group, linked)
            for ind in group:
                self.family_of[ind] = family

    def bounds(self, key: Cell, integral: bool = False) -> tuple[int, float]:
        return self.family_of[key[0]].bounds(key, integral)

    def narrow(self, targets: Iterable[Cell]) -> dict[Cell, tuple[int, float]]:
        """Targets a reader pins down to less than the threshold, with their interval.

        To be quick, each family's targets are first pushed to extremes together (with
        varying signs): two feasible values at least the threshold apart prove a
        target wide. The rest get their exact LP bounds; a target the LP leaves wide
        enough but within reach (less than twice the threshold) is tried again with
        whole numbers only.
        """
        t = self.pubs.threshold
        found = {}
        open_targets = []
        by_family: dict[int, list[Cell]] = {}
        for key in sorted(targets):
            by_family.setdefault(id(self.family_of[key[0]]), []).append(key)
        for keys in by_family.values():
            open_targets += self.family_of[keys[0][0]].unproven(keys, t)
        for key in open_targets:
            lo, hi = self.bounds(key)
            if hi - lo < 2 * t and hi - lo >= t:
                lo, hi = self.bounds(key, integral=True)
            if hi - lo < t:
                found[key] = (lo, hi)
        return found
