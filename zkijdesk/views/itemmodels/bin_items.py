"""The bin's deleted files: name, client number, when deleted, when wiped for good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zkijdesk.services.bin import BinItem
from zkijdesk.views import fmt
from zkijdesk.views.itemmodels.rows import RowsTableModel


class BinTableModel(RowsTableModel[BinItem]):
    COLUMNS = ("name", "client_number", "deleted_at", "purge_after")

    def column_title(self, column: str) -> str:
        return {
            "name": QCoreApplication.translate("BinTable", "Naam"),
            "client_number": QCoreApplication.translate("BinTable", "Cliëntnummer"),
            "deleted_at": QCoreApplication.translate("BinTable", "Verwijderd op"),
            "purge_after": QCoreApplication.translate("BinTable", "Gewist na"),
        }[column]

    def text(self, row: BinItem, column: str) -> str:
        if column == "deleted_at":
            return fmt.moment(row.deleted_at)
        if column == "purge_after":
            return fmt.day(row.purge_after.date())
        return row.name if column == "name" else row.client_number

    def row_id(self, row: BinItem) -> int:
        return row.client_id
