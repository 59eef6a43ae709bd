"""The start page's clients per focus sector as a model: no widget, no store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from zkijdesk.services.client_list import STATUS_CLOSED, STATUS_NONE, STATUS_OPEN
from zkijdesk.services.worklist import NO_SECTOR, SectorCount
from zkijdesk.views.itemmodels.rows import IdRole, RowRole
from zkijdesk.views.itemmodels.sector_counts import SectorCountModel

SECTORS = (
    SectorCount("ZW", "Zorg & Welzijn", True, {STATUS_OPEN: 1200, STATUS_CLOSED: 3}),
    SectorCount(NO_SECTOR, "", False, {STATUS_NONE: 2}),
)
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def filled() -> SectorCountModel:
    model = SectorCountModel()
    model.set_rows(SECTORS)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(SectorCountModel())


def test_a_row_per_sector_with_its_counts_by_status_and_the_total():
    model = filled()
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert [model.index(0, c).data() for c in range(4)] == ["1.200", "3", "0", "1.203"]
    assert [model.index(1, c).data() for c in range(4)] == ["0", "0", "2", "2"]
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == ["ZW", NO_SECTOR]
    assert model.index(1, 3).data(RowRole) is SECTORS[1]
    assert model.count("ZW", STATUS_OPEN) == 1200
    assert model.count(NO_SECTOR, "total") == 2


def test_sector_names_head_the_rows_and_statuses_the_columns():
    model = filled()
    assert [model.headerData(r, VERTICAL) for r in range(2)] == ["Zorg & Welzijn", "Geen sector"]
    assert [model.headerData(c, HORIZONTAL) for c in range(4)] == [
        "Lopend",
        "Afgesloten",
        "Geen route",
        "Totaal",
    ]
    assert model.headerData(2, VERTICAL) is None
    assert model.headerData(0, VERTICAL, Qt.ItemDataRole.ToolTipRole) is None


def test_counts_are_right_aligned_and_the_total_bold():
    model = filled()
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert all(model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) == right for c in range(4))
    assert model.index(0, 3).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
