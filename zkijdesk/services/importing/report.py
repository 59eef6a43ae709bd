"""The import's report: what landed, what was refused and why, as a workbook to fix.

The first sheet, "Te verbeteren", holds the refused rows exactly as they were read,
under the file's own header, with the reasons in a last column: fix them there and
import that sheet again. The second lists every row with its outcome, why, and what it
made (clients, routes, contacts, skills, contact persons ...). Every text goes
through ``sheet_text`` (no cell ever becomes a formula, whatever a name started with),
and the file is written atomically.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from zkijdesk.atomic import atomic_write
from zkijdesk.services.importing.plan import Action, RowPlan, describe_creates
from zkijdesk.services.importing.readers import Table
from zkijdesk.services.importing.values import Cell
from zkijdesk.sheet_text import text_cell

if TYPE_CHECKING:  # openpyxl ships no type information: these names read as Any
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

OUTCOME = {
    Action.CREATE: "Geïmporteerd",
    Action.UPDATE: "Bestaand dossier aangevuld",
    Action.SKIP: "Overgeslagen (dubbel)",
    Action.REFUSE: "Geweigerd",
}


def _cell(
    sheet: WriteOnlyWorksheet, value: Cell
) -> bool | int | float | date | datetime | SheetCell | None:
    if value is None or isinstance(value, bool | int | float | date | datetime):
        return value
    if isinstance(value, time | timedelta):
        return text_cell(sheet, str(value))
    return text_cell(sheet, value)


def _outcome(row: RowPlan) -> str:
    if row.follows is not None:
        return f"Toegevoegd aan de cliënt van regel {row.follows}"
    return OUTCOME[row.action]


def _why(row: RowPlan) -> str:
    sentences = [sentence for _, sentence in row.problems]
    if row.action is Action.SKIP and row.duplicate is not None:
        sentences.append(row.duplicate.sentence())
    return " ".join(sentences)


def write_report(target: Path, table: Table, rows: list[RowPlan]) -> Path:
    from openpyxl import Workbook

    by_number = {row.number: row for row in table.rows}
    book = Workbook(write_only=True)
    fix = book.create_sheet("Te verbeteren")
    fix.append([_cell(fix, h) for h in table.headers] + [text_cell(fix, "Reden")])
    for row in rows:
        if row.action is Action.REFUSE:
            cells = by_number[row.number].cells
            fix.append([_cell(fix, c) for c in cells] + [text_cell(fix, _why(row))])
    every = book.create_sheet("Alle regels")
    every.append([text_cell(every, t) for t in ("Regel", "Uitkomst", "Reden", "Aangemaakt")])
    for row in rows:
        every.append(
            [
                row.number,
                text_cell(every, _outcome(row)),
                _cell(every, _why(row)),
                _cell(every, describe_creates(row.creates())),
            ]
        )
    target = Path(target)
    with atomic_write(target, "wb") as fh:
        book.save(fh)
    return target
