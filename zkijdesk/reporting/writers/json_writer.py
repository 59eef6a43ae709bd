"""The JSON export: every table as coordinates and values, for machines.

The layout is documented in ``docs/export-json-schema.json``. Cells appear in the
table's own order; the file names its version and the day the figures were counted,
but no time of day, so the same store, month and version give the same bytes. A
hidden cell has ``"value": null`` and status ``suppressed``; why it is hidden is never
said (that would tell a reader some are small).
"""

from __future__ import annotations

import json
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.reporting.indicators import TOTAL
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.writers.common import INDICATOR_SET, REGION_NAME

SCHEMA = "https://zkijdesk.nl/schema/maandcijfers/1"


def document(publication: Publication) -> dict:
    tables = []
    for table in publication.tables:
        cells = []
        for row in table.rows.codes:
            for column in table.column_codes():
                for period in table.periods.codes:
                    key = table.cells[(row, column, period)]
                    value = publication.shown(key)
                    cells.append(
                        {
                            "coords": table.coords(row, column, period),
                            "value": value,
                            "status": "suppressed" if value is None else "published",
                        }
                    )
        axes = [table.rows, *([table.columns] if table.columns else []), table.periods]
        tables.append(
            {
                "id": table.id,
                "title": table.nl,
                "title_en": table.en,
                "dimensions": list(table.dimensions),
                "categories": {
                    axis.code: [
                        {"code": code, "label": nl, "label_en": en} for code, nl, en in axis.items
                    ]
                    for axis in axes
                },
                "cells": cells,
            }
        )
    return {
        "schema": SCHEMA,
        "region": publication.region,
        "region_name": REGION_NAME,
        "indicator_set": INDICATOR_SET,
        "period": publication.period,
        "threshold": publication.threshold,
        "total_code": TOTAL,
        "publication": publication.info.as_dict(),
        "tables": tables,
        "audit": publication.audit.as_dict(),
    }


def render(publication: Publication) -> bytes:
    text = json.dumps(document(publication), ensure_ascii=False, indent=1, sort_keys=False)
    return (text + "\n").encode("utf-8")


def write(publication: Publication, target: Path) -> Path:
    data = render(publication)
    with atomic_write(target) as fh:
        fh.write(data)
    return target
