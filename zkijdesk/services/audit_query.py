"""Searching and exporting the audit log: the admin's and the privacy officer's view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.atomic import atomic_write
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.base import Service
from zkijdesk.sheet_text import csv_writer
from zkijdesk.storage.audit_chain import ChainReport, verify_chain

MAX_ROWS = 10_000


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
        self.require_role(Role.ADMIN, what="het auditlog inziet")
        if start and end and end < start:
            raise ValidationError("end", "Einddatum mag niet vóór de begindatum liggen.")
        stmt = select(m.AuditEntry).order_by(m.AuditEntry.id.desc()).limit(min(limit, MAX_ROWS))
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
        with self.store.read_session() as s:
            names = {u.id: u.display_name for u in s.scalars(select(m.User))}
            return [
                AuditRow(
                    e.id,
                    e.at,
                    e.user_id,
                    names.get(e.user_id),
                    e.workstation,
                    e.action,
                    e.object_type,
                    e.object_id,
                    e.result,
                    e.detail,
                )
                for e in s.scalars(stmt)
            ]

    def verify(self) -> ChainReport:
        self.require_role(Role.ADMIN, what="het auditlog controleert")
        with self.store.read_session() as s:
            return verify_chain(s)

    def export_csv(self, target: Path, **filters) -> int:
        """The filtered entries as CSV (UTF-8 with BOM, ';'), written atomically; text that
        a spreadsheet could run as a formula (a display name typed as ``=...``) is
        neutralised by ``zkijdesk.sheet_text``."""
        rows = self.search(limit=MAX_ROWS, **filters)
        with atomic_write(Path(target), "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv_writer(fh)
            writer.writerow(
                [
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
                ]
            )
            for r in rows:
                writer.writerow(
                    [
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
                )
        with self.store.session() as s:
            self.audit(s, "export", "audit_log", None, detail=f"rows={len(rows)}")
        return len(rows)
