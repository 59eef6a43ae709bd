"""Writing and verifying the audit log (AVG/BIO: action, object, result, actor, origin, time).

Call ``record`` inside the same session as the change it describes, so the entry and
the change commit together or not at all. For views and exports there is no change;
the entry is the unit of work.
"""

from __future__ import annotations

import platform

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zkijdesk.models.audit import AuditEntry, AuditHead
from zkijdesk.models.base import utcnow
from zkijdesk.storage.audit_chain import GENESIS, entry_fields, entry_hash

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
    if session.info.get("zk_team"):
        # On a team database the server appends: it takes the user from the login, so an
        # entry can name no one else, and the persons hold no write grant on the log.
        session.execute(
            text("SELECT zk_audit_append(:a, :t, :o, :r, :d, :w)"),
            {
                "a": action,
                "t": object_type,
                "o": object_id,
                "r": result,
                "d": detail,
                "w": workstation(),
            },
        )
        return
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
        entry_fields(
            entry_id, at, user_id, station, action, object_type, object_id, result, detail
        ),
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
