"""Messy sheets as teams have them, written by the tests themselves.

Each writer takes a header and rows and produces a real file: XLSX with openpyxl
(title row merged over the columns, an empty row, a totals row, real dates and
numbers), ODS with odfpy, CSV in the variants Excel and municipal systems export.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from zkijdesk.sheet_text import set_text

HEADER = [
    "Voornaam",
    "Tussenv.",
    "Achternaam",
    "Geb.datum",
    "BSN",
    "Tel",
    "E-mail",
    "Postcode",
    "Woonplaats gemeente",
    "Uitkering",
    "Sector",
    "Doelgroep",
    "Intakedatum",
    "Coach",
    "Afsluitdatum",
    "Reden uitstroom",
]

#: Valid test BSNs (eleven-test); the first two start with 0, as some real ones do.
BSNS = ["012345672", "023456784", "111222333", "123456782", "987654305", "100000009"]


def person(i: int, **over) -> dict:
    """One good row; ``over`` replaces fields by their header."""
    row = {
        "Voornaam": f"Voornaam{i}",
        "Tussenv.": None,
        "Achternaam": f"Achter{i}",
        "Geb.datum": date(1970 + i % 30, 1 + i % 12, 1 + i % 27),
        "BSN": None,
        "Tel": None,
        "E-mail": None,
        "Postcode": None,
        "Woonplaats gemeente": "Haarlem",
        "Uitkering": "WW",
        "Sector": "Zorg",
        "Doelgroep": None,
        "Intakedatum": date(2025, 1 + i % 12, 1 + i % 27),
        "Coach": None,
        "Afsluitdatum": None,
        "Reden uitstroom": None,
    }
    row.update(over)
    return row


def write_xlsx(
    path: Path,
    rows: list[dict],
    *,
    header: list[str] = HEADER,
    title: str | None = "Cliëntenlijst team Haarlem 2025",
    totals: bool = True,
    sheet: str = "Cliënten",
    extra_sheets: tuple[str, ...] = (),
    cell_hook=None,
) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    r = 1
    if title:
        ws.cell(row=1, column=1, value=title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        r = 3  # an empty row under the title
    for c, name in enumerate(header, start=1):
        ws.cell(row=r, column=c, value=name)
    for row in rows:
        r += 1
        for c, name in enumerate(header, start=1):
            value = row.get(name)
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                set_text(cell, value)  # text as Excel keeps it: "=..." typed as text stays text
            else:
                cell.value = value
            if cell_hook is not None:
                cell_hook(cell, name, row)
        if row.get("_empty_after"):
            r += 1
    if totals:
        ws.cell(row=r + 1, column=1, value="Totaal")
        ws.cell(row=r + 1, column=5, value=f"=COUNTA(E{2}:E{r})")
    for name in extra_sheets:
        book.create_sheet(name).cell(row=1, column=1, value="niets")
    book.save(path)
    return path


def write_csv(
    path: Path,
    rows: list[dict],
    *,
    header: list[str] = HEADER,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        out = []
        for name in header:
            value = row.get(name)
            if isinstance(value, date | datetime):
                value = value.strftime("%d-%m-%Y")
            out.append("" if value is None else value)
        writer.writerow(out)
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def write_ods(path: Path, rows: list[dict], *, header: list[str] = HEADER) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Blad1")

    def add(values):
        tr = TableRow()
        for value in values:
            if value is None:
                tr.addElement(TableCell())
            elif isinstance(value, date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d-%m-%Y")))
                tr.addElement(cell)
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
        table.addElement(tr)

    add(["Overzicht cliënten"])
    add(header)
    for row in rows:
        add([row.get(name) for name in header])
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def cache_formula_values(path: Path, cached: dict[str, tuple[str, str]]) -> Path:
    """Give formula cells the cached result Excel stores beside them (openpyxl cannot).

    ``cached`` maps a cell reference to (``n`` or ``str``, value as text).
    """
    import re
    import zipfile
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = items[name].decode("utf-8")
    for ref, (kind, value) in cached.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/></c>')
        match = pattern.search(xml)
        assert match is not None, ref
        kind_attr = ' t="str"' if kind == "str" else ""
        replacement = (
            f'<c r="{ref}"{match.group(1)}{kind_attr}><f>{match.group(2)}</f>'
            f"<v>{escape(value)}</v></c>"
        )
        xml = xml[: match.start()] + replacement + xml[match.end() :]
    items[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item, data in items.items():
            zout.writestr(item, data)
    return path
