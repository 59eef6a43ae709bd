"""Unsaved form input, kept so a crash loses at most the field being typed.

A form writes its fields here shortly after each edit; opening the form again offers
the draft back. Drafts hold what a coach typed about a person, so they live in the
encrypted store (as ``user_setting`` rows under ``draft:...`` keys), never in a plain
file, and they belong to the user who typed them. On a team database they stay on the
workstation instead, in an encrypted box (``storage/local_drafts.py``), so a dropped
connection loses nothing. Saving the form, or discarding the changes, removes the draft.

Drafts are not audited: they are the coach's own unfinished input, not a change to
the file, and the save that follows is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.models.base import utcnow
from zkijdesk.services.base import Service
from zkijdesk.services.preferences import read_setting, write_setting

if TYPE_CHECKING:
    from zkijdesk.storage.local_drafts import LocalDraftBox

PREFIX = "draft:"
VALUE_MAX = 20_000


@dataclass(frozen=True)
class Draft:
    key: str
    fields: dict[str, str]
    saved_at: datetime


def draft_key(part: str, client_id: int | None = None) -> str:
    """``draft:person:client:12``, ``draft:new_client``: one place decides the shape.

    Keys of a client's drafts end in ``client:<id>``, which is how erasure finds them.
    """
    return PREFIX + part + (f":client:{client_id}" if client_id is not None else "")


class DraftService(Service):
    def save(self, key: str, values: dict[str, str]) -> None:
        """Store a form's current input; only strings and booleans, each field bounded."""
        if not key.startswith(PREFIX):
            raise ValueError("draft keys start with 'draft:'")
        clean = {
            str(name): (value if isinstance(value, bool) else str(value)[:VALUE_MAX])
            for name, value in values.items()
            if value is not None
        }
        payload = {"fields": clean, "saved_at": utcnow().isoformat(timespec="seconds")}
        if self._box is not None:
            self._box.save(key, payload)
            return
        with self.store.session() as s:
            write_setting(s, self.actor.user_id, key, payload)

    @property
    def _box(self) -> LocalDraftBox | None:
        """On a team database: this workstation's encrypted box (storage/local_drafts.py)."""
        return self.store.local_drafts

    def load(self, key: str) -> Draft | None:
        if self._box is not None:
            payload = self._box.load(key)
        else:
            with self.store.read_session() as s:
                payload = read_setting(s, self.actor.user_id, key)
        if not payload:
            return None
        return Draft(key, dict(payload["fields"]), datetime.fromisoformat(payload["saved_at"]))

    def discard(self, key: str) -> None:
        if self._box is not None:
            self._box.discard(key)
            return
        with self.store.session() as s:
            write_setting(s, self.actor.user_id, key, None)

    def keys(self) -> list[str]:
        """Every draft this user has, e.g. to offer them back after a crash."""
        if self._box is not None:
            return [k for k in self._box.names() if k.startswith(PREFIX)]
        with self.store.read_session() as s:
            return list(
                s.scalars(
                    select(m.UserSetting.key)
                    .where(
                        m.UserSetting.user_id == self.actor.user_id,
                        m.UserSetting.key.like(f"{PREFIX}%"),
                    )
                    .order_by(m.UserSetting.key)
                )
            )
