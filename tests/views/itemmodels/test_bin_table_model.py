"""The bin's list of deleted files as a model: no widget, no store."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from zkijdesk.services.bin import BinItem
from zkijdesk.views import fmt
from zkijdesk.views.itemmodels.bin_items import BinTableModel
from zkijdesk.views.itemmodels.rows import IdRole, RowRole

ITEMS = [
    BinItem(41, "C-000041", "Iris Dekker", datetime(2026, 11, 2, 14, 5), datetime(2026, 12, 2)),
    BinItem(7, "C-000007", "Ole Smit", datetime(2026, 10, 30, 9, 0), datetime(2026, 11, 29)),
]


def filled() -> BinTableModel:
    model = BinTableModel()
    model.set_rows(ITEMS)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(BinTableModel())


def test_each_deleted_file_shows_name_number_and_both_dates():
    model = filled()
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    row = [model.index(0, c).data() for c in range(4)]
    assert row[:2] == ["Iris Dekker", "C-000041"]
    assert row[2] == fmt.moment(ITEMS[0].deleted_at)  # in local time
    assert row[2].startswith("02-11-2026")
    assert row[3] == "02-12-2026"


def test_the_id_is_the_clients_and_headers_are_dutch():
    model = filled()
    assert [model.index(r, 1).data(IdRole) for r in range(2)] == [41, 7]
    assert model.index(1, 0).data(RowRole) == ITEMS[1]
    assert [model.id_at(r) for r in range(2)] == [41, 7]
    assert model.position_of(7) == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Naam", "Cliëntnummer", "Verwijderd op", "Gewist na"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
