"""A real team database per test module: its own PostgreSQL database and login roles.

Created as the server's ``postgres`` login (IT's maintenance login in these tests) and
dropped afterwards, roles included. The persons connect with their own login roles
over TCP (trust authentication on this machine), so what each role can and cannot
read is the server's answer, not the program's.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy.engine import make_url

PG_ENV = "ZKIJDESK_TEST_DATABASE_URL"
TODAY = date(2026, 11, 15)


@dataclass
class TeamDb:
    maintenance_url: str
    prefix: str
    database: str
    logins: dict[str, str] = field(default_factory=dict)

    def url_for(self, person: str) -> str:
        base = make_url(self.maintenance_url)
        return base.set(username=self.logins[person], password=None).render_as_string(
            hide_password=False
        )

    def psycopg_dsn(self, person: str) -> str:
        return self.url_for(person).replace("postgresql+psycopg://", "postgresql://")

    def login(self, person: str) -> str:
        return self.logins[person]


def _server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} not set: team database tests skipped on this machine")
    return url


@contextlib.contextmanager
def fresh_database():
    """(maintenance URL, prefix, database name) of a new empty database; dropped afterwards
    with every role whose name starts with the prefix."""
    from zkijdesk.storage.team_admin import scratch_team_database

    with scratch_team_database(_server_url(), uuid.uuid4().hex[:8]) as found:
        yield found


@pytest.fixture
def empty_database():
    """(maintenance URL, prefix, database) of an empty database of this test's own."""
    with fresh_database() as found:
        yield found


@pytest.fixture(scope="module")
def team_db():
    """A team database with an admin, two coaches (anna, bram) and a team lead (lead)."""
    from zkijdesk.storage import team_admin

    with fresh_database() as (maintenance, prefix, database):
        db = TeamDb(maintenance, prefix, database)
        db.logins["admin"] = f"{prefix}_beheer"
        team_admin.init_team(maintenance, prefix, db.logins["admin"], "Beheerder", None)
        for person, role in (("anna", "coach"), ("bram", "coach"), ("lead", "teamlead")):
            db.logins[person] = f"{prefix}_{person}"
            team_admin.add_user(maintenance, db.logins[person], person.title(), role, None)
        yield db


@pytest.fixture(scope="module")
def team(team_db):
    """Each person signed in with their own login: the store and the services they see."""
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    people = {}
    stores = []
    for person in ("admin", "anna", "bram", "lead"):
        store = open_store(StoreLocation(url=team_db.url_for(person)))
        stores.append(store)
        people[person] = Services(store, actor_for_login(store), lambda: TODAY)
    yield SimpleNamespace(db=team_db, **people)
    for store in stores:
        store.close()
