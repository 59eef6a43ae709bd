"""Reading a spreadsheet file into rows of cell values, whatever shape the sheet has.

XLSX, XLSM, XLS and ODS go through python-calamine (a Rust reader: fast, and it reads
a formula's cached value without ever evaluating it); CSV through the ``csv`` module,
with the encoding and the separator found from the file itself.

The file is read into memory once, and its size and modification time are compared
before and after: a file that changed while it was read is refused rather than
imported half old, half new. The digest of those bytes goes with the rows, so a write
can check that it imports the very file its preview showed.

Real sheets start with title rows (often merged cells), leave empty rows, and end in a
totals row. The header row is the first of the top rows in which at least two cells
are known column names (``is_header``); title rows above it, empty rows and a row that
starts with "Totaal" are left out, each with its row number kept so every message can
point at the row as the user sees it in Excel.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.text import t
from zkijdesk.services.importing.values import Cell, as_text

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

#: Files larger than this are not read into memory (a region's whole caseload as XLSX
#: is a few megabytes).
MAX_FILE_BYTES: Final[int] = 100 * 1024 * 1024
#: Data rows in one sheet; a region's guided population over years is tens of thousands.
MAX_ROWS: Final[int] = 100_000
#: A spreadsheet's manifest lists its parts: a few kilobytes, never megabytes.
MAX_MANIFEST_BYTES: Final[int] = 1024 * 1024
#: How far down the header row is looked for.
HEADER_SEARCH_ROWS: Final[int] = 30

WORKBOOK_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
TEXT_SUFFIXES: Final = frozenset({".csv", ".txt"})
_ZIP_MAGIC: Final = b"PK\x03\x04"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TOTALS: Final = re.compile(r"^\s*(totaal|totalen|total|totals|som|eindtotaal)\b", re.I)


class ImportFileError(ZkijdeskError):
    """The file cannot be read as a sheet; the message says why and what to do."""


@dataclass(frozen=True)
class SourceFile:
    """The bytes of one file as they were when read, and what kind of file they are."""

    name: str
    data: bytes
    kind: str
    sha256: str

    @property
    def is_text(self) -> bool:
        return self.kind == "csv"


@dataclass(frozen=True)
class SheetRow:
    number: int
    """The row number as the spreadsheet shows it (1 is the first row)."""
    cells: tuple[Cell, ...]


@dataclass
class Table:
    """The data rows of one sheet, under their header row."""

    sheet: str | None
    sheets: list[str]
    header_row: int
    headers: list[str]
    rows: list[SheetRow]
    left_out: list[tuple[int, str]] = field(default_factory=list)
    """(row number, why): title rows, empty rows, the totals row."""


def read_source(path: Path) -> SourceFile:
    """Read the whole file once, refusing one that changes while it is read."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES | TEXT_SUFFIXES:
        raise ImportFileError(
            t("{x} is geen spreadsheet; kies een bestand van het type xlsx, ods of csv.", x=name)
        )
    try:
        before = path.stat()
        if before.st_size > MAX_FILE_BYTES:
            raise ImportFileError(
                t(
                    "{x} is groter dan {n} MB; splits het in kleinere bestanden.",
                    x=name,
                    n=MAX_FILE_BYTES // (1024 * 1024),
                )
            )
        data = path.read_bytes()
        after = path.stat()
    except FileNotFoundError:
        raise ImportFileError(t("{x} bestaat niet (meer).", x=name)) from None
    except IsADirectoryError:
        raise ImportFileError(t("{x} is een map, geen spreadsheet.", x=name)) from None
    except PermissionError:
        raise ImportFileError(
            t("{x} kan niet worden gelezen; sluit het in Excel of vraag om leesrechten.", x=name)
        ) from None
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(
        data
    ) != after.st_size:
        raise changed_while_read(name)
    return source_from_bytes(name, data, suffix)


def changed_while_read(name: str) -> ImportFileError:
    return ImportFileError(
        t(
            "{x} veranderde terwijl het werd gelezen; sla het op, sluit het en probeer het "
            "opnieuw.",
            x=name,
        )
    )


def source_from_bytes(name: str, data: bytes, suffix: str) -> SourceFile:
    """Decide the kind from the content, not the name: a renamed file says what it is."""
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data[:65536] or (
            "EncryptedPackage".encode("utf-16-le") in data
        ):
            raise _locked(name)
        return SourceFile(name, data, "xls", digest)
    if data.startswith(_ZIP_MAGIC):
        if _odf_encrypted(data):
            raise _locked(name)
        return SourceFile(
            name, data, "ods" if b"opendocument.spreadsheet" in data[:200] else "xlsx", digest
        )
    if suffix in WORKBOOK_SUFFIXES:
        raise _corrupt(name)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            t("{x} is geen spreadsheet; kies een bestand van het type xlsx, ods of csv.", x=name)
        )
    return SourceFile(name, data, "csv", digest)


def _locked(name: str) -> ImportFileError:
    return ImportFileError(
        t(
            "{x} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer het "
            "opnieuw.",
            x=name,
        )
    )


def _odf_encrypted(data: bytes) -> bool:
    """LibreOffice keeps a protected sheet a ZIP, its parts encrypted and listed with
    their encryption data in the manifest; the reader would call it damaged."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entry = archive.getinfo("META-INF/manifest.xml")
            if entry.file_size > MAX_MANIFEST_BYTES:
                return False
            manifest = archive.read(entry)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error):
        return False
    return b"encryption-data" in manifest


def _corrupt(name: str) -> ImportFileError:
    return ImportFileError(
        t(
            "{x} is beschadigd of geen werkmap; open het in Excel of LibreOffice, sla het "
            "opnieuw op en probeer het nog eens.",
            x=name,
        )
    )


def sheet_names(source: SourceFile) -> list[str]:
    if source.is_text:
        return []
    with _workbook(source) as book:
        return [meta.name for meta in book.sheets_metadata if str(meta.typ).endswith("WorkSheet")]


def _workbook(source: SourceFile) -> CalamineWorkbook:
    import python_calamine as calamine

    try:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(source.data))
    except calamine.PasswordError:
        raise _locked(source.name) from None
    except (calamine.CalamineError, ValueError, OSError):
        raise _corrupt(source.name) from None


def read_table(
    source: SourceFile,
    sheet: str | None = None,
    *,
    is_header: Callable[[str], bool],
    max_rows: int = MAX_ROWS,
) -> Table:
    """The rows of ``sheet`` (default: the first sheet with data) below its header row."""
    raw: Sequence[Sequence[Cell]]
    names: list[str]
    chosen: str | None
    if source.is_text:
        raw, names, chosen = _csv_rows(source, max_rows), [], None
    else:
        raw, names, chosen = _workbook_rows(source, sheet, max_rows)
    return _shape(raw, names, chosen, is_header, source.name)


def _workbook_rows(
    source: SourceFile, sheet: str | None, max_rows: int
) -> tuple[Sequence[Sequence[Cell]], list[str], str]:
    import python_calamine as calamine

    with _workbook(source) as book:
        names = [m.name for m in book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                t("Het werkblad {x} staat niet in {x2}.", x=sheet, x2=source.name)
            )
        candidates = [sheet] if sheet is not None else names
        try:
            for name in candidates:
                data = book.get_sheet_by_name(name)
                # The header and a few title rows come on top of the data rows.
                if data.height > max_rows + HEADER_SEARCH_ROWS:
                    raise _too_many(name, max_rows)
                rows = data.to_python(skip_empty_area=False)
                if any(any(_filled(c) for c in row) for row in rows) or sheet is not None:
                    return rows, names, name
        except calamine.CalamineError:
            raise _corrupt(source.name) from None
    raise ImportFileError(t("{x} bevat geen gegevens.", x=source.name))


def _too_many(sheet: str, max_rows: int) -> ImportFileError:
    limit = f"{max_rows:,}".replace(",", ".")
    return ImportFileError(
        t(
            "Het werkblad {x} heeft meer dan {x2} regels; splits het in delen van hoogstens "
            "{x3} regels en importeer ze na elkaar.",
            x=sheet,
            x2=limit,
            x3=limit,
        )
    )


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (old Excel)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _csv_rows(source: SourceFile, max_rows: int) -> list[list[Cell]]:
    text = decode_text(source.data)
    sample = text[:16384]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        counts = {sep: sample.count(sep) for sep in ";,\t"}
        delimiter = max(counts, key=lambda sep: counts[sep])
    rows: list[list[Cell]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        for row in reader:
            if len(rows) > max_rows + HEADER_SEARCH_ROWS:
                raise _too_many(source.name, max_rows)
            rows.append([cell if cell.strip() else None for cell in row])
    except csv.Error:
        raise _corrupt(source.name) from None
    return rows


def _filled(cell: Cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _shape(
    raw: Sequence[Sequence[Cell]],
    names: list[str],
    sheet: str | None,
    is_header: Callable[[str], bool],
    file_name: str,
) -> Table:
    header_index = None
    for index, row in enumerate(raw[:HEADER_SEARCH_ROWS]):
        known = sum(1 for cell in row if isinstance(cell, str) and is_header(cell))
        if known >= 2:
            header_index = index
            break
    if header_index is None:
        raise ImportFileError(
            t(
                "In {x} staat bovenaan geen kopregel met kolomnamen die zkijdesk kent (zoals "
                "Voornaam, Achternaam, Geboortedatum); zie het voorbeeldbestand.",
                x=file_name,
            )
        )
    left_out = [(i + 1, "titel") for i in range(header_index) if any(map(_filled, raw[i]))]
    headers = [(as_text(c) or "").strip() for c in raw[header_index]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    rows: list[SheetRow] = []
    for index in range(header_index + 1, len(raw)):
        cells = [None if not _filled(c) else c for c in raw[index][:width]]
        cells += [None] * (width - len(cells))
        if not any(cells):
            continue
        first = next((c for c in cells if c is not None), None)
        if isinstance(first, str) and _TOTALS.match(first):
            left_out.append((index + 1, "totaal"))
            continue
        rows.append(SheetRow(index + 1, tuple(cells)))
    return Table(sheet, names, header_index + 1, headers, rows, left_out)
