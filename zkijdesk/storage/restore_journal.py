"""A restore's promise about the audit log, kept beside the store until it is kept.

A restore puts a backup's pages in place, then appends the audit entries written since
that backup (services/backups.py). Killed between the two, the store holds a whole,
valid, but shorter log, and its hash chain verifies: nothing inside the store shows
what was lost. So before the pages are copied, the log's head is written beside the
store as an anchor (storage/audit_anchor.py: the store's id, a count and a hash, no
personal data), and removed once the entries are back. ``check`` reads a leftover
anchor and reports when the log no longer reaches it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from zkijdesk.atomic import atomic_write
from zkijdesk.domain.text import Text, t
from zkijdesk.storage import audit_anchor

NAME_PART = ".terugzetten"


def journal_path(store_path: Path) -> Path:
    """``regio.db`` -> ``regio.db.terugzetten.auditanker.json`` (beside the store)."""
    return store_path.with_name(store_path.name + NAME_PART + audit_anchor.SUFFIX)


def begin(store_path: Path, anchor: audit_anchor.Anchor) -> Path:
    path = journal_path(store_path)
    with atomic_write(path) as fh:
        fh.write(anchor.to_bytes())
    return path


def finish(store_path: Path) -> None:
    journal_path(store_path).unlink(missing_ok=True)


def problems(store_path: Path, session: Session) -> list[Text]:
    """One sentence when a restore stopped before the audit log was whole again."""
    path = journal_path(store_path)
    if not path.exists():
        return []
    anchor = audit_anchor.read(path)
    if anchor is None:
        return [
            t("Het bestand {name} van een onderbroken terugzetting is onleesbaar.", name=path.name)
        ]
    if not audit_anchor.problems(session, [anchor]):
        return []
    return [
        t(
            "Een terugzetting is onderbroken voordat het auditlog was aangevuld: het log had "
            "{n} regels en is nu korter. De toestand van vóór het terugzetten staat in de "
            "veiligheidskopie (voor-terugzetten) in de map met reservekopieën.",
            n=anchor.entries,
        )
    ]


__all__ = ["begin", "finish", "journal_path", "problems"]
