"""The audit log's hash chain: computing and verifying it.

Lives in storage because ``zkijdesk check`` verifies the chain as part of the store's
integrity, below the services that write entries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk.models.audit import AuditEntry, AuditHead

GENESIS = "0" * 64


AuditFields = dict[str, str | int | None]
"""One entry's hashed fields, by name (``entry_fields``)."""


def entry_hash(prev_hash: str, fields: AuditFields) -> str:
    payload = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def entry_fields(
    entry_id: int,
    at: datetime,
    user_id: int | None,
    station: str,
    action: str,
    object_type: str,
    object_id: int | None,
    result: str,
    detail: str | None,
) -> AuditFields:
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


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_bad_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash in order; report the first entry where the chain breaks.

    The entries and the head are two reads: ``session`` must see both at one moment
    (``read_session(snapshot=True)``), or an entry a colleague appends in between reads
    as a broken chain."""
    prev = GENESIS
    expected_id = 1
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for e in rows:
        fields = entry_fields(
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
