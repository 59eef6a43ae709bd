"""Erasure of a person, by request (AVG art. 17) or by the retention term.

Rows are deleted explicitly child-first, so nothing depends on cascades being on.
Afterwards the store is compacted: with ``secure_delete`` the freed pages are zeroed,
``VACUUM`` rebuilds the file without them, and the WAL is checkpointed and truncated,
so the person's data is gone from the file itself, not only from the tables. While
another connection reads (a second window, a running backup) the checkpoint cannot
finish: it is retried for a while, and if it still cannot, the result says so plainly
instead of claiming the file is clean. Drafts typed about the person go too: those of
their file, and an intake draft that was never saved as a client but names them. The
published monthly figures are aggregates and stay as they were; the audit log keeps
its entries (ids and actions, no personal data), so its chain still verifies.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StoreError
from zkijdesk.domain.text import t
from zkijdesk.services.base import Service, rowcount
from zkijdesk.storage.engine import SqliteConnection, driver_connection
from zkijdesk.storage.store import Store

RECENT_KEYS = ("recent_clients",)
DRAFT_PREFIX = "draft:"
#: The WAL checkpoint is tried this often, each time waiting this long for readers.
CHECKPOINT_TRIES = 3
CHECKPOINT_WAIT_MS = 2000


@dataclass(frozen=True)
class _Person:
    """What identifies someone in a draft typed before their file existed."""

    first_name: str
    last_name: str
    bsn: str
    email: str
    phone: str

    def named_in(self, fields: dict[str, Any]) -> bool:
        values = [str(v) for v in fields.values()]
        text = " ".join(values).casefold()
        for value in values:
            digits = "".join(ch for ch in value if ch.isdigit())
            if self.bsn and digits == self.bsn:
                return True
            if len(self.phone) >= 9 and len(digits) >= 9 and digits[-9:] == self.phone[-9:]:
                return True
        if self.email and self.email.casefold() in text:
            return True
        first, last = self.first_name.casefold(), self.last_name.casefold()
        return bool(first and last and first in text and last in text)


def _people(session: Session, ids: list[int]) -> list[_Person]:
    rows = session.execute(
        select(
            m.Client.first_name, m.Client.last_name, m.Client.bsn, m.Client.email, m.Client.phone
        ).where(m.Client.id.in_(ids))
    )
    return [
        _Person(
            first or "",
            last or "",
            bsn or "",
            email or "",
            "".join(ch for ch in (phone or "") if ch.isdigit()),
        )
        for first, last, bsn, email, phone in rows
    ]


def unlinked_draft_names(drafts: Mapping[str, object], people: list[_Person]) -> list[str]:
    """Keys of drafts not tied to a file (an intake never saved) that name one of them."""
    return [
        key
        for key, payload in drafts.items()
        if key.startswith(DRAFT_PREFIX)
        and ":client:" not in key
        and isinstance(payload, dict)
        and any(p.named_in(payload.get("fields") or {}) for p in people)
    ]


def delete_clients(session: Session, client_ids: list[int]) -> None:
    """Remove clients and everything hanging off them, in dependency order."""
    if not client_ids:
        return
    for chunk_start in range(0, len(client_ids), 500):
        ids = client_ids[chunk_start : chunk_start + 500]
        people = _people(session, ids)
        if session.info.get("zk_team"):
            _keep_in_sight(session, ids)
        routes = select(m.Route.id).where(m.Route.client_id.in_(ids))
        placements = select(m.Placement.id).where(m.Placement.route_id.in_(routes))
        follow_ups = select(m.PlacementFollowUp.id).where(
            m.PlacementFollowUp.placement_id.in_(placements)
        )
        statements = [
            delete(m.Task).where(
                or_(
                    m.Task.client_id.in_(ids),
                    m.Task.route_id.in_(routes),
                    m.Task.follow_up_id.in_(follow_ups),
                )
            ),
            delete(m.Activity).where(m.Activity.client_id.in_(ids)),
            delete(m.PlacementFollowUp).where(m.PlacementFollowUp.id.in_(follow_ups)),
            delete(m.Placement).where(m.Placement.id.in_(placements)),
            delete(m.Training).where(m.Training.route_id.in_(routes)),
            delete(m.Guidance).where(m.Guidance.route_id.in_(routes)),
            delete(m.Route).where(m.Route.client_id.in_(ids)),
            delete(m.ClientTargetGroup).where(m.ClientTargetGroup.client_id.in_(ids)),
            delete(m.ClientSkill).where(m.ClientSkill.client_id.in_(ids)),
        ]
        for statement in statements:
            session.execute(statement, execution_options={"synchronize_session": False})
        # The shares go with the client's row (ON DELETE CASCADE, which row-level
        # security does not filter): deleted first, they took a colleague's sight of it.
        gone = rowcount(
            session.execute(
                delete(m.Client).where(m.Client.id.in_(ids)),
                execution_options={"synchronize_session": False},
            )
        )
        if gone != len(ids):
            # On a team database a row the person no longer sees is skipped without a
            # word: saying "gewist" then would be untrue. Nothing of the chunk stays gone.
            raise StoreError(
                t(
                    "Wissen is niet gelukt: {n} van de {total} cliënt(en) kon zkijdesk niet "
                    "verwijderen; er is niets gewist.",
                    n=len(ids) - gone,
                    total=len(ids),
                )
            )
        _forget_in_settings(session, set(ids), people)


def _keep_in_sight(session: Session, ids: list[int]) -> None:
    """On a team database the person erasing sees a file through its route; once the
    routes are deleted, row-level security hides the client row, and deleting it would
    delete nothing. A share of their own (which the client's row takes along) keeps
    it in sight until the end; a colleague it was shared with has one already. IT's
    maintenance login (retention) is no person and reads past row-level security."""
    session.execute(
        text(
            "INSERT INTO client_share (client_id, user_id, created_at) "
            "SELECT c.id, zk_me(), now() AT TIME ZONE 'UTC' FROM client c "
            "WHERE c.id = ANY (CAST(:ids AS integer[])) AND zk_me() IS NOT NULL AND NOT EXISTS ("
            "SELECT 1 FROM client_share s WHERE s.client_id = c.id AND s.user_id = zk_me())"
        ),
        {"ids": ids},
    )


def _forget_in_settings(session: Session, ids: set[int], people: list[_Person]) -> None:
    """Drop drafts of these clients, intake drafts that name them, and take them out of
    'recently opened' lists."""
    for setting in session.scalars(select(m.UserSetting)):
        key = setting.key
        if any(key.endswith(f"client:{i}") for i in ids):
            session.delete(setting)
        elif key.startswith(DRAFT_PREFIX):
            try:
                payload = json.loads(setting.value)
            except ValueError:
                continue
            if unlinked_draft_names({key: payload}, people):
                session.delete(setting)
        elif key in RECENT_KEYS:
            try:
                values = json.loads(setting.value)
            except ValueError:
                continue
            if isinstance(values, list):
                kept = [v for v in values if v not in ids]
                if kept != values:
                    setting.value = json.dumps(kept)


@dataclass(frozen=True)
class Compaction:
    """What became of the removed rows' bytes: ``done`` when the data files no longer hold
    them. ``note`` says it in one Dutch sentence, including what remains elsewhere."""

    done: bool
    note: str
    #: The work could not be finished here and now (a reader held the file): say so
    #: and fail, rather than report an erasure that is not complete.
    held: bool = False


SQLITE_DONE = "de opslag is opgeschoond, ook het bestand zelf en het WAL-bestand"
SQLITE_HELD = (
    "de gegevens zijn uit de tabellen verwijderd, maar een ander programma of venster las "
    "tegelijk in de opslag, zodat het bestand zelf ze nog kan bevatten; sluit zkijdesk "
    "overal af en voer 'zkijdesk compact' uit"
)
SERVER_DONE = (
    "de tabellen zijn herschreven, dus de databasebestanden bevatten de gegevens niet meer; "
    "kopieën in WAL-bestanden en back-ups van de server blijven tot hun bewaartermijn voorbij is"
)
SERVER_PENDING = (
    "de rijen zijn verwijderd, maar de databasebestanden worden pas bij het onderhoud door de "
    "beheerder herschreven (zkijdesk team compact); kopieën in WAL-bestanden en back-ups van "
    "de server blijven tot hun bewaartermijn voorbij is"
)


SERVER_HELD = (
    "de rijen zijn verwijderd, maar een andere verbinding hield oude gegevens vast, zodat de "
    "databasebestanden nog niet zijn herschreven (zkijdesk team compact later opnieuw); "
    "kopieën in WAL-bestanden en back-ups van de server blijven tot hun bewaartermijn voorbij is"
)


def compact(store: Store) -> Compaction:
    """Make deleted content unrecoverable from the database file and its WAL.

    On PostgreSQL a plain ``VACUUM`` only marks dead rows free; their bytes stay in the
    table's files until overwritten. ``VACUUM (FULL)`` rewrites the tables, which only
    their owner may do: a person on a team database asks for it instead, and IT's
    maintenance (``zkijdesk team compact``) carries it out.
    """
    store.engine.dispose()
    if store.is_sqlite:
        with store.engine.connect() as conn:
            raw = driver_connection(conn)
            raw.execute("VACUUM")
            done = _checkpoint(raw)
        return Compaction(True, SQLITE_DONE) if done else Compaction(False, SQLITE_HELD, True)
    from zkijdesk.storage.team import rewrite_personal_tables

    if store.team is not None and store.team.is_person:
        with store.engine.begin() as conn:
            conn.execute(text("SELECT zk_request_compaction()"))
        return Compaction(False, SERVER_PENDING)
    with store.engine.connect() as conn:
        # Briefly: a person is waiting for this answer; IT's team compact waits longer.
        done = rewrite_personal_tables(
            conn.execution_options(isolation_level="AUTOCOMMIT"), wait=5.0
        )
    return Compaction(True, SERVER_DONE) if done else Compaction(False, SERVER_HELD)


def _checkpoint(raw: SqliteConnection) -> bool:
    """Copy the WAL into the file and empty it; False while a reader holds old pages.

    SQLite answers (busy, frames in the log, frames checkpointed); busy means a reader
    still uses pages the checkpoint must not overwrite, and the WAL (and the file's old
    pages) keep the removed data until it can run.
    """
    previous = raw.execute("PRAGMA busy_timeout").fetchone()[0]
    raw.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
    try:
        for attempt in range(CHECKPOINT_TRIES):
            busy, log, copied = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy == 0 and log == copied:
                return True
            if attempt + 1 < CHECKPOINT_TRIES:
                time.sleep(CHECKPOINT_WAIT_MS / 4000)
        return False
    finally:
        raw.execute(f"PRAGMA busy_timeout = {int(previous)}")


class ErasureService(Service):
    def erase(self, client_id: int) -> Compaction:
        """Erase one person on request; the coach or team lead with access does this."""
        self.require_role(Role.COACH, Role.TEAMLEAD, what="een cliënt wist")
        with self.store.session() as s:
            self.client_for(s, client_id)
            people = _people(s, [client_id])
            delete_clients(s, [client_id])
            self.audit(s, "erase", "client", client_id)
        box = self.store.local_drafts
        if box is not None:  # this workstation's drafts of the person go too
            for key in box.names():
                if key.endswith(f"client:{client_id}") or unlinked_draft_names(
                    {key: box.load(key)}, people
                ):
                    box.discard(key)
        return compact(self.store)
