"""The publication ledger: what earlier exports made public, read back for the audit.

Every export stores, per canonical cell, the value it published (or that it hid, and
why). Next month's disclosure control reads the year's ledger, so a reader who keeps
every bulletin can never combine them to uncover a hidden number. The ledger holds
aggregates only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zkijdesk.models.reporting import Publication as LedgerRow
from zkijdesk.reporting.cells import CellKey


@dataclass(frozen=True)
class PublicationView:
    """One ledger entry as a screen or the CLI lists it."""

    id: int
    year: int
    month: int
    version: int
    source: str
    threshold: int
    formats: str
    cell_count: int
    suppressed_count: int
    digest: str
    created_at: datetime
    created_by_id: int | None

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass
class Earlier:
    """What readers know from earlier publications of some years."""

    published: dict[CellKey, int]
    hidden: dict[CellKey, str]
    periods: set[tuple[int, int]]
    """(year, month) of every earlier publication."""
    by_period: dict[tuple[int, int], dict[CellKey, int]]
    """Published cells per publication period (all its versions together)."""
    hidden_by_period: dict[tuple[int, int], set[CellKey]] = field(default_factory=dict)
    """Cells hidden by some version of each publication period."""

    def months(self, year: int) -> set[int]:
        return {k.month for k in (*self.published, *self.hidden) if k.year == year}


def earlier_publications(session: Session, years: Iterable[int]) -> Earlier:
    """Every cell published or hidden by any export (all versions) of ``years``.

    When versions disagree (a correction), every published value is kept: readers saw
    them all; the audit itself drops values that no longer match today's data.
    """
    published: dict[CellKey, int] = {}
    hidden: dict[CellKey, str] = {}
    periods: set[tuple[int, int]] = set()
    by_period: dict[tuple[int, int], dict[CellKey, int]] = {}
    hidden_by_period: dict[tuple[int, int], set[CellKey]] = {}
    rows = session.execute(
        select(LedgerRow.cells, LedgerRow.hidden, LedgerRow.year, LedgerRow.month)
        .where(LedgerRow.year.in_(list(years)))
        .order_by(LedgerRow.year, LedgerRow.month, LedgerRow.version)
    )
    for cells, hidden_json, year, month in rows:
        periods.add((year, month))
        mine = by_period.setdefault((year, month), {})
        for text, value in json.loads(cells).items():
            if value is not None:
                key = CellKey.parse(text)
                published[key] = mine[key] = int(value)
        mine_hidden = hidden_by_period.setdefault((year, month), set())
        for text, reason in json.loads(hidden_json).items():
            key = CellKey.parse(text)
            hidden.setdefault(key, reason)
            mine_hidden.add(key)
    return Earlier(published, hidden, periods, by_period, hidden_by_period)


def next_version(session: Session, year: int, month: int) -> int:
    current = session.scalar(
        select(func.max(LedgerRow.version)).where(LedgerRow.year == year, LedgerRow.month == month)
    )
    return (current or 0) + 1


def record_publication(
    session: Session,
    *,
    year: int,
    month: int,
    source: str,
    threshold: int,
    formats: Iterable[str],
    digest: str,
    cells: dict[str, int | None],
    hidden: dict[str, str],
    user_id: int | None,
) -> LedgerRow:
    row = LedgerRow(
        year=year,
        month=month,
        version=next_version(session, year, month),
        source=source,
        threshold=threshold,
        formats=",".join(formats),
        digest=digest,
        cell_count=len(cells),
        suppressed_count=len(hidden),
        cells=json.dumps(cells, sort_keys=True, separators=(",", ":")),
        hidden=json.dumps(hidden, sort_keys=True, separators=(",", ":")),
        created_by_id=user_id,
    )
    session.add(row)
    session.flush()
    return row


def list_publications(session: Session, year: int | None = None) -> list[PublicationView]:
    stmt = select(LedgerRow).order_by(
        LedgerRow.year.desc(), LedgerRow.month.desc(), LedgerRow.version.desc()
    )
    if year is not None:
        stmt = stmt.where(LedgerRow.year == year)
    return [
        PublicationView(
            r.id,
            r.year,
            r.month,
            r.version,
            r.source,
            r.threshold,
            r.formats,
            r.cell_count,
            r.suppressed_count,
            r.digest,
            r.created_at,
            r.created_by_id,
        )
        for r in session.scalars(stmt)
    ]
