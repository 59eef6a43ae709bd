"""Schema versions: read the store's, refuse a newer one, upgrade an older one.

The program knows its newest schema revision as a constant so that the common case
(store already current) costs one tiny query and no Alembic import at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from zkijdesk.domain.errors import StoreError
from zkijdesk.domain.text import Text, t
from zkijdesk.storage import one_open_route
from zkijdesk.storage.engine import driver_connection
from zkijdesk.storage.integrity import Run

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA_HEAD = "0012_one_open_route"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> list[str]:
    """All revisions this program ships, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _existing(conn: Connection, names: tuple[str, ...]) -> set[str]:
    """Which of ``names`` are tables here. On PostgreSQL one ``to_regclass`` per name on
    the search path: the inspector's catalogue queries cost a new server process about
    10 ms at every sign-in."""
    if conn.dialect.name == "postgresql":
        found = conn.execute(
            text("SELECT n FROM unnest(CAST(:names AS text[])) n WHERE to_regclass(n) IS NOT NULL"),
            {"names": list(names)},
        ).scalars()
        return set(found)
    return set(names) & set(inspect(conn).get_table_names())


_STORE_TABLES = ("alembic_version", "store_info")


def _revision(conn: Connection, found: set[str]) -> str | None:
    if "alembic_version" not in found:
        return None
    revision: str | None = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn, _existing(conn, ("alembic_version",)))


def store_revision(engine: Engine) -> tuple[bool, str | None]:
    """Whether this is a zkijdesk store, and its schema revision, on one connection (a
    team database's every start waits for each round trip)."""
    with engine.connect() as conn:
        found = _existing(conn, _STORE_TABLES)
        return found == set(_STORE_TABLES), _revision(conn, found)


def refusal(revision: str | None, query: Run) -> Text | None:
    """Why the steps from ``revision`` to head will not run here, asked before the first
    one: each step commits on its own, so a step refusing half-way would leave the
    earlier ones done, and a store that neither this program nor the previous one
    opens. ``query`` runs one statement on the store (or on a backup about to become
    it) and returns its rows."""
    if revision is None or not needs_upgrade(revision):
        return None
    order = known_revisions()
    if order.index(revision) < order.index(one_open_route.REVISION):
        return one_open_route.refusal(query)
    return None


def needs_upgrade(revision: str | None) -> bool:
    """True if ``revision`` is older than head; raises if the program does not know it."""
    if revision == SCHEMA_HEAD:
        return False
    known = known_revisions()
    if revision not in known:
        raise StoreError(
            "Deze opslag is gemaakt met een nieuwere versie van zkijdesk; "
            "werk het programma bij voordat u hem opent."
        )
    return True


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply the missing steps, each in its own transaction.

    On SQLite, foreign-key enforcement is switched off while the steps run, as SQLite's
    own procedure for schema changes asks: a step that rebuilds a table would otherwise
    cascade the drop of the old table into every child row. The foreign keys are
    checked afterwards, and the store is refused if any point nowhere.
    """
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            driver_connection(conn).execute("PRAGMA foreign_keys = OFF")
        try:
            command.upgrade(_alembic_config(conn), target)
            conn.commit()
            if sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                conn.rollback()
                if broken:
                    raise StoreError(
                        t(
                            "Na het bijwerken van het schema wijzen {n} verwijzingen naar "
                            "niets; zet de reservekopie terug.",
                            n=len(broken),
                        )
                    )
        finally:
            if sqlite:
                driver_connection(conn).execute("PRAGMA foreign_keys = ON")
