"""Property-based tests of disclosure control on generated stores.

Each example generates a small region (``generate_demo``) and publishes January and
February in order, as a team lead would. The checks read only the published JSON
files, as a reader would, and use an independent attacker model: an LP over the full
cross-classification of every indicator (every month, own category and combination
of all breakdown categories), not the margin model the product uses. So they test
both the suppression and the claim that auditing the margins is enough.
"""

from __future__ import annotations

import itertools
import json
import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog
from scipy.sparse import csr_array

from zkijdesk.reporting.indicators import BY_CODE, THEMES, TOTAL, Kind, Population

TODAY = date(2026, 3, 20)
THRESHOLD = 5
STABLE = ("gemeente", "leeftijd")  # and every doelgroep_* split


def _is_stable(dim: str) -> bool:
    return dim in STABLE or dim.startswith("doelgroep_")


# ---------------------------------------------------------------- reading the files
def cell_of(table: dict, coords: dict, year: int, month: int) -> tuple:
    """(indicator, own, dim, cat, year, kind, month) of a published cell, from its coords."""
    period = coords["periode"]
    kind, y, mm = {
        "MAAND": ("M", year, month),
        "JTD": ("Y", year, month),
        "VORIGE_MAAND": ("M", year, month - 1) if month > 1 else ("M", year - 1, 12),
        "VORIG_JAAR": ("M", year - 1, month),
    }[period]
    if kind == "Y" and mm == 1:
        kind = "M"
    if table["id"] == "kerncijfers":
        ind = BY_CODE[coords["indicator"]]
        return (ind.code, TOTAL if ind.own else "", "", TOTAL, y, kind, mm)
    theme_code, dim = table["id"].split(".")
    theme = next(t for t in THEMES if t.code == theme_code)
    if theme.own_of is not None:
        ind, own = theme.own_of, coords[theme.own_of.own.code]
    else:
        ind = BY_CODE[coords["indicator"]]
        own = TOTAL if ind.own else ""
    cat = coords[dim]
    return (ind.code, own, "" if cat == TOTAL else dim, cat, y, kind, mm)


def read(docs: list[dict]) -> tuple[dict, set]:
    published, hidden = {}, set()
    for doc in docs:
        year, month = (int(x) for x in doc["period"].split("-"))
        for table in doc["tables"]:
            for c in table["cells"]:
                key = cell_of(table, c["coords"], year, month)
                if c["value"] is None:
                    hidden.add(key)
                else:
                    assert published.get(key, c["value"]) == c["value"]
                    published[key] = c["value"]
    return published, hidden - set(published)


# ---------------------------------------------------------------- the attacker
class Attacker:
    """An LP over the full cross-classification of one indicator in one year."""

    def __init__(self, indicator: str, year: int, cells: list[tuple], categories: dict):
        ind = BY_CODE[indicator]
        self.kind = ind.kind
        self.months = max(c[6] for c in cells)
        self.dims = sorted({c[2] for c in cells if c[2]})
        self.combos = list(itertools.product(*(categories[d] for d in self.dims)))
        self.owns = list(ind.own.codes) if ind.own else [""]
        index = {}
        parts = ("f", "r") if ind.kind is Kind.DISTINCT else ("x",)
        for k in range(1, self.months + 1):
            for part in parts:
                for o in self.owns:
                    for combo in self.combos:
                        index[(part, k, o, combo)] = len(index)
        self.index = index
        self.rows_ub: list[dict] = []
        if ind.kind is Kind.DISTINCT:
            stable = [i for i, d in enumerate(self.dims) if _is_stable(d)]
            for k in range(2, self.months + 1):
                groups: dict = {}
                for combo in self.combos:
                    groups.setdefault(tuple(combo[i] for i in stable), []).append(combo)
                for members in groups.values():
                    row = {}
                    for combo in members:
                        row[index[("r", k, "", combo)]] = 1.0
                        for j in range(1, k):
                            row[index[("f", j, "", combo)]] = -1.0
                    self.rows_ub.append(row)

    def expr(self, cell: tuple) -> dict:
        _, own, dim, cat, _, kind, month = cell
        owns = self.owns if own == TOTAL else [own]
        pos = self.dims.index(dim) if dim else None
        combos = [c for c in self.combos if pos is None or c[pos] == cat]
        out = {}
        if self.kind is Kind.EVENT:
            months = [month] if kind == "M" else range(1, month + 1)
            for k in months:
                for o in owns:
                    for combo in combos:
                        out[self.index[("x", k, o, combo)]] = 1.0
        elif kind == "M":
            for combo in combos:
                out[self.index[("f", month, "", combo)]] = 1.0
                if month > 1:
                    out[self.index[("r", month, "", combo)]] = 1.0
        else:
            for k in range(1, month + 1):
                for combo in combos:
                    out[self.index[("f", k, "", combo)]] = 1.0
        return out

    def bounds(self, published: dict, target: tuple) -> tuple[int, float]:
        n = len(self.index)
        rows = [self.expr(c) for c in published]
        rhs = list(published.values())

        def matrix(rs):
            data = [(i, j, a) for i, r in enumerate(rs) for j, a in r.items()]
            if not data:
                return None
            i, j, a = zip(*data, strict=True)
            return csr_array((a, (i, j)), shape=(len(rs), n))

        a_eq, a_ub = matrix(rows), matrix(self.rows_ub)
        b_ub = np.zeros(len(self.rows_ub)) if self.rows_ub else None
        var_bounds = [(0, 0) if key[0] == "r" and key[1] == 1 else (0, None) for key in self.index]
        c = np.zeros(n)
        for j, a in self.expr(target).items():
            c[j] = a
        out = []
        for sign in (1, -1):
            res = linprog(
                sign * c,
                A_eq=a_eq,
                b_eq=np.array(rhs, dtype=float),
                A_ub=a_ub,
                b_ub=b_ub,
                bounds=var_bounds,
                method="highs",
            )
            assert res.status in (0, 3), res.message
            out.append(math.inf if res.status == 3 else sign * res.fun)
        lo, hi = out[0], out[1]
        return math.ceil(lo - 1e-6), (math.floor(hi + 1e-6) if math.isfinite(hi) else math.inf)


def categories_of(docs: list[dict]) -> dict:
    cats = {}
    for doc in docs:
        for table in doc["tables"]:
            for dim, items in table["categories"].items():
                cats[dim] = [i["code"] for i in items if i["code"] != TOTAL]
    return cats


def derivable(docs: list[dict], targets: list[tuple]) -> dict:
    published, _ = read(docs)
    cats = categories_of(docs)
    out = {}
    for target in targets:
        block = [c for c in (*published, target) if c[:1] == target[:1] and c[4] == target[4]]
        attacker = Attacker(target[0], target[4], block, cats)
        mine = {c: v for c, v in published.items() if c[0] == target[0] and c[4] == target[4]}
        out[target] = attacker.bounds(mine, target)
    return out


# ---------------------------------------------------------------- the region
def publish_months(tmp: Path, clients: int, seed: int) -> tuple[list[dict], list[Path], object]:
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.services.reporting import ReportingService
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    store = create_store(StoreLocation(path=tmp / f"region-{seed}.db"), key=new_raw_key())
    generate_demo(store, clients=clients, seed=seed, today=TODAY)
    service = ReportingService(store, actor_for(store, "teamlead01"), lambda: TODAY)
    docs, folders = [], []
    for month in (1, 2):
        folder = tmp / f"out-{seed}-{month}"
        service.export(f"2026-{month:02d}", folder, "json,csv")
        docs.append(json.loads((folder / f"ZKIJ-maandcijfers-2026-{month:02d}.json").read_text()))
        folders.append(folder)
    return docs, folders, (store, service)


regions = st.tuples(st.integers(min_value=25, max_value=160), st.integers(0, 10_000))


@pytest.mark.slow
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(region=regions, data=st.data())
def test_published_figures_are_safe_additive_and_reproducible(tmp_path_factory, region, data):
    clients, seed = region
    tmp = tmp_path_factory.mktemp("region")
    docs, folders, (store, service) = publish_months(tmp, clients, seed)
    try:
        # 1. Every published count is 0 or at least the threshold.
        for doc in docs:
            assert doc["threshold"] == THRESHOLD and doc["audit"]["passed"]
            for table in doc["tables"]:
                for cell in table["cells"]:
                    assert (
                        cell["value"] is None or cell["value"] == 0 or (cell["value"] >= THRESHOLD)
                    ), (table["id"], cell)
        # 2. Totals equal the sum of their parts wherever nothing is suppressed.
        for doc in docs:
            for table in doc["tables"]:
                check_additivity(table)
        # 3. The same store and month give the same CSV and JSON, apart from the version
        #    the repeat export carries (2): a reader can tell the files apart, and nothing
        #    else in them moved.
        again = tmp / "again"
        service.export("2026-02", again, "json,csv")
        name = "ZKIJ-maandcijfers-2026-02"
        first_json = (folders[1] / f"{name}.json").read_bytes()
        second_json = (again / f"{name}.json").read_bytes()
        assert b'"version": 1,' in first_json and b'"version": 2,' in second_json
        assert second_json.replace(b'"version": 2,', b'"version": 1,') == first_json
        first_rows = (folders[1] / f"{name}.csv").read_bytes().splitlines()
        second_rows = (again / f"{name}.csv").read_bytes().splitlines()
        assert [row.rsplit(b";", 1)[0] for row in second_rows] == [
            row.rsplit(b";", 1)[0] for row in first_rows
        ]
        assert {row.rsplit(b";", 1)[1] for row in second_rows[1:]} == {b'"2"'}
        # 4. A reader holding every publication so far cannot narrow a hidden cell past what
        #    the file promises: a small count (the store says which) stays the threshold wide,
        #    every other hidden cell as wide as the file promises (1: never exact).
        #    January's after January, everything after February.
        for upto in (1, 2):
            _, hidden = read(docs[:upto])
            newest = _hidden_in(docs[upto - 1])
            pool = sorted(newest & hidden)
            if not pool:
                continue
            sample = data.draw(
                st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique=True),
                label=f"hidden cells checked after month {upto}",
            )
            promise = docs[upto - 1]["audit"]["guarantee"]["other_hidden_cells_interval_width"]
            for cell, (lo, hi) in derivable(docs[:upto], sample).items():
                truth = true_value(store, cell)
                assert lo <= truth <= hi, (cell, lo, hi)  # the attacker is sound
                if 0 < truth < THRESHOLD:
                    assert hi - lo >= THRESHOLD, (cell, lo, hi)
                else:
                    assert hi - lo >= promise, (cell, lo, hi)
    finally:
        store.close()


def true_value(store, cell: tuple) -> int:
    """The store's count of a cell: the oracle that says which hidden cells are small."""
    from zkijdesk.reporting.cells import CellKey
    from zkijdesk.services.reporting_queries import year_counts

    with store.read_session(transaction=True) as s:
        return year_counts(s, cell[4], cell[6]).value(CellKey.make(*cell))


def _hidden_in(doc: dict) -> set:
    year, month = (int(x) for x in doc["period"].split("-"))
    return {
        cell_of(t, c["coords"], year, month)
        for t in doc["tables"]
        for c in t["cells"]
        if c["value"] is None
    }


def check_additivity(table: dict) -> None:
    dims = table["dimensions"]
    row_dim = dims[0]
    cells = {tuple(c["coords"][d] for d in dims): c["value"] for c in table["cells"]}
    for axis, dim in enumerate(dims[:-1]):
        codes = [i["code"] for i in table["categories"][dim]]
        if TOTAL not in codes:
            continue
        parts = [c for c in codes if c != TOTAL]
        others = [[i["code"] for i in table["categories"][d]] for d in dims if d != dim]
        for rest in itertools.product(*others):

            def at(code, rest=rest, axis=axis):
                coords = list(rest)
                coords.insert(axis, code)
                return cells[tuple(coords)]

            values = [at(p) for p in parts]
            total = at(TOTAL)
            if total is not None and all(v is not None for v in values):
                assert sum(values) == total, (table["id"], dim, rest)
    assert row_dim


def test_attacker_model_finds_a_disclosure_the_product_would_refuse():
    """Sanity check of the oracle itself: publishing a row minus one cell gives it away."""
    cats = {"gemeente": ["A", "B"]}
    published = {
        ("instroom", "", "", TOTAL, 2026, "M", 1): 10,
        ("instroom", "", "gemeente", "A", 2026, "M", 1): 8,
    }
    target = ("instroom", "", "gemeente", "B", 2026, "M", 1)
    attacker = Attacker("instroom", 2026, [*published, target], cats)
    assert attacker.bounds(published, target) == (2, 2)
    assert BY_CODE["instroom"].population is Population.PERSONS
