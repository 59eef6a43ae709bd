"""A dashboard chart's numbers as a workbook, and any chart file, written atomically.

The workbook says on its first rows what it is: team-internal figures without
disclosure control, not for publication. Every text goes through ``sheet_text`` (a
category or focus group named ``=...`` stays text), numbers stay numbers, and a month
without a count stays an empty cell rather than a zero.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.sheet_text import set_text

SHEET_TITLE = "Grafiek"


def chart_workbook(
    title: str, notes: Sequence[str], headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> bytes:
    """The workbook's bytes: title, notes, a blank row, then the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    set_text(sheet.cell(row=1, column=1), title)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    for offset, note in enumerate(notes, start=2):
        set_text(sheet.cell(row=offset, column=1), note)
    header_row = len(notes) + 3
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column)
        set_text(cell, header)
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=header_row + 1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if value is None:
                continue
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.value = value
            else:
                set_text(cell, value)
    sheet.column_dimensions["A"].width = 34
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_file(target: Path | str, data: bytes) -> Path:
    """``data`` to ``target`` in one piece: a reader never sees half a picture."""
    target = Path(target).expanduser().absolute()
    with atomic_write(target) as fh:
        fh.write(data)
    return target
