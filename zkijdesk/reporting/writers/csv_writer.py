"""The CSV export: one long table, as Dutch Excel opens it (UTF-8 with BOM, ``;``).

One line per published or hidden number, with the table, the row (its dimension by
code and short name, e.g. the focus group's own name), the column and the period
spelled out, so a pivot table can be built on it. A hidden number has an
empty value and status ``geheim``. The last columns say when the figures were counted
(the state of the registration), from which source and in which version, so a
corrected re-publication can be told apart line by line. Every field goes through
``zkijdesk.sheet_text`` (quoted; labels that could be read as a formula, typed by an
admin as reference data, get a leading apostrophe).
"""

from __future__ import annotations

import io
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.reporting.publication import Publication
from zkijdesk.sheet_text import csv_writer

HEADER = (
    "tabel",
    "tabeltitel",
    "rij_dimensie",
    "rij_dimensie_naam",
    "rij_code",
    "rij",
    "kolom_dimensie",
    "kolom_code",
    "kolom",
    "periode_code",
    "periode",
    "waarde",
    "status",
    "stand_registratie",
    "bron",
    "versie",
)


def render(publication: Publication) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer)
    writer.writerow(HEADER)
    info = publication.info
    stand = info.reference_date.isoformat() if info.reference_date else ""
    context = [stand, info.source, info.version]
    for table in publication.tables:
        for row in table.rows.codes:
            for column in table.column_codes():
                for period in table.periods.codes:
                    value = publication.shown(table.cells[(row, column, period)])
                    writer.writerow(
                        [
                            table.id,
                            table.nl,
                            table.rows.code,
                            table.rows.short or table.rows.nl,
                            row,
                            table.rows.label(row),
                            table.columns.code if table.columns else "",
                            column,
                            table.columns.label(column) if table.columns else "",
                            period,
                            table.periods.label(period),
                            value,
                            "geheim" if value is None else "gepubliceerd",
                            *context,
                        ]
                    )
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write(publication: Publication, target: Path) -> Path:
    data = render(publication)
    with atomic_write(target) as fh:
        fh.write(data)
    return target
