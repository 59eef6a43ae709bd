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


def compact(store: Store) -> None:
    """Make deleted content unrecoverable from the database file and its WAL."""
    store.engine.dispose()
    with store.engine.connect() as conn:
        if store.is_sqlite:
            raw = conn.connection.dbapi_connection
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        else:
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            auto.execute(text("VACUUM"))


class ErasureService(Service):
    def erase(self, client_id: int) -> None:
        """Erase one person on request; the coach or team lead with access does this."""
        self.require_role(Role.COACH, Role.TEAMLEAD, what="een cliënt wist")
        with self.store.session() as s:
            self.client_for(s, client_id)
            delete_clients(s, [client_id])
            self.audit(s, "erase", "client", client_id)
        compact(self.store)
