"""Erasure of a person, by request (AVG art. 17) or by the retention term.

Rows are deleted explicitly child-first, so nothing depends on cascades being on.
Afterwards the store is compacted: with ``secure_delete`` the freed pages are zeroed,
``VACUUM`` rebuilds the file without them, and the WAL is checkpointed and truncated,
so the person's data is gone from the file itself, not only from the tables. The
published monthly figures are aggregates and stay as they were; the audit log keeps
its entries (ids and actions, no personal data), so its chain still verifies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.services.base import Service
from zkijdesk.storage.store import Store

RECENT_KEYS = ("recent_clients",)


def delete_clients(session: Session, client_ids: list[int]) -> None:
    """Remove clients and everything hanging off them, in dependency order."""
    if not client_ids:
        return
    for chunk_start in range(0, len(client_ids), 500):
        ids = client_ids[chunk_start : chunk_start + 500]
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
            delete(m.ClientShare).where(m.ClientShare.client_id.in_(ids)),
            delete(m.Client).where(m.Client.id.in_(ids)),
        ]
        for statement in statements:
            session.execute(statement, execution_options={"synchronize_session": False})
        _forget_in_settings(session, set(ids))


def _forget_in_settings(session: Session, ids: set[int]) -> None:
    """Drop drafts of these clients and take them out of 'recently opened' lists."""
    for setting in session.scalars(select(m.UserSetting)):
        key = setting.key
        if any(key.endswith(f"client:{i}") for i in ids):
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


SQLITE_DONE = "de opslag is opgeschoond, ook het bestand zelf en het WAL-bestand"
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
            raw = conn.connection.dbapi_connection
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return Compaction(True, SQLITE_DONE)
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


class ErasureService(Service):
    def erase(self, client_id: int) -> Compaction:
        """Erase one person on request; the coach or team lead with access does this."""
        self.require_role(Role.COACH, Role.TEAMLEAD, what="een cliënt wist")
        with self.store.session() as s:
            self.client_for(s, client_id)
            delete_clients(s, [client_id])
            self.audit(s, "erase", "client", client_id)
        box = getattr(self.store, "local_drafts", None)
        if box is not None:  # this workstation's drafts of the person go too
            for key in box.names():
                if key.endswith(f"client:{client_id}"):
                    box.discard(key)
        return compact(self.store)
