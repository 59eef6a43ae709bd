"""A user's own preferences kept in the store: saved filters and recently opened clients.

They live in the encrypted store (table ``user_setting``), not in QSettings, because
they name clients by id and so must be encrypted, backed up and erased with the rest.
Window geometry, which says nothing about anyone, stays in QSettings.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import t
from zkijdesk.services.base import Service

SAVED_FILTERS = "saved_filters"
RECENT_CLIENTS = "recent_clients"
RECENT_MAX = 12


def note_opened(session: Session, user_id: int, client_id: int) -> list[int]:
    """Put a client first in a user's recent list (kept to the last twelve), within the
    caller's unit of work: opening a file notes it in the same transaction."""
    recent = [i for i in read_setting(session, user_id, RECENT_CLIENTS) or []]
    recent = [client_id, *(i for i in recent if i != client_id)][:RECENT_MAX]
    write_setting(session, user_id, RECENT_CLIENTS, recent)
    return recent


FILTER_NAME_MAX = 60
FILTERS_MAX = 50
KEY_MAX = 64


def _check_key(key: str) -> str:
    if not key or len(key) > KEY_MAX:
        raise ValueError("a preference key is 1 to 64 characters")
    return key


def read_setting(session: Session, user_id: int, key: str) -> Any:
    row = session.scalar(
        select(m.UserSetting).where(m.UserSetting.user_id == user_id, m.UserSetting.key == key)
    )
    return None if row is None else json.loads(row.value)


def write_setting(session: Session, user_id: int, key: str, value: Any) -> None:
    """Insert or replace one setting; ``None`` removes it."""
    _check_key(key)
    row = session.scalar(
        select(m.UserSetting).where(m.UserSetting.user_id == user_id, m.UserSetting.key == key)
    )
    if value is None:
        if row is not None:
            session.delete(row)
        return
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if row is None:
        session.add(m.UserSetting(user_id=user_id, key=key, value=text))
    else:
        row.value = text


class PreferenceService(Service):
    def get(self, key: str, default: Any = None) -> Any:
        with self.store.read_session() as s:
            value = read_setting(s, self.actor.user_id, _check_key(key))
        return default if value is None else value

    def set(self, key: str, value: Any) -> None:
        with self.store.session() as s:
            write_setting(s, self.actor.user_id, key, value)

    # -------------------------------------------------------------- saved filters
    def saved_filters(self) -> dict[str, dict[str, Any]]:
        """Name -> query (``ClientListQuery.to_dict()``), sorted by name."""
        filters = self.get(SAVED_FILTERS, {})
        return dict(sorted(filters.items(), key=lambda item: item[0].casefold()))

    def save_filter(self, name: str, query: dict[str, Any]) -> str:
        name = v.clean_text(
            name,
            field="name",
            label=fields.FILTER_NAME,
            max_length=FILTER_NAME_MAX,
            required=True,
        )
        with self.store.session() as s:
            filters = read_setting(s, self.actor.user_id, SAVED_FILTERS) or {}
            if name not in filters and len(filters) >= FILTERS_MAX:
                raise ValidationError(
                    "name",
                    t("Naam van het filter: er kunnen hoogstens {n} filters zijn.", n=FILTERS_MAX),
                )
            filters[name] = dict(query)
            write_setting(s, self.actor.user_id, SAVED_FILTERS, filters)
        return name

    def delete_filter(self, name: str) -> None:
        with self.store.session() as s:
            filters = read_setting(s, self.actor.user_id, SAVED_FILTERS) or {}
            if filters.pop(name, None) is not None:
                write_setting(s, self.actor.user_id, SAVED_FILTERS, filters or None)

    # -------------------------------------------------------------- recently opened
    def recent_clients(self) -> list[int]:
        return [int(i) for i in self.get(RECENT_CLIENTS, [])]

    def note_opened(self, client_id: int) -> list[int]:
        """Put a client first in the recent list (kept to the last twelve)."""
        with self.store.session() as s:
            return note_opened(s, self.actor.user_id, client_id)
