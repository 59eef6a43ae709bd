"""Opening, creating and checking a store; the one place that holds the engine.

A ``Store`` is handed to services, which open one short session per unit of work with
``store.session()``. Nothing else in the program keeps a session.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from zkijdesk.atomic import publish_file
from zkijdesk.domain.errors import ConflictError, StoreError, WrongKeyError
from zkijdesk.domain.text import Text, t
from zkijdesk.storage import damage, keys, migrate
from zkijdesk.storage.engine import (
    WRITE_OPTION,
    SqliteConnection,
    driver_connection,
    server_engine,
    sqlcipher_engine,
)
from zkijdesk.storage.errors import DamagedStoreError, as_unit_of_work_error, connection_error
from zkijdesk.storage.integrity import engine_run
from zkijdesk.storage.location import StoreLocation
from zkijdesk.storage.paths import refuse_network_path
from zkijdesk.storage.team import SECURITY_VERSION, TeamSession

if TYPE_CHECKING:
    from sqlalchemy.pool import ConnectionPoolEntry

    from zkijdesk.models.meta import StoreInfo
    from zkijdesk.storage.audit_anchor import Anchor
    from zkijdesk.storage.local_drafts import LocalDraftBox

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
CONCURRENT_CHANGE = (
    "Iemand anders heeft dit dossier op hetzelfde moment gewijzigd; uw wijziging is niet "
    "opgeslagen. Open het opnieuw en probeer het nog eens."
)
AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")  # migration 0004

#: Page cache of each SQLite connection, in KiB. SQLCipher decrypts every page it reads;
#: with SQLite's default 2 MiB a search of a large caseload would read (and decrypt) the
#: same pages again for every keystroke. Grows only as pages are read.
SQLITE_CACHE_KIB = 32 * 1024


@dataclass
class Store:
    engine: Engine
    location: StoreLocation
    key: keys.StoreKey | None = None
    backups: list[Path] = field(default_factory=list)
    team: TeamSession | None = None
    """Set on a team database: the audit log is then appended by the server's function."""
    local_drafts: LocalDraftBox | None = None
    """On a team database: the workstation's encrypted draft box (storage/local_drafts.py),
    attached by the app that signed in."""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(
            self.engine, expire_on_commit=False, info={"zk_team": self.team is not None}
        )
        self._local = threading.local()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit when the block ends normally, roll back otherwise.

        On SQLite the unit begins with the write lock (see engine.py), so a second unit
        of work opened inside it on the same thread would wait for itself: work that
        must happen apart from the current unit goes through ``after_unit_of_work``.
        """
        local = self._local
        local.depth = getattr(local, "depth", 0) + 1
        try:
            with self._sessions() as session:
                try:
                    if self.is_sqlite:
                        session.connection(execution_options={WRITE_OPTION: True})
                    yield session
                    session.commit()
                except BaseException as exc:
                    session.rollback()
                    if isinstance(exc, StaleDataError):
                        raise ConflictError(CONCURRENT_CHANGE) from exc
                    mapped = as_unit_of_work_error(exc)
                    if mapped is not None:
                        raise mapped from exc
                    raise
        finally:
            local.depth -= 1
            if local.depth == 0:
                self._run_deferred()

    def after_unit_of_work(self, work: Callable[[], None]) -> None:
        """Run ``work`` (which opens its own session) once this thread's unit of work ends.

        For what must be kept even when the current unit rolls back: the audit entry of a
        refused action is written after the refusal's own transaction is gone.
        """
        local = self._local
        if getattr(local, "depth", 0) == 0:
            work()
            return
        if not hasattr(local, "deferred"):
            local.deferred = []
        local.deferred.append(work)

    def _run_deferred(self) -> None:
        pending, self._local.deferred = getattr(self._local, "deferred", []), []
        for work in pending:
            try:
                work()
            except Exception as exc:  # the refusal itself still reaches the user
                log.warning("deferred store work failed: %s", type(exc).__name__)

    @contextlib.contextmanager
    def read_session(
        self, *, transaction: bool = False, snapshot: bool = False
    ) -> Iterator[Session]:
        """A session for reading; closing it detaches (not expires) what was loaded.

        On PostgreSQL each statement reads at its own snapshot anyway (READ COMMITTED), so
        a read needs no transaction of its own unless it keeps state across statements
        (``transaction``: ``SET LOCAL``, a temporary table). Without one it saves two
        round trips (BEGIN, COMMIT) per read, and the visible set the server kept for the
        connection (storage/team.py), which a rollback would undo, is never rolled back.
        A read whose statements must agree with each other asks for ``snapshot``: one
        REPEATABLE READ transaction, so a colleague's commit between two of them is seen
        by neither (the audit chain against its head, the figures of one month).
        SQLite keeps its transaction: there one snapshot for the whole read is free.
        """
        with self._sessions() as session:
            try:
                if not self.is_sqlite and snapshot:
                    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                elif not self.is_sqlite and not transaction:
                    session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
                yield session
                if self.team is not None:
                    session.commit()
            except BaseException as exc:
                mapped = as_unit_of_work_error(exc)  # a damaged page met while reading
                if mapped is not None:
                    raise mapped from exc
                raise

    @contextlib.contextmanager
    def figures_session(self) -> Iterator[Session]:
        """A read session for counting the monthly figures.

        On a team database a team lead may read only their own files, yet the figures
        count the whole team: this session reads the figures views instead, which hold
        every row and no identifying column (storage/team.py), and which only team leads
        and admins may read. Elsewhere it is an ordinary read session. Every indicator is
        counted at one moment of the store: the disclosure model ties them together.
        """
        with self.read_session(snapshot=True) as session:
            if self.team is not None:
                from zkijdesk.storage.team import FIGURES_SCHEMA, SCHEMA, require_views

                session.execute(text(f"SET LOCAL search_path = {FIGURES_SCHEMA}, {SCHEMA}"))
                require_views(session, FIGURES_SCHEMA)
            yield session

    @contextlib.contextmanager
    def matching_pool(self, session: Session) -> Iterator[None]:
        """Inside the block, ``session`` reads the team's pool of candidates.

        On a team database row-level security shows a person their own files only; a
        search of the whole team reads the matching views instead (storage/team.py):
        everyone who may be suggested, with no name or other detail. After the block the
        session reads the tables again, as the person. Elsewhere the tables hold the
        whole store already, and this does nothing.
        """
        if self.team is None:
            yield
            return
        from zkijdesk.storage.team import MATCHING_SCHEMA, SCHEMA, require_views

        session.execute(text(f"SET LOCAL search_path = {MATCHING_SCHEMA}, {SCHEMA}"))
        require_views(session, MATCHING_SCHEMA)
        yield
        # Not after a failure: the rollback that follows ends the SET LOCAL with it.
        session.execute(text(f"SET LOCAL search_path = {SCHEMA}"))

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def refresh_statistics(self, tables: Iterable[str]) -> None:
        """PostgreSQL's planner statistics and visibility map of ``tables``, now: after
        a bulk load the tables are many times the size its last statistics say, and
        until autovacuum comes by it plans their queries as for empty tables (issue 17:
        48.8 s instead of 0.2 s), and an index-only scan still visits every heap page
        (matching's skill holders at 300,000 clients: 109 ms, 25 ms once vacuumed).
        ``VACUUM`` runs outside a transaction, so on a connection of its own. On a team
        database the server skips, with a warning, the tables this login does not own;
        IT's maintenance covers those (docs/team-server.md). SQLite keeps no statistics
        here: its plans are fixed by design."""
        if self.is_sqlite:
            return
        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM (ANALYZE) " + ", ".join(sorted(tables))
            )

    def info(self) -> StoreInfo | None:
        from zkijdesk.models import StoreInfo

        with self.read_session() as s:
            return s.scalars(select(StoreInfo)).first()

    def close(self) -> None:
        if self.is_sqlite:
            with contextlib.suppress(DBAPIError), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def _refuse_unsafe_path(path: Path) -> None:
    """SQLite's locking does not hold on network file systems: refuse them (paths.py)."""
    refuse_network_path(path)


def _engine_for(
    location: StoreLocation, key: keys.StoreKey | None, password: str | None = None
) -> Engine:
    if location.url is not None:
        if not location.url.startswith(("postgresql:", "postgresql+")):
            raise StoreError(
                "Een database-adres moet naar PostgreSQL wijzen (postgresql+psycopg://...); "
                "een lokale opslag is altijd een versleuteld bestand (--store)."
            )
        return server_engine(location.url, location.schema, password)
    assert key is not None and location.path is not None
    engine = sqlcipher_engine(location.path, key)
    event.listen(engine, "connect", _large_page_cache)
    return engine


def _large_page_cache(dbapi_connection: SqliteConnection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")


SQLITE_NOTADB = 26  # "file is not a database": wrong key, damaged or foreign file
SQLITE_NO_WRITE = frozenset({3, 8, 14})  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN


def _probe(
    engine: Engine, location: StoreLocation, key: keys.StoreKey | None = None
) -> TeamSession | None:
    """Open one connection so a wrong key, a damaged or a foreign file fails here, cleanly.

    On PostgreSQL it also tells whether this is a team database and who is logged in.
    """
    try:
        with engine.connect() as conn:
            if location.url is not None:
                from zkijdesk.storage.team import detect

                return detect(conn)
            return None
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            engine.dispose()
            raise StoreError(
                "Uw login heeft geen toegang tot deze teamdatabase; vraag de beheerder u toe "
                "te voegen (zkijdesk team add-user)."
            ) from exc
        engine.dispose()
        code = getattr(exc.orig, "sqlite_errorcode", None)
        path = location.path
        if path is not None and code == SQLITE_NOTADB and key is not None and path.is_file():
            raise damage.refusal(path, key) from exc
        if path is not None and code in SQLITE_NO_WRITE:
            raise StoreError(
                t(
                    "Kan de opslag niet openen: u mag niet schrijven in {x} of in de map "
                    "daarvan, waar zkijdesk ook het logboek (-wal, -shm) bijhoudt.",
                    x=path,
                )
            ) from exc
        if location.path is not None:
            raise WrongKeyError(
                t(
                    "Kan de opslag {x} niet openen: de sleutel is onjuist, of het bestand is "
                    "beschadigd of geen zkijdesk-opslag.",
                    x=location.path.name,
                )
            ) from exc
        raise connection_error(exc, location) from exc


def open_store(
    location: StoreLocation,
    *,
    prompt: keys.Prompt | None = None,
    key: keys.StoreKey | None = None,
    upgrade: bool = True,
    password: str | None = None,
) -> Store:
    """Open an existing store, upgrading its schema (after a backup) when it is older.

    A team database is upgraded only by IT's maintenance login (``zkijdesk team
    upgrade``): the persons' logins own nothing and may not change the schema.
    """
    if location.path is not None:
        path = location.path
        _refuse_unsafe_path(path)
        if not path.is_file():
            raise StoreError(
                t("Geen opslag gevonden op {x}; maak er een met 'zkijdesk init'.", x=path)
            )
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head == SQLITE_MAGIC:
            raise StoreError(
                t(
                    "{x} is een onversleuteld SQLite-bestand; zkijdesk opent alleen "
                    "versleutelde opslag.",
                    x=path.name,
                )
            )
        problem = damage.size_problem(path)
        if problem is not None:  # refused before a connection could write to it
            raise StoreError(problem)
        key = key or keys.key_for_open(path, prompt)
    engine = _engine_for(location, key, password)
    team = _probe(engine, location, key)
    store = Store(engine, location, key, team=team)
    try:
        is_store, revision = migrate.store_revision(engine)
        if not is_store:
            raise StoreError(t("{x} is geen zkijdesk-opslag.", x=location.describe()))
        if team is not None and team.security_version < SECURITY_VERSION and team.is_person:
            raise StoreError(
                "De beveiliging van de teamdatabase is ouder dan dit programma; vraag de "
                "beheerder van de server 'zkijdesk team upgrade' uit te voeren."
            )
        if migrate.needs_upgrade(revision):
            if team is not None:
                raise StoreError(
                    "De teamdatabase heeft een ouder schema; vraag de beheerder van de server "
                    "'zkijdesk team upgrade' uit te voeren."
                )
            if not upgrade:
                raise StoreError(
                    "De opslag heeft een ouder schema en moet eerst worden bijgewerkt."
                )
            refused = migrate.refusal(revision, engine_run(engine))
            if refused is not None:
                raise StoreError(refused)
            if store.is_sqlite:
                store.backups.append(backup_copy(store, reason=f"voor-migratie-{revision}"))
            migrate.upgrade(engine)
            log.info("store upgraded from %s to %s", revision, migrate.SCHEMA_HEAD)
    except BaseException:
        engine.dispose()
        raise
    return store


def create_store(
    location: StoreLocation,
    *,
    prompt: keys.Prompt | None = None,
    key: keys.StoreKey | None = None,
    is_demo: bool = False,
    engine: Engine | None = None,
) -> Store:
    """Create a new store at head revision. Refuses to overwrite anything.

    ``engine`` is given by ``team init``, whose engine acts as the team's owner role.
    """
    from zkijdesk import __version__
    from zkijdesk.models import StoreInfo

    if location.path is not None:
        path = location.path
        _refuse_unsafe_path(path)
        if path.exists():
            raise StoreError(t("Er staat al een bestand op {x}; kies een andere plek.", x=path))
        path.parent.mkdir(parents=True, exist_ok=True)
    # A new file store without a key given gets one made, kept in the keyring below.
    remember_at = location.path if key is None else None
    if remember_at is not None:
        key = keys.key_for_create(remember_at, prompt)
    engine = engine or _engine_for(location, key)
    try:
        _probe(engine, location)
        if location.url is not None and migrate.current_revision(engine) is not None:
            raise StoreError(
                t("De database {x} bevat al een zkijdesk-opslag.", x=location.describe())
            )
        migrate.upgrade(engine)
        store = Store(engine, location, key)
        with store.session() as s:
            s.add(
                StoreInfo(
                    store_uuid=str(uuid.uuid4()),
                    created_by_version=__version__,
                    is_demo=is_demo,
                )
            )
        if remember_at is not None and key is not None and key.kind is keys.KeyKind.RAW:
            keys.save_to_keyring(remember_at, key)
    except BaseException:
        engine.dispose()
        if location.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{location.path}{suffix}").unlink(missing_ok=True)
        raise
    return store


def backup_copy(store: Store, *, reason: str, folder: Path | None = None) -> Path:
    """An encrypted, consistent copy of a SQLite store (same key), written atomically."""
    assert store.location.path is not None
    folder = folder or store.location.path.parent
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{store.location.path.stem}.{reason}.{stamp}.bak"
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with store.engine.connect() as conn:
            driver_connection(conn).execute("VACUUM INTO ?", (str(partial),))
        publish_file(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


@dataclass
class CheckReport:
    problems: list[Text]
    revision: str | None

    @property
    def ok(self) -> bool:
        return not self.problems


_Rows = list[tuple[object, ...]]


def _sqlite_checks(store: Store, *, thorough: bool) -> list[Text]:
    """Each check runs even if an earlier one found damage, so the report is complete."""
    from zkijdesk.storage.integrity import structure_problems

    run = engine_run(store.engine)
    problems = structure_problems(run, thorough=thorough, errors=(DBAPIError,))
    checks: list[tuple[str, Callable[[_Rows], bool], Callable[[_Rows], Text]]] = [
        (
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
            lambda rows: {r[0] for r in rows} != set(AUDIT_TRIGGERS),
            lambda _rows: t("De beveiliging van het auditlog tegen wijzigen en wissen ontbreekt."),
        ),
    ]
    if thorough:
        # Every child row's parent looked up by key: it grows faster than the store
        # (0.29 s at 30,000 clients, 4.5 s at 300,000). Every connection the program
        # opens enforces foreign keys, so only a write from outside the program breaks
        # one; the full check finds that, the linear proof leaves it out.
        checks.insert(
            0,
            (
                "PRAGMA foreign_key_check",
                bool,
                lambda rows: t("{n} verwijzing(en) naar ontbrekende gegevens.", n=len(rows)),
            ),
        )
    for sql, is_bad, message in checks:
        try:
            rows = run(sql)
        except DBAPIError:
            problems.append(
                t("De opslag is beschadigd; '{sql}' kon niet worden uitgevoerd.", sql=sql)
            )
            continue
        if is_bad(rows):
            problems.append(message(rows))
    return problems


def check_store(
    store: Store, anchors: list[Anchor] | None = None, *, thorough: bool = False
) -> CheckReport:
    """Integrity, cipher integrity, foreign keys and schema version; lists every problem.

    ``thorough`` runs SQLite's full ``integrity_check`` instead of the linear proof
    (storage/integrity.py): ``check --volledig`` and after a restore.

    ``anchors`` (storage/audit_anchor.py) are heads of the audit log kept outside the
    store: the log must still extend each of them.
    """
    problems: list[Text] = []
    try:
        revision = migrate.current_revision(store.engine)
    except DBAPIError:
        revision = None
    if revision != migrate.SCHEMA_HEAD:
        problems.append(
            t(
                "Schemaversie is {revision}, verwacht {head}.",
                revision=revision,
                head=migrate.SCHEMA_HEAD,
            )
        )
    if store.is_sqlite:
        problems.extend(_sqlite_checks(store, thorough=thorough))
    else:
        try:
            with store.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError:
            problems.append(t("De database antwoordt niet."))
    try:
        if store.info() is None:
            problems.append(t("De opslag mist zijn kenmerk (store_info)."))
    except (DBAPIError, DamagedStoreError):
        problems.append(t("Het kenmerk van de opslag (store_info) is onleesbaar."))
    problems.extend(_audit_chain_problems(store))
    if store.is_sqlite and store.location.path is not None:
        problems.extend(_restore_problems(store))
    if anchors:
        from zkijdesk.storage import audit_anchor

        with store.read_session() as s:
            problems.extend(audit_anchor.problems(s, anchors))
    if store.team is not None:
        from zkijdesk.storage.team import security_problems

        with store.engine.connect() as conn:
            problems.extend(security_problems(conn))
    return CheckReport(problems, revision)


def _restore_problems(store: Store) -> list[Text]:
    """A restore killed before its audit entries were back (storage/restore_journal.py)."""
    from zkijdesk.storage import restore_journal

    path = store.location.path
    if path is None:
        return []  # restores are of file stores; a team database has none
    try:
        with store.read_session() as s:
            return restore_journal.problems(path, s)
    except (DBAPIError, DamagedStoreError):
        return []  # an unreadable log is reported by the chain check


def _audit_chain_problems(store: Store) -> list[Text]:
    from zkijdesk.storage.audit_chain import verify_chain

    try:
        with store.read_session(snapshot=True) as s:
            chain = verify_chain(s)
    except (DBAPIError, DamagedStoreError):
        return [t("Het auditlog is onleesbaar.")]
    if chain.ok:
        return []
    return [
        t(
            "Het auditlog is gewijzigd of ingekort: de keten breekt bij regel {n}.",
            n=chain.first_bad_id,
        )
    ]
