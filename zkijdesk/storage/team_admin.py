"""Setting a team database up and keeping its people: what IT's maintenance login runs.

Each function takes the maintenance URL: a login that may create roles and is (or
becomes, at ``init``) a member of the team's owner role. Schema work runs as the owner
(``SET ROLE``), so the tables belong to a role no person logs in as; role work runs as
the maintenance login itself. A person's login and their user in ``app_user`` always
carry the same name, which is how the server knows who is connected.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import psycopg
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StoreError, ValidationError
from zkijdesk.domain.text import Text, t
from zkijdesk.storage import migrate, team
from zkijdesk.storage.integrity import engine_run
from zkijdesk.storage.location import StoreLocation
from zkijdesk.storage.team import SCHEMA, TeamRoles, quote_ident

if TYPE_CHECKING:
    from psycopg.rows import TupleRow
    from sqlalchemy.pool import ConnectionPoolEntry

    from zkijdesk.storage.keys import Prompt, StoreKey
    from zkijdesk.storage.move_in import MoveReport

MAINTENANCE_STATION = "teambeheer"


@dataclass(frozen=True)
class Member:
    login: str
    display_name: str
    role: Role
    active: bool
    can_login: bool
    in_team: bool = True
    """In a group of the team: False once ``revoke-user`` took the person out."""


def _engine(url: str, *, owner: TeamRoles | None = None) -> Engine:
    engine = create_engine(
        url, hide_parameters=True, connect_args={"options": f"-csearch_path={SCHEMA}"}
    )
    if owner is not None:

        @event.listens_for(engine, "connect")
        def _as_owner(
            dbapi_connection: psycopg.Connection[TupleRow], _record: ConnectionPoolEntry
        ) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(f"SET ROLE {quote_ident(owner.owner)}")
            dbapi_connection.commit()

    return engine


@contextlib.contextmanager
def _maintenance(url: str) -> Iterator[Connection]:
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        raise StoreError(
            "De teamdatabase weigerde de beheeropdracht; voer hem uit met een beheerlogin die "
            "rollen mag maken en lid is van de eigenaarsrol van het team."
        ) from exc
    finally:
        engine.dispose()


def _roles(conn: Connection) -> TeamRoles:
    prefix = team.team_prefix(conn)
    if prefix is None:
        raise StoreError(
            "Deze database is (nog) geen teamdatabase; richt hem in met 'zkijdesk team init'."
        )
    return TeamRoles(prefix)


def init_team(
    url: str, prefix: str, admin_login: str, admin_name: str, admin_password: str | None
) -> TeamRoles:
    """Group roles, schema, tables, security and the first functional admin, in that order.

    A failure part-way leaves what the server made in the transactions before it; running
    ``init`` again on such a half-made database is refused, and IT drops the database.
    """
    roles = TeamRoles(prefix)
    admin_login = team.check_login_name(admin_login)
    with _maintenance(url) as conn:
        if conn.execute(text("SELECT to_regnamespace(:s)"), {"s": SCHEMA}).scalar():
            raise StoreError("Deze database bevat al een zkijdesk-teamopslag.")
        team.create_group_roles(conn, roles)
        _create_schemas(conn, roles, (SCHEMA, *team.VIEW_SCHEMAS))
        team.lock_database(conn, roles)
        database = quote_ident(conn.execute(text("SELECT current_database()")).scalar_one())
        conn.execute(text(f"ALTER DATABASE {database} SET search_path = {SCHEMA}"))
    owner_engine = _engine(url, owner=roles)
    try:
        from zkijdesk.storage.store import create_store

        create_store(StoreLocation(url=url, schema=SCHEMA), engine=owner_engine)
        with owner_engine.begin() as conn:
            team.install_security(conn, roles)
    finally:
        owner_engine.dispose()
    add_user(url, admin_login, admin_name, Role.ADMIN, admin_password)
    return roles


def _create_schemas(conn: Connection, roles: TeamRoles, schemas: Iterable[str]) -> None:
    """Make each schema the owner's, or refuse one someone else made first: whoever owns
    a schema on the search path may put functions in it that run as every coach
    (``team._schema_problems``), and the views made in it would not change that."""
    for schema in schemas:
        conn.execute(
            text(f"CREATE SCHEMA IF NOT EXISTS {schema} AUTHORIZATION {quote_ident(roles.owner)}")
        )
        owner = conn.execute(
            text("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = :s"),
            {"s": schema},
        ).scalar_one()
        if owner != roles.owner:
            raise StoreError(
                t(
                    "Het schema {schema} bestaat al en is van {role}, niet van de "
                    "teameigenaar; laat IT het nakijken en verwijderen (DROP SCHEMA "
                    "{schema} CASCADE) en voer de opdracht opnieuw uit.",
                    schema=schema,
                    role=owner,
                )
            )


def upgrade_team(url: str) -> str:
    """Bring the schema to this program's head as the owner, then renew the security
    (the database's own grants too: a ``pg_restore`` into a new database does not carry
    them)."""
    with _maintenance(url) as conn:
        roles = _roles(conn)
        team.lock_database(conn, roles)
        # A database older than one of the view schemas gets it now.
        _create_schemas(conn, roles, team.VIEW_SCHEMAS)
    owner_engine = _engine(url, owner=roles)
    try:
        revision = migrate.current_revision(owner_engine)
        if migrate.needs_upgrade(revision):
            refused = migrate.refusal(revision, engine_run(owner_engine))
            if refused is not None:  # before anything is dropped: the team works on as it was
                raise StoreError(refused)
            # The views name the tables' columns; a step may change those, and
            # install_security below builds the views again from the new models.
            with owner_engine.begin() as conn:
                for schema, tables in team.VIEW_SCHEMAS.items():
                    for table in tables:
                        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {schema}.{table}")
            migrate.upgrade(owner_engine)
        with owner_engine.begin() as conn:
            team.install_security(conn, roles)
    finally:
        owner_engine.dispose()
    return migrate.SCHEMA_HEAD


def _audit(conn: Connection, action: str, user_id: int | None, detail: str) -> None:
    conn.execute(
        text("SELECT zk_audit_append(:a, 'user', :o, 'ok', :d, :w)"),
        {"a": action, "o": user_id, "d": detail, "w": MAINTENANCE_STATION},
    )


def _user_id(conn: Connection, login: str) -> int | None:
    return conn.execute(text("SELECT id FROM app_user WHERE username = :u"), {"u": login}).scalar()


def add_user(
    url: str,
    login: str,
    display_name: str,
    role: Role | str,
    password: str | None,
    *,
    valid_until: str | None = None,
) -> None:
    """A person: their login role in the group of their role, and their user row."""
    role = Role(role)
    login = team.check_login_name(login)
    display_name = (display_name or login).strip()[:120]
    with _maintenance(url) as conn:
        roles = _roles(conn)
        if _user_id(conn, login) is not None:
            raise ValidationError("username", t("Gebruiker {x} bestaat al in dit team.", x=login))
        team.create_login(conn, roles, login, role, password, valid_until=valid_until)
        conn.execute(text(f"SET LOCAL ROLE {quote_ident(roles.owner)}"))
        user_id = conn.execute(
            text(
                "INSERT INTO app_user (username, display_name, role, active, created_at) "
                "VALUES (:u, :n, :r, true, now() AT TIME ZONE 'UTC') RETURNING id"
            ),
            {"u": login, "n": display_name, "r": role.value},
        ).scalar()
        _audit(conn, "create", user_id, f"role={role.value}")


def existing_login(url: str, login: str) -> bool:
    """Whether ``login`` is a login IT already made on the server (it joins the team as
    it is, so nobody is asked for a password that would not be used). Refuses at once
    what ``add_user`` would refuse after the question: a member of the team already, or a
    login that gets past row-level security."""
    login = team.check_login_name(login)
    with _maintenance(url) as conn:
        roles = _roles(conn)
        if login in (roles.owner, roles.user, *roles.groups):
            raise ValidationError("username", t("{x} is de naam van een teamrol.", x=login))
        if _user_id(conn, login) is not None:
            raise ValidationError("username", t("Gebruiker {x} bestaat al in dit team.", x=login))
        found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
        if found.first() is None:
            return False
        team.refuse_escalation(conn, roles, login)
        return True


@contextlib.contextmanager
def _change(url: str, login: str) -> Iterator[tuple[Connection, TeamRoles, int]]:
    login = team.check_login_name(login)
    with _maintenance(url) as conn:
        roles = _roles(conn)
        user_id = _user_id(conn, login)
        if user_id is None:
            raise ValidationError("username", t("Gebruiker {x} bestaat niet in dit team.", x=login))
        yield conn, roles, user_id


def disable_user(url: str, login: str) -> None:
    """No more sign-in; the user's history, files and audit entries stay."""
    with _change(url, login) as (conn, roles, user_id):
        team.set_login(conn, login, allowed=False)
        conn.execute(text(f"SET LOCAL ROLE {quote_ident(roles.owner)}"))
        conn.execute(text("UPDATE app_user SET active = false WHERE id = :i"), {"i": user_id})
        _audit(conn, "change", user_id, "active=0")


def enable_user(url: str, login: str) -> None:
    with _change(url, login) as (conn, roles, user_id):
        role = Role(
            conn.execute(
                text("SELECT role FROM app_user WHERE id = :i"), {"i": user_id}
            ).scalar_one()
        )
        team.set_login(conn, login, allowed=True)
        team.set_group(conn, roles, login, role)
        conn.execute(text(f"SET LOCAL ROLE {quote_ident(roles.owner)}"))
        conn.execute(text("UPDATE app_user SET active = true WHERE id = :i"), {"i": user_id})
        _audit(conn, "change", user_id, "active=1")


def grant_role(url: str, login: str, role: Role | str) -> None:
    """Give a person another role: their group membership and their user row, together."""
    role = Role(role)
    with _change(url, login) as (conn, roles, user_id):
        team.set_group(conn, roles, login, role)
        conn.execute(text(f"SET LOCAL ROLE {quote_ident(roles.owner)}"))
        conn.execute(
            text("UPDATE app_user SET role = :r WHERE id = :i"), {"r": role.value, "i": user_id}
        )
        _audit(conn, "change", user_id, f"role={role.value}")


def revoke_user(url: str, login: str) -> None:
    """Take a person out of the team: no group, no sign-in, their user inactive.

    The login role itself stays: IT may use it elsewhere (a domain login), and dropping it
    is theirs to decide.
    """
    with _change(url, login) as (conn, roles, user_id):
        team.set_group(conn, roles, login, None)
        conn.execute(text(f"SET LOCAL ROLE {quote_ident(roles.owner)}"))
        conn.execute(text("UPDATE app_user SET active = false WHERE id = :i"), {"i": user_id})
        _audit(conn, "change", user_id, "revoked=1")


def status(url: str) -> tuple[TeamRoles, list[Member], list[Text]]:
    """The team's people and what is missing of its protection (or waiting for IT)."""
    with _maintenance(url) as conn:
        roles = _roles(conn)
        logins = {name: can for name, _group, can in team.members(conn, roles)}
        rows = conn.execute(
            text("SELECT username, display_name, role, active FROM app_user ORDER BY username")
        ).all()
        people = [
            Member(
                login,
                name,
                Role(role),
                bool(active),
                bool(logins.get(login, False)),
                in_team=login in logins,
            )
            for login, name, role, active in rows
        ]
        problems = team.security_problems(conn)
        waiting = team.pending_compactions(conn)
        if waiting:
            problems.append(
                t(
                    "{n} wissing(en) wachten op het herschrijven van de tabellen "
                    "(zkijdesk team compact).",
                    n=waiting,
                )
            )
        return roles, people, problems


def compact(url: str) -> int:
    """Rewrite the personal tables (as the owner) so erased rows leave the data files;
    returns how many erasures were waiting for it. Raises when another session's old
    snapshot kept the rewrite from being complete (the requests then stay pending)."""
    with _maintenance(url) as conn:
        roles = _roles(conn)
        waiting = team.pending_compactions(conn)
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            done = team.rewrite_personal_tables(
                conn.execution_options(isolation_level="AUTOCOMMIT"), as_role=roles.owner
            )
    finally:
        engine.dispose()
    if not done:
        raise StoreError(
            "Een andere verbinding houdt al lang oude gegevens vast; de tabellen zijn niet "
            "herschreven. Sluit lange zoekopdrachten af en start 'zkijdesk team compact' opnieuw."
        )
    return waiting


def move_in_store(
    url: str,
    location: StoreLocation,
    *,
    prompt: Prompt | None = None,
    key: StoreKey | None = None,
    user_mapping: dict[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> MoveReport:
    """Move the workstation store at ``location`` into the team."""
    from zkijdesk.storage.move_in import move_in
    from zkijdesk.storage.store import open_store

    with _maintenance(url) as conn:
        roles = _roles(conn)
    local = open_store(location, prompt=prompt, key=key)
    owner_engine = _engine(url, owner=roles)
    try:
        return move_in(local.engine, owner_engine, user_mapping=user_mapping, progress=progress)
    except (DBAPIError, psycopg.Error) as exc:
        raise StoreError(
            "De verhuizing is mislukt en helemaal teruggedraaid; de teamdatabase is ongewijzigd "
            "en de verhuizing kan opnieuw worden gestart."
        ) from exc
    finally:
        owner_engine.dispose()
        local.close()


@contextlib.contextmanager
def scratch_team_database(server_url: str, token: str) -> Iterator[tuple[str, str, str]]:
    """A new empty database and a role prefix of its own, dropped afterwards with every
    role whose name starts with the prefix: for tests and benchmarks, never a team's.

    Yields (maintenance URL of the new database, role prefix, database name).
    """
    from sqlalchemy.engine import make_url

    database, prefix = f"zkscratch_{token}", f"zks{token}"
    root = create_engine(server_url, hide_parameters=True, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {quote_ident(database)}"))
    url = make_url(server_url).set(database=database).render_as_string(hide_password=False)
    try:
        yield url, prefix, database
    finally:
        with root.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid()"
                ),
                {"d": database},
            )
            conn.execute(text(f"DROP DATABASE IF EXISTS {quote_ident(database)}"))
            names = conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"{prefix}%"}
            ).scalars()
            # Persons first, then the groups they were members of.
            for name in sorted(names, key=lambda n: n.endswith(("_owner", "_user"))):
                conn.execute(text(f"DROP ROLE IF EXISTS {quote_ident(name)}"))
        root.dispose()
