"""An attack on a year of published monthly figures by a reader holding every file.

The reader (``reader_model.py``) sees only the published JSON documents and the
documented definitions: how breakdowns add up, how year-to-date relates to months,
and how indicators are tied to each other (a person new in training in June had a
training that started in June; a placement sustained at six months started six months
earlier; ...). It bounds every hidden cell with a linear programme. No hidden count
from 1 to the threshold minus 1 may come out narrower than the threshold.

The true values, to know which hidden cells are small, come from the counting queries
(``year_counts``), never from the disclosure code.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from reader_model import TOTAL, Reader, cell

THRESHOLD = 5


# ---------------------------------------------------------------- a hand-made case
def _doc(period: str, rows: dict[str, dict[tuple[str, str], int | None]]) -> dict:
    """One publication with one table, scholing by municipality (A, B, C)."""
    cells = []
    for cat, values in rows.items():
        for (indicator, period_code), value in values.items():
            cells.append(
                {
                    "coords": {"gemeente": cat, "indicator": indicator, "periode": period_code},
                    "value": value,
                    "status": "suppressed" if value is None else "published",
                }
            )
    return {
        "period": period,
        "threshold": THRESHOLD,
        "tables": [
            {
                "id": "scholing.gemeente",
                "dimensions": ["gemeente", "indicator", "periode"],
                "categories": {
                    "gemeente": [{"code": c} for c in ("A", "B", "C", TOTAL)],
                    "indicator": [{"code": "scholing_gestart"}, {"code": "in_scholing"}],
                    "periode": [{"code": "MAAND"}, {"code": "JTD"}],
                },
                "cells": cells,
            }
        ],
    }


def test_the_june_case_falls_to_persons_new_in_training():
    """The issue's June 2025 case in miniature: Zandvoort's 4 trainings started in June
    are hidden, with Bloemendaal's 6 to protect them (together 10, from the total).
    Persons in training, January to June minus January to May, show 4 people new in
    Zandvoort and 6 in Bloemendaal; each started a training in June, so 4 + 6 = 10
    pins both."""
    gestart, personen = "scholing_gestart", "in_scholing"
    may = _doc(
        "2025-05",
        {
            "A": {(gestart, "MAAND"): 30, (gestart, "JTD"): 150, (personen, "JTD"): 120},
            "B": {(gestart, "MAAND"): None, (gestart, "JTD"): 20, (personen, "JTD"): 15},
            "C": {(gestart, "MAAND"): None, (gestart, "JTD"): 12, (personen, "JTD"): 10},
            TOTAL: {(gestart, "MAAND"): 40, (gestart, "JTD"): 182, (personen, "JTD"): 145},
        },
    )
    june = _doc(
        "2025-06",
        {
            "A": {(gestart, "MAAND"): 30, (gestart, "JTD"): 180, (personen, "JTD"): 140},
            "B": {(gestart, "MAAND"): None, (gestart, "JTD"): None, (personen, "JTD"): 21},
            "C": {(gestart, "MAAND"): None, (gestart, "JTD"): None, (personen, "JTD"): 14},
            TOTAL: {(gestart, "MAAND"): 40, (gestart, "JTD"): 222, (personen, "JTD"): 175},
        },
    )
    zandvoort = cell(gestart, "", "gemeente", "C", 2025, "M", 6)
    alone = Reader([may, june], linked=False)
    assert alone.bounds(zandvoort) == (0, 10)
    reader = Reader([may, june])
    assert reader.bounds(zandvoort) == (4, 4)
    assert reader.narrow([zandvoort]) == {zandvoort: (4, 4)}
    # May is not tied: without April's figures nobody can tell who was new in May.
    assert reader.bounds(cell(gestart, "", "gemeente", "C", 2025, "M", 5))[1] >= 10


# ---------------------------------------------------------------- a year of exports
def _publish_year(tmp: Path, clients: int, seed: int, months: int):
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.services.reporting import ReportingService
    from zkijdesk.services.reporting_queries import year_counts
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    today = date(2026, 1, 20)
    store = create_store(StoreLocation(path=tmp / "regio.db"), key=new_raw_key())
    try:
        generate_demo(store, clients=clients, seed=seed, today=today)
        service = ReportingService(store, actor_for(store, "teamlead01"), lambda: today)
        docs = []
        for month in range(1, months + 1):
            result = service.export(f"2025-{month:02d}", tmp / "uit", "json")
            docs.append(json.loads(result.files[0].read_text("utf-8")))
        with store.read_session() as s:
            counts = year_counts(s, 2025, months)
    finally:
        store.close()
    return docs, counts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("clients", "seed", "months"),
    # January to July of the small region: its later months take the audit minutes
    # each since it checks edge cells in whole numbers (docs/reporting.md).
    [(3000, 7, 7), (800, 3, 7)],
    ids=["3000-seed7-jan-jul", "800-seed3-jan-jul"],
)
def test_no_hidden_small_count_is_derivable_from_a_year_of_files(
    tmp_path, monkeypatch, clients, seed, months
):
    """Also watched on the way (the same files, no second year published): the
    planner's rounds hand over to the greedy finish once a round's failing cells, a
    small count among them, have been the same as the round before's
    ``STALLED_ROUNDS`` times in a row. March of the 800-client region repeated 63 such
    cells twelve times before, each round hiding a cell that did not help."""
    from zkijdesk.reporting.cells import CellKey
    from zkijdesk.reporting.disclosure import optimal

    check, runs = optimal._Planner.check, {}

    def watched(planner):
        failing = check(planner)
        if not getattr(planner, "final", False):
            _planner, last, run, longest = runs.get(id(planner), (planner, None, 0, 0))
            small = any(planner.unsafe(k) for k in failing)
            run = run + 1 if small and frozenset(failing) == last else 0
            # The planner is kept, so that no later one takes over its id.
            runs[id(planner)] = (planner, frozenset(failing), run, max(longest, run))
        return failing

    monkeypatch.setattr(optimal._Planner, "check", watched)
    docs, counts = _publish_year(tmp_path, clients, seed, months)
    assert all(d["audit"]["passed"] for d in docs)
    assert max(longest for *_seen, longest in runs.values()) <= optimal.STALLED_ROUNDS
    reader = Reader(docs)
    small = [
        key
        for key in sorted(reader.pubs.secret())
        if key[4] == 2025 and 0 < counts.value(CellKey.make(*key)) < THRESHOLD
    ]
    assert small, "the demo region has hidden small counts to attack"
    found = reader.narrow(small)
    # The reader's model is sound: what it derives contains the truth.
    for key, (lo, hi) in found.items():
        assert lo <= counts.value(CellKey.make(*key)) <= hi, key
    assert not found, f"{len(found)} hidden small counts derivable, e.g. {sorted(found)[:5]}"
