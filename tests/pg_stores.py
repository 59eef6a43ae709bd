"""PostgreSQL stores for the tests, each a copy of a template database (issue 16).

Making a store from scratch (migrations, reference data) cost about 0.6 s a test; a
``CREATE DATABASE ... TEMPLATE`` copy of one made once per xdist worker costs a fraction.
Each copy is a database of its own, dropped after its test, so a test may do anything to
its store, its schema included. The copying and dropping (file work on the server, most
of their time) run on threads of their own: the next test's copy is made, and the last
one dropped, while a test runs.

Every database is named ``zktest_<token>_...``, the token one per worker and run. The
worker holds a connection named after its token (``application_name``) while any of
those databases exist; a database whose token has no such connection on the server is
left over from a run that died, and the next run drops it.
"""

from __future__ import annotations

import contextlib
import uuid
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

PREFIX = "zktest"
#: The schema the stores live in, inside each database.
SCHEMA = "zk_test"


class TemplateStores:
    """One worker's template database and the copies made of it."""

    def __init__(self, url: str, worker: str) -> None:
        self.url = url
        self.token = uuid.uuid4().hex[:12]
        self.owner = f"{PREFIX}_{self.token}"
        self.template = f"{self.owner}_tpl_{worker}"
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        # Two threads: a copy for the next test need not wait behind a drop, which makes
        # the server write a checkpoint (slow while other work fills its buffers).
        self.copying = ThreadPoolExecutor(1, thread_name_prefix="zktest-copying")
        self.dropping = ThreadPoolExecutor(1, thread_name_prefix="zktest-dropping")
        self.next_copy: Future[str] | None = None
        # Opened before any database of this token exists, closed after the last is gone.
        self.guard = create_engine(url, connect_args={"application_name": self.owner}).connect()
        try:
            self._drop_leftovers()
            self._create_template()
        except BaseException:
            self.close()
            raise

    def url_of(self, database: str) -> str:
        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def _create_template(self) -> None:
        from zkijdesk.storage.store import StoreLocation, create_store

        self._execute(f'CREATE DATABASE "{self.template}"')
        url = self.url_of(self.template)
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{SCHEMA}"'))
        finally:
            engine.dispose()
        # A copy fails while anyone is connected to its template: close() disposes.
        create_store(StoreLocation(url=url, schema=SCHEMA)).close()

    def new_store(self):
        """A fresh store: a copy of the template, with an identity of its own."""
        from zkijdesk.storage.store import StoreLocation, open_store

        ready, self.next_copy = self.next_copy, None
        database = (ready or self.copying.submit(self._copy)).result()
        self.next_copy = self.copying.submit(self._copy)
        try:
            store = open_store(StoreLocation(url=self.url_of(database), schema=SCHEMA))
            with store.session() as s:
                s.execute(text("UPDATE store_info SET store_uuid = :u"), {"u": str(uuid.uuid4())})
        except BaseException:
            self.drop(database)
            raise
        return store, database

    def _copy(self) -> str:
        database = f"{self.owner}_{uuid.uuid4().hex[:12]}"
        self._execute(f'CREATE DATABASE "{database}" TEMPLATE "{self.template}"')
        return database

    def drop(self, database: str) -> None:
        """Drop a database after its test, ending any connection the test left open to it;
        close() drops whatever this could not."""
        self.dropping.submit(self._drop, database)

    def _drop(self, database: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def close(self) -> None:
        """Drop the template and every copy of this worker's, then let go of the token."""
        try:
            self.copying.shutdown(wait=True)
            self.dropping.shutdown(wait=True)
            for database in self._databases(self.token):
                self._drop(database)
        finally:
            self.guard.close()
            self.guard.engine.dispose()
            self.admin.dispose()

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def _databases(self, token: str = "%") -> list[str]:
        with self.admin.connect() as conn:
            return list(
                conn.execute(
                    text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                    {"p": f"{PREFIX}\\_{token}\\_%"},
                ).scalars()
            )

    def _drop_leftovers(self) -> None:
        """Drop the databases of runs that died before their teardown (killed, crashed):
        those whose token no connection on the server holds any more."""
        # Databases first: each was made after its run's guard connected, so a run that
        # starts meanwhile cannot lose one it just made.
        databases = self._databases()
        with self.admin.connect() as conn:
            alive = set(
                conn.execute(
                    text(
                        "SELECT application_name FROM pg_stat_activity "
                        "WHERE application_name LIKE :p"
                    ),
                    {"p": f"{PREFIX}\\_%"},
                ).scalars()
            )
        for database in databases:
            owner = "_".join(database.split("_")[:2])
            if owner not in alive:
                # Another run may be dropping it too, or it may be another login's.
                with contextlib.suppress(DBAPIError):
                    self._drop(database)
