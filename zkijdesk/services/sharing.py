"""Need-to-know beyond the route's own coach: a file shared with a colleague.

The coach of a file shares it with a colleague who needs it for a while (a stand-in
during leave, a job hunter of the WSP); the colleague then finds it in their own list.
Only the file's coach shares, so a file is never passed on by someone who only reads
it; the coach, or the colleague themselves, ends a share. The colleague's open to-dos
about the client then go to the coach: a to-do whose owner no longer sees the file
would stay open on nobody's list, and would still show its title to someone who may no
longer read the file. Each share and its end is in the audit log, by user id.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.access import file_coach
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.caseload import move_open_tasks
from zkijdesk.services.users import user_names

ONLY_THE_COACH = "Alleen de coach van dit dossier kan het delen of het delen beëindigen."


@dataclass(frozen=True)
class FileShares:
    coach: tuple[int, str] | None
    """The file's coach (of its current route; without a route, who registered it)."""
    shared: list[tuple[int, str]]
    """The colleagues it is shared with, by name."""
    manages: bool
    """Whether the signed-in user is the file's coach, who shares and ends shares."""


class SharingService(Service):
    def _coach_of(self, s: Session, client: m.Client) -> int | None:
        coach: int | None = s.scalar(select(file_coach(client.id)))
        return coach

    def shares(self, client_id: int) -> FileShares:
        with self.store.read_session() as s:
            client = self.client_for(s, client_id)
            coach = self._coach_of(s, client)
            ids = list(
                s.scalars(select(m.ClientShare.user_id).where(m.ClientShare.client_id == client_id))
            )
        names = user_names(self.store, [coach, *ids])
        shared = sorted(((i, names.get(i, "?")) for i in ids), key=lambda p: (p[1], p[0]))
        return FileShares(
            (coach, names.get(coach, "?")) if coach is not None else None,
            shared,
            coach == self.actor.user_id,
        )

    def share(self, client_id: int, user_id: int) -> None:
        """Give a colleague need-to-know access to this file."""
        with self.store.session() as s:
            # A file whose processing is restricted (AVG art. 18) is shown to no one new.
            client = self.client_for(s, client_id, change=True)
            coach = self._coach_of(s, client)
            if coach != self.actor.user_id:
                raise self.deny(ONLY_THE_COACH, "client", client_id)
            user = get_or_raise(s, m.User, user_id, "Gebruiker")
            if user.role is Role.ADMIN or not user.active:
                raise ValidationError(
                    "user_id", "Collega moet een actieve coach of teamleider zijn."
                )
            if user_id == coach:
                raise ValidationError("user_id", "Collega coacht dit dossier zelf al.")
            if s.get(m.ClientShare, (client_id, user_id)) is not None:
                raise ValidationError("user_id", "Collega heeft dit dossier al gedeeld gekregen.")
            s.add(m.ClientShare(client_id=client_id, user_id=user_id))
            self.audit(s, "change", "client", client_id, detail=f"shared_with={user_id}")

    def unshare(self, client_id: int, user_id: int) -> int:
        """End a share; returns how many of the colleague's open to-dos about the client
        went to the file's coach."""
        with self.store.session() as s:
            client = self.client_for(s, client_id)
            coach = self._coach_of(s, client)
            if self.actor.user_id not in (coach, user_id):
                raise self.deny(ONLY_THE_COACH, "client", client_id)
            share = s.get(m.ClientShare, (client_id, user_id))
            if share is None:
                raise ValidationError("user_id", "Collega heeft dit dossier niet gedeeld gekregen.")
            # The to-dos first: on a team database the colleague ending their own share
            # may hand them on only while the file is still theirs to see.
            moved = 0
            if coach is not None and coach != user_id:
                moved = move_open_tasks(s, client_id, user_id, coach)
            s.delete(share)
            s.flush()
            self.audit(s, "change", "client", client_id, detail=f"unshared={user_id};tasks={moved}")
            return moved
