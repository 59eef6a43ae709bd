"""The bin's deleted files: name, client number, when deleted, when wiped for good."""

from __future__ import annotations

from typing import ClassVar

from zkijdesk.services.bin import BinItem
from zkijdesk.views import fmt
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP


class BinTableModel(RowsTableModel[BinItem]):
    COLUMNS = ("name", "client_number", "deleted_at", "purge_after")
    CONTEXT = "BinTable"
    TITLES: ClassVar[dict[str, str]] = {
        "name": QT_TRANSLATE_NOOP("BinTable", "Naam"),
        "client_number": QT_TRANSLATE_NOOP("BinTable", "Cliëntnummer"),
        "deleted_at": QT_TRANSLATE_NOOP("BinTable", "Verwijderd op"),
        "purge_after": QT_TRANSLATE_NOOP("BinTable", "Gewist na"),
    }

    def text(self, row: BinItem, column: str) -> str:
        if column == "deleted_at":
            return fmt.moment(row.deleted_at)
        if column == "purge_after":
            return fmt.day(row.purge_after.date())
        return row.name if column == "name" else row.client_number

    def row_id(self, row: BinItem) -> int:
        return row.client_id
