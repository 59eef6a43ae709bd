"""The bin: deleting a client moves the file aside for 30 days before it is purged.

A coach who deletes a file by mistake gets it back from the bin within
``RESTORE_DAYS``; after that the next purge erases it for good, the same way an
erasure request does (every row, then the store compacted). While a file is in the
bin, the access rule hides it from every list and screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.errors import NotFoundError, StateError
from zkijdesk.domain.names import full_name
from zkijdesk.domain.text import t
from zkijdesk.models.base import utcnow
from zkijdesk.services.base import Service

RESTORE_DAYS = 30


@dataclass(frozen=True)
class BinItem:
    client_id: int
    client_number: str
    name: str
    deleted_at: datetime
    purge_after: datetime


class BinService(Service):
    def __init__(self, *args: Any, now: Callable[[], datetime] = utcnow, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._now = now

    def delete(self, client_id: int) -> None:
        """Move a client's file to the bin (reversible for 30 days)."""
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            client.deleted_at = self._now()
            client.deleted_by_id = self.actor.user_id
            self.audit(s, "delete", "client", client_id, detail="bin")

    def restore(self, client_id: int) -> None:
        """Take a file out of the bin; only the user who deleted it, within the term."""
        with self.store.session() as s:
            client = s.get(m.Client, client_id)
            if client is None or client.deleted_at is None:
                raise NotFoundError("Deze cliënt staat niet (meer) in de prullenbak.")
            if client.deleted_by_id != self.actor.user_id:
                raise self.deny(
                    "Alleen wie het dossier verwijderde, kan het terugzetten.", "client", client_id
                )
            if client.deleted_at < self._now() - timedelta(days=RESTORE_DAYS):
                raise StateError(
                    t(
                        "Dit dossier staat langer dan {n} dagen in de prullenbak en kan niet "
                        "meer worden teruggezet.",
                        n=RESTORE_DAYS,
                    )
                )
            client.deleted_at = None
            client.deleted_by_id = None
            self.audit(s, "restore", "client", client_id, detail="bin")

    def items(self) -> list[BinItem]:
        """What this user deleted and can still restore, most recent first."""
        cutoff = self._now() - timedelta(days=RESTORE_DAYS)
        stmt = (
            select(
                m.Client.id,
                m.Client.client_number,
                m.Client.first_name,
                m.Client.name_prefix,
                m.Client.last_name,
                m.Client.deleted_at,
            )
            .where(
                m.Client.deleted_at.is_not(None),
                m.Client.deleted_at >= cutoff,
                m.Client.deleted_by_id == self.actor.user_id,
            )
            .order_by(m.Client.deleted_at.desc(), m.Client.id)
        )
        with self.store.read_session() as s:
            return [
                BinItem(
                    r.id,
                    r.client_number or "",
                    full_name(r.first_name, r.name_prefix, r.last_name),
                    r.deleted_at,
                    r.deleted_at + timedelta(days=RESTORE_DAYS),
                )
                for r in s.execute(stmt)
            ]

    def purge_expired(self) -> int:
        """Erase every file that has been in the bin longer than the term; returns how many.

        Store housekeeping, run at start-up on behalf of whoever is signed in: the term
        has passed, so no choice is left to make. Each erasure is audited with the id only.
        """
        from zkijdesk.services.erasure import compact, delete_clients

        cutoff = self._now() - timedelta(days=RESTORE_DAYS)
        with self.store.session() as s:
            ids = list(
                s.scalars(
                    select(m.Client.id).where(
                        m.Client.deleted_at.is_not(None), m.Client.deleted_at < cutoff
                    )
                )
            )
            if not ids:
                return 0
            delete_clients(s, ids)
            for client_id in ids:
                self.audit(s, "erase", "client", client_id, detail="bin")
        compact(self.store)
        return len(ids)
