"""The Excel export: one sheet per table, frozen headers, numbers as numbers.

A hidden number is the text ``x`` on a grey background, as statistical offices mark
"geheim". Nothing from the data is ever written as a formula: every text cell goes
through ``zkijdesk.sheet_text.set_text`` (stored as a string, with Excel's quote prefix
when it starts like a formula; a focus group's name is typed by an admin), so Excel
shows it and never runs it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.reporting.metadata import context_lines
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.tables import Table
from zkijdesk.reporting.writers import notes
from zkijdesk.reporting.writers.common import (
    INDICATOR_SET,
    REGION_NAME,
    SUPPRESSED_MARK,
    audit_lines,
)
from zkijdesk.sheet_text import set_text, xlsx_text

HEADER_ROWS = 5  # title, subtitle, blank, period header, column header
BAD_SHEET_CHARS = re.compile(r"[\x00-\x1f\[\]:*?/\\'\ufffd]")
GROUP_PREFIX = re.compile(r"^Focusdoelgroep \d{4}: ")


def _sheet_name(table: Table, used: set[str]) -> str:
    """A tab a reader recognises: "Scholing - Gemeente", "Uitstroom - Statushouders"."""
    if table.columns is None:
        base = table.nl
    else:
        dim = GROUP_PREFIX.sub("", table.rows.nl).replace(" op 1 januari", "")
        base = f"{table.theme.capitalize()} - {dim}"
    base = BAD_SHEET_CHARS.sub("", xlsx_text(base)).strip()
    if len(base) > 31:
        base = base[:30].rstrip() + "…"
    base = base or "tabel"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _print_setup(sheet, *, landscape: bool, title_rows: str | None) -> None:
    """A4, as wide as the page, the table's headings and row labels on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    if title_rows:
        sheet.print_title_rows = title_rows
        sheet.print_title_cols = "A:A"
    sheet.oddFooter.center.text = "&P van &N"


def _notes(sheet, publication: Publication, *, first_row: int, bold) -> None:
    """The PDF's explanation, word for word, below the list of tables."""
    from openpyxl.styles import Alignment

    row = first_row
    for section in notes.explanation(publication):
        _text(sheet.cell(row=row, column=1), section.heading)
        sheet.cell(row=row, column=1).font = bold
        row += 1
        for note in section.notes:
            cell = sheet.cell(row=row, column=1)
            _text(cell, f"{note.lead} {note.text}".strip())
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        row += 1


def _text(cell, value: str) -> None:
    """Store as a string, even when it looks like a formula."""
    set_text(cell, value)


def render(publication: Publication) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    intro = book.active
    intro.title = "Toelichting"
    bold = Font(bold=True)
    title_font = Font(bold=True, size=14, color="1F3864")
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    hidden_fill = PatternFill("solid", fgColor="E7E6E6")
    total_font = Font(bold=True)
    thin = Side(style="thin", color="9BA7B8")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lines = [
        f"Maandcijfers {REGION_NAME}",
        f"Periode: {publication.tables[0].periods.label('MAAND')}",
        f"Indicatorenset: {INDICATOR_SET}; regio {publication.region}.",
        f"Cijfers van 1 tot {publication.threshold} en cijfers waaruit die af te leiden "
        f"zijn, zijn geheim en weergegeven als '{SUPPRESSED_MARK}'.",
        "Definities en telregels: zie de toelichting onder de lijst van tabellen hieronder.",
        f"Controle op onthulling: {'geslaagd' if publication.audit.passed else 'mislukt'}; "
        f"{publication.audit.suppressed} cellen geheim.",
        *context_lines(publication.info),
        *audit_lines(publication),
    ]
    for i, line in enumerate(lines, start=1):
        _text(intro.cell(row=i, column=1), line)
    intro.cell(row=1, column=1).font = title_font
    intro.column_dimensions["A"].width = 110
    _text(intro.cell(row=len(lines) + 2, column=1), "Tabellen")
    intro.cell(row=len(lines) + 2, column=1).font = bold

    _print_setup(intro, landscape=False, title_rows=None)
    used = {"toelichting"}
    for index, table in enumerate(publication.tables):
        sheet = book.create_sheet(_sheet_name(table, used))
        _text(intro.cell(row=len(lines) + 3 + index, column=1), f"{sheet.title}: {table.nl}")
        _text(sheet.cell(row=1, column=1), table.nl)
        sheet.cell(row=1, column=1).font = title_font
        _text(
            sheet.cell(row=2, column=1),
            f"{REGION_NAME} · {table.periods.label('MAAND')} · "
            f"'{SUPPRESSED_MARK}' = geheim (drempel {publication.threshold})",
        )
        columns = table.column_codes()
        periods = table.periods.codes
        _text(sheet.cell(row=4, column=1), "")
        _text(sheet.cell(row=5, column=1), table.rows.nl)
        col = 2
        for period in periods:
            first = col
            for column in columns:
                label = table.columns.label(column) if table.columns else "Aantal"
                cell = sheet.cell(row=5, column=col)
                _text(cell, label)
                col += 1
            head = sheet.cell(row=4, column=first)
            _text(head, table.periods.label(period))
            if col - 1 > first:
                sheet.merge_cells(start_row=4, start_column=first, end_row=4, end_column=col - 1)
        for r in (4, 5):
            for c in range(1, col):
                cell = sheet.cell(row=r, column=c)
                cell.font = bold
                cell.fill = header_fill
                cell.alignment = center
                cell.border = Border(bottom=thin)
        for offset, row in enumerate(table.rows.codes):
            r = HEADER_ROWS + 1 + offset
            label_cell = sheet.cell(row=r, column=1)
            _text(label_cell, table.rows.label(row))
            is_total_row = row == "TOTAL"
            if is_total_row:
                label_cell.font = total_font
            c = 2
            for period in periods:
                for column in columns:
                    value = publication.shown(table.cells[(row, column, period)])
                    cell = sheet.cell(row=r, column=c)
                    if value is None:
                        _text(cell, SUPPRESSED_MARK)
                        cell.fill = hidden_fill
                        cell.alignment = Alignment(horizontal="right")
                    else:
                        cell.value = int(value)
                        cell.number_format = "#,##0"
                    if is_total_row or column == "TOTAL":
                        cell.font = total_font
                    c += 1
        sheet.freeze_panes = sheet.cell(row=HEADER_ROWS + 1, column=2)
        sheet.column_dimensions["A"].width = max(
            22, min(48, max(len(xlsx_text(table.rows.label(r))) for r in table.rows.codes) + 2)
        )
        for c in range(2, col):
            sheet.column_dimensions[get_column_letter(c)].width = 14
        sheet.row_dimensions[5].height = 42
        _print_setup(sheet, landscape=True, title_rows=f"1:{HEADER_ROWS}")
    _notes(intro, publication, first_row=len(lines) + 4 + len(publication.tables), bold=bold)
    book.properties.title = f"Maandcijfers {REGION_NAME} {publication.period}"
    book.properties.creator = "zkijdesk"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write(publication: Publication, target: Path) -> Path:
    data = render(publication)
    with atomic_write(target) as fh:
        fh.write(data)
    return target
