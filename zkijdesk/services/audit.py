"""Writing and verifying the audit log (AVG/BIO: action, object, result, actor, origin, time).

Call ``record`` inside the same session as the change it describes, so the entry and
the change commit together or not at all. For views and exports there is no change;
the entry is the unit of work.
"""

from __future__ import annotations

import hashlib
import json
import platform
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk.models.audit import AuditEntry, AuditHead
from zkijdesk.models.base import utcnow

GENESIS = "0" * 64

ACTIONS = frozenset(
    {
        "view",
        "create",
        "change",
        "delete",
        "restore",
        "export",
        "erase",
        "login",
        "denied",
        "transfer",
        "retention",
        "backup",
        "restore_backup",
    }
)


def workstation() -> str:
    return platform.node()[:120] or "onbekend"


def entry_hash(prev_hash: str, fields: dict) -> str:
    payload = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _fields(
    entry_id: int, at: datetime, user_id, station, action, object_type, object_id, result, detail
) -> dict:
    return {
        "id": entry_id,
        "at": at.isoformat(timespec="microseconds"),
        "user_id": user_id,
        "workstation": station,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "result": result,
        "detail": detail,
    }


def record(
    session: Session,
    user_id: int | None,
    action: str,
    object_type: str,
    object_id: int | None = None,
    *,
    result: str = "ok",
    detail: str | None = None,
) -> None:
    """Append one entry. ``detail`` is for counts and codes only, never personal data."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).first()
    if head is None:
        head = AuditHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    entry_id = head.last_id + 1
    at = utcnow()
    station = workstation()
    digest = entry_hash(
        head.last_hash,
        _fields(entry_id, at, user_id, station, action, object_type, object_id, result, detail),
    )
    session.add(
        AuditEntry(
            id=entry_id,
            at=at,
            user_id=user_id,
            workstation=station,
            action=action,
            object_type=object_type,
            object_id=object_id,
            result=result,
            detail=detail,
            prev_hash=head.last_hash,
            hash=digest,
        )
    )
    head.last_id, head.last_hash = entry_id, digest
    session.flush()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_bad_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry where the chain breaks."""
    prev = GENESIS
    expected_id = 1
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for e in rows:
        fields = _fields(
            e.id,
            e.at,
            e.user_id,
            e.workstation,
            e.action,
            e.object_type,
            e.object_id,
            e.result,
            e.detail,
        )
        if e.id != expected_id or e.prev_hash != prev or entry_hash(prev, fields) != e.hash:
            return ChainReport(count, e.id)
        prev, expected_id, count = e.hash, e.id + 1, count + 1
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_id != count or head.last_hash != prev):
        return ChainReport(count, count + 1)
    return ChainReport(count, None)
