"""Secondary suppression beside tau-Argus, and the export time with a year's ledger.

A 30,000-client demo region (seed 7) publishes every month of 2025 in order, as a
team lead does (``ReportingService.export``; January and December in all four
formats and timed, the months between as JSON). For January and June the same
tables then go through tau-Argus (``pytauargus``, benchmark dependency only):
optimal (``OPT``, once with unit cost to minimise the number of hidden cells and
once with the cell value as cost) and modular (``MOD``), with zkijdesk's primary
cells as the unsafe cells and the same protection width (an unsafe count ``v``
must be able to lie anywhere in ``[0, threshold]``: lower protection ``v``, upper
``threshold - v``).

What counts as a tau-Argus table: every indicator by every breakdown for one period
(the month, or January to the month), with the own dimension (exit reason,
contract type) as a second dimension where there is one. tau-Argus protects each
table on its own: it does not see that tables share their totals, that
year-to-date is last month's year-to-date plus the month, the relations between
indicators, or what earlier months published, all of which zkijdesk must respect.
Its figures are therefore a lower bound for what a linked, audited pattern needs.

Finally a reader holding all twelve JSON files (the independent reader's model of
``tests/reporting/reader_model.py``) counts the hidden cells it can derive
exactly: a cell hidden for nothing.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.disclosure.model import FAMILY
from zkijdesk.reporting.disclosure.primary import primary_suppressions
from zkijdesk.reporting.indicators import BY_CODE, TOTAL
from zkijdesk.reporting.tables import publication_tables
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.reporting import ReportingService
from zkijdesk.services.reporting_queries import year_counts
from zkijdesk.services.users import actor_for
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

TODAY = date(2026, 1, 20)
YEAR = 2025
COMPARED = (1, 6)
TIMED = (1, 12)
METHODS = (
    ("OPT, aantal", "OPT(1,60)", "-2"),
    ("OPT, waarde", "OPT(1,60)", ""),
    ("MOD", "MOD(1,5,1,1,1)", ""),
)
"""(label, tau-Argus suppression, cost variable: -2 unit cost, empty the cell value)."""
TESTS = Path(__file__).resolve().parent.parent / "tests" / "reporting"

RDA = """<SEPARATOR> ";"
<SAFE> "S"
<UNSAFE> "U"
<PROTECT> "P"
{variables}value "" ""
  <NUMERIC>
status "" ""
  <STATUS>
lpl "" ""
  <NUMERIC> <LOWERPL>
upl "" ""
  <NUMERIC> <UPPERPL>
"""
VARIABLE = """{name} "" ""
  <RECODEABLE>
  <TOTCODE> "Totaal"
"""


@dataclass
class TauTable:
    """One table as tau-Argus sees it: (category, own category) -> canonical cell."""

    indicator: str
    dim: str
    kind: str
    cells: dict[tuple[str, ...], CellKey] = field(default_factory=dict)

    @property
    def name(self) -> str:
        period = "maand" if self.kind == MONTH else "jtd"
        return f"{self.indicator}.{self.dim or 'totaal'}.{period}"


def tau_tables(values: dict[CellKey, int], year: int, month: int) -> list[TauTable]:
    """The month's breakdown tables, one per indicator, breakdown and period."""
    tables: dict[tuple, TauTable] = {}
    for key in sorted(values):
        if key.year != year or key.month != month:
            continue
        if not key.dim:
            continue
        kind = YEAR_TO_DATE if key.kind == YEAR_TO_DATE else MONTH
        table = tables.setdefault(
            (key.indicator, key.dim, kind), TauTable(key.indicator, key.dim, kind)
        )
        table.cells[_coords(key)] = key
    for table in tables.values():
        # The grand total (and the own totals of the grand total) close each table.
        sample = next(iter(table.cells.values()))
        ind = BY_CODE[table.indicator]
        owns = (*ind.own_codes, TOTAL) if ind.own is not None else ("",)
        for own in owns:
            key = CellKey.make(table.indicator, own, "", TOTAL, year, sample.kind, month)
            if key in values:
                table.cells[_coords(key)] = key
    return [tables[k] for k in sorted(tables)]


def _coords(key: CellKey) -> tuple[str, ...]:
    cat = "Totaal" if key.cat == TOTAL else key.cat
    if BY_CODE[key.indicator].own is None:
        return (cat,)
    return (cat, "Totaal" if key.own == TOTAL else key.own)


def run_tau(
    table: TauTable,
    values: dict[CellKey, int],
    primary: dict[CellKey, str],
    threshold: int,
    method: str,
    cost: str,
    work: Path,
) -> set[CellKey]:
    """The cells tau-Argus hides as secondary in ``table``."""
    from pytauargus.engine import run_batch

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    names = ["cat"] if len(next(iter(table.cells))) == 1 else ["cat", "own"]
    lines = []
    for coords, key in sorted(table.cells.items()):
        value = values[key]
        if key in primary:
            status, lower, upper = "U", min(value, threshold), max(threshold - value, 0)
        else:
            status, lower, upper = "S", 0, 0
        lines.append(";".join((*coords, str(value), status, str(lower), str(upper))))
    (work / "t.tab").write_text("\n".join(lines) + "\n", encoding="utf-8")
    variables = "".join(VARIABLE.format(name=n) for n in names)
    (work / "t.rda").write_text(RDA.format(variables=variables), encoding="utf-8")
    quoted = "".join(f'"{n}"' for n in names)
    (work / "t.arb").write_text(
        f'<OPENTABLEDATA> "{work}/t.tab"\n<OPENMETADATA> "{work}/t.rda"\n'
        f'<SPECIFYTABLE> {quoted}|"value"||{cost}\n<SAFETYRULE>\n<READTABLE> 1\n'
        f'<SUPPRESS> {method}\n<WRITETABLE> (1,4,AS+,"{work}/out.tab")\n',
        encoding="utf-8",
    )
    # The engine leaves logs in the working folder and scratch files in the temporary
    # folder: keep both inside this run's folder.
    before, tempfile.tempdir = tempfile.tempdir, str(work)
    try:
        with contextlib.chdir(work):
            run_batch(str(work / "t.arb"))
    finally:
        tempfile.tempdir = before
    hidden = set()
    for line in (work / "out.tab").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        fields = [f.strip().strip('"').strip() for f in line.split(",")]
        coords = tuple(fields[: len(names)])
        status = fields[len(names) + 2]
        if status == "D":
            hidden.add(table.cells[coords])
    return hidden


def exactly_derivable(docs: list[dict]) -> int:
    """Hidden cells of the year's files that a reader pins to one value."""
    sys.path.insert(0, str(TESTS))
    from reader_model import Reader

    reader = Reader(docs)
    secret = sorted(k for k in reader.pubs.secret() if k[4] == YEAR)
    by_family: dict[int, list] = defaultdict(list)
    for key in secret:
        by_family[id(reader.family_of[key[0]])].append(key)
    exact = 0
    for keys in by_family.values():
        family = reader.family_of[keys[0][0]]
        for key in family.unproven(keys, 1):
            low, high = family.bounds(key)
            exact += high - low < 1
    return exact, len(secret)


def _hidden_in_doc(doc: dict, tables, year: int) -> set[CellKey]:
    """zkijdesk's hidden canonical cells, read from the published JSON."""
    layout = {t.id: t for t in tables}
    hidden = set()
    for table in doc["tables"]:
        shape = layout[table["id"]]
        for cell in table["cells"]:
            if cell["status"] != "suppressed":
                continue
            coords = cell["coords"]
            row = coords[shape.rows.code]
            column = coords.get(shape.columns.code, "") if shape.columns is not None else ""
            hidden.add(shape.cells[(row, column, coords[shape.periods.code])])
    return hidden


def run(quick: bool = False) -> str:
    clients = 3_000 if quick else 30_000
    seed = 7
    rows_tables: list[str] = []
    rows_family: list[str] = []
    rows_month: list[str] = []
    timings: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = create_store(StoreLocation(path=folder / "demo.db"), key=new_raw_key())
        generate_demo(store, clients=clients, seed=seed, today=TODAY)
        lead = ReportingService(store, actor_for(store, "teamlead01"), lambda: TODAY)
        docs = []
        for month in range(1, 13):
            formats = None if month in TIMED else "json"
            started = time.perf_counter()
            result = lead.export(f"{YEAR}-{month:02d}", folder / f"m{month}", formats)
            if month in TIMED:
                timings[month] = time.perf_counter() - started
            path = next(p for p in result.files if p.suffix == ".json")
            docs.append(json.loads(path.read_text("utf-8")))
            audit = result.audit
            rows_month.append(
                f"| {YEAR}-{month:02d} | {audit.primary} | {audit.secondary} | {audit.suppressed} |"
            )
        with store.read_session(transaction=True) as s:
            counts = year_counts(s, YEAR, 12)
        store.close()
        exact, secret = exactly_derivable(docs)

        threshold = docs[0]["threshold"]
        for month in COMPARED:
            tables = publication_tables(counts.breakdowns, month)
            values = {
                k: counts.value(k) for t in tables for k in t.cells.values() if k.year == YEAR
            }
            primary = primary_suppressions(values, threshold)
            ours = _hidden_in_doc(docs[month - 1], tables, YEAR) - set(primary)
            theirs: dict[str, set[CellKey]] = {label: set() for label, _, _ in METHODS}
            per_table: dict[str, dict[str, tuple[int, int]]] = {}
            started = time.perf_counter()
            for table in tau_tables(values, YEAR, month):
                cells = set(table.cells.values())
                if not cells & set(primary):
                    continue
                line = {}
                for label, method, cost in METHODS:
                    found = run_tau(table, values, primary, threshold, method, cost, folder / "tau")
                    theirs[label] |= found
                    line[label] = (len(found), sum(values[k] for k in found))
                mine = ours & cells
                line["zkijdesk"] = (len(mine), sum(values[k] for k in mine))
                per_table[table.name] = line
            tau_s = time.perf_counter() - started
            labels = [label for label, _, _ in METHODS]
            rows_tables.append(
                f"\n**{YEAR}-{month:02d}** (tau-Argus took {tau_s:.0f} s for "
                f"{len(per_table)} tables with unsafe cells)\n\n"
                "| table | " + " | ".join(f"{label}" for label in labels) + " | zkijdesk |\n"
                "| --- | " + " | ".join("---" for _ in labels) + " | --- |"
            )
            for name, line in per_table.items():
                cells_text = " | ".join(
                    f"{line[label][0]} ({line[label][1]})" for label in [*labels, "zkijdesk"]
                )
                rows_tables.append(f"| {name} | {cells_text} |")
            every = tau_tables(values, YEAR, month)
            compared = set().union(*(set(t.cells.values()) for t in every))
            families = sorted({FAMILY[k.indicator] for k in compared})
            for family in families:
                line = []
                for hidden in [*(theirs[label] for label in labels), ours & compared]:
                    chosen = {k for k in hidden if FAMILY[k.indicator] == family}
                    line.append(f"{len(chosen)} ({sum(values[k] for k in chosen)})")
                rows_family.append(f"| {YEAR}-{month:02d} | {family} | " + " | ".join(line) + " |")
            line = []
            for hidden in [*(theirs[label] for label in labels), ours & compared]:
                line.append(f"**{len(hidden)}** ({sum(values[k] for k in hidden)})")
            rows_family.append(f"| {YEAR}-{month:02d} | **alle** | " + " | ".join(line) + " |")
    labels = " | ".join(label for label, _, _ in METHODS)
    return f"""## Secondary suppression beside tau-Argus (`bench_suppression`)

Dataset: `generate_demo(clients={clients:,}, seed={seed})` up to {TODAY:%Y-%m-%d}; every
month of {YEAR} exported in order by the team lead (threshold {threshold}).

Whole export (PDF, XLSX, CSV, JSON, audit and ledger) with the year's ledger:
January (first of the year) **{timings[1]:.1f} s**, December (January to November in
the ledger) **{timings[12]:.1f} s**. Target: under 10 s.

Per month (zkijdesk, canonical cells, as in each file's audit):

| month | primary | secondary | hidden |
| --- | --- | --- | --- |
{chr(10).join(rows_month)}

A reader holding all twelve JSON files (`tests/reporting/reader_model.py`) derives
**{exact}** of the {secret:,} hidden cells of the year exactly (target 0: nothing hidden
for nothing).

Secondary cells, with their summed value in brackets, per linked family (tau-Argus:
the union over its tables; zkijdesk: its secondary cells among the same cells):

| month | family | {labels} | zkijdesk |
| --- | --- | {" | ".join("---" for _ in METHODS)} | --- |
{chr(10).join(rows_family)}

tau-Argus protects each table alone, so a cell that two tables share can be hidden
in one and shown in the other, and nothing stops next month's year-to-date minus
next month from giving a hidden month back; zkijdesk's pattern is linked across
tables, periods, indicators and the year's earlier files, and keeps every cell it
hid earlier hidden. Per table (secondary cells, summed value):
{chr(10).join(rows_tables)}"""
