"""The CSV export: one long table, as Dutch Excel opens it (UTF-8 with BOM, ``;``).

One line per published or hidden number, with the table, the row (its dimension by
code and short name, e.g. the focus group's own name), the column and the period
spelled out, so a pivot table can be built on it. A hidden number has an
empty value and status ``geheim``. Labels that could be read as a formula (they
come from reference data an admin typed) are neutralised.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.writers.common import neutralise

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
)


def render(publication: Publication) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for table in publication.tables:
        for row in table.rows.codes:
            for column in table.column_codes():
                for period in table.periods.codes:
                    value = publication.shown(table.cells[(row, column, period)])
                    writer.writerow(
                        [
                            neutralise(table.id),
                            neutralise(table.nl),
                            neutralise(table.rows.code),
                            neutralise(table.rows.short or table.rows.nl),
                            neutralise(row),
                            neutralise(table.rows.label(row)),
                            neutralise(table.columns.code if table.columns else ""),
                            neutralise(column),
                            neutralise(table.columns.label(column) if table.columns else ""),
                            neutralise(period),
                            neutralise(table.periods.label(period)),
                            "" if value is None else str(value),
                            "geheim" if value is None else "gepubliceerd",
                        ]
                    )
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write(publication: Publication, target: Path) -> Path:
    data = render(publication)
    with atomic_write(target) as fh:
        fh.write(data)
    return target
