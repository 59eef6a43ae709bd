"""Users of a store. The first user is created with the store; later ones by an admin."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.domain.text import t
from zkijdesk.services import audit, dto
from zkijdesk.services.actor import Actor
from zkijdesk.services.convert import user_view
from zkijdesk.storage.store import Store

USERNAME_MAX = 64


def create_user(
    store: Store, username: str, display_name: str, role: Role | str, *, actor: Actor | None = None
) -> dto.UserView:
    """Create a user. Without an actor this is only allowed for the store's very first user."""
    username = v.clean_text(
        username, field="username", label=fields.USERNAME, max_length=USERNAME_MAX, required=True
    ).lower()
    display_name = v.clean_text(
        display_name, field="display_name", label=fields.NAME, max_length=120, required=True
    )
    role = coerce_enum(Role, role, field="role", label=fields.ROLE)
    if store.team is not None:
        raise PermissionDeniedError(
            "In een teamdatabase voegt de beheerder van de server gebruikers toe met "
            "'zkijdesk team add-user', zodat iedereen met een eigen inlog werkt."
        )
    with store.session() as s:
        count = s.scalar(select(func.count(m.User.id))) or 0
        if count and (actor is None or actor.role is not Role.ADMIN):
            raise PermissionDeniedError(
                "Alleen een functioneel beheerder mag gebruikers toevoegen."
            )
        if s.scalar(select(m.User.id).where(m.User.username == username)):
            raise ValidationError("username", "Gebruikersnaam is al in gebruik.")
        user = m.User(username=username, display_name=display_name, role=role)
        s.add(user)
        s.flush()
        # The store's first user (made by ``init``) is logged as having made itself.
        by = actor.user_id if actor is not None else user.id
        audit.record(s, by, "create", "user", user.id, detail=f"role={role.value}")
        return user_view(user)


def list_users(store: Store) -> list[dto.UserView]:
    with store.read_session() as s:
        return [user_view(u) for u in s.scalars(select(m.User).order_by(m.User.display_name))]


def search_coaches(store: Store, text: str, limit: int = 30) -> list[tuple[int, str]]:
    """(id, name) of the active coaches and team leads whose name contains ``text``
    (any case), in name order, at most ``limit``: a picker asks as the user types, so
    a region's 2,500 coaches never fill a list (issue 17)."""
    table = m.User.__table__
    stmt = (
        select(table.c.id, table.c.display_name)
        .where(table.c.active.is_(True), table.c.role != Role.ADMIN)
        .order_by(table.c.display_name, table.c.id)
        .limit(limit)
    )
    typed = text.strip().lower()
    if typed:
        stmt = stmt.where(func.lower(table.c.display_name).contains(typed, autoescape=True))
    with store.read_session() as s:
        return [(uid, name) for uid, name in s.execute(stmt)]


def colleague_id(store: Store, username: str) -> int:
    """The id of an active user, by the login name a command was given (``share --with``)."""
    with store.read_session() as s:
        found: int | None = s.scalar(
            select(m.User.id).where(
                m.User.username == username.strip().lower(), m.User.active.is_(True)
            )
        )
    if found is None:
        raise ValidationError(
            "user_id", t("Collega {name} is geen actieve gebruiker van deze opslag.", name=username)
        )
    return found


def user_names(store: Store, ids: Iterable[int | None]) -> dict[int, str]:
    """User id -> name for just these ids: a client file names the coaches of its
    routes, and a region's users are never all read for that (issue 17)."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    table = m.User.__table__
    with store.read_session() as s:
        rows = s.execute(select(table.c.id, table.c.display_name).where(table.c.id.in_(wanted)))
        return dict(rows.all())


def actor_for(store: Store, username: str) -> Actor:
    with store.read_session() as s:
        user = s.scalar(select(m.User).where(m.User.username == username.lower()))
        if user is None or not user.active:
            raise PermissionDeniedError(
                "Gebruiker bestaat niet in deze opslag of is niet actief; geef --user op."
            )
        return Actor(user.id, user.role, user.display_name)


def actor_for_login(store: Store) -> Actor:
    """On a team database: the user whose login this connection is (``session_user``).

    Never a name the caller chooses: the server authenticated the login, and the row
    with the same name is who acts, for the services and the audit log alike.
    """
    login = store.team.login if store.team is not None else ""
    if store.team is not None and not store.team.is_person:
        # IT's maintenance login owns the tables and has no user row; telling IT to add
        # it as a person (as below) would make it a coach past row-level security.
        raise PermissionDeniedError(
            t(
                "U bent aangemeld met de beheerlogin van IT ({x}); die doet alleen het "
                "onderhoud (zkijdesk check, retention en de team-opdrachten) en is geen "
                "teamlid. Werk met uw eigen login; back-ups van de teamdatabase maakt IT "
                "met pg_dump (docs/team-server.md).",
                x=login,
            )
        )
    with store.read_session() as s:
        user = s.scalar(select(m.User).where(m.User.username == login))
        if user is None or not user.active:
            raise PermissionDeniedError(
                t(
                    "U bent aangemeld als {x}, maar die inlog is geen actieve gebruiker van dit"
                    " team; vraag de beheerder u toe te voegen (zkijdesk team add-user).",
                    x=login,
                )
            )
        return Actor(user.id, user.role, user.display_name, team=True)


MAINTENANCE_USER_ID = 0
"""The actor id of IT's maintenance login: no user row, so nothing may point at it; its
audit entries name no user (the server writes the login's address instead)."""


def acting_user(
    store: Store, claimed: str | None, default: str, *, maintenance: bool = False
) -> Actor:
    """Who acts: the login on a team database (a claim is refused), else the named user.

    ``maintenance`` admits IT's maintenance login as an admin, for the housekeeping that
    needs every row (retention): it is the one login that row-level security lets through.
    """
    if store.team is not None:
        from zkijdesk.storage.team import refuse_claimed_user

        refuse_claimed_user(claimed)
        if maintenance and not store.team.is_person:
            return Actor(MAINTENANCE_USER_ID, Role.ADMIN, f"IT ({store.team.login})", team=True)
        return actor_for_login(store)
    return actor_for(store, claimed or default)
