"""Publishing an earlier month again after later months are out (a correction).

The docs promise that a second export of a month is a new version, audited against
everything published, and that unchanged data give the same CSV and JSON bytes. A
team lead who re-exports February in May must therefore get February's files back,
recorded as version 2, and after a retroactive change a version 3 that keeps every
number hidden that was hidden before.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from reader_model import Reader
from sqlalchemy import select

from zkijdesk.models.reporting import Publication as LedgerRow
from zkijdesk.reporting.cells import CellKey
from zkijdesk.services.reporting_queries import year_counts

TODAY = date(2026, 5, 20)
NAME = "ZKIJ-maandcijfers-2026-{:02d}.{}"


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    """A demo region with January to April published in calendar order."""
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.services.reporting import ReportingService
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    folder = tmp_path_factory.mktemp("correcties")
    store = create_store(StoreLocation(path=folder / "regio.db"), key=new_raw_key())
    generate_demo(store, clients=1500, seed=7, today=TODAY)
    service = ReportingService(store, actor_for(store, "teamlead01"), lambda: TODAY)
    for month in (1, 2, 3, 4):
        service.export(f"2026-{month:02d}", folder / f"v1-{month}", "json,csv")
    yield store, service, folder
    store.close()


def _without_version(path: Path) -> list[str]:
    """The CSV's lines without their last column (the publication version)."""
    return [line.rsplit(";", 1)[0] for line in path.read_text("utf-8-sig").splitlines()]


def _hidden(path: Path) -> set[tuple]:
    doc = json.loads(path.read_text("utf-8"))
    return {
        (t["id"], tuple(sorted(c["coords"].items())))
        for t in doc["tables"]
        for c in t["cells"]
        if c["value"] is None
    }


def test_an_earlier_month_is_published_again_after_later_ones(region):
    store, service, folder = region
    again = service.export("2026-02", folder / "v2-2", "json,csv")
    assert again.version == 2 and again.audit.passed
    assert _without_version(folder / "v2-2" / NAME.format(2, "csv")) == _without_version(
        folder / "v1-2" / NAME.format(2, "csv")
    )
    # Every figure is the same; only the audit's account differs: it now also took
    # March and April into account, which pin down some of February's hidden cells.
    first = json.loads((folder / "v1-2" / NAME.format(2, "json")).read_text("utf-8"))
    doc = json.loads((folder / "v2-2" / NAME.format(2, "json")).read_text("utf-8"))
    assert doc["tables"] == first["tables"]
    assert first["audit"]["later_publications_months"] == []
    assert doc["audit"]["later_publications_months"] == [3, 4]
    assert doc["audit"]["passed"] and doc["audit"]["earlier_publications_months"] == [1]
    with store.read_session() as s:
        versions = s.execute(
            select(LedgerRow.month, LedgerRow.version).order_by(LedgerRow.id)
        ).all()
        counts = year_counts(s, 2026, 4)
    assert [tuple(v) for v in versions] == [(1, 1), (2, 1), (3, 1), (4, 1), (2, 2)]
    # A reader holding every file, both versions of February included, pins down no
    # hidden small count (the independent reader of test_reader_attack.py).
    files = [folder / f"v1-{m}" / NAME.format(m, "json") for m in (1, 2, 3, 4)]
    files.append(folder / "v2-2" / NAME.format(2, "json"))
    reader = Reader(json.loads(f.read_text("utf-8")) for f in files)
    small = [
        k
        for k in sorted(reader.pubs.secret())
        if k[4] == 2026 and 0 < counts.value(CellKey.make(*k)) < reader.pubs.threshold
    ]
    assert small and not reader.narrow(small)


def test_the_last_month_again_gives_the_same_files(region):
    """The same figures and the same bytes, apart from the version the files name (a
    reader must be able to tell the second version from the first)."""
    _, service, folder = region
    again = service.export("2026-04", folder / "v2-4", "json,csv")
    assert again.version >= 2
    first = json.loads((folder / "v1-4" / NAME.format(4, "json")).read_text("utf-8"))
    second = json.loads((folder / "v2-4" / NAME.format(4, "json")).read_text("utf-8"))
    assert (first["publication"]["version"], second["publication"]["version"]) == (
        1,
        again.version,
    )
    second["publication"]["version"] = 1
    assert second == first
    new = folder / "v2-4" / NAME.format(4, "csv")
    assert _without_version(new) == _without_version(folder / "v1-4" / NAME.format(4, "csv"))
    lines = new.read_text("utf-8-sig").splitlines()[1:]
    assert {line.rsplit(";", 1)[1] for line in lines} == {f'"{again.version}"'}


def test_a_correction_keeps_hidden_what_was_hidden(region):
    """A route entered retroactively in February changes February's figures: the new
    version is written, and no number hidden in the first version is shown now."""
    store, service, folder = region
    from reporting_data import Data

    data = Data(store)
    for i in range(6):
        client = data.client(birth=date(1970 + i, 2, 2), municipality="GM0392")
        data.route(client, date(2026, 2, 3 + i), sector="TECH")
    result = service.export("2026-02", folder / "v3-2", "json,csv")
    assert result.audit.passed and result.audit.corrected > 0
    new = folder / "v3-2" / NAME.format(2, "json")
    assert new.read_bytes() != (folder / "v1-2" / NAME.format(2, "json")).read_bytes()
    assert _hidden(folder / "v1-2" / NAME.format(2, "json")) <= _hidden(new)
