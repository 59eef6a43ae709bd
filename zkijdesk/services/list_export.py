"""The current client list as an Excel file, for the coach's own use.

Only the columns the coach has on screen are written, in that order, and never the
BSN: ``COLUMNS`` of the list does not contain it and anything outside ``COLUMNS`` is
refused. Long lists report progress and can be cancelled; a cancelled or failed export
leaves no file behind (atomic write). The export is audited with its row count. Text
goes through ``zkijdesk.sheet_text``, so a name typed like a formula stays text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from zkijdesk.atomic import atomic_write
from zkijdesk.services.base import Service
from zkijdesk.services.client_list import COLUMNS, ClientListQuery, ClientListRow, ClientListService
from zkijdesk.sheet_text import text_cell

if TYPE_CHECKING:  # openpyxl ships no type information: these names read as Any
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
DATE_COLUMNS = frozenset({"birth_date", "intake_date"})
CHUNK = 500
WIDTHS = {"client_number": 13, "name": 30, "municipality": 16, "sector": 26, "coach": 24}


class ExportCancelledError(Exception):
    """The user stopped the export; nothing was written."""


class ListExportService(Service):
    def export_xlsx(
        self,
        query: ClientListQuery,
        columns: Sequence[str],
        headers: Sequence[str],
        target: Path,
        *,
        values: Callable[[str, object], object] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Write the rows of ``query`` to ``target``; returns the number of rows.

        ``headers`` are the column titles as the screen shows them (translated);
        ``values(column, value)`` turns a code (route status) into the screen's wording.
        """
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        columns = list(columns)
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown or not columns or len(headers) != len(columns):
            raise ValueError(f"not exportable columns: {unknown or columns}")
        lister = ClientListService(self.store, self.actor, self._today)
        ids = lister.search(query, first_page=0).ids
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Cliënten")
        bold = Font(bold=True)
        # A write-only sheet takes widths and frozen panes before its first row.
        for index, (column, title) in enumerate(zip(columns, headers, strict=True), start=1):
            width = max(WIDTHS.get(column, 14), len(title) + 2)
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        header_cells = []
        for title in headers:
            cell = text_cell(sheet, title)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        written = 0
        try:
            for start in range(0, len(ids), CHUNK):
                if cancelled is not None and cancelled():
                    raise ExportCancelledError()
                for row in lister.rows(ids[start : start + CHUNK]):
                    sheet.append([_value_cell(sheet, column, row, values) for column in columns])
                    written += 1
                if progress is not None:
                    progress(written, len(ids))
        except BaseException:
            _abandon(sheet)
            raise
        # The file is written first, the audit entry committed before it is published:
        # the store's write lock is held for the entry only, never for a file write.
        with atomic_write(Path(target), "wb") as fh:
            book.save(fh)
            with self.store.session() as s:
                self.audit(s, "export", "client", None, detail=f"xlsx:{written}")
        return written


def _cell(sheet: WriteOnlyWorksheet, value: object) -> Cell:
    """Text as safe text (never a formula); dates and numbers as themselves."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        return text_cell(sheet, value)
    return WriteOnlyCell(sheet, value=value)


def _abandon(sheet: WriteOnlyWorksheet) -> None:
    """Close a write-only sheet that will not be saved, and remove its temporary file."""
    sheet.close()
    sheet._writer.cleanup()


def _value_cell(
    sheet: WriteOnlyWorksheet,
    column: str,
    row: ClientListRow,
    values: Callable[[str, object], object] | None,
) -> Cell:
    value = row.value(column)
    # A date stays a date whatever the screen's wording: as text, Excel sorts birth
    # dates by day of the month.
    if values is not None and column not in DATE_COLUMNS:
        value = values(column, value)
    cell = _cell(sheet, value)
    if column in DATE_COLUMNS and value is not None:
        cell.number_format = "DD-MM-YYYY"
    return cell
