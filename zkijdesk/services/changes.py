"""What a unit of work changed, so every screen that shows it can catch up.

The shape of Anki's ``OpChanges``: a write returns, besides its result, which kinds of
things it changed. The GUI's task runner (``runner.write``) turns that into the event
hub's refresh signals, so no screen announces its own writes, and no screen needs to
know which other screens show what it changed. Plain data: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Changes:
    client_ids: frozenset[int] = frozenset()
    """Clients whose file changed (their row in a list may too)."""
    clients: bool = False
    """Clients added, removed or restored: lists of clients change shape."""
    tasks: bool = False
    """Tasks or follow-ups done, added, changed or removed."""
    employers: bool = False
    """Employers or their contacts added, changed or removed."""
    vacancies: bool = False
    """Vacancies, their skills or their candidates added, changed or removed."""

    @classmethod
    def of_clients(cls, ids: Iterable[int], **kinds: bool) -> Changes:
        return cls(client_ids=frozenset(ids), **kinds)

    @classmethod
    def of_client(cls, client_id: int, **kinds: bool) -> Changes:
        return cls(client_ids=frozenset((client_id,)), **kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            client_ids=self.client_ids | other.client_ids,
            clients=self.clients or other.clients,
            tasks=self.tasks or other.tasks,
            employers=self.employers or other.employers,
            vacancies=self.vacancies or other.vacancies,
        )

    def __bool__(self) -> bool:
        return bool(
            self.client_ids or self.clients or self.tasks or self.employers or self.vacancies
        )


NOTHING = Changes()


@dataclass(frozen=True)
class Written:
    """A write's result and what it changed (Anki's ``OpChangesWithId`` and friends)."""

    value: Any
    changes: Changes
