"""What every service shares: the store, who is acting, and what day it is.

The clock is injected so tests and the demo generator can pin 'today' (intake dates
may not lie in the future, follow-ups fall due relative to today).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import NotFoundError
from zkijdesk.storage.store import Store

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service acts."""

    user_id: int
    role: Role
    display_name: str = ""


class Service:
    def __init__(self, store: Store, actor: Actor, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.actor = actor
        self._today = today

    def today(self) -> date:
        return self._today()


def get_or_raise(session: Session, model: type[T], object_id: int, what: str) -> T:
    obj = session.get(model, object_id)
    if obj is None:
        raise NotFoundError(f"{what} {object_id} bestaat niet (meer).")
    return obj
