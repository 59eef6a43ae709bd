"""What every writer shares: file names, Dutch number and date formats, safe text.

File names carry the region, the indicator set and the month, never a person. Text
that came from the store (reference data the admin typed, such as a focus group's
name) goes through ``zkijdesk.sheet_text``, so no spreadsheet reads it as a formula.
"""

from __future__ import annotations

from datetime import date

from zkijdesk.reporting.metadata import guarantee_lines
from zkijdesk.reporting.publication import Publication

INDICATOR_SET = "maandcijfers"
REGION_NAME = "Zuid-Kennemerland & IJmond"
FORMATS = ("pdf", "html", "xlsx", "csv", "json")
SUPPRESSED_MARK = "x"


def file_name(publication: Publication, fmt: str) -> str:
    return f"{publication.region}-{INDICATOR_SET}-{publication.period}.{fmt}"


def dutch_int(value: int) -> str:
    """1234567 -> '1.234.567' (Dutch thousands separator)."""
    sign = "-" if value < 0 else ""
    digits = str(abs(int(value)))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + ".".join(reversed(groups))


def dutch_date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def shown_text(value: int | None) -> str:
    return SUPPRESSED_MARK if value is None else dutch_int(value)


def audit_lines(publication: Publication) -> list[str]:
    """What the protection of this file covers, in Dutch (PDF and XLSX notes)."""
    audit = publication.audit
    return guarantee_lines(
        publication.threshold,
        publication.year,
        publication.month,
        (*audit.earlier_months, *audit.later_months),
        audit.guarantee()["other_hidden_cells_interval_width"] == 1,
        audit.released,
    )
