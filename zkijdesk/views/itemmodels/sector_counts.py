"""The start page's table of the coach's clients per focus sector and route status.

One row a sector (its name in the vertical header, "Geen sector" for clients without
one), one column a route status and the total, in bold; the counts right-aligned.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from zkijdesk.services.client_list import STATUS_CLOSED, STATUS_NONE, STATUS_OPEN
from zkijdesk.services.worklist import NO_SECTOR, SectorCount
from zkijdesk.views import fmt, labels
from zkijdesk.views.itemmodels.rows import RowsTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SectorCountModel(RowsTableModel[SectorCount]):
    COLUMNS = (STATUS_OPEN, STATUS_CLOSED, STATUS_NONE, "total")

    def column_title(self, column: str) -> str:
        if column == "total":
            return QCoreApplication.translate("SectorCounts", "Totaal")
        return labels.route_status(column)

    def text(self, row: SectorCount, column: str) -> str:
        return fmt.number(row.total if column == "total" else row.by_status.get(column, 0))

    def row_id(self, row: SectorCount) -> str:
        return row.code

    @staticmethod
    def sector_name(row: SectorCount) -> str:
        if row.code == NO_SECTOR:
            return QCoreApplication.translate("SectorCounts", "Geen sector")
        return row.name

    def count(self, code: str, column: str) -> int:
        """The number in a cell, by sector code and column name."""
        row = self.row_at(self.position_of(code))  # type: ignore[arg-type]
        return row.total if column == "total" else row.by_status.get(column, 0)

    def cell_data(self, row: SectorCount, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.FontRole and column == "total":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return self.sector_name(self.row_at(section))
            return None
        return super().headerData(section, orientation, role)
