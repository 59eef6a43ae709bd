"""Engines for the two kinds of store: an encrypted SQLite file, or a shared PostgreSQL.

Every SQLite connection is set up the same way before anyone uses it: the key is
checked with a read (so a wrong key fails before anything is written), then WAL,
``synchronous=FULL`` (a committed change survives power loss), foreign keys,
temporary data in memory and ``secure_delete`` (erased data does not linger in free
pages). Transactions are begun explicitly so that DDL in migrations is transactional
too, which Python's sqlite module would otherwise auto-commit. A unit of work that may
write begins with ``BEGIN IMMEDIATE`` (``WRITE_OPTION``): it waits its turn for the write
lock up front, within ``busy_timeout``, instead of starting as a reader and failing with
"database is locked" when it later tries to write while another thread committed.

Every engine hides a statement's parameters from its errors (``hide_parameters``): a
failed insert otherwise carries the names, BSNs and birth dates it tried to write (an
import's whole batch) into the exception's text, and from there into a traceback or log.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection, QueuePool

from zkijdesk.domain.errors import StoreError
from zkijdesk.storage.keys import StoreKey

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 10000",
)

PING_AFTER_IDLE = 5.0
"""Seconds a pooled server connection may rest before it is pinged at its next use."""

WRITE_OPTION = "zkijdesk_write"
"""Execution option on a connection whose transaction is a unit of work that may write."""


def sqlcipher_engine(path: Path, key: StoreKey) -> Engine:
    url = URL.create("sqlite+pysqlcipher", password=key.sqlcipher_literal(), database=str(path))
    engine = create_engine(
        url,
        hide_parameters=True,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma).fetchall()
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def server_engine(url: str, schema: str | None = None, password: str | None = None) -> Engine:
    """A PostgreSQL engine; ``schema`` pins the search path (tests isolate themselves so).

    A team database keeps its tables in the schema ``zkijdesk`` (storage/team.py), which
    is the search path when none is given. ``password`` comes from the prompt or the OS
    keyring and is handed to libpq, never written into the URL.
    """
    connect_args: dict[str, object] = {"options": f"-csearch_path={schema or 'zkijdesk'}"}
    if password is not None:
        connect_args["password"] = password
    # No hstore in the schema: without the native hstore type the first connection does
    # not look its type up, a round trip at every start.
    engine = create_engine(
        url, hide_parameters=True, use_native_hstore=False, connect_args=connect_args
    )
    _ping_after_rest(engine)
    return engine


def _ping_after_rest(engine: Engine) -> None:
    """Ping a pooled connection before use only when it has rested a while.

    SQLAlchemy's ``pool_pre_ping`` pings at every checkout: a round trip for each unit of
    work, seven of them to open a client file. A connection handed back moments ago has
    just answered; the ones that die quietly are those left idle (a restarted server, a
    laptop that slept, a firewall dropping idle sessions), and those are pinged. A dead
    connection raises ``DisconnectionError``, on which the pool connects afresh.
    """

    # Wall-clock time, not monotonic: the monotonic clock stands still while a laptop
    # sleeps (Linux, macOS), and a connection put back just before the lid closed would
    # look fresh after waking. A clock set back counts as a rest too.

    @event.listens_for(engine, "checkin")
    def _rested_from(
        _dbapi_connection: DBAPIConnection | None, record: ConnectionPoolEntry
    ) -> None:
        record.info["rested_from"] = time.time()

    @event.listens_for(engine, "checkout")
    def _ping(
        dbapi_connection: DBAPIConnection,
        record: ConnectionPoolEntry,
        _proxy: PoolProxiedConnection,
    ) -> None:
        since = record.info.get("rested_from")
        if since is None or 0 <= time.time() - since < PING_AFTER_IDLE:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("the server connection was lost while idle") from exc


class SqliteCursor(Protocol):
    """What zkijdesk asks of a sqlcipher3 cursor: the stdlib sqlite3 API, whose rows are
    typed ``Any`` as in the standard library's own stubs (sqlcipher3 ships none)."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class SqliteConnection(Protocol):
    """What zkijdesk asks of a raw sqlcipher3 connection (the stdlib sqlite3 API), so
    that the code below the engine is checked against it although sqlcipher3 ships no
    type information."""

    def execute(self, sql: str, parameters: Sequence[object] = ..., /) -> SqliteCursor: ...

    def backup(
        self,
        target: SqliteConnection,
        *,
        pages: int = ...,
        progress: Callable[[int, int, int], object] | None = ...,
    ) -> None: ...

    def set_progress_handler(self, handler: Callable[[], int] | None, n: int, /) -> None: ...

    def close(self) -> None: ...


def driver_connection(conn: Connection) -> Any:
    """The driver's own connection under a SQLAlchemy one, for what only the driver
    offers (SQLCipher's backup API, PRAGMAs outside a transaction). It is typed ``Any``:
    sqlcipher3 ships no type information."""
    raw = conn.connection.dbapi_connection
    if raw is None:
        raise StoreError("De verbinding met de opslag is al gesloten.")
    return raw
