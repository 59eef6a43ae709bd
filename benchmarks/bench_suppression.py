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
Its per-table figures are therefore below what a linked, audited pattern needs; a
second run makes them agree across the tables that share cells (``run_tau_linked``).

Finally a reader holding all twelve JSON files (the independent reader's model of
``tests/reporting/reader_model.py``) counts the hidden cells it can derive
exactly: a cell hidden for nothing.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks._fewest import Fewest, fewest
from zkijdesk.reporting import publication
from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.disclosure.model import FAMILY
from zkijdesk.reporting.disclosure.optimal import protect_optimal
from zkijdesk.reporting.disclosure.primary import SECONDARY, primary_suppressions
from zkijdesk.reporting.disclosure.problem import headline
from zkijdesk.reporting.indicators import BY_CODE, TOTAL, Kind
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


LINKED = "linked"
"""A table whose period dimension holds the year-to-date relation."""


TAU_BATCH = "import sys; from pytauargus.engine import run_batch; run_batch(sys.argv[1])"


class TauError(Exception):
    """tau-Argus could not protect a table (its message, or how the process ended)."""


@dataclass
class TauTable:
    """One table as tau-Argus sees it: (category, own category) -> canonical cell."""

    indicator: str
    dim: str
    kind: str
    cells: dict[tuple[str, ...], CellKey] = field(default_factory=dict)

    @property
    def name(self) -> str:
        period = {MONTH: "maand", YEAR_TO_DATE: "jtd", LINKED: "vorige jtd + maand"}[self.kind]
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


PREVIOUS, THIS_MONTH = "V", "M"
"""The period codes of a linked table: last month's year-to-date and this month, whose
total ("Totaal") is this month's year-to-date."""


def linked_tables(
    values: dict[CellKey, int], year: int, month: int, previous: dict[CellKey, int]
) -> list[TauTable]:
    """The month's tables with the period relation inside them.

    For an event indicator (from February), this month's year-to-date is last month's
    year-to-date plus this month: one table with a period dimension whose parts are last
    month's year-to-date (already published, or hidden by last month's file) and this
    month, and whose total is this month's year-to-date. tau-Argus then sees the chain
    every reader sees, as zkijdesk must. ``previous`` receives the values of last
    month's cells the tables add."""
    tables = []
    by_pair: dict[tuple[str, str], list[TauTable]] = defaultdict(list)
    for table in tau_tables(values, year, month):
        by_pair[(table.indicator, table.dim)].append(table)
    for (indicator, dim), pair in sorted(by_pair.items()):
        if month == 1 or BY_CODE[indicator].kind is not Kind.EVENT or len(pair) != 2:
            tables.extend(pair)
            continue
        linked = TauTable(indicator, dim, LINKED)
        for table in pair:
            code = THIS_MONTH if table.kind == MONTH else "Totaal"
            for coords, key in table.cells.items():
                linked.cells[(*coords, code)] = key
                if table.kind == MONTH:
                    before = CellKey.make(*key[:4], year, YEAR_TO_DATE, month - 1)
                    linked.cells[(*coords, PREVIOUS)] = before
                    previous[before] = 0
        tables.append(linked)
    return tables


def _coords(key: CellKey) -> tuple[str, ...]:
    cat = "Totaal" if key.cat == TOTAL else key.cat
    if BY_CODE[key.indicator].own is None:
        return (cat,)
    return (cat, "Totaal" if key.own == TOTAL else key.own)


def run_tau(
    table: TauTable,
    values: dict[CellKey, int],
    unsafe: dict[CellKey, tuple[int, int]],
    method: str,
    cost: str,
    work: Path,
) -> set[CellKey]:
    """The cells tau-Argus hides as secondary in ``table``.

    ``unsafe`` gives the protection levels (down, up) of every cell that must stay
    hidden; a cell of last month that is not in it was published, and tau-Argus may
    not hide it again ("P"); nor may it hide a headline figure (an indicator's total
    of the month or the year to date), which zkijdesk's planner never chooses either
    (``Problem.headline``)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    names = ["cat", "own", "periode"][: len(next(iter(table.cells)))]
    if table.kind == LINKED and len(names) == 2:
        names = ["cat", "periode"]
    lines = []
    for coords, key in sorted(table.cells.items()):
        value = values[key]
        if key in unsafe:
            status, (lower, upper) = "U", unsafe[key]
        elif (table.kind == LINKED and coords[-1] == PREVIOUS) or headline(key):
            status, lower, upper = "P", 0, 0
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
    # Each batch runs in a child process: the modular method's native code can crash
    # the process on a table with three dimensions. The engine leaves logs in the
    # working folder and scratch files in the temporary folder: keep both inside it.
    done = subprocess.run(
        [sys.executable, "-c", TAU_BATCH, str(work / "t.arb")],
        cwd=work,
        env={**os.environ, "TMPDIR": str(work), "TMP": str(work), "TEMP": str(work)},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not (work / "out.tab").exists():
        said = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        raise TauError(said)
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


def run_tau_linked(
    tables: list[TauTable],
    values: dict[CellKey, int],
    unsafe: dict[CellKey, tuple[int, int]],
    method: str,
    cost: str,
    work: Path,
) -> tuple[set[CellKey], list[str]]:
    """tau-Argus's pattern for tables that share cells, made consistent the way
    rtauargus's ``tab_multi_manager`` does it for tau-Argus (the headless engine has no
    linked-tables mode): each table is protected on its own; a cell one table hides
    becomes unsafe (at least one whole number wide) in every table that holds it, and
    the other tables holding it are protected again, until no table hides a shared
    cell another shows. The shared cells are each breakdown's totals (the indicator's
    grand total, its own totals, last month's year-to-date totals).

    It is a cascade, as rtauargus's is: each table's optimum given what the others hid,
    so neither tau-Argus's joint optimum over the family (which it has no mode for) nor
    a lower bound of it, and the cells it adds need only one whole number of width.
    Also returns the tables on which tau-Argus's engine gave up and had their grand
    total hidden for it."""
    holders: dict[CellKey, list[int]] = defaultdict(list)
    for i, table in enumerate(tables):
        for key in table.cells.values():
            holders[key].append(i)
    unsafe = dict(unsafe)
    hidden: set[CellKey] = set()
    forced: set[str] = set()
    queue = [i for i, t in enumerate(tables) if set(t.cells.values()) & set(unsafe)]
    for _ in range(50):
        if not queue:
            return hidden, forced
        again: set[int] = set()
        for i in queue:
            try:
                found = run_tau(tables[i], values, unsafe, method, cost, work)
            except TauError as exc:
                # The engine gives up ("lower- and upperbound both equal infinity") on
                # a table whose inner cells are all hidden or zero, although hiding
                # its grand total would do: that is done for it, and counted. Any other
                # failure is tau-Argus's, and named with its table.
                table = tables[i]
                grand = {k for c, k in table.cells.items() if set(c) == {"Totaal"}}
                inner = [k for c, k in table.cells.items() if "Totaal" not in c]
                if not all(k in unsafe or values[k] == 0 for k in inner):
                    raise TauError(f"{table.name}: {exc}") from exc
                levels = {**unsafe, **dict.fromkeys(grand - set(unsafe), (0, 1))}
                found = run_tau(table, values, levels, method, cost, work) | grand
                forced.add(table.name)
            for key in sorted(found - hidden):
                hidden.add(key)
                unsafe.setdefault(key, (0, 1))
                again.update(j for j in holders[key] if j != i)
        queue = sorted(again)
    raise TauError("linked tables: no agreement after 50 rounds")


def reader_attack(docs: list[dict], counts) -> tuple[int, int, int, int]:
    """What a reader holding the year's files derives (``tests/reporting/reader_model.py``,
    independent of the suppression code): hidden cells pinned to one value, of all
    hidden cells; hidden small counts narrower than the threshold, of all hidden small
    counts (their true values from the counting queries, to know which are small)."""
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
    threshold = docs[0]["threshold"]
    small = [k for k in secret if 0 < counts.value(CellKey.make(*k)) < threshold]
    return exact, len(secret), len(reader.narrow(small)), len(small)


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


def _with_pattern(doc: dict, tables, year: int, hidden: set[CellKey], values) -> dict:
    """``doc`` as it would read had ``hidden`` been the pattern among ``values``'s cells
    (every other cell as published)."""
    layout = {t.id: t for t in tables}
    out = copy.deepcopy(doc)
    for table in out["tables"]:
        shape = layout[table["id"]]
        for cell in table["cells"]:
            coords = cell["coords"]
            row = coords[shape.rows.code]
            column = coords.get(shape.columns.code, "") if shape.columns is not None else ""
            key = shape.cells[(row, column, coords[shape.periods.code])]
            if key not in values:
                continue
            cell["value"] = None if key in hidden else values[key]
            cell["status"] = "suppressed" if key in hidden else "published"
    return out


def month_attack(docs: list[dict], counts, month: int) -> tuple[list, list]:
    """Of the month's hidden small counts (the second list), those a reader holding
    ``docs`` (the months so far) pins narrower than the threshold (the first)."""
    sys.path.insert(0, str(TESTS))
    from reader_model import Reader

    reader = Reader(docs)
    threshold = docs[0]["threshold"]
    small = [
        k
        for k in sorted(reader.pubs.secret())
        if k[4] == YEAR and k[6] == month and 0 < counts.value(CellKey.make(*k)) < threshold
    ]
    return list(reader.narrow(small)), small


LOOSE = "OPT per tabel"
"""tau-Argus's optimum on the month's and the year-to-date's tables apart."""
LINKED_OPT = "OPT, gekoppeld"
"""tau-Argus's optimum with the period relation, each table protected again until the
tables that share cells agree (``run_tau_linked``)."""
PINNED = f"small counts {LINKED_OPT} leaves pinned"
"""The family table's last column: what the reader pins in tau-Argus's linked pattern."""


def _levels(value: int, threshold: int) -> tuple[int, int]:
    """An unsafe count must be able to lie anywhere in [0, threshold]."""
    return min(value, threshold), max(threshold - value, 0)


@dataclass
class Comparison:
    """One month's secondary cells, tau-Argus's and zkijdesk's, among the same cells."""

    month: int
    values: dict[CellKey, int]
    ours: set[CellKey]
    theirs: dict[str, set[CellKey]]
    per_table: dict[str, dict[str, tuple[int, int]]]
    seconds: float
    failed: dict[str, list[tuple[TauTable, str]]]
    """Per method, the tables tau-Argus could not protect, with its message."""
    forced: set[str] = field(default_factory=set)
    """Tables where the linked run hid the grand total for tau-Argus (``run_tau_linked``)."""
    completed: set[CellKey] | None = None
    """tau-Argus's linked optimum completed by zkijdesk's planner (``completed``)."""
    fewest: Fewest | None = None
    """The fewest secondary cells any safe pattern of the month needs (``_fewest``)."""
    exposed: dict[str, tuple[list, list] | None] = field(default_factory=dict)
    """Per pattern (zkijdesk's, tau-Argus's linked optimum put in zkijdesk's file),
    the month's hidden small counts the reader of the months so far pins narrower
    than the threshold, of all of them."""

    def _text(self, hidden: set[CellKey]) -> str:
        return f"{len(hidden)} ({sum(self.values[k] for k in hidden)})"

    def table_rows(self) -> list[str]:
        labels = [*(label for label, _, _ in METHODS), LINKED_OPT]
        rows = [
            f"\n**{YEAR}-{self.month:02d}** (tau-Argus took {self.seconds:.0f} s for the "
            f"{len(self.per_table)} tables with unsafe cells and the linked run; a table it "
            "only touched in the linked run has no row)\n",
            "| table | " + " | ".join(labels) + " | zkijdesk |",
            "| --- | " + " | ".join("---" for _ in labels) + " | --- |",
        ]
        for name, line in self.per_table.items():
            text = " | ".join(
                f"{line[label][0]} ({line[label][1]})" if label in line else "failed"
                for label in [*labels, "zkijdesk"]
            )
            rows.append(f"| {name} | {text} |")
        return rows

    def family_rows(self) -> list[str]:
        """Per family and in all; a method that failed on one of the family's tables
        has no figure there (a sum over the tables it managed would flatter it)."""
        labels = [LOOSE, *(label for label, _, _ in METHODS), LINKED_OPT, "made safe", "zkijdesk"]
        columns = [
            self.theirs[LOOSE],
            *(self.theirs[label] for label, _, _ in METHODS),
            self.theirs[LINKED_OPT],
            self.completed,
            self.ours,
        ]
        pinned = self.exposed.get(LINKED_OPT)
        rows = []
        families = sorted({FAMILY[k.indicator] for k in self.values})
        for family in [*families, None]:
            line = []
            for label, hidden in zip(labels, columns, strict=True):
                broken = [
                    t
                    for t, _ in self.failed.get(label, ())
                    if family in (None, FAMILY[t.indicator]) or label == LINKED_OPT
                ]
                if hidden is None:
                    line.append("–")
                    continue
                chosen = {k for k in hidden if family in (None, FAMILY[k.indicator])}
                text = "–" if broken else self._text(chosen)
                line.append(f"**{text}**" if family is None and not broken else text)
            line.append(self._pinned(pinned, family))
            name = family or "**alle**"
            rows.append(f"| {YEAR}-{self.month:02d} | {name} | " + " | ".join(line) + " |")
        return rows

    @staticmethod
    def _pinned(found: tuple[list, list] | None, family: str | None) -> str:
        """Of the family's hidden small counts, how many the reader pins in a pattern."""
        if found is None:
            return "–"
        narrow, small = ([k for k in keys if family in (None, FAMILY[k[0]])] for keys in found)
        return f"{len(narrow)} of {len(small)}"

    def ratio(self) -> str:
        loose = len(self.theirs[LOOSE])
        period = len(self.theirs[METHODS[0][0]])
        ours = len(self.ours)
        if LINKED_OPT in self.failed:
            linked, to_linked = "–", "–"
        else:
            linked = str(len(self.theirs[LINKED_OPT])) + ("*" if self.forced else "")
            to_linked = f"{ours / max(len(self.theirs[LINKED_OPT]), 1):.2f}x"
        safe = "–" if self.completed is None else str(len(self.completed))
        to_safe = "–" if self.completed is None else f"{ours / len(self.completed):.2f}x"
        if self.fewest is None:
            floor = to_floor = floor_to_linked = "–"
        else:
            bound = self.fewest.bound
            reached = self.fewest.reached
            floor = f"{bound} ({self.fewest.found}" + (
                ")" if reached is None else f", {len(reached)} audited)"
            )
            if self.fewest.released:
                floor += f", {self.fewest.released} let go"
            to_floor = f"{ours / max(bound, 1):.2f}x"
            floor_to_linked = (
                "–" if linked == "–" else f"{bound / max(len(self.theirs[LINKED_OPT]), 1):.2f}x"
            )
        return (
            f"| {YEAR}-{self.month:02d} | {loose} | {period} | {linked} | {safe} | {floor} | "
            f"{ours} | {to_linked} | {ours / period:.2f}x | {to_safe} | {to_floor} | "
            f"{floor_to_linked} | {ours / loose:.2f}x |"
        )

    def exposed_row(self) -> str:
        cells = [
            "–" if found is None else f"{len(found[0])} of {len(found[1])}"
            for found in self.exposed.values()
        ]
        return f"| {YEAR}-{self.month:02d} | " + " | ".join(cells) + " |"

    def failures(self) -> list[str]:
        said = [
            f"- {YEAR}-{self.month:02d}, {label}: {len(tables)} tables failed "
            f"(for example {tables[0][0].name}: {tables[0][1]})"
            for label, tables in self.failed.items()
        ]
        if self.forced:
            said.append(
                f"- {YEAR}-{self.month:02d}, {LINKED_OPT}: tau-Argus gave up on "
                f"{len(self.forced)} table(s) once other tables had hidden its cells "
                f"({', '.join(sorted(self.forced))}); their grand total was hidden for it"
                " (counted among tau-Argus's cells; the ratio is marked *)"
            )
        return said


def capture_problems() -> dict[int, tuple]:
    """Each month's disclosure problem as the export hands it to the planner (the
    last export of a month wins), to complete tau-Argus's pattern with it later."""
    found: dict[int, tuple] = {}
    plan = publication.protect_optimal

    def keep(problem, threshold, fixed, progress=None):
        month = max(k.month for k in problem.values if k.year == YEAR)
        if month in COMPARED:
            found[month] = (problem, threshold, dict(fixed))
        return plan(problem, threshold, fixed, progress)

    publication.protect_optimal = keep
    return found


def completed(captured: tuple, found: Comparison) -> set[CellKey] | None:
    """Secondary cells of tau-Argus's linked-tables optimum once zkijdesk's planner has added
    what the audit (every relation, every earlier month) still asks for: the cheapest
    safe pattern this benchmark knows that starts from tau-Argus's."""
    label = LINKED_OPT
    if label in found.failed:
        return None
    problem, threshold, fixed = captured
    start = {**fixed, **{k: SECONDARY for k in found.theirs[label] if k not in fixed}}
    protection = protect_optimal(problem, threshold, start)
    added = {k for k in protection.suppressed if k not in start} & set(found.values)
    return found.theirs[label] | added


def compare_month(counts, docs: list[dict], month: int, threshold: int, work: Path) -> Comparison:
    """tau-Argus on the month's tables, once apart and once with the period relation."""
    tables = publication_tables(counts.breakdowns, month)
    values = {k: counts.value(k) for t in tables for k in t.cells.values() if k.year == YEAR}
    primary = primary_suppressions(values, threshold)
    unsafe = {k: _levels(values[k], threshold) for k in primary}
    ours = _hidden_in_doc(docs[month - 1], tables, YEAR) - set(primary)
    before: dict[CellKey, int] = {}
    linked = linked_tables(values, YEAR, month, before)
    if before:
        earlier = publication_tables(counts.breakdowns, month - 1)
        hidden = _hidden_in_doc(docs[month - 2], earlier, YEAR)
        for key in before:
            value = before[key] = counts.value(key)
            if key in hidden:
                unsafe[key] = _levels(value, threshold) if 0 < value < threshold else (0, 1)
    every = {**values, **before}
    theirs: dict[str, set[CellKey]] = {LOOSE: set()} | {label: set() for label, _, _ in METHODS}
    theirs[LINKED_OPT] = set()
    for table in tau_tables(values, YEAR, month):
        if set(table.cells.values()) & set(primary):
            theirs[LOOSE] |= run_tau(table, every, unsafe, *METHODS[0][1:], work)
    per_table: dict[str, dict[str, tuple[int, int]]] = {}
    table_cells: dict[str, set[CellKey]] = {}
    failed: dict[str, list[tuple[TauTable, str]]] = {}
    started = time.perf_counter()
    for table in linked:
        cells = set(table.cells.values()) & set(values)
        if not set(table.cells.values()) & set(unsafe):
            continue
        line = {}
        for label, method, cost in METHODS:
            try:
                found = run_tau(table, every, unsafe, method, cost, work) & cells
            except TauError as exc:
                failed.setdefault(label, []).append((table, str(exc)))
                continue
            theirs[label] |= found
            line[label] = (len(found), sum(values[k] for k in found))
        mine = ours & cells
        line["zkijdesk"] = (len(mine), sum(values[k] for k in mine))
        per_table[table.name] = line
        table_cells[table.name] = cells
    forced: set[str] = set()
    try:
        theirs[LINKED_OPT], forced = run_tau_linked(linked, every, unsafe, *METHODS[0][1:], work)
    except TauError as exc:
        named = next((t for t in linked if str(exc).startswith(f"{t.name}: ")), linked[0])
        failed.setdefault(LINKED_OPT, []).append((named, str(exc)))
    theirs[LINKED_OPT] &= set(values)
    if LINKED_OPT not in failed:
        for name, cells in table_cells.items():
            mine = theirs[LINKED_OPT] & cells
            per_table[name][LINKED_OPT] = (len(mine), sum(values[k] for k in mine))
    seconds = time.perf_counter() - started
    compared = set().union(*(set(t.cells.values()) for t in linked)) & set(values)
    exposed = {"zkijdesk": month_attack(docs[:month], counts, month)}
    for label in (METHODS[0][0], LINKED_OPT):
        if label in failed:
            exposed[label] = None
            continue
        pattern = (theirs[label] | set(primary)) & compared
        shown = {k: values[k] for k in compared}
        theirs_doc = _with_pattern(docs[month - 1], tables, YEAR, pattern, shown)
        exposed[label] = month_attack([*docs[: month - 1], theirs_doc], counts, month)
    return Comparison(
        month,
        {k: values[k] for k in compared},
        ours & compared,
        theirs,
        per_table,
        seconds,
        failed,
        forced=forced,
        exposed=exposed,
    )


def run(quick: bool = False) -> str:
    clients = 3_000 if quick else 30_000
    seed = 7
    rows_tables: list[str] = []
    rows_family: list[str] = []
    rows_month: list[str] = []
    ratios: list[str] = []
    exposed: list[str] = []
    failures: list[str] = []
    timings: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = create_store(StoreLocation(path=folder / "demo.db"), key=new_raw_key())
        generate_demo(store, clients=clients, seed=seed, today=TODAY)
        lead = ReportingService(store, actor_for(store, "teamlead01"), lambda: TODAY)
        docs = []
        problems = capture_problems()
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
        publication.protect_optimal = protect_optimal
        exact, secret, narrow, small = reader_attack(docs, counts)

        threshold = docs[0]["threshold"]
        for month in COMPARED:
            found = compare_month(counts, docs, month, threshold, folder / "tau")
            found.completed = completed(problems[month], found)
            found.fewest = fewest(*problems[month])
            rows_tables.extend(found.table_rows())
            rows_family.extend(found.family_rows())
            ratios.append(found.ratio())
            exposed.append(found.exposed_row())
            failures.extend(found.failures())
    labels = " | ".join(label for label, _, _ in METHODS)
    head = (
        f"month | {LOOSE} | OPT, period | {LINKED_OPT} | made safe | fewest safe | zkijdesk"
        f" | ratio | to OPT, period | to made safe | to fewest safe"
        f" | fewest safe to {LINKED_OPT} | to {LOOSE}"
    )
    ratio_head = f"| {head} |\n|" + " --- |" * len(head.split(" | "))
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

A reader holding all twelve JSON files (`tests/reporting/reader_model.py`, which sees
only the files and the documented definitions) derives **{exact}** of the {secret:,}
hidden cells of the year exactly (target 0: nothing hidden for nothing), and pins
**{narrow}** of the {small:,} hidden small counts narrower than the threshold (target 0).

**Like for like.** tau-Argus protects each table it is given and nothing else. Given
the month's table and the year-to-date's table apart (`{LOOSE}`), it may show both
this month's and this year's figure of a cell whose year-to-date last month hid,
which gives that cell back exactly; every pattern that respects the published
definitions must pay for that. So each event indicator's breakdown (from February)
goes to tau-Argus as one table with a period dimension: last month's year-to-date
(as published: cells shown last month may not be hidden again, cells hidden last
month are unsafe, a small count with the threshold's width, any other with one) plus
this month, whose total is this month's year-to-date. That is the relation every
reader of two consecutive files uses. Neither may hide a headline figure (an indicator's
total of the month or the year to date) to protect another cell: tau-Argus gets them as
protected ("P"), as zkijdesk's planner never chooses them. What tau-Argus still does not see, and
zkijdesk must: a total shared by several breakdowns (tau-Argus may hide it in one
table and show it in another), the relations between indicators (persons new in a
month and the starts that make them new, subsets, follow-ups six and twelve months
later), and every earlier month of the year, not only the last.

Secondary cells of the month. tau-Argus's optimum with the period relation
(`OPT, aantal`) protects each breakdown's table on its own, so a total shared by
several breakdowns may be hidden in one and shown in another (the union counts it as
hidden; in the published file it would be shown, and give away what the first table
hid). `{LINKED_OPT}` is the same optimum made consistent across the tables that share
cells, as rtauargus's `tab_multi_manager` does for tau-Argus: a cell hidden in one
table is unsafe in every other that holds it, and those are protected again until
they agree: how statistical offices run tau-Argus on linked tables. It is a cascade
(each table's optimum given what the others hid), not a joint optimum over the family,
which tau-Argus has no mode for; `OPT, aantal` is below any consistent pattern but not
one itself. The goal (at most 1.2x tau-Argus's optimal) is therefore read against both:
"ratio" is zkijdesk over `{LINKED_OPT}`, then over `OPT, aantal`. "Made safe":
`{LINKED_OPT}`'s pattern with the cells zkijdesk's planner adds to it until zkijdesk's
audit passes (every relation of the reader's model, every earlier month).
"Fewest safe" is a lower bound: no pattern that keeps every hidden small count of the
year at least the threshold wide against zkijdesk's reader (its LP model, given the
earlier months as zkijdesk published them) hides fewer secondary cells, among the
patterns that show the headline figures and let none of the earlier months' hidden
cells go, as zkijdesk's own patterns of these months do (`benchmarks/_fewest.py`: the
exact cut-and-solve method tau-Argus's optimal solver uses, with zkijdesk's reader as
the attacker, and only its cuts that hold for every pattern). In brackets, the fewest
cells of a pattern found with the planner's other cuts too (which hold for today's
pattern only), and that pattern's cells once completed to pass zkijdesk's whole audit
(and how many of the earlier months' protective cells it lets go, if any): the month's
true optimum lies between the bound and the audited pattern. The bound holds for the
history zkijdesk published; each month's choice changes what later months must hide,
so the fewest cells over the year are not the sum of each month's fewest.

{ratio_head}
{chr(10).join(ratios)}

**Is tau-Argus's optimum safe here?** Its pattern (primary cells plus the
secondary cells of `OPT, aantal` or of `{LINKED_OPT}`) put into zkijdesk's file of
the month in place of zkijdesk's own pattern, read by the same independent reader
with every file of the year so far: hidden small counts of the month it pins narrower
than the threshold (target 0; the reader's relations between indicators and earlier
months are what tau-Argus does not see). Either yardstick hides less than a safe
pattern needs:

| month | zkijdesk's pattern | OPT, period | {LINKED_OPT} |
| --- | --- | --- | --- |
{chr(10).join(exposed)}

Secondary cells, with their summed value in brackets, per linked family (tau-Argus:
the union over its tables; "made safe": `{LINKED_OPT}`'s pattern with the cells
zkijdesk's planner adds until its audit passes; zkijdesk: its secondary cells among the
same cells; a dash where tau-Argus failed on one of the family's tables). The last
column reads `{LINKED_OPT}`'s pattern as the reader does: of the family's hidden small
counts of the month, how many it pins narrower than the threshold (zkijdesk's: none):

| month | family | {LOOSE} | {labels} | {LINKED_OPT} | made safe | zkijdesk | {PINNED} |
| --- | --- | --- | {" | ".join("---" for _ in METHODS)} | --- | --- | --- | --- |
{chr(10).join(rows_family)}

{chr(10).join(failures) or "tau-Argus protected every table."}

Per table with the period relation (secondary cells, summed value):
{chr(10).join(rows_tables)}"""
