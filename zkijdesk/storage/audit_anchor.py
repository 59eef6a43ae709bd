"""Anchors of the audit log: its length and head hash, kept outside the database.

The hash chain proves that no entry was changed or removed *in between*; someone who
can write the database could still cut the log short and set ``audit_head`` to match,
or rewrite an entry and recompute every hash after it. An anchor written at a moment
(a monthly export, a scheduled ``zkijdesk audit-anchor``) and kept elsewhere closes
that gap: ``zkijdesk check --anchors DIR`` verifies that the log still holds, at each
anchor's length, the very hash the anchor saw. Anchors hold no personal data, only the
store's id, a count and a hash, so they may travel with the published figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zkijdesk.domain.text import Text, t
from zkijdesk.models.audit import AuditEntry, AuditHead
from zkijdesk.models.meta import StoreInfo

SCHEMA = "zkijdesk/audit-anker/v1"
SUFFIX = ".auditanker.json"


@dataclass(frozen=True)
class Anchor:
    store: str
    entries: int
    head: str
    at: str
    source: str = ""

    def as_dict(self) -> dict[str, str | int]:
        return {
            "schema": SCHEMA,
            "store": self.store,
            "entries": self.entries,
            "head": self.head,
            "at": self.at,
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.as_dict(), indent=2, sort_keys=True) + "\n").encode("utf-8")


def from_dict(data: object, source: str = "") -> Anchor | None:
    """The anchor in ``data`` (as ``as_dict`` gives it), or None when it is not one."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        return None
    try:
        return Anchor(
            str(data["store"]), int(data["entries"]), str(data["head"]), str(data["at"]), source
        )
    except (KeyError, TypeError, ValueError):
        return None


def current(session: Session) -> Anchor:
    """The log's head as this session sees it (inside a unit of work: including its own
    entries). On a team database the server's function reads it for any person."""
    store = session.scalar(select(StoreInfo.store_uuid)) or ""
    if session.info.get("zk_team"):
        entries, head = session.execute(text("SELECT * FROM zk_audit_anchor()")).one()
    else:
        row = session.get(AuditHead, 1)
        entries, head = (row.last_id, row.last_hash) if row is not None else (0, "0" * 64)
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    return Anchor(store, int(entries or 0), head, stamp)


def read(path: Path) -> Anchor | None:
    """The anchor in ``path``, or None when the file is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return from_dict(data, path.name)


def find(folder: Path) -> list[Anchor]:
    """Every anchor file below ``folder`` (exports keep theirs beside the figures)."""
    found = (read(path) for path in sorted(Path(folder).rglob(f"*{SUFFIX}")))
    return [anchor for anchor in found if anchor is not None]


def problems(session: Session, anchors: Iterable[Anchor]) -> list[Text]:
    """One sentence per anchor that the log no longer extends (other stores' are skipped)."""
    store = session.scalar(select(StoreInfo.store_uuid)) or ""
    out: list[Text] = []
    for anchor in anchors:
        if anchor.store != store:
            continue
        if anchor.entries == 0:
            continue
        entry = session.get(AuditEntry, anchor.entries)
        if entry is None:
            out.append(
                t(
                    "Het auditlog is ingekort: anker {source} van {at} kende {n} regels, die "
                    "regel bestaat niet meer.",
                    source=anchor.source,
                    at=anchor.at,
                    n=anchor.entries,
                )
            )
        elif entry.hash != anchor.head:
            out.append(
                t(
                    "Het auditlog is herschreven: regel {n} heeft niet meer de hash die anker "
                    "{source} van {at} vastlegde.",
                    n=anchor.entries,
                    source=anchor.source,
                    at=anchor.at,
                )
            )
    return out
