"""A small region's whole year of monthly figures: every month exported, then attacked.

The disclosure tests in CI publish January to July of a small region (their autumn
takes the audit minutes a month); what goes wrong only later in the year, when the
key figures start comparing with last year's second half and every earlier month is
in the ledger, is found here. Each region publishes every month of 2025 in order as
the team lead does (JSON, with the year's ledger); then a reader holding every file
(``tests/reporting/reader_model.py``, which sees only the files and the documented
definitions) bounds every hidden cell.

A month the export refuses, or a hidden small count the reader pins narrower than
the threshold, is a failure: ``python -m benchmarks`` then exits 1.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from benchmarks.bench_suppression import TODAY, YEAR, reader_attack
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.reporting import ReportingService
from zkijdesk.services.reporting_queries import year_counts
from zkijdesk.services.users import actor_for
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

REGIONS = ((800, 3), (2_000, 1))
"""(clients, demo seed): the size of one team's caseload, and of a small region's."""

FAILURES: list[str] = []


def _year(folder: Path, clients: int, seed: int) -> dict:
    store = create_store(StoreLocation(path=folder / "regio.db"), key=new_raw_key())
    try:
        generate_demo(store, clients=clients, seed=seed, today=TODAY)
        lead = ReportingService(store, actor_for(store, "teamlead01"), lambda: TODAY)
        docs, months = [], []
        for month in range(1, 13):
            started = time.perf_counter()
            try:
                result = lead.export(f"{YEAR}-{month:02d}", folder / f"m{month}", "json")
            except ZkijdeskError as exc:
                took = time.perf_counter() - started
                months.append((month, took, None, exc.message))
                FAILURES.append(f"{clients} clients, {YEAR}-{month:02d}: {exc.message}")
                continue
            took = time.perf_counter() - started
            path = next(p for p in result.files if p.suffix == ".json")
            docs.append(json.loads(path.read_text("utf-8")))
            months.append((month, took, result.audit, ""))
        with store.read_session(transaction=True) as s:
            counts = year_counts(s, YEAR, 12)
    finally:
        store.close()
    exact, secret, narrow, small = reader_attack(docs, counts)
    if narrow:
        FAILURES.append(f"{clients} clients: {narrow} hidden small counts pinned")
    return {"months": months, "attack": (exact, secret, narrow, small)}


def run(quick: bool = False) -> str:
    regions = REGIONS[:1] if quick else REGIONS
    found = {}
    for clients, seed in regions:
        with tempfile.TemporaryDirectory() as tmp:
            found[(clients, seed)] = _year(Path(tmp), clients, seed)
    lines = [
        "## A small region's year (`bench_small_region`)",
        "",
        f"Demo regions up to {TODAY:%Y-%m-%d}, encrypted SQLite; the team lead exports every",
        f"month of {YEAR} in order (JSON, the year's ledger growing), threshold 5. Then a",
        "reader holding every file (`tests/reporting/reader_model.py`) bounds every hidden",
        "cell.",
        "",
    ]
    for (clients, seed), result in found.items():
        lines += [
            f"**{clients:,} clients (seed {seed})**",
            "",
            "| month | export | primary | secondary | hidden | refused |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for month, took, audit, refused in result["months"]:
            if audit is None:
                lines.append(f"| {YEAR}-{month:02d} | {took:.1f} s | | | | {refused} |")
            else:
                lines.append(
                    f"| {YEAR}-{month:02d} | {took:.1f} s | {audit.primary} | {audit.secondary}"
                    f" | {audit.suppressed} | |"
                )
        exact, secret, narrow, small = result["attack"]
        lines += [
            "",
            f"The reader derives {exact} of the year's {secret:,} hidden cells exactly, and",
            f"pins **{narrow}** of the {small:,} hidden small counts narrower than the threshold",
            "(target 0).",
            "",
        ]
    return "\n".join(lines)
