"""Searching and exporting the audit log: the admin's and the privacy officer's view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.atomic import atomic_write
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import t
from zkijdesk.services.base import Service, fits_database
from zkijdesk.sheet_text import csv_writer
from zkijdesk.storage.audit_chain import ChainReport, verify_chain

MAX_ROWS = 10_000  # a search on screen; the export has no cap
EXPORT_PAGE = 2_000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_id: int | None
    user_name: str | None
    workstation: str
    action: str
    object_type: str
    object_id: int | None
    result: str
    detail: str | None


class AuditQueryService(Service):
    def search(
        self,
        *,
        user_id: int | None = None,
        client_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = 1000,
    ) -> list[AuditRow]:
        """Entries newest first, filtered by user, client and period (inclusive days)."""
        stmt = self._filtered(user_id, client_id, start, end).limit(min(limit, MAX_ROWS))
        with self.store.read_session() as s:
            names = _names(s)
            return [_row(e, names) for e in s.scalars(stmt)]

    def _filtered(
        self, user_id: int | None, client_id: int | None, start: date | None, end: date | None
    ) -> Select[m.AuditEntry]:
        """The entries asked for, newest first (checks the role and the period)."""
        self.require_role(Role.ADMIN, what="het auditlog inziet")
        if start and end and end < start:
            raise ValidationError("end", "Einddatum mag niet vóór de begindatum liggen.")
        for field, label, value in (
            ("client_id", "Cliënt", client_id),
            ("user_id", "Gebruiker", user_id),
        ):
            if value is not None and not fits_database(value):
                raise ValidationError(
                    field,
                    t(
                        "{label} {n} bestaat niet en staat niet in het auditlog.",
                        label=label,
                        n=value,
                    ),
                )
        stmt = select(m.AuditEntry).order_by(m.AuditEntry.id.desc())
        if user_id is not None:
            stmt = stmt.where(m.AuditEntry.user_id == user_id)
        if client_id is not None:
            stmt = stmt.where(
                m.AuditEntry.object_type == "client", m.AuditEntry.object_id == client_id
            )
        if start is not None:
            stmt = stmt.where(m.AuditEntry.at >= datetime.combine(start, time.min))
        if end is not None:
            stmt = stmt.where(m.AuditEntry.at < datetime.combine(end + timedelta(days=1), time.min))
        return stmt

    def verify(self) -> ChainReport:
        self.require_role(Role.ADMIN, what="het auditlog controleert")
        with self.store.read_session(snapshot=True) as s:
            return verify_chain(s)

    def export_csv(
        self,
        target: Path,
        *,
        user_id: int | None = None,
        client_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> int:
        """Every entry asked for as CSV (UTF-8 with BOM, ';'), newest first, written
        atomically; returns the number of entries.

        There is no cap: entries are read in pages of ``EXPORT_PAGE`` (by id, within one
        read transaction, so the file is one consistent moment of the log) and written as
        they come. Text that a spreadsheet could run as a formula (a display name typed
        as ``=...``) is neutralised by ``zkijdesk.sheet_text``.
        """
        stmt = self._filtered(user_id, client_id, start, end).limit(EXPORT_PAGE)
        written = 0
        with (
            atomic_write(Path(target), "w", encoding="utf-8-sig", newline="") as fh,
            self.store.read_session(snapshot=True) as s,
        ):
            writer = csv_writer(fh)
            writer.writerow(HEADER)
            names = _names(s)
            below: int | None = None
            while True:
                page = stmt if below is None else stmt.where(m.AuditEntry.id < below)
                entries = s.scalars(page).all()
                for e in entries:
                    writer.writerow(_csv_row(_row(e, names)))
                written += len(entries)
                if len(entries) < EXPORT_PAGE:
                    break
                below = entries[-1].id
                s.expunge_all()
        with self.store.session() as s:
            self.audit(s, "export", "audit_log", None, detail=f"rows={written}")
        return written


HEADER = (
    "id",
    "tijd_utc",
    "gebruiker_id",
    "gebruiker",
    "werkplek",
    "actie",
    "objecttype",
    "object_id",
    "resultaat",
    "detail",
)


def _names(session: Session) -> dict[int, str]:
    return {u.id: u.display_name for u in session.scalars(select(m.User))}


def _row(e: m.AuditEntry, names: dict[int, str]) -> AuditRow:
    return AuditRow(
        e.id,
        e.at,
        e.user_id,
        None if e.user_id is None else names.get(e.user_id),
        e.workstation,
        e.action,
        e.object_type,
        e.object_id,
        e.result,
        e.detail,
    )


def _csv_row(r: AuditRow) -> list[object]:
    return [
        r.id,
        r.at.isoformat(timespec="seconds"),
        r.user_id,
        r.user_name or "",
        r.workstation,
        r.action,
        r.object_type,
        r.object_id,
        r.result,
        r.detail or "",
    ]
