"""What every service shares: the store, who is acting, what day it is, and the checks.

The clock is injected so tests and the demo generator can pin 'today' (intake dates
may not lie in the future, follow-ups fall due relative to today). Access to a
client's file is checked here, once, with the same SQL rule the lists use, so a
refused file and a hidden list row can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from sqlalchemy import CursorResult, Result, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import NotFoundError, PermissionDeniedError, StateError
from zkijdesk.domain.text import t
from zkijdesk.services.actor import Actor as Actor  # callers import it from here too
from zkijdesk.storage.store import Store

if TYPE_CHECKING:
    from zkijdesk import models as m

T = TypeVar("T")

ColumnValues = dict[str, Any]
"""A record's checked fields by column name, as ``Model(**values)``, ``setattr`` and a
bulk ``insert`` take them; each value has its column's type. A TypedDict would say more,
but the import plan reads and compares these by a name held in a variable, which a
TypedDict refuses, and SQLAlchemy takes the values as ``Any`` in any case."""

RESTRICTED_MESSAGE = (
    "Voor deze cliënt geldt een beperking van de verwerking; het dossier kan nu niet "
    "worden gewijzigd."
)


class CancelCheck(Protocol):
    """A cancel button's token (views/tasks.py): ``check()`` raises once the user pressed
    it, so long work asked to stop does so at its next report."""

    def check(self) -> None: ...


class Service:
    def __init__(self, store: Store, actor: Actor, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.actor = actor
        self._today = today

    def today(self) -> date:
        return self._today()

    def audit(
        self,
        session: Session,
        action: str,
        object_type: str,
        object_id: int | None = None,
        detail: str | None = None,
    ) -> None:
        from zkijdesk.services import audit

        audit.record(session, self.actor.user_id, action, object_type, object_id, detail=detail)

    def deny(self, message: str, object_type: str, object_id: int | None) -> PermissionDeniedError:
        """Build the error; its audit entry is written in a unit of work of its own once the
        caller's (which rolls back) has ended."""
        self._record_refusal(object_type, object_id)
        return PermissionDeniedError(message)

    def _record_refusal(self, object_type: str, object_id: int | None) -> None:
        def record() -> None:
            with self.store.session() as s:
                self.audit(s, "denied", object_type, object_id)

        self.store.after_unit_of_work(record)

    def require_role(self, *roles: Role, what: str) -> None:
        if self.actor.role not in roles:
            raise self.deny(
                t("Uw rol staat niet toe dat u {label}.", label=what), "role", self.actor.user_id
            )

    def client_for(
        self,
        session: Session,
        client_id: int,
        *,
        change: bool = False,
        options: Sequence[ExecutableOption] = (),
    ) -> m.Client:
        """The client row if the actor may open it; refuses otherwise (and logs the refusal).
        ``options`` (loader options) load what the caller reads of it in the same query."""
        from zkijdesk import models as m
        from zkijdesk.services.access import visible_clients_clause

        if not fits_database(client_id):
            raise NotFoundError(t("{label} {n} bestaat niet (meer).", label="Cliënt", n=client_id))
        client = session.scalar(
            select(m.Client)
            .where(m.Client.id == client_id, visible_clients_clause(self.actor))
            .options(*options)
        )
        if client is None:
            existing = session.get(m.Client, client_id)
            if existing is None or existing.deleted_at is not None:
                if self.actor.team:
                    # Row-level security hides a colleague's client as if it did not
                    # exist: the sentence stays that, but the attempt is logged as the
                    # refusal it may be, so probing others' ids leaves a trace.
                    self._record_refusal("client", client_id)
                raise NotFoundError(
                    t("{label} {n} bestaat niet (meer).", label="Cliënt", n=client_id)
                )
            raise self.deny("U heeft geen toegang tot dit cliëntdossier.", "client", client_id)
        if change and client.restricted:
            raise StateError(RESTRICTED_MESSAGE)
        return client


#: The largest id a database can hold (SQLite INTEGER, PostgreSQL BIGINT): a larger
#: number typed as an id names nothing, and must not reach the driver (which overflows).
MAX_ID = 2**63 - 1


def fits_database(object_id: int) -> bool:
    return -MAX_ID - 1 <= object_id <= MAX_ID


def rowcount(result: Result[*tuple[Any, ...]]) -> int:
    """The rows an UPDATE or DELETE through ``Session.execute`` touched. Its result is a
    CursorResult, which the session's signature does not say."""
    return cast("CursorResult[*tuple[Any, ...]]", result).rowcount


def get_or_raise(session: Session, model: type[T], object_id: int, what: str) -> T:
    if not fits_database(object_id):
        raise NotFoundError(t("{label} {n} bestaat niet (meer).", label=what, n=object_id))
    obj = session.get(model, object_id)
    if obj is None:
        raise NotFoundError(t("{label} {n} bestaat niet (meer).", label=what, n=object_id))
    return obj
