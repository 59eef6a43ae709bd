"""Opening a client's file: everything the file shows, read in one unit of work.

The file was read by four service calls (person, routes, contacts, tasks), each a unit
of work with its own access check, three of them with their own audit entry. On a team
database every statement is a round trip to the server: opening a file took 1.4-1.65x
the local store's time. The file is one opening, so it is one check, one audit entry
("view client", the opening the AVG asks to be logged), one moment of the store, and
the person's and the routes' parts each come in one joined query instead of one query
per kind of part (a file holds a handful of each, so the joined rows stay few).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from zkijdesk.services import dto
from zkijdesk.services.access import file_coach
from zkijdesk.services.activities import contacts_of, tasks_of
from zkijdesk.services.base import Service
from zkijdesk.services.clients import CLIENT_DETAILS, routes_of
from zkijdesk.services.convert import activity_view, client_view, route_view, task_view
from zkijdesk.services.preferences import note_opened


@dataclass(frozen=True)
class FileReads:
    client: dto.ClientView
    routes: list[dto.RouteView]
    """Newest first, with their steps."""
    contacts: list[dto.ActivityView]
    """Newest first."""
    tasks: list[dto.TaskView]
    """Done or not, by due date."""
    coach_id: int | None
    """The file's coach (``access.file_coach``): they alone change its route."""


class ClientFileService(Service):
    def open(self, client_id: int, *, note_recent: bool = False) -> FileReads:
        """Read a client's file for showing; the opening is logged once, and with
        ``note_recent`` the file goes first in the user's recently opened list."""
        with self.store.session() as s:
            client = self.client_for(s, client_id, options=CLIENT_DETAILS)
            self.audit(s, "view", "client", client_id)
            if note_recent:
                note_opened(s, self.actor.user_id, client_id)
            return FileReads(
                client_view(client),
                [route_view(r) for r in s.scalars(routes_of(client_id)).unique()],
                [activity_view(a) for a in s.scalars(contacts_of(client_id))],
                [task_view(t) for t in s.scalars(tasks_of(client_id))],
                s.scalar(select(file_coach(client_id))),
            )

    def prepare(self) -> None:
        """Run the file's reads once for no client, without opening anything (nothing is
        read, so nothing is logged): SQLAlchemy compiles a statement the first time it
        runs, and the first file a user opened paid for that (about 50 ms of a first
        open of 150-180 ms, against 55-65 ms for every later one, at 30,000 and at
        300,000 clients alike). The app calls it on a worker once it is usable."""
        from zkijdesk import models as m
        from zkijdesk.services.access import visible_clients_clause

        nobody = 0  # ids start at 1
        with self.store.read_session() as s:
            s.scalar(
                select(m.Client)
                .where(m.Client.id == nobody, visible_clients_clause(self.actor))
                .options(*CLIENT_DETAILS)
            )
            s.scalars(routes_of(nobody)).unique().all()
            s.scalars(contacts_of(nobody)).all()
            s.scalars(tasks_of(nobody)).all()
            s.scalar(select(file_coach(nobody)))
